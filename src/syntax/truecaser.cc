#include "src/syntax/truecaser.h"

#include <algorithm>
#include <map>

#include "src/syntax/binary_io.h"
#include "src/syntax/word_features.h"

namespace dipgraph::syntax {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

std::string Titlecase(std::string_view form) {
  std::string out = Lowercase(form);
  for (char& c : out) {
    if (IsLower(c)) {
      c = static_cast<char>(c - 'a' + 'A');
      break;
    }
  }
  return out;
}

}  // namespace

bool Truecaser::IsAllCaps(const std::vector<std::string_view>& forms) {
  int words = 0, caps = 0;
  for (std::string_view f : forms) {
    int letters = 0;
    bool lower = false;
    for (char c : f) {
      letters += IsLower(c) || IsUpper(c);
      lower |= IsLower(c);
    }
    if (letters < 2) continue;
    ++words;
    caps += !lower;
  }
  return words >= 2 && caps * 5 >= words * 4;
}

std::vector<std::string> Truecaser::Recase(const std::vector<std::string_view>& forms) const {
  std::vector<std::string> out;
  out.reserve(forms.size());
  for (std::string_view f : forms) {
    auto it = casing_.find(Lowercase(f));
    out.push_back(it != casing_.end() ? it->second : Titlecase(f));
  }
  for (std::string& w : out) {  // the first word of the sentence is capitalised
    if (!w.empty() && (IsLower(w[0]) || IsUpper(w[0]))) {
      if (IsLower(w[0])) w[0] = static_cast<char>(w[0] - 'a' + 'A');
      break;
    }
  }
  return out;
}

Truecaser Truecaser::Train(const std::vector<ConlluSentence>& train) {
  std::map<std::string, std::map<std::string, int>> counts;
  for (const ConlluSentence& s : train) {
    std::vector<std::string_view> forms;
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    if (IsAllCaps(forms)) continue;
    for (size_t i = 1; i < s.words.size(); ++i) {  // the first word's case says nothing
      ++counts[Lowercase(s.words[i].form)][s.words[i].form];
    }
  }
  Truecaser t;
  for (const auto& [lower, forms] : counts) {
    auto best = std::max_element(forms.begin(), forms.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    t.casing_[lower] = best->first;
  }
  return t;
}

void Truecaser::Write(std::ostream& out) const {
  std::vector<std::pair<std::string, std::string>> rows(casing_.begin(), casing_.end());
  std::sort(rows.begin(), rows.end());
  PutValue(out, static_cast<uint32_t>(rows.size()));
  for (const auto& [k, v] : rows) {
    PutString(out, k);
    PutString(out, v);
  }
}

Result<Truecaser> Truecaser::Read(std::istream& in) {
  Truecaser t;
  uint32_t n = 0;
  if (!GetValue(in, &n) || n > (1u << 24)) return Status::Corruption("truecaser: bad table");
  std::string k, v;
  for (uint32_t i = 0; i < n; ++i) {
    if (!GetString(in, &k) || !GetString(in, &v) || Lowercase(v) != k) {
      return Status::Corruption("truecaser: bad entry");
    }
    t.casing_[k] = v;
  }
  return t;
}

}  // namespace dipgraph::syntax
