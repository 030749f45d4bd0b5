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
  // A feature's weights. Most features vote for one to three classes: those weights sit in the
  // slot itself, so a lookup costs one cache miss, not two. Longer rows are elsewhere: a sparse
  // row weights_[begin, begin + n), or, for a feature that votes for many classes (a tag pair,
  // say), a dense row of num_classes floats at dense_[begin], added with SIMD instead of
  // scattered one class at a time. 32 bytes, aligned, so a slot never straddles cache lines.
  static constexpr int kInline = 3;
  static constexpr uint16_t kEmpty = 0, kDense = 0xffff;
  struct alignas(32) Slot {
    uint64_t key = 0;
    uint16_t n = kEmpty;  // number of weights, or kDense
    uint16_t cls[kInline] = {};
    float w[kInline] = {};
    uint32_t begin = 0;  // for rows that are not inline
  };
  const Slot* Find(uint64_t key) const;
  void RowOf(const Slot& s, std::vector<Weight>* row) const;

  int num_classes_ = 0;
  size_t size_ = 0;
  // Power-of-two table; empty slots have n == kEmpty. The arrays are read at random, so they sit on
  // huge pages: with 4 KiB pages nearly every lookup also missed the TLB.
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  // A bit array (8 bits per feature, a few MB at most, so it stays
  // in cache) that turns away most keys the model lacks before their slot is fetched from memory:
  // a third of a parse's keys are of word pairs the training never weighed.
  std::vector<uint64_t> filter_;
  uint64_t filter_mask_ = 0;
  std::vector<Weight, HugePageAllocator<Weight>> weights_;
  std::vector<float, HugePageAllocator<float>> dense_;
  std::vector<std::pair<uint64_t, uint32_t>> pending_;  // (key, begin) while building
};

}  // namespace dipgraph::syntax
