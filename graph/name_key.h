// Folding names for lookup: "U.S." "u s" and "US" all become "us"; "BARACK_OBAMA" "Barack Obama".
#pragma once

#include <string>
#include <string_view>

namespace dipgraph {

// Lowercases ASCII, turns '_' '-' and spaces into one space, drops other punctuation, and trims.
// Non-ASCII bytes are kept, so "Erdoğan" keys differently from "Erdogan".
std::string NameKey(std::string_view name);

// Levenshtein distance, capped at max+1 (for "did you mean").
int EditDistance(std::string_view a, std::string_view b, int max);

}  // namespace dipgraph
