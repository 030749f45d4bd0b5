// The event pattern lexicon (data/lexicon/events.tsv): CAMEO code, a pattern of lemmas and actor
// slots, and flags. Words are lemmatized when loaded, with the same lemmatizer as the text.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/extract/lemmatizer.h"
#include "src/extract/token.h"
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
  // A noun that names a standing thing as often as an event ("its pact with the U.S."): an event
  // only when its own phrase dates it ("last week's accord between", "an accord ... in December").
  bool dated = false;
  // Visits (042-044, 036) and force (15, 18-20): the target may be a place, standing for its
  // country ("a visit to Moscow", "shelled Tskhinvali", "bombed targets near Gori").
  bool place_target = false;
  // Ends in "here" ("S arrive here"): the target is the dateline's place.
  bool here = false;
  int line = 0;
};

// Lemmas summed up in 256 bits, a bit for each (from its WordHash): for cheap "can a pattern
// match here at all" tests.
using LemmaBits = std::array<uint64_t, 4>;
inline uint8_t LemmaBit(uint32_t lemma_hash) { return static_cast<uint8_t>(lemma_hash >> 24); }
inline bool HasLemmaBit(const LemmaBits& bits, uint8_t bit) {
  return (bits[bit >> 6] >> (bit & 63)) & 1;
}

// A pattern as listed under its anchor lemma, with what turns most tries away before the pattern
// itself is read: most tries fail, and the patterns lie scattered in memory.
struct AnchoredPattern {
  const EventPattern* pattern = nullptr;
  // For the first two word elements after the anchor, the LemmaBits of their alternatives (up to
  // three; a count of 0 means no test): a match needs a token after the anchor with one of them.
  uint8_t need_bits[2][3] = {};
  uint8_t need_count[2] = {0, 0};
  // "S verb ...", not nominal: no match where the anchor reads as a noun ("the visit").
  bool verb_after_source = false;
};

class EventLexicon {
 public:
  // The lexicon built from the embedded data (built once, shared, immutable), and the lemmatizer
  // that knows its words.
  static const EventLexicon& Get();
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  // Patterns whose first word can be `lemma` (`hash` is its WordHash), or nullptr.
  const std::vector<AnchoredPattern>* ForAnchor(std::string_view lemma, uint32_t hash) const;
  // Whether some pattern has all its words in `tokens`, in order from an anchor, among the tokens
  // `free` says are not part of a name: a cheap test that a sentence may state an event at all.
  bool WordsOccur(const std::vector<Token>& tokens, const std::vector<bool>& free) const;
  size_t size() const { return patterns_.size(); }
  // Whether a modifier makes a word of force figurative ("a trade war": data/lexicon/figurative).
  bool Figurative(std::string_view lemma) const { return figurative_.Contains(lemma); }

 private:
  EventLexicon();
  Lemmatizer lemmatizer_;
  std::vector<EventPattern> patterns_;
  WordTable<std::vector<AnchoredPattern>> by_anchor_;
  WordSet figurative_;
};

}  // namespace dipgraph
