// The syntax layer's entry point: a trained model (tagger, lemmatizer, parser) loaded
// from one file at run time, and Analyze(), which turns a sentence's words into UPOS and PTB tags,
// lemmas and a labelled dependency tree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "src/syntax/conllu.h"
#include "src/syntax/lemmatizer.h"
#include "src/syntax/parser.h"
#include "src/syntax/tagger.h"

namespace dipgraph::syntax {

// Sentences longer than this are tagged but not parsed: the parser's cost grows with length, and
// a "sentence" this long is a table or a run-on list, not prose.
constexpr size_t kMaxParseWords = 500;

struct Analysis {
  std::vector<int> tags;  // Tagger tag numbers
  std::vector<std::string> lemmas;
  std::vector<int> heads;   // 1-based, 0 = root; empty when not parsed
  std::vector<int> labels;  // Parser label numbers; empty when not parsed
  bool parsed() const { return !heads.empty(); }
};

class SyntaxModel {
 public:
  // $DIPGRAPH_SYNTAX_MODEL, else the model in the source tree's data/syntax/.
  static std::string DefaultPath();
  static Result<SyntaxModel> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Lemmas are left empty when `lemmas` is false (the extractor has its own). A word marked in
  // `names` (one flag per word, when given) is a name the caller knows: it is never tagged as a
  // function word (a determiner, preposition, pronoun, number...), but as a proper noun instead.
  void Analyze(const std::vector<std::string_view>& forms, Analysis* out, bool lemmas = true,
               const std::vector<bool>* names = nullptr) const;
  // Replaces the sentence's LEMMA, UPOS, XPOS, HEAD and DEPREL (FEATS and DEPS become "_");
  // returns false when it was too long to parse (heads and relations are then "_").
  bool Annotate(ConlluSentence* sentence) const;

  // Drops the parser's weights below `min_abs` (a smaller, faster model; see README).
  void PruneParser(float min_abs) { parser_.Prune(min_abs); }

  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }
  const std::string& description() const { return description_; }
  size_t MemoryBytes() const { return tagger_.MemoryBytes() + parser_.MemoryBytes(); }

 private:
  friend class SyntaxTrainer;
  std::string description_;  // how it was trained
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

}  // namespace dipgraph::syntax
