// Splits a paragraph into sentences, surviving "U.S.", "George W. Bush", "Gen.", "Mr.", "Nov. 3",
// quotes and parentheses.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace dipgraph {

struct Span {
  size_t start = 0;
  size_t end = 0;
};

// Sentences of text[begin, end), as byte spans with surrounding white space trimmed.
std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end);

}  // namespace dipgraph
