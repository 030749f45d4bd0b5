// Lemmas for pattern matching: "met" -> "meet", "sought" -> "seek", "talks" -> "talk".
//
// Irregular forms come from data/lexicon/irregular.tsv; regular suffixes are stripped with the
// known base forms (every word of the event lexicon) choosing between candidates, so "hosted" ->
// "host" but "invited" -> "invite". Text and lexicon go through the same function, so a wrong guess
// on a word the lexicon lacks costs nothing.
#pragma once

#include <string>
#include <string_view>

#include "src/extract/word_store.h"
#include "src/extract/word_table.h"

namespace dipgraph {

class Lemmatizer {
 public:
  Lemmatizer();  // loads the irregular table
  void AddKnownBase(const std::string& word) { known_.Insert(word); }
  std::string Lemma(std::string_view lowercase_word) const;
  // The same lemma as a view: into this lemmatizer's tables, into the word itself (a lemma is
  // mostly the word or a prefix of it), or, rarely, into `words`. No allocation in the common case.
  // `hash` is WordHash(lowercase_word).
  std::string_view LemmaView(std::string_view lowercase_word, uint32_t hash,
                             WordStore* words) const;

 private:
  std::string_view Regular(std::string_view w, uint32_t hash, WordStore* words) const;
  // The known base equal to `stem` + `suffix`, as a view into known_; empty when there is none.
  std::string_view KnownJoined(std::string_view stem, std::string_view suffix) const;
  WordTable<std::string> irregular_;
  WordSet known_;
};

}  // namespace dipgraph
