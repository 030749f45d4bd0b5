// The event pattern lexicon (data/lexicon/events.tsv): CAMEO code, a pattern of lemmas and actor
// slots, and flags. Words are lemmatized when loaded, with the same lemmatizer as the text.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "src/extract/lemmatizer.h"

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

class EventLexicon {
 public:
  // The lexicon built from the embedded data (built once, shared, immutable), and the lemmatizer
  // that knows its words.
  static const EventLexicon& Get();
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  // Patterns whose first word can be `lemma`.
  const std::vector<const EventPattern*>* ForAnchor(std::string_view lemma) const;
  size_t size() const { return patterns_.size(); }

 private:
  EventLexicon();
  Lemmatizer lemmatizer_;
  std::vector<EventPattern> patterns_;
  WordMap<std::vector<const EventPattern*>> by_anchor_;
};

}  // namespace dipgraph
