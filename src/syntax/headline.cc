#include "src/syntax/headline.h"

namespace dipgraph::syntax {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool Droppable(const ConlluWord& w, bool last) {
  std::string_view rel = w.deprel, lemma = w.lemma;
  if (rel == "det") return lemma == "the" || lemma == "a" || lemma == "an";
  if (rel == "aux" || rel == "aux:pass" || rel == "cop") return lemma == "be";
  return last && rel == "punct" && w.form == ".";
}

}  // namespace

std::optional<ConlluSentence> AsHeadline(const ConlluSentence& sentence) {
  const std::vector<ConlluWord>& words = sentence.words;
  size_t n = words.size();
  if (n < 3 || n > 25) return std::nullopt;
  std::vector<int> dependents(n + 1, 0);
  for (const ConlluWord& w : words) {
    if (w.head >= 0) ++dependents[w.head];
  }
  std::vector<int> new_id(n + 1, 0);
  ConlluSentence out;
  for (size_t i = 0; i < n; ++i) {
    if (dependents[i + 1] == 0 && Droppable(words[i], i + 1 == n)) continue;
    new_id[i + 1] = static_cast<int>(out.words.size()) + 1;
    out.words.push_back(words[i]);
  }
  for (ConlluWord& w : out.words) {
    if (w.head > 0) w.head = new_id[w.head];
    for (char& c : w.form) {
      if (IsLower(c)) c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

}  // namespace dipgraph::syntax
