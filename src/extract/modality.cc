#include "src/extract/modality.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_set>

namespace dipgraph {

namespace {

using Words = WordSet;

Words SetOf(std::span<const std::string_view> list) {
  Words set;
  for (std::string_view x : list) set.Insert(x);
  return set;
}

constexpr std::string_view kNegationCues[] = {
    "not",  "n't",    "never", "no",     "neither", "nor",      "deny",  "without", "refuse",
    "fail", "reject", "rule",  "cancel", "unable",  "postpone", "scrap", "abandon", "suspend"};

const Words& NegationCues() {
  static const Words w = SetOf(kNegationCues);
  return w;
}

constexpr std::string_view kHypotheticalCues[] = {
    "would",       "could",     "might",  "should", "if",       "unless",   "whether",
    "hope",        "hopefully", "wish",   "want",   "unclear",  "possible", "possibly",
    "perhaps",     "consider",  "may",    "try",    "seek",     "propose",  "suggest",
    "speculation", "rumor",     "rumour", "likely", "unlikely", "threaten", "ready",
    "willing",     "offer",     "urge",   "demand", "ask",      "call"};

const Words& HypotheticalCues() {
  static const Words w = SetOf(kHypotheticalCues);
  return w;
}

constexpr std::string_view kPlannedCues[] = {
    "will",   "shall",  "'ll",        "plan",        "schedule", "due",
    "expect", "set",    "upcoming",   "forthcoming", "prepare",  "intend",
    "agree",  "accept", "invitation", "next",        "going",    "to"};

const Words& PlannedCues() {
  static const Words w = SetOf(kPlannedCues);
  return w;
}

constexpr std::string_view kCommitmentVerbs[] = {
    "agree", "pledge", "promise", "vow", "commit", "offer", "undertake", "decide", "resolve"};

const Words& CommitmentVerbs() {
  static const Words w = SetOf(kCommitmentVerbs);
  return w;
}

}  // namespace

std::vector<std::string_view> ModalityCueWords() {
  std::vector<std::string_view> out;
  for (const auto& list : {std::span<const std::string_view>(kNegationCues),
                           std::span<const std::string_view>(kHypotheticalCues),
                           std::span<const std::string_view>(kPlannedCues),
                           std::span<const std::string_view>(kCommitmentVerbs)})
    out.insert(out.end(), list.begin(), list.end());
  return out;
}

// "hinted that it could retaliate": a veiled threat is a threat (CAMEO 13 names no manner).
bool IsThreatVerb(const Token& t) {
  return t.lemma == "warn" || t.lemma == "threaten" || t.lemma == "hint";
}

bool IsCommitmentVerb(const Token& t) { return CommitmentVerbs().Contains(t.lemma, t.lemma_hash); }

bool IsNegationCue(const Token& t) {
  return NegationCues().Contains(t.lemma, t.lemma_hash) ||
         NegationCues().Contains(t.norm, t.norm_hash);
}

Modality DetectModality(const std::vector<Token>& tokens, size_t begin, size_t anchor,
                        size_t anchor_end, bool nominal, const std::vector<bool>* counts,
                        const std::vector<size_t>* own) {
  if (nominal) begin = anchor >= 3 ? std::max(begin, anchor - 3) : begin;
  bool negated = false, hypothetical = false, planned = false;
  for (size_t i = begin; i < anchor_end && i < tokens.size(); ++i) {
    if (counts != nullptr && !(*counts)[i]) continue;
    const Token& t = tokens[i];
    std::string_view w = t.lemma.empty() ? t.norm : t.lemma;
    uint32_t h = t.lemma.empty() ? t.norm_hash : t.lemma_hash;
    if (i >= anchor) {
      // Inside the trigger only a negation counts ("met not with", "had no talks with").
      bool pattern_word = own && std::find(own->begin(), own->end(), i) != own->end();
      negated =
          negated || (!pattern_word && (t.norm == "not" || t.norm == "no" || t.norm == "never"));
      continue;
    }
    if (NegationCues().Contains(w, h) || NegationCues().Contains(t.norm, t.norm_hash))
      negated = true;
    if (HypotheticalCues().Contains(t.norm, t.norm_hash) || HypotheticalCues().Contains(w, h)) {
      // "may" as a month is capitalised, but a headline in capitals has the verb as "MAY".
      bool month = t.norm == "may" && t.cap && !t.upper;
      if (!month) hypothetical = true;
    }
    bool to_infinitive = t.norm == "to" && i + 1 == anchor;  // "is to visit", "plans to meet"
    if (t.norm != "to" ? PlannedCues().Contains(w, h) : to_infinitive) planned = true;
  }
  if (negated) return Modality::kNegated;
  if (hypothetical) return Modality::kHypothetical;
  if (planned) return Modality::kPlanned;
  return Modality::kAsserted;
}

bool IsPastTense(const std::vector<Token>& tokens, size_t begin, size_t anchor) {
  if (anchor >= tokens.size()) return false;
  const Token& t = tokens[anchor];
  if (t.norm.size() > 3 && t.norm.compare(t.norm.size() - 2, 2, "ed") == 0) return true;
  if (!t.lemma.empty() && t.lemma != t.norm && t.norm.back() != 's' &&
      t.norm.compare(t.norm.size() >= 3 ? t.norm.size() - 3 : 0, 3, "ing") != 0)
    return true;  // irregular past: met, held, sought
  for (size_t i = begin; i < anchor; ++i)
    if (tokens[i].norm == "has" || tokens[i].norm == "have" || tokens[i].norm == "had" ||
        tokens[i].norm == "was" || tokens[i].norm == "were" || tokens[i].norm == "did")
      return true;
  return false;
}

}  // namespace dipgraph
