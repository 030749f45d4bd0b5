// Feature keys of the tagger and parser: a template number and up to three values (word hashes,
// tag or label ids, small counts) mixed into 64 bits. Two distinct features share a key with
// probability ~2^-64 per pair, so keys stand in for the features themselves.
#pragma once

#include <cstdint>
#include <string_view>

namespace dipgraph::syntax {

inline uint64_t MixKey(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 29);
}

inline uint64_t Key(uint32_t templ, uint64_t a) { return MixKey(MixKey(templ, a), 0x51); }
inline uint64_t Key(uint32_t templ, uint64_t a, uint64_t b) { return MixKey(Key(templ, a), b); }
inline uint64_t Key(uint32_t templ, uint64_t a, uint64_t b, uint64_t c) {
  return MixKey(Key(templ, a, b), c);
}

// A word's 64-bit hash (FNV-1a, then mixed), computed once per token.
inline uint64_t StringHash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return MixKey(h, s.size());
}

}  // namespace dipgraph::syntax
