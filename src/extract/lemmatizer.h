// Lemmas for pattern matching: "met" -> "meet", "sought" -> "seek", "talks" -> "talk".
//
// Irregular forms come from data/lexicon/irregular.tsv; regular suffixes are stripped with the
// known base forms (every word of the event lexicon) choosing between candidates, so "hosted" ->
// "host" but "invited" -> "invite". Text and lexicon go through the same function, so a wrong guess
// on a word the lexicon lacks costs nothing.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dipgraph {

class Lemmatizer {
 public:
  Lemmatizer();  // loads the irregular table
  void AddKnownBase(const std::string& word) { known_.insert(word); }
  std::string Lemma(std::string_view lowercase_word) const;

 private:
  std::string Regular(std::string_view w) const;
  std::unordered_map<std::string, std::string> irregular_;
  std::unordered_set<std::string> known_;
};

}  // namespace dipgraph
