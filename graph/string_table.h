// StringTable: a map from strings to small values for the importers' per-row lookups (actor keys,
// relation names): open addressing with linear probing in one array, the keys packed in one
// string.
//
// Why not std::unordered_map: a node-based map spent most of an import's time in divisions and
// pointer loads. Here a lookup is a hash, one probe into an array, and one compare; and callers
// that know a key early can prefetch its slot while they do other work.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph {

template <typename V>
class StringTable {
 public:
  static size_t Hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

  // Starts loading the slot where a key of hash `hash` would be.
  void Prefetch(size_t hash) const { __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]); }

  // The value under `key` (whose hash is `hash`), or nullptr.
  const V* Find(std::string_view key, size_t hash) const {
    const Slot& s = slots_[Probe(key, hash)];
    return s.used ? &s.value : nullptr;
  }

  // Adds `key`, which must be absent.
  void Insert(std::string_view key, size_t hash, V value) {
    if (2 * (used_ + 1) > slots_.size()) Grow();
    slots_[Probe(key, hash)] = Slot{hash, static_cast<uint32_t>(keys_.size()),
                                    static_cast<uint32_t>(key.size()), true, std::move(value)};
    keys_.append(key);
    ++used_;
  }

  size_t size() const { return used_; }

 private:
  struct Slot {
    size_t hash = 0;
    uint32_t offset = 0, length = 0;
    bool used = false;
    V value{};
  };

  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(keys_).substr(s.offset, s.length);
  }

  // The slot holding `key`, or the empty slot where it would go. The load stays at most 1/2.
  size_t Probe(std::string_view key, size_t hash) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used || (s.hash == hash && KeyOf(s) == key)) return i;
    }
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (Slot& s : old)
      if (s.used) slots_[Probe(KeyOf(s), s.hash)] = std::move(s);
  }

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::string keys_;
  size_t used_ = 0;
};

}  // namespace dipgraph
