#include "src/syntax/lemmatizer.h"

#include <algorithm>
#include <map>

#include "src/syntax/binary_io.h"
#include "src/syntax/word_features.h"

namespace dipgraph::syntax {
namespace {

constexpr size_t kMaxEnding = 4;
constexpr int kMinEditCount = 3;  // an ending's edit is kept when seen this often

// The edit that turns `lower` into `lemma`: how many bytes to strip and what to add.
std::string EditOf(const std::string& lower, const std::string& lemma) {
  size_t p = 0;
  while (p < lower.size() && p < lemma.size() && lower[p] == lemma[p]) ++p;
  return std::to_string(lower.size() - p) + "\t" + lemma.substr(p);
}

// Whether an ending of `k` bytes starts on a character (not inside a UTF-8 sequence).
bool CharBoundary(const std::string& s, size_t k) {
  return k == 0 || k > s.size() || (static_cast<unsigned char>(s[s.size() - k]) & 0xC0) != 0x80;
}

std::string ApplyEdit(const std::string& lower, const std::string& edit) {
  size_t tab = edit.find('\t');
  size_t strip = std::stoul(edit.substr(0, tab));
  if (strip > lower.size() || !CharBoundary(lower, strip)) return lower;
  return lower.substr(0, lower.size() - strip) + edit.substr(tab + 1);
}

template <typename Map>
void WriteMap(std::ostream& out, const Map& map) {
  std::vector<std::pair<std::string, std::string>> rows(map.begin(), map.end());
  std::sort(rows.begin(), rows.end());
  PutValue(out, static_cast<uint32_t>(rows.size()));
  for (const auto& [k, v] : rows) {
    PutString(out, k);
    PutString(out, v);
  }
}

bool ReadMap(std::istream& in, std::unordered_map<std::string, std::string>* map) {
  uint32_t n = 0;
  if (!GetValue(in, &n) || n > (1u << 24)) return false;
  std::string k, v;
  for (uint32_t i = 0; i < n; ++i) {
    if (!GetString(in, &k) || !GetString(in, &v)) return false;
    (*map)[k] = v;
  }
  return true;
}

// The most frequent value of each key (ties: the smallest value, so training is deterministic).
std::unordered_map<std::string, std::string> Majority(
    const std::map<std::string, std::map<std::string, int>>& counts, int min_count) {
  std::unordered_map<std::string, std::string> out;
  for (const auto& [key, values] : counts) {
    int best = 0;
    const std::string* best_value = nullptr;
    for (const auto& [value, c] : values) {
      if (c > best) best = c, best_value = &value;
    }
    if (best >= min_count) out[key] = *best_value;
  }
  return out;
}

}  // namespace

std::string Lemmatizer::Lemma(std::string_view form, const std::string& upos,
                              const std::string& xpos) const {
  std::string lower = Lowercase(form);
  auto known = known_.find(lower + "\t" + xpos);
  if (known != known_.end()) return known->second;
  if (upos == "PROPN") return std::string(form);
  for (size_t k = std::min(kMaxEnding, lower.size()); k + 1 > 0; --k) {
    if (!CharBoundary(lower, k)) continue;
    auto edit = edits_.find(xpos + "\t" + lower.substr(lower.size() - k));
    if (edit != edits_.end()) return ApplyEdit(lower, edit->second);
    if (k == 0) break;
  }
  return lower;
}

Lemmatizer Lemmatizer::Train(const std::vector<ConlluSentence>& train) {
  std::map<std::string, std::map<std::string, int>> known, edits;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      if (w.lemma == "_") continue;
      std::string lower = Lowercase(w.form);
      ++known[lower + "\t" + w.xpos][w.lemma];
      if (w.upos == "PROPN" || Lowercase(w.lemma) != w.lemma) continue;
      std::string edit = EditOf(lower, w.lemma);
      for (size_t k = 0; k <= std::min(kMaxEnding, lower.size()); ++k) {
        if (CharBoundary(lower, k)) ++edits[w.xpos + "\t" + lower.substr(lower.size() - k)][edit];
      }
    }
  }
  Lemmatizer lem;
  lem.known_ = Majority(known, 1);
  lem.edits_ = Majority(edits, kMinEditCount);
  return lem;
}

void Lemmatizer::Write(std::ostream& out) const {
  WriteMap(out, known_);
  WriteMap(out, edits_);
}

Result<Lemmatizer> Lemmatizer::Read(std::istream& in) {
  Lemmatizer lem;
  if (!ReadMap(in, &lem.known_) || !ReadMap(in, &lem.edits_)) {
    return Status::Corruption("lemmatizer: bad table");
  }
  for (const auto& [k, edit] : lem.edits_) {
    size_t tab = edit.find('\t');
    if (tab == 0 || tab == std::string::npos || tab > 3 ||
        edit.find_first_not_of("0123456789") != tab) {
      return Status::Corruption("lemmatizer: bad edit '" + edit + "'");
    }
  }
  return lem;
}

}  // namespace dipgraph::syntax
