// A trained linear classifier over hashed features: for each feature key, the classes it votes for
// and with what weight. Scoring looks every key up in an open-addressing table; all slots are
// prefetched before any is read, so the cache misses of one call overlap instead of queueing.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <vector>

#include "graph/huge_pages.h"
#include "graph/status.h"

namespace dipgraph::syntax {

class LinearModel {
 public:
  struct Weight {
    uint32_t cls;
    float w;
  };

  LinearModel() = default;
  explicit LinearModel(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return size_; }
  size_t num_weights() const { return weights_.size(); }

  // Adds one feature's weights (keys must be distinct). Building only; call Finish() after.
  void Add(uint64_t key, const std::vector<Weight>& weights);
  // Lays out the lookup table.
  void Finish();

  // scores[c] += sum of the weights of `keys` for class c (scores has num_classes() entries).
  void Score(const uint64_t* keys, size_t n, float* scores) const;

  // The same model without weights of magnitude below `min_abs` (and features left with none).
  LinearModel Pruned(float min_abs) const;

  void Write(std::ostream& out) const;
  static Result<LinearModel> Read(std::istream& in);
  size_t MemoryBytes() const;

 private:
  // A feature's weights: a sparse row weights_[begin, end), or, for a feature that votes for
  // many classes (a tag pair, say), a dense row of num_classes floats at dense_[begin], added
  // with SIMD instead of scattered one class at a time.
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0, end = 0;  // end == kDense: dense row
  };
  static constexpr uint32_t kDense = 0xffffffffu;
  const Slot* Find(uint64_t key) const;
  void RowOf(const Slot& s, std::vector<Weight>* row) const;

  int num_classes_ = 0;
  size_t size_ = 0;
  // Power-of-two table; empty slots have end == 0. Both arrays are read at random, so they sit on
  // huge pages: with 4 KiB pages nearly every lookup also missed the TLB.
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<Weight, HugePageAllocator<Weight>> weights_;
  std::vector<float, HugePageAllocator<float>> dense_;
  std::vector<std::pair<uint64_t, uint32_t>> pending_;  // (key, begin) while building
};

}  // namespace dipgraph::syntax
