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

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Russian, Ukrainian and Belarusian patronymics in their usual Latin spellings.
bool IsPatronymic(std::string_view word) {
  static constexpr std::string_view kSuffixes[] = {"ovich", "evich", "yich",  "ovych", "evych",
                                                   "ovna",  "evna",  "ichna", "ivna"};
  if (word.size() < 6) return false;
  for (std::string_view s : kSuffixes)
    if (EndsWith(word, s)) return true;
  return false;
}

void FoldSpelling(std::string_view word, std::string* out) {
  size_t at = out->size();
  for (char c : word) {
    if (c == 'x')
      out->append("ks");
    else
      out->push_back(c);
  }
  std::string_view w(out->data() + at, out->size() - at);
  if (w.size() > 3 && (EndsWith(w, "iy") || EndsWith(w, "ii")))
    out->pop_back();
  else if (w.size() > 3 && EndsWith(w, "y"))
    out->back() = 'i';
}

// PersonKey, and the first letters of the middle words it dropped ("Sergey Viktorovich Lavrov":
// "v"), which tell two people of one first and last name apart.
void SplitPersonName(std::string_view name, std::string* key, std::string* initials) {
  std::string folded = NameKey(name);
  std::vector<std::string_view> words;
  for (size_t start = 0; start < folded.size();) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.push_back(std::string_view(folded).substr(start, end - start));
    start = end + 1;
  }
  key->clear();
  key->reserve(folded.size() + 4);
  for (size_t i = 0; i < words.size(); ++i) {
    bool middle = i > 0 && i + 1 < words.size();
    if (middle && (words[i].size() == 1 || IsPatronymic(words[i]))) {
      if (initials) initials->push_back(words[i][0]);
      continue;
    }
    if (!key->empty()) key->push_back(' ');
    FoldSpelling(words[i], key);
  }
}

}  // namespace

std::string PersonKey(std::string_view name) {
  std::string key;
  SplitPersonName(name, &key, nullptr);
  return key;
}

bool SamePersonName(std::string_view a, std::string_view b) {
  std::string key_a, key_b, initials_a, initials_b;
  SplitPersonName(a, &key_a, &initials_a);
  SplitPersonName(b, &key_b, &initials_b);
  return key_a == key_b && (initials_a.empty() || initials_b.empty() || initials_a == initials_b);
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
