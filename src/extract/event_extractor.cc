#include "src/extract/event_extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "graph/cameo.h"
#include "graph/name_key.h"
#include "src/extract/agent_nouns.h"
#include "src/extract/date_resolver.h"
#include "src/extract/dependency_tree.h"
#include "src/extract/event_lexicon.h"
#include "src/extract/gazetteer.h"
#include "src/extract/modality.h"

namespace dipgraph {

namespace {

using Kind = PatternElement::Kind;

constexpr size_t kLeftReach = 14;  // tokens a leading source slot looks back
constexpr size_t kRightReach = 6;  // tokens a trailing slot looks ahead

bool IsClauseBreak(const Token& t) { return t.norm == ";" || t.norm == ":" || t.norm == "."; }

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "both";
}

// A sentence with, for each token, the mention covering it (-1 if none).
struct View {
  const DocumentModel& doc;
  const Sentence& s;
  std::vector<int> mention_at;
  DependencyTree tree;  // empty when the sentence was not parsed
  View(const DocumentModel& d, const Sentence& sentence, std::vector<Mention> extra)
      : doc(d), s(sentence), tree(sentence.syntax, sentence.tokens), mentions(sentence.mentions) {
    mention_at.assign(s.tokens.size(), -1);
    for (const Mention& m : extra) mentions.push_back(m);
    for (size_t m = 0; m < mentions.size(); ++m)
      for (uint32_t k = mentions[m].begin; k < mentions[m].end; ++k)
        mention_at[k] = static_cast<int>(m);
  }
  const Mention& mention(int m) const { return mentions[m]; }
  // A place with no country behind it cannot act; "Russian" acts only as "Russian officials".
  bool CanAct(int m) const {
    const Mention& x = mention(m);
    if (x.place) return x.country >= 0;
    return !x.adjective || IsAgentNoun(x.end);
  }
  bool IsAgentNoun(size_t k) const;
  std::vector<Mention> mentions;  // the sentence's, plus event anaphora ("the operations")
};

bool View::IsAgentNoun(size_t k) const {
  return k < s.tokens.size() &&
         AgentNouns::Get().Find(s.tokens[k].lemma, s.tokens[k].lemma_hash) != nullptr;
}

struct Match {
  const EventPattern* pattern = nullptr;
  std::vector<int> sources, targets;  // mention indexes
  std::vector<size_t> word_tokens;
  size_t anchor = 0, last_word = 0;
  size_t trigger = 0;  // the event word: the first content word ("talk" in "S 's talk with T")
  bool passive = false;
  bool object_taken = false;  // the parse gives the target's place to a non-actor ("the call")
  int source_head = -1, target_head = -1;  // tokens the parse gave the slots, or -1
};

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

// "help in Afghanistan": a mention after a place preposition is where, not whom.
bool AfterLocationPreposition(const View& v, size_t k) {
  static const WordSet preps = {"in",     "at",     "near",   "inside", "outside", "throughout",
                                "during", "across", "around", "within", "over"};
  size_t j = k;
  while (j > 0 && IsDeterminer(v.s.tokens[j - 1].norm)) --j;
  return j > 0 && preps.Contains(v.s.tokens[j - 1].norm, v.s.tokens[j - 1].norm_hash);
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

bool WordMatches(const View& v, size_t k, const PatternElement& e) {
  if (k >= v.s.tokens.size() || v.mention_at[k] >= 0) return false;
  std::string_view lemma = v.s.tokens[k].lemma;
  return std::find(e.lemmas.begin(), e.lemmas.end(), lemma) != e.lemmas.end();
}

// Codes whose event two parties do together: meetings, cooperation, agreements.
bool IsMutualCode(const std::string& code) {
  return code.rfind("04", 0) == 0 || code.rfind("05", 0) == 0 || code.rfind("06", 0) == 0 ||
         code.rfind("03", 0) == 0;
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
    if (!RightSlot(v, pos, reach, p.visit, &end, &slot)) return trailing;
    pos = end;
    gap = 0;
  }
  return true;
}

bool IsBeForm(const Token& t) { return t.lemma == "be" || t.norm == "been" || t.norm == "being"; }

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

// "the defeat of", "Moscow's brief war": after these words a verb pattern's trigger is a noun or
// an adjective, and patterns that read it as a verb after its source
// (AnchoredPattern::verb_after_source) do not apply.
bool NounPosition(const View& v, size_t anchor) {
  if (anchor == 0) return false;
  std::string_view prev = v.s.tokens[anchor - 1].norm;
  return prev == "the" || prev == "a" || prev == "an" || prev == "'s" || prev == "its" ||
         prev == "their" || prev == "his" || prev == "her" || prev == "this" || prev == "that";
}

// ---- Slots from the dependency tree (sentences that were parsed)

// The actors token k stands for: its own mention; for a noun without one, the actor that owns it
// ("Iran's foreign minister", "the members of the Commission") or, for an agent noun, whose
// nationality it has ("Israeli soldiers"); and for each conjunct the same ("Reagan and Mulroney",
// "Britain, France and Italy"). As a target, what is acted upon belongs to the actor it is
// attributed to ("condemned the Libyan raid"); as a subject, "Japanese exports" is no actor.
void AddActorsAt(const View& v, size_t k, bool allow_place, bool target, int depth,
                 std::vector<int>* out) {
  const DependencyTree& t = v.tree;
  auto add = [&](int m) {
    if (std::find(out->begin(), out->end(), m) == out->end()) out->push_back(m);
  };
  auto usable = [&](int m) {
    return m >= 0 && v.CanAct(m) && (allow_place || !v.mention(m).place);
  };
  int m = v.mention_at[k];
  if (m >= 0) {
    if (usable(m)) add(m);
  } else if (t.IsNominal(k)) {
    bool agent = v.IsAgentNoun(k);
    for (uint32_t c : t.children(k)) {
      Dep d = t.dep(c);
      int cm = v.mention_at[c];
      bool attribute = d == Dep::kAmod || d == Dep::kCompound;
      bool owner = d == Dep::kNmodPoss || (d == Dep::kNmod && t.CaseOf(c) == "of") ||
                   d == Dep::kFlat || d == Dep::kAppos;
      // "West German financial officials": the nationality of an agent noun, however far.
      bool nationality = agent && attribute && cm >= 0 && !v.mention(cm).place;
      // As a target: "the Libyan raid", "WTO consultations".
      bool attributed = target && attribute && (usable(cm) || (cm >= 0 && v.mention(cm).adjective));
      if (!(owner && usable(cm)) && !nationality && !attributed) continue;
      add(cm);
      // "Russian and U.S. officials": the nationalities are coordinated, not the nouns.
      for (uint32_t cc : t.children(c))
        if (t.dep(cc) == Dep::kConj && v.mention_at[cc] >= 0 && !v.mention(v.mention_at[cc]).place)
          add(v.mention_at[cc]);
    }
  }
  if (depth > 8) return;
  for (uint32_t c : t.children(k))
    if (t.dep(c) == Dep::kConj && c > k) AddActorsAt(v, c, allow_place, target, depth + 1, out);
}

// The actors at token k as a source (target false) or as a target.
std::vector<int> ActorsAt(const View& v, int k, bool allow_place, bool target) {
  std::vector<int> out;
  if (k >= 0) AddActorsAt(v, k, allow_place, target, 0, &out);
  return out;
}

// The slot that follows pattern word w: for a preposition or conjunction, the phrase it marks
// ("with T", "between S and T"); for a content word, its object ("met T", "told T that").
// Sets *head to the token the slot was read from.
std::vector<int> SlotAfter(const View& v, size_t w, bool allow_place, bool target, int* head) {
  const DependencyTree& t = v.tree;
  if (t.IsFunctionWord(w)) {
    int h = t.head(w);
    if (h <= static_cast<int>(w)) return {};
    *head = h;
    return ActorsAt(v, h, allow_place, target);
  }
  for (uint32_t c : t.children(w)) {
    if (c < w) continue;
    Dep d = t.dep(c);
    bool object = d == Dep::kObj || d == Dep::kIobj ||
                  ((d == Dep::kNmod || d == Dep::kObl) && t.ChildWith(c, Dep::kCase) < 0);
    if (!object) continue;
    std::vector<int> actors = ActorsAt(v, c, allow_place, target);
    if (!actors.empty()) {
      *head = static_cast<int>(c);
      return actors;
    }
  }
  return {};
}

// "a summit in Ottawa next month between Reagan and Mulroney": the preposition a pattern wants
// after word w may stand further away when it marks a dependent of w. The token, or SIZE_MAX.
size_t MarkerOfDependent(const View& v, const PatternElement& e, size_t w, size_t from) {
  constexpr size_t kReach = 12;
  for (size_t k = from; k < v.s.tokens.size() && k < from + kReach; ++k) {
    if (IsClauseBreak(v.s.tokens[k])) break;
    if (!WordMatches(v, k, e) || !v.tree.IsFunctionWord(k)) continue;
    // The phrase it marks hangs from w or from a word that hangs from w ("a summit in Geneva
    // next month between ...": the parse may attach it to "month").
    int h = v.tree.head(k);
    if (h >= 0 && h != static_cast<int>(w) && v.tree.head(h) >= 0 &&
        v.tree.IsAncestor(w, v.tree.head(h)) && v.tree.Distance(w, h, 3) <= 3)
      return k;
  }
  return SIZE_MAX;
}

// "endorsed a report", "supported the call": a noun phrase that is no actor follows the word,
// whatever the parse made of it.
bool DeterminerFollows(const View& v, size_t w) {
  if (w + 2 >= v.s.tokens.size() || v.mention_at[w + 1] >= 0 || v.mention_at[w + 2] >= 0)
    return false;
  std::string_view next = v.s.tokens[w + 1].norm;
  return next == "a" || next == "an" || next == "the" || next == "its" || next == "their";
}

// The pattern's words in the sentence, left to right from the anchor: a slot between two words
// may take a few tokens, "..." up to four. Fills m->word_tokens and *at (token of each element).
bool MatchWords(const View& v, const EventPattern& p, Match* m, std::vector<size_t>* at) {
  at->assign(p.elements.size(), SIZE_MAX);
  (*at)[p.anchor] = m->anchor;
  size_t pos = m->anchor + 1, gap = 0, prev_word = m->anchor;
  for (size_t i = p.anchor + 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap) {
      gap = 4;
    } else if (e.kind != Kind::kWord) {
      gap = 8;
    } else {
      size_t k = pos;
      while (k <= pos + gap && !WordMatches(v, k, e)) ++k;
      if (k > pos + gap) k = MarkerOfDependent(v, e, prev_word, pos);
      if (k == SIZE_MAX) return false;
      m->word_tokens.push_back(k);
      m->last_word = k;
      prev_word = k;
      (*at)[i] = k;
      pos = k + 1;
      gap = 0;
    }
  }
  return true;
}

// Whether the content words of the pattern hang together around the trigger in the tree: "hold
// talks with" is one phrase; "held" and a "talks" three clauses away are not.
bool WordsConnected(const View& v, const Match& m) {
  for (size_t k : m.word_tokens)
    if (k != m.trigger && !v.tree.IsFunctionWord(k) && v.tree.Distance(k, m.trigger, 3) > 3)
      return false;
  return true;
}

// "Afghanistan was invaded by the Soviet Union": the agent acts, the passive subject undergoes.
// Only for patterns whose target is the object of a content word ("S invade T").
bool PassiveFromTree(const View& v, const EventPattern& p, const std::vector<size_t>& at,
                     Match* m) {
  if (p.elements.size() < 3 || p.elements.front().kind != Kind::kSource ||
      p.elements.back().kind != Kind::kTarget || p.anchor != 1 || m->trigger != m->anchor ||
      !v.tree.IsPassive(m->anchor))
    return false;
  size_t before_target = at[p.elements.size() - 2];
  if (before_target == SIZE_MAX || v.tree.IsFunctionWord(before_target)) return false;
  int subject = v.tree.ChildWith(m->anchor, Dep::kNsubjPass);
  if (subject < 0) subject = v.tree.ReducedPassiveSubject(m->anchor);
  int agent = v.tree.PassiveAgentOf(m->anchor);
  m->passive = true;
  m->targets = ActorsAt(v, subject, p.visit, true);
  m->sources = ActorsAt(v, agent, false, false);
  m->source_head = agent;
  m->target_head = subject;
  return true;
}

bool FillRoles(const View& v, const EventPattern& p, const std::vector<size_t>& at, Match* m) {
  size_t prev = m->anchor;
  for (size_t i = p.anchor + 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kWord) prev = at[i];
    if (e.kind == Kind::kWord || e.kind == Kind::kGap) continue;
    bool source = e.kind == Kind::kSource;
    int head = -1;
    // A meeting, call or visit is with the actor itself: "called Brazil's request modest" is no
    // call to Brazil, though "criticised Brazil's request" is criticism of Brazil.
    bool attributed = !source && p.code.rfind("04", 0) != 0;
    std::vector<int> slot = SlotAfter(v, prev, p.visit && !source, attributed, &head);
    // A trailing target the parse does not give is looked for where it stands in the text, and
    // if missing there may be filled in later (the meeting named before).
    if (slot.empty() && i + 1 == p.elements.size() && !source && !v.tree.IsFunctionWord(prev) &&
        (v.tree.ChildWith(prev, Dep::kObj) >= 0 || DeterminerFollows(v, prev))) {
      m->object_taken = true;  // "supported the call": the call, not someone further on
      continue;
    }
    if (slot.empty() && i + 1 == p.elements.size() && !source) {
      size_t end = 0;
      RightSlot(v, prev + 1, kRightReach, p.visit, &end, &m->targets);
      continue;
    }
    if (slot.empty()) return false;
    (source ? m->source_head : m->target_head) = head;
    std::vector<int>& into = source ? m->sources : m->targets;
    into.insert(into.end(), slot.begin(), slot.end());
  }
  for (size_t i = 0; i < p.anchor; ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap || e.kind == Kind::kWord) continue;
    int agent = v.tree.AgentOf(m->trigger);
    std::vector<int> actors = ActorsAt(v, agent, false, e.kind == Kind::kTarget);
    // "a U.S.-Soviet summit", "the Soviet invasion": the actors modify the event noun.
    if (actors.empty() && v.tree.IsNominal(m->trigger))
      for (uint32_t c : v.tree.children(m->trigger))
        if ((v.tree.dep(c) == Dep::kAmod || v.tree.dep(c) == Dep::kCompound) &&
            v.mention_at[c] >= 0 && v.CanAct(v.mention_at[c]) && !v.mention(v.mention_at[c]).place)
          actors.push_back(v.mention_at[c]), agent = static_cast<int>(c);
    bool source = e.kind == Kind::kSource;
    (source ? m->source_head : m->target_head) = agent;
    (source ? m->sources : m->targets) = actors;
  }
  return !m->sources.empty();
}

// What the parse says of a pattern whose words are in the sentence.
enum class TreeMatch {
  kMatched,   // roles filled
  kRejected,  // the words are there but not as an event ("sent back", "was called off")
  kNoRoles,   // the parse gives no actor a role: a parse gone wrong, or a name it split
};

// The first matched word that is not a function word: the event's verb or noun.
size_t TriggerOf(const View& v, const Match& m) {
  for (size_t k : m.word_tokens)
    if (!v.tree.IsFunctionWord(k) && v.tree.pos(k) != Pos::kDet) return k;
  return m.anchor;
}

// "lent Brazil two billion dollars" for "S lend ... to T": a verb's indirect object is the "to"
// phrase of its pattern. Only for "S verb ... to T" patterns anchored on the verb.
bool DativeShift(const View& v, const EventPattern& p, Match* m) {
  const auto& e = p.elements;
  if (e.size() < 4 || p.anchor != 1 || e[0].kind != Kind::kSource ||
      e.back().kind != Kind::kTarget || e[e.size() - 2].lemmas != std::vector<std::string>{"to"})
    return false;
  for (size_t i = 2; i + 2 < e.size(); ++i)
    if (e[i].kind != Kind::kGap) return false;
  int iobj = v.tree.ChildWith(m->anchor, Dep::kIobj);
  if (iobj < 0 || v.tree.pos(m->anchor) != Pos::kVerb) return false;
  m->targets = ActorsAt(v, iobj, false, true);
  m->target_head = iobj;
  int agent = v.tree.AgentOf(m->anchor);
  m->sources = ActorsAt(v, agent, false, false);
  m->source_head = agent;
  return !m->targets.empty() && !m->sources.empty();
}

TreeMatch MatchInTree(const View& v, const EventPattern& p, Match* m) {
  std::vector<size_t> at;
  if (!MatchWords(v, p, m, &at))
    return DativeShift(v, p, m) ? TreeMatch::kMatched : TreeMatch::kRejected;
  m->trigger = TriggerOf(v, *m);
  // "sent them back to China" is no backing: a trigger is a verb or a noun ("held talks").
  Pos pos = v.tree.pos(m->trigger);
  if (pos != Pos::kVerb && pos != Pos::kNoun && pos != Pos::kPropn && pos != Pos::kAux)
    return TreeMatch::kRejected;
  // A nominal pattern wants the noun: "was visited by X" is no "visit by X".
  if (p.nominal && pos == Pos::kVerb) return TreeMatch::kRejected;
  if (!WordsConnected(v, *m)) return TreeMatch::kRejected;
  if (PassiveFromTree(v, p, at, m))
    return !m->sources.empty() && !m->targets.empty() ? TreeMatch::kMatched : TreeMatch::kRejected;
  return FillRoles(v, p, at, m) ? TreeMatch::kMatched : TreeMatch::kNoRoles;
}

// Tries pattern p with its anchor at token `anchor`. *m may hold an earlier try: it is reset here,
// keeping its vectors' storage, since most tries fail and a fresh Match each time cost a malloc.
bool MatchAt(const View& v, const EventPattern& p, size_t anchor, Match* m) {
  m->pattern = &p;
  m->anchor = anchor;
  m->last_word = anchor;
  m->word_tokens.assign(1, anchor);
  m->sources.clear();
  m->targets.clear();
  m->passive = false;
  m->source_head = m->target_head = -1;
  m->object_taken = false;
  // The parse decides the roles where it can. Where it finds no actor in them (a parse that went
  // wrong, a name it split), the words' order in the text still may, except in the passive: there
  // the text's order is the wrong way round ("the meeting was called off").
  m->trigger = anchor;
  bool passive_only = false;
  if (!v.tree.empty()) {
    TreeMatch tm = MatchInTree(v, p, m);
    if (tm != TreeMatch::kNoRoles) return tm == TreeMatch::kMatched;
    passive_only = v.tree.IsPassive(m->trigger);
    m->word_tokens.assign(1, anchor);
    m->last_word = anchor;
    m->sources.clear();
    m->targets.clear();
    m->passive = false;
    m->source_head = m->target_head = -1;
  }
  if (!MatchRest(v, p, m)) return false;
  if (MatchPassive(v, p, m)) return true;
  if (passive_only) return false;
  for (size_t i = 0; i < p.anchor; ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap || e.kind == Kind::kWord) continue;
    std::vector<int> left = LeftSlot(v, anchor);
    (e.kind == Kind::kSource ? m->sources : m->targets) = left;
  }
  return !m->sources.empty();
}

// For each token k, the LemmaBits of the tokens from k on that are free to be pattern words (in
// no mention): what AnchoredPattern::needs are tested against.
void FreeLemmaBitsFrom(const View& v, std::vector<LemmaBits>* bits) {
  bits->assign(v.s.tokens.size() + 1, LemmaBits{});
  for (size_t k = v.s.tokens.size(); k-- > 0;) {
    (*bits)[k] = (*bits)[k + 1];
    if (v.mention_at[k] >= 0) continue;
    uint8_t bit = LemmaBit(v.s.tokens[k].lemma_hash);
    (*bits)[k][bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

// Whether the words a pattern needs after its anchor can be found there at all.
bool MayMatch(const AnchoredPattern& a, const LemmaBits& after_anchor) {
  for (size_t n = 0; n < 2; ++n) {
    bool found = a.need_count[n] == 0;
    for (size_t i = 0; i < a.need_count[n] && !found; ++i)
      found = HasLemmaBit(after_anchor, a.need_bits[n][i]);
    if (!found) return false;
  }
  return true;
}

// What FindMatches keeps from one sentence to the next, so that it allocates only for matches.
struct MatchBuffers {
  std::vector<LemmaBits> free_bits;
  Match scratch;
  std::vector<Match> all;
  std::vector<bool> used;  // word tokens taken by a kept match
};

std::vector<Match> FindMatches(const View& v, MatchBuffers* b) {
  const EventLexicon& lex = EventLexicon::Get();
  std::vector<LemmaBits>& free_bits = b->free_bits;
  Match& scratch = b->scratch;
  std::vector<Match>& all = b->all;
  all.clear();
  FreeLemmaBitsFrom(v, &free_bits);
  for (size_t k = 0; k < v.s.tokens.size(); ++k) {
    if (v.mention_at[k] >= 0) continue;
    const auto* patterns = lex.ForAnchor(v.s.tokens[k].lemma, v.s.tokens[k].lemma_hash);
    if (!patterns) continue;
    bool noun = NounPosition(v, k);
    for (const AnchoredPattern& a : *patterns)
      if (!(noun && a.verb_after_source) && MayMatch(a, free_bits[k + 1]) &&
          MatchAt(v, *a.pattern, k, &scratch))
        all.push_back(scratch);
  }
  // Longer patterns win ("cancel ... visit to T" over "visit to T"); matches sharing a word
  // token with a better one are dropped.
  std::stable_sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
    if (a.pattern->words != b.pattern->words) return a.pattern->words > b.pattern->words;
    bool at = !a.targets.empty(), bt = !b.targets.empty();
    return at > bt;
  });
  std::vector<Match> kept;
  std::vector<bool>& used = b->used;
  used.assign(v.s.tokens.size(), false);
  for (Match& m : all) {
    bool clash = false;
    for (size_t t : m.word_tokens) clash = clash || used[t];
    if (clash) continue;
    for (size_t t : m.word_tokens) used[t] = true;
    kept.push_back(std::move(m));
  }
  return kept;
}

// Where, when and by whom meetings the document talks about are held: "a summit of the 28-nation
// alliance in Lisbon on November 19-20" lets "accepted an invitation to attend the meeting" in the
// next sentence inherit place, date and host.
struct Memory {
  DateRange date;
  std::string location;
  int host = -1;
};

bool IsMeetingNoun(std::string_view lemma) {
  return lemma == "summit" || lemma == "meeting" || lemma == "meet" || lemma == "talk" ||
         lemma == "conference" || lemma == "visit";
}

bool HasMeetingNoun(const Sentence& s) {
  for (const Token& t : s.tokens)
    if (t.lemma == "summit" || t.lemma == "meeting" || t.lemma == "conference") return true;
  return false;
}

// Nouns naming an event that a later "the operations" can point back to.
bool IsEventNoun(std::string_view lemma) {
  return lemma == "operation" || lemma == "attack" || lemma == "strike" || lemma == "raid" ||
         lemma == "exercise" || lemma == "offensive" || lemma == "invasion" ||
         lemma == "deployment" || lemma == "campaign" || lemma == "patrol";
}

// A place after "in"/"at" at token k: a place mention's name, a seat of power as written ("the
// White House"), or capitalised words the gazetteer does not know ("Deauville", "Hofdi House").
std::string PlaceAt(const View& v, size_t k) {
  const auto& t = v.s.tokens;
  while (k < t.size() && IsDeterminer(t[k].norm)) ++k;
  if (k >= t.size()) return "";
  int m = v.mention_at[k];
  if (m >= 0) {
    const Mention& x = v.mention(m);
    const DocEntity& e = v.doc.entities[x.entity];
    if (x.place) return e.name;
    if (x.adjective) return "";
    if (e.kind == ActorKind::kCountry) {
      std::string written =
          v.doc.article.text.substr(t[x.begin].start, t[x.end - 1].end - t[x.begin].start);
      return NameKey(written) == NameKey(e.name) || x.end - x.begin > 1 ? written : e.name;
    }
    return "";
  }
  size_t e = k;
  while (e < t.size() && t[e].cap && t[e].word && v.mention_at[e] < 0 && e - k < 6) {
    ++e;
    // "Palace of the Revolution", "Hall of the People"
    size_t of = e;
    if (of < t.size() && t[of].norm == "of") ++of;
    if (of > e && of < t.size() && t[of].norm == "the") ++of;
    if (of > e && of < t.size() && t[of].cap && t[of].word && v.mention_at[of] < 0) e = of;
  }
  if (e == k) return "";
  std::string_view first = t[k].norm;
  // Not a place: months, weekdays.
  static const WordSet not_places = {
      "january",   "february",  "march",   "april",    "may",      "june",   "july",
      "august",    "september", "october", "november", "december", "jan.",   "feb.",
      "aug.",      "sept.",     "oct.",    "nov.",     "dec.",     "monday", "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  if (not_places.Contains(first, t[k].norm_hash)) return "";
  return v.doc.article.text.substr(t[k].start, t[e - 1].end - t[k].start);
}

// Every place named after "in"/"at" in the sentence, in order: (token, name).
std::vector<std::pair<size_t, std::string>> PlacesOf(const View& v) {
  std::vector<std::pair<size_t, std::string>> out;
  for (size_t k = 0; k + 1 < v.s.tokens.size(); ++k) {
    std::string_view w = v.s.tokens[k].norm;
    if (w != "in" && w != "at") continue;
    std::string place = PlaceAt(v, k + 1);
    if (!place.empty()) out.emplace_back(k, std::move(place));
  }
  return out;
}

// "in Moscow", "at the summit in Lisbon": the first place named after `from` (else before it).
std::string FindLocation(const std::vector<std::pair<size_t, std::string>>& places, size_t from) {
  auto it = std::lower_bound(places.begin(), places.end(), from,
                             [](const auto& p, size_t k) { return p.first < k; });
  if (it != places.end()) return it->second;
  return places.empty() ? "" : places.front().second;
}

// The country entity behind a dateline place ("Moscow" -> Russia), or -1.
int DatelineCountry(const DocumentModel& doc) {
  if (doc.article.dateline.empty()) return -1;
  std::string d = doc.article.dateline;
  WordStore words;
  std::vector<Token> tokens = Tokenize(d, 0, d.size(), &words);
  if (tokens.empty()) return -1;
  size_t len = 0;
  auto matches = Gazetteer::Get().Match(tokens, 0, &len);
  for (const GazMatch& m : matches) {
    const GazEntry& e = Gazetteer::Get().entry(m.entry);
    std::string key = e.kind == ActorKind::kCountry ? e.key : e.iso3;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      int g = doc.entities[i].gaz;
      if (g >= 0 && Gazetteer::Get().entry(g).key == key) return static_cast<int>(i);
    }
  }
  return -1;
}

size_t TokenAtByte(const Sentence& s, size_t byte) {
  for (size_t k = 0; k < s.tokens.size(); ++k)
    if (s.tokens[k].start - s.span.start >= byte) return k;
  return s.tokens.size();
}

// The time expression that belongs to the event whose words span tokens [first, last]: the nearest
// after it (within a few tokens) or before it in the same clause. Expressions before the trigger
// are read as past, after it in the event's own tense.
const TimeExpression* PickDate(const Sentence& s, const std::vector<TimeExpression>& before,
                               const std::vector<TimeExpression>& after, size_t first, size_t last,
                               const std::vector<bool>* scope) {
  auto out_of_scope = [&](size_t k) { return scope && k < scope->size() && !(*scope)[k]; };
  const TimeExpression* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (const TimeExpression& e : after) {
    size_t k = TokenAtByte(s, e.start);
    if (k <= last || k - last > 12 || out_of_scope(k)) continue;
    bool broken = false;
    for (size_t j = last + 1; j < k && !broken; ++j) broken = IsClauseBreak(s.tokens[j]);
    if (broken) continue;
    if (k - last < best_distance) best = &e, best_distance = k - last;
  }
  for (const TimeExpression& e : before) {
    size_t k = TokenAtByte(s, e.start);
    if (k > last || out_of_scope(k)) continue;
    if (k >= first) {  // inside the event: "officials last week hailed"
      if (best_distance > 0) best = &e, best_distance = 0;
      continue;
    }
    bool broken = false;
    for (size_t j = k; j < first && !broken; ++j) broken = IsClauseBreak(s.tokens[j]);
    if (broken || first - k > 12) continue;
    if ((first - k) * 2 < best_distance) best = &e, best_distance = (first - k) * 2;
  }
  return best;
}

// "the meeting ... was called off", "Iran rejected the talks": an event noun that the verb
// governing it cancels or denies did not take place.
bool NominalUndone(const View& v, size_t trigger) {
  const DependencyTree& t = v.tree;
  if (t.empty() || !t.IsNominal(trigger)) return false;
  Dep d = t.dep(trigger);
  int h = t.head(trigger);
  if (h < 0 || t.pos(h) != Pos::kVerb ||
      (d != Dep::kNsubj && d != Dep::kNsubjPass && d != Dep::kObj))
    return false;
  if (IsNegationCue(v.s.tokens[h])) return true;
  for (uint32_t c : t.children(h))
    if (v.s.tokens[c].norm == "off" || v.s.tokens[c].norm == "not" || v.s.tokens[c].norm == "n't")
      return true;
  return false;
}

// The tokens that can say when and how surely the event at `trigger` happened: those of its own
// clause and of the clauses above it ("said on Tuesday that ...", "denied that ..."), not those
// of a clause hanging off a noun ("Egypt, which has not repaid its debt since 1977, asked ...").
std::vector<bool> InScope(const DependencyTree& t, size_t trigger) {
  std::vector<bool> out(t.size());
  for (size_t k = 0; k < t.size(); ++k) out[k] = t.IsAncestor(t.ClauseOf(k), trigger);
  // Nor the words of the subject: "the trade plan was criticised" plans nothing.
  for (Dep d : {Dep::kNsubj, Dep::kNsubjPass}) {
    int subject = t.ChildWith(trigger, d);
    if (subject < 0) continue;
    for (size_t k = 0; k < t.size(); ++k)
      if (t.IsAncestor(subject, k)) out[k] = false;
  }
  return out;
}

// Whether token k is in a clause that describes a noun ("Egypt, which has not repaid its debt
// since 1977, ...") and does not hold the trigger.
bool InNounClause(const DependencyTree& t, size_t k, size_t trigger) {
  for (size_t c = t.ClauseOf(k), steps = 0; steps < t.size(); ++steps) {
    if (t.IsAncestor(c, trigger)) return false;
    if (t.dep(c) == Dep::kAcl || t.dep(c) == Dep::kAclRelcl) return true;
    if (t.head(c) < 0) return false;
    c = t.ClauseOf(t.head(c));
  }
  return false;
}

// "Nakasone said he would visit Washington": "would" in a reported clause is the report's future,
// not a condition. Clears the "would" of the trigger's clause from *scope and says whether there
// was one.
bool ReportedWould(const View& v, size_t trigger, std::vector<bool>* scope) {
  const DependencyTree& t = v.tree;
  size_t clause = t.ClauseOf(trigger);
  if (t.dep(clause) != Dep::kCcomp) return false;
  bool found = false;
  for (size_t k = 0; k < scope->size(); ++k)
    if (v.s.tokens[k].norm == "would" && t.ClauseOf(k) == clause) (*scope)[k] = false, found = true;
  return found;
}

// Whether the parse makes the first of these mentions (or the phrase it is coordinated in) an
// object or oblique of a verb rather than a subject ("the heads of the banks of Mexico and Peru
// met" keeps its pair).
bool IsObjectInTree(const View& v, const std::vector<int>& mentions) {
  if (mentions.empty()) return false;
  const DependencyTree& t = v.tree;
  size_t k = v.mention(mentions.front()).end - 1;  // a name's last word heads it once collapsed
  while (t.dep(k) == Dep::kConj && t.head(k) >= 0) k = t.head(k);
  Dep d = t.dep(k);
  return (d == Dep::kObj || d == Dep::kIobj || d == Dep::kObl) && t.head(k) >= 0 &&
         t.pos(t.head(k)) == Pos::kVerb;
}

// The words at token k as evidence: the whole name where k is in one ("Soviet Union").
std::string Word(const View& v, size_t k) {
  size_t first = k, last = k;
  if (int m = v.mention_at[k]; m >= 0) first = v.mention(m).begin, last = v.mention(m).end - 1;
  const auto& t = v.s.tokens;
  return v.doc.article.text.substr(t[first].start, t[last].end - t[first].start);
}

class Builder {
 public:
  explicit Builder(const DocumentModel& doc) : doc_(doc), dateline_country_(DatelineCountry(doc)) {}

  void Sentence(const dipgraph::Sentence& s, std::vector<ExtractedRelation>* out) {
    View v(doc_, s, Anaphora(s));
    std::vector<Match> matches = FindMatches(v, &match_buffers_);
    // Places and dates are found only for sentences that need them: most state no event.
    places_.clear();
    if (!matches.empty() || HasMeetingNoun(s)) places_ = PlacesOf(v);
    times_.Reset({doc_.article.text.data() + s.span.start, s.span.end - s.span.start},
                 doc_.article.published);
    size_t before = out->size();
    for (const Match& m : matches) Emit(v, m, out);
    RememberEvents(v, matches, *out, before);
    RememberMeeting(v);
    RememberPerson(s);
  }

 private:
  // "the operations" after a sentence that reported a joint operation of Russia and the United
  // States: a mention of both.
  std::vector<Mention> Anaphora(const dipgraph::Sentence& s) const {
    std::vector<Mention> out = Pronouns(s);
    for (size_t k = 1; k < s.tokens.size(); ++k) {
      auto it = events_.find(s.tokens[k].lemma);
      if (it == events_.end()) continue;
      std::string_view det = s.tokens[k - 1].norm;
      if (det != "the" && det != "these" && det != "such" && det != "those") continue;
      bool covered = false;
      for (const Mention& m : s.mentions) covered = covered || (m.begin <= k && k < m.end);
      if (covered) continue;
      Mention m;
      m.begin = static_cast<uint32_t>(k - 1);
      m.end = static_cast<uint32_t>(k + 1);
      m.entity = it->second.first;
      m.also = it->second.second;
      out.push_back(m);
    }
    return out;
  }

  // "He met Gorbachev", "his visit to Moscow": he, she and their forms stand for the subject of
  // the clause they are reported in ("Reagan said he would ..."), else for the person named last;
  // not inside quotation marks. ("It" and "they" are left alone: too often a thing or a group not
  // named.)
  std::vector<Mention> Pronouns(const dipgraph::Sentence& s) const {
    std::vector<Mention> out;
    DependencyTree tree(s.syntax, s.tokens);
    int person = last_person_;
    size_t next = 0;
    bool quoted = false;  // inside quotation marks "he" is someone the speaker talks about
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      if (s.tokens[k].norm == "\"") quoted = !quoted;
      for (; next < s.mentions.size() && s.mentions[next].begin <= k; ++next) {
        const Mention& m = s.mentions[next];
        if (!m.place && doc_.entities[m.entity].kind == ActorKind::kPerson) person = m.entity;
      }
      if (next > 0 && s.mentions[next - 1].end > k) continue;
      std::string_view w = s.tokens[k].norm;
      if (quoted || (w != "he" && w != "she" && w != "him" && w != "his" && w != "her")) continue;
      int entity = tree.empty() ? -1 : EntityAt(s, tree.GoverningSubject(k));
      if (entity < 0 || doc_.entities[entity].kind != ActorKind::kPerson) entity = person;
      if (entity < 0) continue;
      Mention m;
      m.begin = static_cast<uint32_t>(k);
      m.end = static_cast<uint32_t>(k + 1);
      m.entity = entity;
      out.push_back(m);
    }
    return out;
  }

  // The entity of the mention covering token k (not a place), or -1.
  int EntityAt(const dipgraph::Sentence& s, int k) const {
    for (const Mention& m : s.mentions)
      if (k >= 0 && m.begin <= static_cast<uint32_t>(k) && static_cast<uint32_t>(k) < m.end)
        return m.place || m.adjective ? -1 : m.entity;
    return -1;
  }

  void RememberPerson(const dipgraph::Sentence& s) {
    for (const Mention& m : s.mentions)
      if (!m.place && doc_.entities[m.entity].kind == ActorKind::kPerson) last_person_ = m.entity;
  }

  void RememberEvents(const View& v, const std::vector<Match>& matches,
                      const std::vector<ExtractedRelation>& out, size_t first) {
    if (first == out.size()) return;
    for (const Match& m : matches)
      for (size_t t : m.word_tokens)
        if (IsEventNoun(v.s.tokens[t].lemma))
          events_[std::string(v.s.tokens[t].lemma)] = {out[first].source, out[first].target};
  }

  void RememberMeeting(const View& v) {
    bool any = false;
    for (size_t k = 0; k < v.s.tokens.size(); ++k) {
      std::string_view lemma = v.s.tokens[k].lemma;
      if (lemma != "summit" && lemma != "meeting" && lemma != "conference") continue;
      any = true;
      // "a summit of the 28-nation alliance", "a NATO summit"
      if (k + 2 < v.s.tokens.size() && v.s.tokens[k + 1].norm == "of" && v.mention_at[k + 2] >= 0)
        memory_.host = v.mention(v.mention_at[k + 2]).entity;
      else if (k > 0 && v.mention_at[k - 1] >= 0 && !v.mention(v.mention_at[k - 1]).place)
        memory_.host = v.mention(v.mention_at[k - 1]).entity;
    }
    if (!any) return;
    std::string place = FindLocation(places_, 0);
    const std::vector<TimeExpression>& future = Dates(Tense::kFuture);
    if (!future.empty()) memory_.date = future.back().range;
    if (!place.empty()) memory_.location = place;
  }

  // The entities a mention stands for.
  std::vector<int> Actors(const View& v, int mention) const {
    const Mention& m = v.mention(mention);
    if (m.place) return {m.country};
    if (m.also >= 0) return {m.entity, m.also};
    return {m.entity};
  }

  void Emit(const View& v, const Match& m, std::vector<ExtractedRelation>* out) {
    const EventPattern& p = *m.pattern;
    std::vector<int> sources, targets;
    for (int s : m.sources)
      for (int e : Actors(v, s)) sources.push_back(e);
    for (int t : m.targets)
      for (int e : Actors(v, t)) targets.push_back(e);
    std::vector<std::pair<int, int>> pairs;
    for (int src : sources)
      for (int tgt : targets) pairs.emplace_back(src, tgt);
    std::string location;
    bool from_dateline = false;
    if (targets.empty()) {
      bool meeting = p.code == "036" || p.code.rfind("04", 0) == 0;
      // A list read off the word order pairs up only if the parse does not make it an object:
      // "will visit Britain, France and Italy for discussions" names places visited.
      bool subject = v.tree.empty() || m.source_head >= 0 || !IsObjectInTree(v, m.sources);
      if (sources.size() >= 2 && subject && (p.sym || (IsMutualCode(p.code) && !m.object_taken))) {
        // "Merkel, Sarkozy and Medvedev met": every pair of them.
        for (size_t i = 0; i < sources.size(); ++i)
          for (size_t j = i + 1; j < sources.size(); ++j)
            pairs.emplace_back(sources[i], sources[j]);
      } else if (meeting && memory_.host >= 0 && HasDefiniteMeeting(v, m)) {
        for (int src : sources) pairs.emplace_back(src, memory_.host);
      } else if (p.code.rfind("042", 0) == 0 && dateline_country_ >= 0) {
        // "The visit by X" in a story from Moscow: a visit to Russia, now.
        for (int src : sources) pairs.emplace_back(src, dateline_country_);
        location = doc_.article.dateline;
        from_dateline = true;
      }
    }
    for (int t : m.targets)
      if (v.mention(t).place && p.visit) location = doc_.entities[v.mention(t).entity].name;
    std::set<std::pair<int, int>> seen;
    for (auto [src, tgt] : pairs) {
      if (src < 0 || tgt < 0 || src == tgt || !seen.insert({src, tgt}).second) continue;
      if (Affiliated(src, tgt) || Affiliated(tgt, src)) continue;
      ExtractedRelation r = Make(v, m, src, tgt, location);
      if (from_dateline && r.date.empty() && doc_.article.published >= 0)
        r.date = DateRange::Day(doc_.article.published);
      out->push_back(std::move(r));
    }
  }

  // "attend the meeting", "the summit": the event points back to one named before.
  bool HasDefiniteMeeting(const View& v, const Match& m) const {
    for (size_t k = m.anchor; k + 1 < v.s.tokens.size() && k <= m.last_word + 3; ++k)
      if (v.s.tokens[k].norm == "the" && IsMeetingNoun(v.s.tokens[k + 1].lemma)) return true;
    return false;
  }

  // A person and the state they serve are one side, not two.
  bool Affiliated(int person, int of) const {
    for (const TextAffiliation& a : doc_.entities[person].affiliations)
      if (a.of == of && !a.former) return true;
    return false;
  }

  ExtractedRelation Make(const View& v, const Match& m, int src, int tgt, std::string location) {
    const EventPattern& p = *m.pattern;
    ExtractedRelation r;
    r.source = src;
    r.target = tgt;
    r.cameo = p.code;
    r.evidence = v.s.span;
    size_t first = m.anchor, last = m.last_word;
    for (int s : m.sources) first = std::min<size_t>(first, v.mention(s).begin);
    for (int t : m.targets) last = std::max<size_t>(last, v.mention(t).end - 1);
    size_t window = first >= 6 ? first - 6 : 0;
    std::vector<bool> in_scope;  // with a parse: the tokens that can speak of this event
    if (!v.tree.empty()) in_scope = InScope(v.tree, m.trigger);
    const std::vector<bool>* scope = v.tree.empty() ? nullptr : &in_scope;
    r.modality = DetectModality(v.s.tokens, window, m.trigger, m.last_word + 1, p.nominal, scope);
    if (r.modality == Modality::kHypothetical && scope && ReportedWould(v, m.trigger, &in_scope) &&
        DetectModality(v.s.tokens, window, m.trigger, m.last_word + 1, p.nominal, scope) ==
            Modality::kAsserted)
      r.modality = Modality::kPlanned;
    if (r.modality == Modality::kAsserted && NominalUndone(v, m.trigger))
      r.modality = Modality::kNegated;
    if (p.code == "036" && r.modality == Modality::kAsserted) r.modality = Modality::kPlanned;
    bool future = r.modality == Modality::kPlanned;
    bool past = IsPastTense(v.s.tokens, window, m.trigger);
    const auto& after = Dates(future              ? Tense::kFuture
                              : past || p.nominal ? Tense::kPast
                                                  : Tense::kPresent);
    // A date in the event's own clause first ("said on Tuesday he would visit in April"), then in
    // the clauses above or below it, never in a clause that describes a noun.
    const TimeExpression* e = nullptr;
    if (scope) {
      std::vector<bool> own(in_scope.size()), dated(in_scope.size());
      for (size_t k = 0; k < own.size(); ++k) {
        own[k] = v.tree.ClauseOf(k) == v.tree.ClauseOf(m.trigger);
        dated[k] = !InNounClause(v.tree, k, m.trigger);
      }
      e = PickDate(v.s, Dates(Tense::kPast), after, first, last, &own);
      if (e == nullptr) e = PickDate(v.s, Dates(Tense::kPast), after, first, last, &dated);
    } else {
      e = PickDate(v.s, Dates(Tense::kPast), after, first, last, nullptr);
    }
    if (e != nullptr) {
      r.date = e->range;
      // "who leaves for Moscow on Tuesday": the present tense with a date ahead is a plan.
      if (!future && !past && !p.nominal && r.modality == Modality::kAsserted &&
          doc_.article.published >= 0 && r.date.begin > doc_.article.published)
        r.modality = Modality::kPlanned, future = true;
    } else if (future && !memory_.date.empty()) {
      r.date = memory_.date;
    } else if (r.modality == Modality::kAsserted && doc_.article.published >= 0 &&
               (v.s.block != BlockKind::kBody || IsPastTense(v.s.tokens, window, m.trigger))) {
      r.date = DateRange::Day(doc_.article.published);
    }
    if (location.empty()) location = FindLocation(places_, m.anchor);
    if (location.empty() && future && !memory_.location.empty()) location = memory_.location;
    if (location.empty() && r.cameo.rfind("04", 0) == 0 && r.modality == Modality::kAsserted &&
        r.date == DateRange::Day(doc_.article.published))
      location = doc_.article.dateline;
    r.location = location;
    r.confidence = m.targets.empty() ? 0.6 : (m.passive ? 0.7 : 0.8);
    r.trigger = std::string(v.s.tokens[m.trigger].lemma);
    if (m.source_head >= 0) r.source_head = Word(v, m.source_head);
    if (m.target_head >= 0) r.target_head = Word(v, m.target_head);
    r.explain = "events.tsv:" + std::to_string(p.line) + " " + p.code + " '" + p.text + "'" +
                (m.passive ? " (passive)" : "");
    if (!r.source_head.empty() || !r.target_head.empty())
      r.explain += " [parse: trigger '" + r.trigger + "', source '" + r.source_head +
                   "', target '" + r.target_head + "']";
    return r;
  }

  const DocumentModel& doc_;
  int dateline_country_;
  MatchBuffers match_buffers_;
  Memory memory_;
  int last_person_ = -1;  // the person named last, for "he" and "she"
  std::map<std::string, std::pair<int, int>, std::less<>> events_;
  // The time expressions of the current sentence, by tense.
  const std::vector<TimeExpression>& Dates(Tense tense) { return times_.Find(tense); }
  SentenceTimes times_;
  std::vector<std::pair<size_t, std::string>> places_;  // of the current sentence
};

}  // namespace

std::vector<ExtractedRelation> ExtractEvents(const DocumentModel& doc) {
  std::vector<ExtractedRelation> out;
  Builder b(doc);
  for (const Sentence& s : doc.sentences) b.Sentence(s, &out);
  return out;
}

}  // namespace dipgraph
