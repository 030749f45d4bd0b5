// Little helpers for the model file's binary sections: fixed-size values and length-prefixed
// strings, read back with a check that the stream had them.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace dipgraph::syntax {

template <typename T>
void PutValue(std::ostream& out, const T& v) {
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool GetValue(std::istream& in, T* v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(v), sizeof *v));
}

// A vector's elements as they are in memory (the model is read on the machine kind that wrote it:
// little-endian x86-64 and ARM64).
template <typename T>
void PutArray(std::ostream& out, const std::vector<T>& v) {
  out.write(reinterpret_cast<const char*>(v.data()),
            static_cast<std::streamsize>(v.size() * sizeof(T)));
}

// Fills a vector already sized to the count that was written.
template <typename T>
bool GetArray(std::istream& in, std::vector<T>* v) {
  return static_cast<bool>(in.read(reinterpret_cast<char*>(v->data()),
                                   static_cast<std::streamsize>(v->size() * sizeof(T))));
}

inline void PutString(std::ostream& out, const std::string& s) {
  PutValue(out, static_cast<uint32_t>(s.size()));
  out.write(s.data(), s.size());
}

inline bool GetString(std::istream& in, std::string* s) {
  uint32_t n = 0;
  if (!GetValue(in, &n) || n > (1u << 24)) return false;
  s->resize(n);
  return static_cast<bool>(in.read(s->data(), n));
}

inline void PutStrings(std::ostream& out, const std::vector<std::string>& v) {
  PutValue(out, static_cast<uint32_t>(v.size()));
  for (const std::string& s : v) PutString(out, s);
}

inline bool GetStrings(std::istream& in, std::vector<std::string>* v) {
  uint32_t n = 0;
  if (!GetValue(in, &n) || n > (1u << 24)) return false;
  v->resize(n);
  for (std::string& s : *v) {
    if (!GetString(in, &s)) return false;
  }
  return true;
}

}  // namespace dipgraph::syntax
