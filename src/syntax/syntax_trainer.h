// Trains a SyntaxModel from a UD treebank: the tagger and lemmatizer on the gold
// annotation, and the parser on tags the tagger predicts for sentences it was not trained on
// (jackknifing), so it learns to parse with the tags it will get at run time. The tagger and
// parser also learn from headline versions of some sentences (headline.h). Seeded and
// deterministic: two runs give the same model bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "graph/status.h"
#include "src/syntax/syntax_model.h"

namespace dipgraph::syntax {

struct TrainSyntaxOptions {
  std::string train_path;   // CoNLL-U, or .conllu.xz
  int folds = 10;           // jackknife folds for the parser's training tags (1 = gold tags)
  int threads = 2;          // the folds' taggers train in parallel
  int headline_every = 10;  // every n-th sentence is also learnt as a headline (0 = none)
  uint64_t seed = 1;
  TaggerOptions tagger;
  ParserOptions parser;
};

class SyntaxTrainer {
 public:
  static Result<SyntaxModel> Train(const TrainSyntaxOptions& options,
                                   const std::function<void(const std::string&)>& log);
};

}  // namespace dipgraph::syntax
