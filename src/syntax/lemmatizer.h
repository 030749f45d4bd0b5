// Lemmas as UD writes them ("went" VBD -> "go", "Russia's" -> "Russia"), learnt from the treebank:
// a table of (lowercase form, XPOS) -> lemma for the words it has seen, and for the rest the edit
// ("strip 3, add 'y'") most often seen on words with the same XPOS and the longest known ending.
// Proper nouns keep their form, as UD English does.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "src/syntax/conllu.h"

namespace dipgraph::syntax {

class Lemmatizer {
 public:
  std::string Lemma(std::string_view form, const std::string& upos, const std::string& xpos) const;

  static Lemmatizer Train(const std::vector<ConlluSentence>& train);
  void Write(std::ostream& out) const;
  static Result<Lemmatizer> Read(std::istream& in);

 private:
  std::unordered_map<std::string, std::string> known_;  // "form\tXPOS" -> lemma
  std::unordered_map<std::string, std::string> edits_;  // "XPOS\tending" -> "strip\tadd"
};

}  // namespace dipgraph::syntax
