// The averaged perceptron that trains the tagger and the parser: multiclass, sparse rows (a feature
// keeps weights only for the classes it was ever updated for), averaged lazily (Collins 2002; each
// weight remembers when it last changed). Deterministic: the same updates in the same order give
// the same model bytes.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "src/syntax/linear_model.h"

namespace dipgraph::syntax {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  // scores[c] += current weights of `keys` for class c.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  // One training instance has been seen (advances the averaging clock).
  void Tick() { ++clock_; }
  // Moves weight from `guess` to `truth` on every key.
  void Update(const uint64_t* keys, size_t n, int truth, int guess);
  // The averaged weights; weights of magnitude below `min_weight` are dropped.
  LinearModel Average(float min_weight) const;

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double total;    // sum of w over the clock ticks up to `stamp`
    uint64_t stamp;  // clock at the last change of w
  };
  void Add(std::vector<Entry>* row, int cls, float delta);

  int num_classes_;
  uint64_t clock_ = 0;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
};

}  // namespace dipgraph::syntax
