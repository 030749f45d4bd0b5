// Folding names for lookup: "U.S." "u s" and "US" all become "us"; "BARACK_OBAMA" "Barack Obama".
#pragma once

#include <string>
#include <string_view>

namespace dipgraph {

// Lowercases ASCII, turns '_' '-' and spaces into one space, drops other punctuation, and trims.
// Non-ASCII bytes are kept, so "Erdoğan" keys differently from "Erdogan".
std::string NameKey(std::string_view name);

// A looser key for people's names, so that one person's spellings across sources meet:
// "Sergey_Viktorovich_Lavrov" (ICEWS), "Sergei V. Lavrov" and "Sergei Lavrov" are one key. Past
// NameKey it drops middle initials and patronymics (Viktorovich, Ivanovna, Fedorovych) between a
// first and a last name, and folds common transliteration variants word by word: a final "y",
// "iy" or "ii" is "i" (Sergey, Dmitriy, Dmitrii: sergei, dmitri) and "x" is "ks" (Alexey).
std::string PersonKey(std::string_view name);
// Whether two names can be one person's: the same PersonKey, and the same middle initials where
// both give some ("Sergey Ivanovich Ivanov" is not "Sergey Borisovich Ivanov").
bool SamePersonName(std::string_view a, std::string_view b);

// Levenshtein distance, capped at max+1 (for "did you mean").
int EditDistance(std::string_view a, std::string_view b, int max);

}  // namespace dipgraph
