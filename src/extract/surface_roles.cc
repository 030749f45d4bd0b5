#include "src/extract/surface_roles.h"

namespace dipgraph {

using Kind = PatternElement::Kind;

namespace {

// "help in Afghanistan": a mention after a place preposition is where, not whom.
bool AfterLocationPreposition(const View& v, size_t k) {
  static const WordSet preps = {"in",     "at",     "near",   "inside", "outside", "throughout",
                                "during", "across", "around", "within", "over"};
  size_t j = k;
  while (j > 0 && IsDeterminer(v.s.tokens[j - 1].norm)) --j;
  return j > 0 && preps.Contains(v.s.tokens[j - 1].norm, v.s.tokens[j - 1].norm_hash);
}

bool IsBeForm(const Token& t) { return t.lemma == "be" || t.norm == "been" || t.norm == "being"; }

}  // namespace

// "Afghanistan was invaded by the Soviet Union": an "S verb T" pattern read in the passive.
bool MatchPassive(const View& v, const EventPattern& p, Match* m) {
  if (p.elements.size() < 3 || p.elements.front().kind != Kind::kSource ||
      p.elements.back().kind != Kind::kTarget)
    return false;
  for (size_t i = 1; i + 1 < p.elements.size(); ++i)
    if (p.elements[i].kind != Kind::kWord) return false;
  bool be = (m->anchor >= 1 && IsBeForm(v.s.tokens[m->anchor - 1])) ||
            (m->anchor >= 2 && IsBeForm(v.s.tokens[m->anchor - 2]));
  size_t by = m->last_word + 1;
  if (!be || by >= v.s.tokens.size() || v.s.tokens[by].norm != "by") return false;
  size_t end = 0;
  std::vector<int> agents;
  if (!RightSlot(v, by + 1, 3, false, &end, &agents)) return false;
  m->targets = LeftSlot(v, m->anchor);
  m->sources = agents;
  m->passive = true;
  return !m->targets.empty();
}

// The mention that ends nearest before `pos`, within reach and the clause; coordinated mentions
// before it ("Russian and U.S. officials") come along. Returns mention indexes, nearest last.
std::vector<int> LeftSlot(const View& v, size_t pos) {
  std::vector<int> out;
  size_t stop = pos > kLeftReach ? pos - kLeftReach : 0;
  for (size_t k = pos; k-- > stop;) {
    if (IsClauseBreak(v.s.tokens[k])) break;
    // ", who leaves for Moscow on Tuesday," lies between a subject and its verb: skip it.
    if (v.s.tokens[k].norm == "," && k > 0) {
      size_t open = k;
      while (open-- > stop && v.s.tokens[open].norm != ",") {
      }
      if (open < k && open + 1 < k && open >= stop &&
          (v.s.tokens[open + 1].norm == "who" || v.s.tokens[open + 1].norm == "which")) {
        k = open + 1;  // continue left of the opening comma
        continue;
      }
    }
    int m = v.mention_at[k];
    if (m < 0 || !v.CanAct(m) || v.mention(m).place) continue;
    out.push_back(m);
    // "X and Y", "X, Y and Z"
    size_t b = v.mention(m).begin;
    while (b >= 2 && (v.s.tokens[b - 1].norm == "and" || v.s.tokens[b - 1].norm == ",") &&
           v.mention_at[b - 2] >= 0) {
      int prev = v.mention_at[b - 2];
      out.insert(out.begin(), prev);
      b = v.mention(prev).begin;
    }
    return out;
  }
  return out;
}

// The mention starting at or a little after `pos` (first within `reach` tokens, not crossing a
// clause break), with coordinated ones after it, into *out; sets *end past the last one used.
// Returns false, leaving *out as it was, when there is none.
bool RightSlot(const View& v, size_t pos, size_t reach, bool allow_place, size_t* end,
               std::vector<int>* out) {
  for (size_t k = pos; k < v.s.tokens.size() && k < pos + reach; ++k) {
    if (IsClauseBreak(v.s.tokens[k])) break;
    int m = v.mention_at[k];
    if (m < 0) continue;
    if (!v.CanAct(m) || (v.mention(m).place && !allow_place) ||
        (k > pos && AfterLocationPreposition(v, k))) {
      k = v.mention(m).end - 1;
      continue;
    }
    out->assign(1, m);
    size_t e = v.mention(m).end;
    while (e + 1 < v.s.tokens.size() && v.s.tokens[e].norm == "and" && v.mention_at[e + 1] >= 0 &&
           v.mention(v.mention_at[e + 1]).begin == e + 1) {
      int next = v.mention_at[e + 1];
      out->push_back(next);
      e = v.mention(next).end;
    }
    *end = e;
    return true;
  }
  return false;
}

// Matches the elements after the anchor, left to right.
bool MatchRest(const View& v, const EventPattern& p, Match* m) {
  size_t pos = m->anchor + 1;
  size_t gap = 0;
  for (size_t i = p.anchor + 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap) {
      gap = 4;
      continue;
    }
    if (e.kind == Kind::kWord) {
      size_t k = pos;
      while (k <= pos + gap && !WordMatches(v, k, e)) ++k;
      if (k > pos + gap) return false;
      m->word_tokens.push_back(k);
      m->last_word = k;
      pos = k + 1;
      gap = 0;
      continue;
    }
    bool trailing = i + 1 == p.elements.size();
    size_t reach = trailing ? kRightReach + gap : 2 + gap;
    size_t end = pos;
    std::vector<int>& slot = e.kind == Kind::kSource ? m->sources : m->targets;
    // A missing trailing target may be filled in later.
    if (!RightSlot(v, pos, reach, p.place_target, &end, &slot)) return trailing;
    pos = end;
    gap = 0;
  }
  return true;
}

// "the defeat of", "Moscow's brief war": after these words a verb pattern's trigger is a noun or
// an adjective, and patterns that read it as a verb after its source
// (AnchoredPattern::verb_after_source) do not apply.
bool NounPosition(const View& v, size_t anchor) {
  if (anchor == 0) return false;
  std::string_view prev = v.s.tokens[anchor - 1].norm;
  return prev == "the" || prev == "a" || prev == "an" || prev == "'s" || prev == "its" ||
         prev == "their" || prev == "his" || prev == "her" || prev == "this" || prev == "that";
}

}  // namespace dipgraph
