#include "src/extract/lemmatizer.h"

#include <array>

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

std::string Lemmatizer::Regular(std::string_view w) const {
  std::array<std::string, 4> candidates;
  size_t n = 0;
  auto add = [&](std::string c) { candidates[n++] = std::move(c); };
  if (EndsWith(w, "ies") || EndsWith(w, "ied")) {
    add(std::string(w.substr(0, w.size() - 3)) + "y");
  } else if (EndsWith(w, "ing")) {
    std::string stem(w.substr(0, w.size() - 3));
    add(stem);
    add(stem + "e");
    if (DoubledConsonant(stem)) add(stem.substr(0, stem.size() - 1));
  } else if (EndsWith(w, "ed")) {
    std::string stem(w.substr(0, w.size() - 2));
    add(stem);
    add(stem + "e");
    if (DoubledConsonant(stem)) add(stem.substr(0, stem.size() - 1));
  } else if (EndsWith(w, "es")) {
    // "approaches" -> "approach", but "routes" -> "route" (never "rout").
    std::string_view stem = w.substr(0, w.size() - 2);
    bool sibilant = EndsWith(stem, "s") || EndsWith(stem, "x") || EndsWith(stem, "z") ||
                    EndsWith(stem, "ch") || EndsWith(stem, "sh") || EndsWith(stem, "o");
    if (sibilant) add(std::string(stem));
    add(std::string(w.substr(0, w.size() - 1)));
  } else if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
    add(std::string(w.substr(0, w.size() - 1)));
  } else {
    return std::string(w);
  }
  if (known_.count(std::string(w))) return std::string(w);
  for (size_t i = 0; i < n; ++i)
    if (known_.count(candidates[i])) return candidates[i];
  return candidates[0];
}

std::string Lemmatizer::Lemma(std::string_view w) const {
  auto it = irregular_.find(std::string(w));
  if (it != irregular_.end()) return it->second;
  return Regular(w);
}

}  // namespace dipgraph
