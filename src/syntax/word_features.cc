#include "src/syntax/word_features.h"

#include "src/syntax/feature_key.h"

namespace dipgraph::syntax {
namespace {

char ClassOf(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';  // a byte of a UTF-8 sequence
  return static_cast<char>(c);
}

// Byte offset of the start of the k-th character from the end (UTF-8), or 0.
size_t SuffixStart(std::string_view s, int k) {
  size_t i = s.size();
  while (k > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --k;
  }
  return k == 0 ? i : std::string_view::npos;
}

size_t PrefixEnd(std::string_view s, int k) {
  size_t i = 0;
  while (k > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --k;
  }
  return k == 0 ? i : std::string_view::npos;
}

}  // namespace

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Shape(std::string_view s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k = ClassOf(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2 && !(k == 'u' && run > 1)) out.push_back(k);
  }
  return out;
}

WordInfo DescribeWord(std::string_view form) {
  WordInfo info;
  std::string lower = Lowercase(form);
  info.lower = StringHash(lower);
  info.shape = StringHash(Shape(form));
  std::string_view lv(lower);
  for (int k = 1; k <= 3; ++k) {
    size_t end = PrefixEnd(lv, k);
    info.prefix[k - 1] = end == std::string_view::npos ? 0 : StringHash(lv.substr(0, end)) + 1;
  }
  for (int k = 1; k <= 5; ++k) {
    size_t start = SuffixStart(lv, k);
    info.suffix[k - 1] = start == std::string_view::npos ? 0 : StringHash(lv.substr(start)) + 2;
  }
  bool upper = false, lower_seen = false;
  for (unsigned char c : form) {
    if (c >= 'A' && c <= 'Z') upper = true;
    if (c >= 'a' && c <= 'z') lower_seen = true;
    if (c >= '0' && c <= '9') info.flags |= kDigit;
    if (c == '-') info.flags |= kHyphen;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') info.flags |= kCapital;
  if (upper && !lower_seen) info.flags |= kAllCaps;
  return info;
}

}  // namespace dipgraph::syntax
