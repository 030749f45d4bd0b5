// What the tagger and parser know of a word before tagging it: hashes of its lowercase form,
// affixes and shape, computed once per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::syntax {

struct WordInfo {
  uint64_t lower = 0;       // hash of the lowercase form
  uint64_t shape = 0;       // hash of the shape ("Xxx", "dd.d", "X.X.")
  uint64_t prefix[3] = {};  // hashes of the first 1..3 characters (lowercase)
  uint64_t suffix[5] = {};  // hashes of the last 1..5 characters (lowercase)
  uint8_t flags = 0;        // kCapital | kAllCaps | kDigit | kHyphen
};

enum : uint8_t { kCapital = 1, kAllCaps = 2, kDigit = 4, kHyphen = 8 };

std::string Lowercase(std::string_view s);
// "Shevardnadze" -> "Xx", "1987" -> "d", "U.S." -> "X.X.", "al-Ani" -> "x-Xx": character classes
// with runs shortened to two.
std::string Shape(std::string_view s);
WordInfo DescribeWord(std::string_view form);

}  // namespace dipgraph::syntax
