#include "src/extract/lemmatizer.h"

#include <cstring>

#include "graph/data_files.h"
#include "graph/tsv.h"

namespace dipgraph {

Lemmatizer::Lemmatizer() {
  ForEachTsvRow(DataFileContent("lexicon/irregular.tsv"), [&](const auto& f, int) {
    if (f.size() >= 2 && !f[0].empty() && !f[1].empty())
      irregular_.emplace(std::string(f[0]), std::string(f[1]));
  });
  for (const auto& [form, lemma] : irregular_) known_.insert(lemma);
}

namespace {

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
}

bool DoubledConsonant(std::string_view s) {
  size_t n = s.size();
  return n >= 3 && s[n - 1] == s[n - 2] &&
         std::string_view("bdgklmnprtz").find(s[n - 1]) != std::string_view::npos;
}

}  // namespace

std::string_view Lemmatizer::KnownJoined(std::string_view stem, std::string_view suffix) const {
  char buf[64];
  if (stem.size() + suffix.size() > sizeof buf) {
    auto it = known_.find(std::string(stem) + std::string(suffix));
    return it == known_.end() ? std::string_view() : std::string_view(*it);
  }
  std::memcpy(buf, stem.data(), stem.size());
  std::memcpy(buf + stem.size(), suffix.data(), suffix.size());
  auto it = known_.find(std::string_view(buf, stem.size() + suffix.size()));
  return it == known_.end() ? std::string_view() : std::string_view(*it);
}

// Candidates in order of preference; the first known one wins, else the first. A word that is
// itself known stays as it is.
std::string_view Lemmatizer::Regular(std::string_view w, WordStore* words) const {
  auto known = [&](std::string_view c) { return known_.find(c) != known_.end(); };
  if (EndsWith(w, "ies") || EndsWith(w, "ied")) {
    std::string_view stem = w.substr(0, w.size() - 3);
    if (known(w)) return w;
    if (std::string_view k = KnownJoined(stem, "y"); !k.empty()) return k;
    std::string y = std::string(stem) + "y";
    return words->Add(y);
  }
  for (size_t cut : {size_t{3}, size_t{2}}) {  // -ing, then -ed
    if (!EndsWith(w, cut == 3 ? "ing" : "ed")) continue;
    std::string_view stem = w.substr(0, w.size() - cut);
    if (known(w)) return w;
    if (known(stem)) return stem;
    if (std::string_view k = KnownJoined(stem, "e"); !k.empty()) return k;
    if (DoubledConsonant(stem) && known(stem.substr(0, stem.size() - 1)))
      return stem.substr(0, stem.size() - 1);
    return stem;
  }
  if (EndsWith(w, "es")) {
    // "approaches" -> "approach", but "routes" -> "route" (never "rout").
    std::string_view stem = w.substr(0, w.size() - 2);
    bool sibilant = EndsWith(stem, "s") || EndsWith(stem, "x") || EndsWith(stem, "z") ||
                    EndsWith(stem, "ch") || EndsWith(stem, "sh") || EndsWith(stem, "o");
    if (known(w)) return w;
    if (sibilant && known(stem)) return stem;
    std::string_view s = w.substr(0, w.size() - 1);
    if (known(s)) return s;
    return sibilant ? stem : s;
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is"))
    return known(w) ? w : w.substr(0, w.size() - 1);  // the only candidate, known or not
  return w;
}

std::string_view Lemmatizer::LemmaView(std::string_view w, WordStore* words) const {
  auto it = irregular_.find(w);
  if (it != irregular_.end()) return it->second;
  return Regular(w, words);
}

std::string Lemmatizer::Lemma(std::string_view w) const {
  WordStore words;
  return std::string(LemmaView(w, &words));
}

}  // namespace dipgraph
