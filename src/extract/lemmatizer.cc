#include "src/extract/lemmatizer.h"

#include <cstring>

#include "graph/data_files.h"
#include "graph/tsv.h"

namespace dipgraph {

Lemmatizer::Lemmatizer() {
  ForEachTsvRow(DataFileContent("lexicon/irregular.tsv"), [&](const auto& f, int) {
    if (f.size() >= 2 && !f[0].empty() && !f[1].empty())
      if (!irregular_.Find(f[0])) irregular_[f[0]] = std::string(f[1]);  // the first line wins
  });
  for (const auto& [form, lemma] : irregular_.entries()) known_.Insert(lemma);
}

namespace {

// Whether w ends with suffix and has at least two letters before it. A loop, not a memcmp call: it
// runs several times on every word of the text.
bool EndsWith(std::string_view w, std::string_view suffix) {
  if (w.size() <= suffix.size() + 1) return false;
  const char* tail = w.data() + w.size() - suffix.size();
  for (size_t k = 0; k < suffix.size(); ++k)
    if (tail[k] != suffix[k]) return false;
  return true;
}

bool DoubledConsonant(std::string_view s) {
  size_t n = s.size();
  return n >= 3 && s[n - 1] == s[n - 2] &&
         std::string_view("bdgklmnprtz").find(s[n - 1]) != std::string_view::npos;
}

enum class Suffix { kNone, kIesIed, kIng, kEd, kEs, kS };

// The regular inflection w may carry, tested in this order.
Suffix SuffixOf(std::string_view w) {
  if (w.empty() || (w.back() != 's' && w.back() != 'd' && w.back() != 'g')) return Suffix::kNone;
  if (EndsWith(w, "ies") || EndsWith(w, "ied")) return Suffix::kIesIed;
  if (EndsWith(w, "ing")) return Suffix::kIng;
  if (EndsWith(w, "ed")) return Suffix::kEd;
  if (EndsWith(w, "es")) return Suffix::kEs;
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is"))
    return Suffix::kS;
  return Suffix::kNone;
}

}  // namespace

std::string_view Lemmatizer::KnownJoined(std::string_view stem, std::string_view suffix) const {
  char buf[64];
  std::string long_word;
  std::string_view joined;
  if (stem.size() + suffix.size() > sizeof buf) {
    long_word = std::string(stem) + std::string(suffix);
    joined = long_word;
  } else {
    std::memcpy(buf, stem.data(), stem.size());
    std::memcpy(buf + stem.size(), suffix.data(), suffix.size());
    joined = {buf, stem.size() + suffix.size()};
  }
  return known_.Stored(joined, WordHash(joined));
}

// A word that is itself known stays as it is; otherwise the candidate stems are tried in order of
// preference, the first known one winning, else the first.
std::string_view Lemmatizer::Regular(std::string_view w, uint32_t hash, WordStore* words) const {
  Suffix suffix = SuffixOf(w);
  if (suffix == Suffix::kNone || known_.Contains(w, hash)) return w;
  auto known = [&](std::string_view c) { return known_.Contains(c); };
  switch (suffix) {
    case Suffix::kIesIed: {
      std::string_view stem = w.substr(0, w.size() - 3);
      if (std::string_view k = KnownJoined(stem, "y"); !k.empty()) return k;
      return words->Add(std::string(stem) + "y");
    }
    case Suffix::kIng:
    case Suffix::kEd: {
      std::string_view stem = w.substr(0, w.size() - (suffix == Suffix::kIng ? 3 : 2));
      if (known(stem)) return stem;
      if (std::string_view k = KnownJoined(stem, "e"); !k.empty()) return k;
      std::string_view undoubled = stem.substr(0, stem.size() - 1);  // "planned" -> "plan"
      if (DoubledConsonant(stem) && known(undoubled)) return undoubled;
      return stem;
    }
    case Suffix::kEs: {
      // "approaches" -> "approach", but "routes" -> "route" (never "rout").
      std::string_view stem = w.substr(0, w.size() - 2);
      bool sibilant = EndsWith(stem, "s") || EndsWith(stem, "x") || EndsWith(stem, "z") ||
                      EndsWith(stem, "ch") || EndsWith(stem, "sh") || EndsWith(stem, "o");
      if (sibilant && known(stem)) return stem;
      std::string_view singular = w.substr(0, w.size() - 1);
      if (known(singular)) return singular;
      return sibilant ? stem : singular;
    }
    default:  // kS: the only candidate, known or not
      return w.substr(0, w.size() - 1);
  }
}

std::string_view Lemmatizer::LemmaView(std::string_view w, uint32_t hash, WordStore* words) const {
  if (const std::string* lemma = irregular_.Find(w, hash)) return *lemma;
  return Regular(w, hash, words);
}

std::string Lemmatizer::Lemma(std::string_view w) const {
  WordStore words;
  return std::string(LemmaView(w, WordHash(w), &words));
}

}  // namespace dipgraph
