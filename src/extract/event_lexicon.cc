#include "src/extract/event_lexicon.h"

#include <algorithm>

#include "graph/cameo.h"
#include "graph/data_files.h"
#include "graph/tsv.h"
#include "src/extract/agent_nouns.h"
#include "src/extract/modality.h"

namespace dipgraph {

const EventLexicon& EventLexicon::Get() {
  static const EventLexicon* lexicon = new EventLexicon();
  return *lexicon;
}

namespace {

std::vector<std::string> Words(std::string_view pattern) {
  std::vector<std::string> out;
  for (std::string_view w : SplitView(pattern, ' '))
    if (!w.empty()) out.emplace_back(w);
  return out;
}

bool IsVisitCode(std::string_view code) {
  return code.starts_with("042") || code.starts_with("043") || code.starts_with("044") ||
         code == "036";
}

// "lent Brazil two billion" for "S lend ... to T": the "to" before a trailing target may be left
// out.
bool IsOptionalDative(const EventPattern& p, size_t i) {
  return i + 2 == p.elements.size() && p.elements[i].lemmas == std::vector<std::string>{"to"};
}

AnchoredPattern Anchored(const EventPattern& p) {
  AnchoredPattern a;
  a.pattern = &p;
  size_t n = 0;
  for (size_t i = p.anchor + 1; i < p.elements.size() && n < 2; ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind != PatternElement::Kind::kWord || IsOptionalDative(p, i)) continue;
    if (e.lemmas.size() <= 3) {
      for (const std::string& lemma : e.lemmas)
        a.need_bits[n][a.need_count[n]++] = LemmaBit(WordHash(lemma));
    }
    ++n;
  }
  a.verb_after_source =
      !p.nominal && p.anchor > 0 && p.elements[p.anchor - 1].kind == PatternElement::Kind::kSource;
  return a;
}

}  // namespace

EventLexicon::EventLexicon() {
  std::string_view content = DataFileContent("lexicon/events.tsv");
  // First every word is a known base form, so that inflected text finds it; so is every agent
  // noun ("soldiers" -> "soldier").
  for (const std::string& w : AgentNouns::Get().lemmas()) lemmatizer_.AddKnownBase(w);
  // So are the modality cues' content words ("scheduled" -> "schedule"); not short function words,
  // which would take "noted" for a form of "not".
  for (std::string_view w : ModalityCueWords())
    if (w.size() >= 4) lemmatizer_.AddKnownBase(std::string(w));
  ForEachTsvRow(content, [&](const auto& f, int) {
    if (f.size() < 2) return;
    for (const std::string& w : Words(f[1]))
      for (const std::string& alt : SplitList(w, '/')) lemmatizer_.AddKnownBase(alt);
  });
  ForEachTsvRow(DataFileContent("lexicon/figurative.tsv"), [&](const auto& f, int) {
    if (!f.empty() && !f[0].empty()) figurative_.Insert(f[0]);
  });
  ForEachTsvRow(content, [&](const auto& f, int line) {
    if (f.size() < 2 || !LookupCameo(f[0])) return;
    EventPattern p;
    p.code = std::string(f[0]);
    p.text = std::string(f[1]);
    p.line = line;
    std::string flags = f.size() > 2 ? std::string(f[2]) : "";
    p.sym = flags.find("sym") != std::string::npos;
    p.nominal = flags.find("nominal") != std::string::npos;
    p.dated = flags.find("dated") != std::string::npos;
    p.place_target = IsVisitCode(p.code) || CameoRoot(p.code) == 15 || IsUseOfForce(p.code);
    bool anchored = false;
    for (const std::string& w : Words(f[1])) {
      PatternElement e;
      if (w == "S")
        e.kind = PatternElement::Kind::kSource;
      else if (w == "T")
        e.kind = PatternElement::Kind::kTarget;
      else if (w == "...")
        e.kind = PatternElement::Kind::kGap;
      else
        for (const std::string& alt : SplitList(w, '/')) e.lemmas.push_back(lemmatizer_.Lemma(alt));
      if (e.kind == PatternElement::Kind::kWord) {
        ++p.words;
        if (!anchored) p.anchor = p.elements.size(), anchored = true;
      }
      p.elements.push_back(std::move(e));
    }
    if (!anchored) return;
    const PatternElement& last = p.elements.back();
    p.here =
        last.kind == PatternElement::Kind::kWord && last.lemmas == std::vector<std::string>{"here"};
    patterns_.push_back(std::move(p));
  });
  for (const EventPattern& p : patterns_)
    for (const std::string& lemma : p.elements[p.anchor].lemmas)
      by_anchor_[lemma].push_back(Anchored(p));
}

bool EventLexicon::WordsOccur(const std::vector<Token>& tokens,
                              const std::vector<bool>& free) const {
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!free[k]) continue;
    const auto* patterns = ForAnchor(tokens[k].lemma, tokens[k].lemma_hash);
    if (!patterns) continue;
    for (const AnchoredPattern& a : *patterns) {
      const EventPattern& p = *a.pattern;
      size_t pos = k + 1;
      bool all = true;
      for (size_t i = p.anchor + 1; i < p.elements.size() && all; ++i) {
        const PatternElement& e = p.elements[i];
        if (e.kind != PatternElement::Kind::kWord) continue;
        if (IsOptionalDative(p, i)) continue;
        while (pos < tokens.size() &&
               !(free[pos] &&
                 std::find(e.lemmas.begin(), e.lemmas.end(), tokens[pos].lemma) != e.lemmas.end()))
          ++pos;
        all = pos < tokens.size();
        ++pos;
      }
      if (all) return true;
    }
  }
  return false;
}

const std::vector<AnchoredPattern>* EventLexicon::ForAnchor(std::string_view lemma,
                                                            uint32_t hash) const {
  return by_anchor_.Find(lemma, hash);
}

}  // namespace dipgraph
