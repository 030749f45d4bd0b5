// The dependency parser: greedy arc-hybrid transitions chosen by an averaged perceptron over
// the words, tags and partial tree around the stack's top and the buffer's front (the feature
// set of Zhang and Nivre 2011, adapted to arc-hybrid), trained with a dynamic oracle that lets
// it learn to recover from its own mistakes.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "graph/status.h"
#include "src/syntax/linear_model.h"
#include "src/syntax/word_features.h"

namespace dipgraph::syntax {

struct ParserOptions {
  int epochs = 15;
  uint64_t seed = 1;
  double explore = 0.9;  // after the first epoch, follow the model's own move this often
  // Averaged weights smaller than this are dropped: most features were updated once or twice and
  // matter little; at 1 the model is half the size and ~0.1 point of UAS worse (README).
  float min_weight = 1.0f;
};

// A training sentence: words with the tags the tagger gives them, and the gold tree.
struct ParserExample {
  std::vector<WordInfo> words;
  std::vector<int> tags;
  std::vector<int> heads;  // 1-based heads of words 0..n-1 (0 = root)
  std::vector<std::string> labels;
};

class Parser {
 public:
  // heads and labels of words 0..n-1: heads 1-based (0 = root), labels numbers (label()).
  void Parse(const std::vector<WordInfo>& words, const std::vector<int>& tags,
             std::vector<int>* heads, std::vector<int>* labels) const;
  const std::string& label(int l) const { return labels_[l]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }

  static Parser Train(const std::vector<ParserExample>& train, const ParserOptions& options,
                      const std::function<void(const std::string&)>& log);

  void Prune(float min_abs) { model_ = model_.Pruned(min_abs); }

  void Write(std::ostream& out) const;
  static Result<Parser> Read(std::istream& in);
  size_t MemoryBytes() const { return model_.MemoryBytes(); }

 private:
  int num_actions() const { return 1 + 2 * num_labels(); }
  std::vector<std::string> labels_;
  int root_label_ = 0;
  LinearModel model_;
};

}  // namespace dipgraph::syntax
