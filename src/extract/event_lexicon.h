// The event pattern lexicon (data/lexicon/events.tsv): CAMEO code, a pattern of lemmas and actor
// slots, and flags. Words are lemmatized when loaded, with the same lemmatizer as the text.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "src/extract/lemmatizer.h"
#include "src/extract/word_table.h"

namespace dipgraph {

struct PatternElement {
  enum class Kind { kWord, kSource, kTarget, kGap };
  Kind kind = Kind::kWord;
  std::vector<std::string> lemmas;  // alternatives, for words
};

struct EventPattern {
  std::string code;
  std::string text;  // as written, for --explain
  std::vector<PatternElement> elements;
  size_t anchor = 0;  // index of the first word element
  int words = 0;      // number of word elements: longer patterns win
  bool sym = false;
  bool nominal = false;
  bool visit = false;  // 042-044, 036: the target may be a place ("a visit to Moscow")
  int line = 0;
};

// A one-bit summary of a lemma (from its WordHash), for cheap "can this sentence match" tests.
inline uint64_t LemmaBit(uint32_t lemma_hash) { return uint64_t{1} << (lemma_hash >> 26); }

// A pattern as listed under its anchor lemma, with what turns most tries away before the pattern
// itself is read: most tries fail, and the patterns lie scattered in memory.
struct AnchoredPattern {
  const EventPattern* pattern = nullptr;
  // For the first two word elements after the anchor, the LemmaBits of their alternatives (0 when
  // there is no such element): a match needs, for each mask, a token after the anchor with one of
  // its bits.
  uint64_t needs[2] = {0, 0};
};

class EventLexicon {
 public:
  // The lexicon built from the embedded data (built once, shared, immutable), and the lemmatizer
  // that knows its words.
  static const EventLexicon& Get();
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  // Patterns whose first word can be `lemma` (`hash` is its WordHash), or nullptr.
  const std::vector<AnchoredPattern>* ForAnchor(std::string_view lemma, uint32_t hash) const;
  size_t size() const { return patterns_.size(); }

 private:
  EventLexicon();
  Lemmatizer lemmatizer_;
  std::vector<EventPattern> patterns_;
  WordTable<std::vector<AnchoredPattern>> by_anchor_;
};

}  // namespace dipgraph
