#include "graph/name_key.h"

#include <algorithm>
#include <vector>

namespace dipgraph {

std::string NameKey(std::string_view name) {
  // Written through a pointer into a buffer sized for the worst case: push_back's capacity check
  // per byte made this the costliest step of resolving a new actor in an import.
  std::string out(name.size(), '\0');  // the key is never longer than the name
  char* p = out.data();
  bool pending_space = false;
  for (unsigned char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (word) {
      if (pending_space && p != out.data()) *p++ = ' ';
      pending_space = false;
      *p++ = static_cast<char>(c);
    } else if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '/') {
      pending_space = true;
    }
    // Other punctuation ('.', '\'', '(', ...) is dropped without a break: "U.S." -> "us".
  }
  out.resize(static_cast<size_t>(p - out.data()));
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int max) {
  if (std::abs(static_cast<int>(a.size()) - static_cast<int>(b.size())) > max) return max + 1;
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max) return max + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], max + 1);
}

}  // namespace dipgraph
