#include "src/syntax/linear_model.h"

#include <algorithm>
#include <cmath>

#include "src/syntax/binary_io.h"

namespace dipgraph::syntax {
namespace {

constexpr uint32_t kMagic = 0x4c4d4732;  // "LMG2"

size_t SlotOf(uint64_t key, size_t mask) { return (key ^ (key >> 31)) & mask; }
size_t FilterBit(uint64_t key, uint64_t mask) { return (key >> 23) & mask; }

}  // namespace

void LinearModel::Add(uint64_t key, const std::vector<Weight>& weights) {
  if (weights.empty()) return;
  pending_.push_back({key, static_cast<uint32_t>(weights_.size())});
  weights_.insert(weights_.end(), weights.begin(), weights.end());
}

void LinearModel::Finish() {
  size_t cap = 16;
  while (cap < pending_.size() * 2) cap *= 2;  // load factor at most 1/2
  slots_.assign(cap, Slot());
  size_ = pending_.size();
  // Rows of up to kInline weights go in the slot; rows with more than a quarter of the classes
  // become dense; the rest stay sparse, compacted.
  std::vector<Weight, HugePageAllocator<Weight>> sparse;
  for (size_t i = 0; i < pending_.size(); ++i) {
    uint32_t begin = pending_[i].second;
    uint32_t end = i + 1 < pending_.size() ? pending_[i + 1].second : weights_.size();
    Slot slot;
    slot.key = pending_[i].first;
    slot.n = static_cast<uint16_t>(end - begin);
    if (slot.n <= kInline) {
      for (uint32_t k = begin; k < end; ++k) {
        slot.cls[k - begin] = static_cast<uint16_t>(weights_[k].cls);
        slot.w[k - begin] = weights_[k].w;
      }
    } else if ((end - begin) * 4 > static_cast<uint32_t>(num_classes_)) {
      slot.n = kDense;
      slot.begin = static_cast<uint32_t>(dense_.size());
      dense_.resize(dense_.size() + num_classes_, 0.0f);
      for (uint32_t k = begin; k < end; ++k) dense_[slot.begin + weights_[k].cls] = weights_[k].w;
    } else {
      slot.begin = static_cast<uint32_t>(sparse.size());
      sparse.insert(sparse.end(), weights_.begin() + begin, weights_.begin() + end);
    }
    size_t s = SlotOf(slot.key, cap - 1);
    while (slots_[s].n != kEmpty) s = (s + 1) & (cap - 1);
    slots_[s] = slot;
  }
  weights_ = std::move(sparse);
  size_t bits = 64;
  while (bits < size_ * 8) bits *= 2;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (const Slot& slot : slots_) {
    if (slot.n != kEmpty) {
      size_t b = FilterBit(slot.key, filter_mask_);
      filter_[b / 64] |= uint64_t{1} << (b % 64);
    }
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

const LinearModel::Slot* LinearModel::Find(uint64_t key) const {
  size_t mask = slots_.size() - 1;
  for (size_t s = SlotOf(key, mask);; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.n == kEmpty) return nullptr;
    if (slot.key == key) return &slot;
  }
}

void LinearModel::Score(const uint64_t* keys, size_t n, float* scores) const {
  if (slots_.empty()) return;
  constexpr size_t kBatch = 128;
  size_t mask = slots_.size() - 1;
  const Slot* found[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    size_t end = std::min(n, start + kBatch), m = 0;
    // Three passes so that the misses of one pass overlap: slots, then weight rows, then sums.
    uint64_t candidates[kBatch];
    size_t c = 0;
    for (size_t i = start; i < end; ++i) {
      size_t b = FilterBit(keys[i], filter_mask_);
      if ((filter_[b / 64] >> (b % 64) & 1) == 0) continue;
      __builtin_prefetch(&slots_[SlotOf(keys[i], mask)]);
      candidates[c++] = keys[i];
    }
    for (size_t i = 0; i < c; ++i) {
      const Slot* slot = Find(candidates[i]);
      if (slot == nullptr) continue;
      if (slot->n == kDense) {
        __builtin_prefetch(&dense_[slot->begin]);
      } else if (slot->n > kInline) {
        __builtin_prefetch(&weights_[slot->begin]);
      }
      found[m++] = slot;
    }
    for (size_t j = 0; j < m; ++j) {
      const Slot& slot = *found[j];
      if (slot.n <= kInline) {
        for (int k = 0; k < slot.n; ++k) scores[slot.cls[k]] += slot.w[k];
      } else if (slot.n == kDense) {
        const float* row = &dense_[slot.begin];
        for (int c = 0; c < num_classes_; ++c) scores[c] += row[c];
      } else {
        for (uint32_t k = slot.begin; k < slot.begin + slot.n; ++k) {
          scores[weights_[k].cls] += weights_[k].w;
        }
      }
    }
  }
}

void LinearModel::RowOf(const Slot& s, std::vector<Weight>* row) const {
  row->clear();
  if (s.n <= kInline) {
    for (int k = 0; k < s.n; ++k) row->push_back({s.cls[k], s.w[k]});
  } else if (s.n == kDense) {
    for (int c = 0; c < num_classes_; ++c) {
      if (dense_[s.begin + c] != 0.0f)
        row->push_back({static_cast<uint32_t>(c), dense_[s.begin + c]});
    }
  } else {
    row->assign(weights_.begin() + s.begin, weights_.begin() + s.begin + s.n);
  }
}

LinearModel LinearModel::Pruned(float min_abs) const {
  LinearModel out(num_classes_);
  std::vector<Weight> row;
  for (const Slot& s : slots_) {
    if (s.n == kEmpty) continue;
    RowOf(s, &row);
    row.erase(std::remove_if(row.begin(), row.end(),
                             [&](const Weight& w) { return std::fabs(w.w) < min_abs; }),
              row.end());
    out.Add(s.key, row);
  }
  out.Finish();
  return out;
}

// The block: magic, classes, feature count, then four arrays, each read with one call: the keys
// (sorted, so equal models are equal bytes whatever the table layout), each feature's number of
// weights, and all weights' classes and values in feature order.
void LinearModel::Write(std::ostream& out) const {
  std::vector<const Slot*> order;
  for (const Slot& s : slots_) {
    if (s.n != kEmpty) order.push_back(&s);
  }
  std::sort(order.begin(), order.end(),
            [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<uint64_t> keys;
  std::vector<uint16_t> counts, classes;
  std::vector<float> values;
  std::vector<Weight> row;
  for (const Slot* s : order) {
    RowOf(*s, &row);
    keys.push_back(s->key);
    counts.push_back(static_cast<uint16_t>(row.size()));
    for (const Weight& w : row) {
      classes.push_back(static_cast<uint16_t>(w.cls));
      values.push_back(w.w);
    }
  }
  PutValue(out, kMagic);
  PutValue(out, static_cast<uint32_t>(num_classes_));
  PutValue(out, static_cast<uint64_t>(keys.size()));
  PutValue(out, static_cast<uint64_t>(values.size()));
  PutArray(out, keys);
  PutArray(out, counts);
  PutArray(out, classes);
  PutArray(out, values);
}

Result<LinearModel> LinearModel::Read(std::istream& in) {
  uint32_t magic = 0, num_classes = 0;
  uint64_t num_keys = 0, num_weights = 0;
  if (!GetValue(in, &magic) || magic != kMagic)
    return Status::Corruption("not a linear model block");
  if (!GetValue(in, &num_classes) || !GetValue(in, &num_keys) || !GetValue(in, &num_weights) ||
      num_classes == 0 || num_classes > 65535 || num_keys > (1ull << 31) ||
      num_weights > num_keys * num_classes) {
    return Status::Corruption("bad linear model header");
  }
  std::streampos here = in.tellg();
  in.seekg(0, std::ios::end);
  uint64_t left = static_cast<uint64_t>(in.tellg() - here);
  in.seekg(here);
  if (num_keys * 10 + num_weights * 6 > left) return Status::Corruption("linear model cut short");
  std::vector<uint64_t> keys(num_keys);
  std::vector<uint16_t> counts(num_keys), classes(num_weights);
  std::vector<float> values(num_weights);
  if (!GetArray(in, &keys) || !GetArray(in, &counts) || !GetArray(in, &classes) ||
      !GetArray(in, &values)) {
    return Status::Corruption("linear model cut short");
  }
  LinearModel m(static_cast<int>(num_classes));
  std::vector<Weight> row;
  size_t next = 0;
  for (uint64_t i = 0; i < num_keys; ++i) {
    if (counts[i] > num_weights - next || (i > 0 && keys[i] <= keys[i - 1])) {
      return Status::Corruption("linear model: bad feature " + std::to_string(i));
    }
    row.resize(counts[i]);
    for (Weight& w : row) {
      if (classes[next] >= num_classes) return Status::Corruption("class number out of range");
      w = {classes[next], values[next]};
      ++next;
    }
    m.Add(keys[i], row);
  }
  if (next != num_weights) return Status::Corruption("linear model: weights left over");
  m.Finish();
  return m;
}

size_t LinearModel::MemoryBytes() const {
  return slots_.size() * sizeof(Slot) + weights_.size() * sizeof(Weight) +
         dense_.size() * sizeof(float) + filter_.size() * sizeof(uint64_t);
}

}  // namespace dipgraph::syntax
