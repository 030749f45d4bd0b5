// Hash tables keyed by words, for the extractor's lookups: a token looks itself up in a dozen
// tables (gazetteer, titles, lexicon anchors, lemmas, word lists), mostly missing. Each token
// carries the hash of its words (WordHash), so a lookup hashes nothing; a bit filter (4 bits per
// slot) turns most absent words away, then a small array of (hash, index) pairs is probed; the
// words and values, elsewhere, are read only when a hash matches. std::unordered_map cost a hash,
// a division and two dependent cache misses per lookup.
#pragma once

#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dipgraph {

// FNV-1a over the bytes, folded to 32 bits; fed a byte at a time where a word is being built.
class WordHasher {
 public:
  void Add(char c) { h_ = (h_ ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
  uint32_t Value() const { return static_cast<uint32_t>(h_ ^ (h_ >> 32)); }

 private:
  uint64_t h_ = 14695981039346656037ull;
};

inline uint32_t WordHash(std::string_view word) {
  WordHasher h;
  for (char c : word) h.Add(c);
  return h.Value();
}

template <typename V>
class WordTable {
 public:
  using Entry = std::pair<std::string, V>;

  // The entry of `word`, or nullptr. `hash` must be WordHash(word).
  const Entry* FindEntry(std::string_view word, uint32_t hash) const {
    uint32_t index = IndexOf(word, hash);
    return index == kEmpty ? nullptr : &entries_[index];
  }
  // The value of `word`, or nullptr.
  const V* Find(std::string_view word, uint32_t hash) const {
    const Entry* e = FindEntry(word, hash);
    return e ? &e->second : nullptr;
  }
  const V* Find(std::string_view word) const { return Find(word, WordHash(word)); }

  // The value of `word`, inserted (value-initialised) when absent. References stay valid.
  V& operator[](std::string_view word) {
    uint32_t hash = WordHash(word);
    if (uint32_t index = IndexOf(word, hash); index != kEmpty) return entries_[index].second;
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(word), V{});
    Place(hash, static_cast<uint32_t>(entries_.size() - 1));
    return entries_.back().second;
  }

  // (word, value) pairs in insertion order.
  const std::deque<Entry>& entries() const { return entries_; }
  std::deque<Entry>& entries() { return entries_; }
  size_t size() const { return entries_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = kEmpty;
  };
  uint32_t IndexOf(std::string_view word, uint32_t hash) const {
    if (slots_.empty() || !InFilter(hash)) return kEmpty;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty || (s.hash == hash && entries_[s.index].first == word)) return s.index;
    }
  }
  // The filter bit of a hash comes from its high bits, which the slot index (low bits) does not
  // use.
  size_t FilterBit(uint32_t hash) const { return ((hash >> 16) | (hash << 16)) & filter_mask_; }
  bool InFilter(uint32_t hash) const {
    size_t bit = FilterBit(hash);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void Place(uint32_t hash, uint32_t index) {
    size_t i = hash & mask_;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask_;
    slots_[i] = {hash, index};
    size_t bit = FilterBit(hash);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    filter_.assign(slots_.size() * 4 / 64, 0);
    filter_mask_ = slots_.size() * 4 - 1;
    for (size_t k = 0; k < entries_.size(); ++k)
      Place(WordHash(entries_[k].first), static_cast<uint32_t>(k));
  }
  std::vector<Slot> slots_;  // at most half full, so probes are short
  size_t mask_ = 0;
  std::vector<uint64_t> filter_;
  size_t filter_mask_ = 0;
  std::deque<Entry> entries_;  // a deque: words and values never move
};

// A set of words.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) Insert(w);
  }
  void Insert(std::string_view word) { table_[word] = true; }
  bool Contains(std::string_view word, uint32_t hash) const {
    return table_.Find(word, hash) != nullptr;
  }
  bool Contains(std::string_view word) const { return table_.Find(word) != nullptr; }
  // The set's own copy of `word` (it stays valid), or an empty view when absent.
  std::string_view Stored(std::string_view word, uint32_t hash) const {
    const auto* e = table_.FindEntry(word, hash);
    return e ? std::string_view(e->first) : std::string_view();
  }

 private:
  WordTable<bool> table_;
};

}  // namespace dipgraph
