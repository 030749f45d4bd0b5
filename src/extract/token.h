// Tokens of a sentence: byte offsets into the document, a normalised lowercase form and a lemma.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "src/extract/word_store.h"
#include "src/extract/word_table.h"

namespace dipgraph {

struct Token {
  uint32_t start = 0;  // byte offsets into the document text
  uint32_t end = 0;
  std::string_view norm;   // lowercase; curly quotes and dashes made ASCII (in a WordStore)
  std::string_view lemma;  // filled by the Lemmatizer (in its tables or a WordStore)
  uint32_t norm_hash = 0;  // WordHash of norm and lemma, for WordTable lookups
  uint32_t lemma_hash = 0;
  bool cap = false;    // starts with an uppercase letter
  bool upper = false;  // all letters uppercase (at least two)
  bool word = false;   // starts with a letter or digit
};

// "he", "she" and their forms: what the extractor resolves to the person meant (normalised form).
inline bool IsPersonalPronoun(std::string_view norm) {
  return norm == "he" || norm == "she" || norm == "him" || norm == "his" || norm == "her";
}

// "who", "which", "that" opening a relative clause: they stand for the noun the clause describes.
inline bool IsRelativePronoun(std::string_view norm) {
  return norm == "who" || norm == "which" || norm == "that";
}

// Splits text[begin, end) into tokens. Words keep internal periods ("U.S."), apostrophes ("don't"
// becomes "do" + "n't"), and hyphens ("pro-Western"); the possessive "'s" is its own token.
// The normalised forms are kept in `words`, which must outlive the tokens.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end, WordStore* words);

}  // namespace dipgraph
