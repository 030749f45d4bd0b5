#include "src/extract/tree_roles.h"

#include <algorithm>

#include "graph/cameo.h"
#include "src/extract/date_resolver.h"
#include "src/extract/modality.h"
#include "src/extract/surface_roles.h"

namespace dipgraph {

using Kind = PatternElement::Kind;

// A preposition that places or dates a phrase rather than making it the verb's goal.
bool IsCircumstance(std::string_view marker) {
  return marker == "during" || marker == "after" || marker == "before" || marker == "since" ||
         marker == "following" || marker == "at" || marker == "in" || marker == "on" ||
         marker == "ahead" || marker == "prior" || marker == "despite" || marker == "amid";
}

namespace {

bool IsLocating(std::string_view marker) {
  return marker == "in" || marker == "near" || marker == "around" || marker == "outside" ||
         marker == "inside";
}

// The actors a location phrase at k names: its own mention ("in Tripoli"), else the place or
// nationality that describes its noun ("near the Georgian town of Gori").
std::vector<int> PlaceActors(const View& v, size_t k) {
  const DependencyTree& t = v.tree;
  auto acts = [&](int m) { return m >= 0 && (v.CanAct(m) || v.mention(m).adjective); };
  if (acts(v.mention_at[k])) return {v.mention_at[k]};
  std::vector<int> out;
  for (uint32_t c : t.children(k)) {
    Dep d = t.dep(c);
    bool describes = d == Dep::kAmod || d == Dep::kCompound ||
                     (d == Dep::kNmod && t.CaseOf(c) == "of") || d == Dep::kAppos;
    if (describes && acts(v.mention_at[c])) out.push_back(v.mention_at[c]);
  }
  return out;
}

// For an agent noun's dependent at c that names no actor, the actors that qualify it: "a senior
// Japanese trade official", "officials of Britain's trade department".
std::vector<int> AffiliationThrough(const View& v, size_t c) {
  std::vector<int> out;
  for (uint32_t g : v.tree.children(c)) {
    Dep d = v.tree.dep(g);
    int m = v.mention_at[g];
    if ((d == Dep::kAmod || d == Dep::kCompound || d == Dep::kNmodPoss) && m >= 0 &&
        !v.mention(m).place)
      out.push_back(m);
  }
  return out;
}

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
  size_t before = out->size();
  int m = v.mention_at[k];
  if (m >= 0) {
    if (usable(m)) add(m);
  } else if (t.IsNominal(k)) {
    bool agent = v.IsAgentNoun(k);
    for (uint32_t c : t.children(k)) {
      Dep d = t.dep(c);
      int cm = v.mention_at[c];
      bool attribute = d == Dep::kAmod || d == Dep::kCompound;
      std::string_view marker = d == Dep::kNmod ? t.CaseOf(c) : std::string_view();
      // As a subject, the doer of an event noun: "airstrikes by the Somali army killed".
      // "officials from Japan", "officials in the EU": where an agent noun serves is whose it is.
      bool owner = d == Dep::kNmodPoss || marker == "of" ||
                   (agent && (marker == "from" || marker == "in")) || (!target && marker == "by") ||
                   d == Dep::kFlat || d == Dep::kAppos;
      // "West German financial officials": the nationality of an agent noun, however far.
      bool nationality = agent && attribute && cm >= 0 && !v.mention(cm).place;
      if (agent && cm < 0 && (d == Dep::kCompound || owner))
        for (int a : AffiliationThrough(v, c)) add(a);
      // "airstrikes by the Somali army": a doer named by an agent noun of its own.
      if (!target && marker == "by" && cm < 0 && v.IsAgentNoun(c) && depth < 8)
        AddActorsAt(v, c, allow_place, target, depth + 1, out);
      // As a target: "the Libyan raid", "WTO consultations", "the crackdown in China", "the
      // invasion by Iraq" (a country, not a town: "the bombing in Kabul" names no side).
      bool attributed = target && attribute && (usable(cm) || (cm >= 0 && v.mention(cm).adjective));
      if (target && !agent && d == Dep::kNmod) {
        if (usable(cm) && !v.mention(cm).place) {
          bool country = v.doc.entities[v.mention(cm).entity].kind == ActorKind::kCountry;
          attributed = attributed || (marker == "in" && country) || marker == "by";
        } else if (allow_place && IsLocating(marker)) {
          // Force against "targets in Tripoli", "positions near the Georgian town of Gori".
          for (int place : PlaceActors(v, c)) add(place);
        }
      }
      // "the seizure of the ship by Libya": the parse may hang the doer from the nearer noun.
      if (target && !agent && cm < 0 && marker == "of")
        for (uint32_t g : t.children(c))
          if (t.dep(g) == Dep::kNmod && t.CaseOf(g) == "by" && usable(v.mention_at[g]) &&
              !v.mention(v.mention_at[g]).place)
            add(v.mention_at[g]);
      if (!(owner && usable(cm)) && !nationality && !attributed) continue;
      add(cm);
      // "Russian and U.S. officials": the nationalities are coordinated, not the nouns.
      for (uint32_t cc : t.children(c))
        if (t.dep(cc) == Dep::kConj && v.mention_at[cc] >= 0 && !v.mention(v.mention_at[cc]).place)
          add(v.mention_at[cc]);
    }
  }
  // "rejected such action and Mexico's minister said": a conjunct of an object that names no
  // actor is no party to the event either (a subject's is: "developing countries and the United
  // States criticised").
  if (depth > 8 || (target && out->size() == before && m < 0 && t.pos(k) != Pos::kPropn)) return;
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
    // "will visit Washington next month": the parse may make the name a modifier of the time.
    if (actors.empty() && IsTimeNoun(v.s.tokens[c].norm))
      for (uint32_t g : t.children(c))
        if (t.dep(g) == Dep::kCompound && g < c && v.mention_at[g] >= 0)
          for (int a : ActorsAt(v, g, allow_place, target)) actors.push_back(a);
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
  m->targets = ActorsAt(v, subject, p.place_target, true);
  m->sources = ActorsAt(v, agent, false, false);
  m->source_head = agent;
  m->target_head = subject;
  return true;
}

// Whether the word after w is a preposition marking a phrase that depends on w.
bool PrepositionFollows(const View& v, size_t w) {
  size_t k = w + 1;
  if (k >= v.s.tokens.size() || v.tree.dep(k) != Dep::kCase) return false;
  int h = v.tree.head(k);
  return h >= 0 && v.tree.head(h) == static_cast<int>(w);
}

// Whether the event noun at k is the goal ("to", "for", "into") of a verb.
bool GoalOfVerb(const DependencyTree& t, size_t k) {
  std::string_view marker = t.CaseOf(k);
  return t.dep(k) == Dep::kObl && (marker == "to" || marker == "for" || marker == "into");
}

// Whether the event noun at k is the object, the goal, the occasion or the capacity of a verb
// ("held talks with", "left for talks with", "spoke after talks with", "at a meeting with",
// "returns from a visit to", "act as mediator between"): whoever does the verb takes part in it.
bool HeldByVerb(const DependencyTree& t, size_t k) {
  int h = t.head(k);
  if (h < 0 || t.pos(h) != Pos::kVerb) return false;
  if (t.dep(k) == Dep::kObj || GoalOfVerb(t, k)) return true;
  std::string_view marker = t.CaseOf(k);
  return t.dep(k) == Dep::kObl && (IsCircumstance(marker) || marker == "from" || marker == "as");
}

TreeMatch FillRoles(const View& v, const EventPattern& p, const std::vector<size_t>& at, Match* m) {
  size_t prev = m->anchor;
  for (size_t i = p.anchor + 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kWord) prev = at[i];
    if (e.kind == Kind::kWord || e.kind == Kind::kGap) continue;
    bool source = e.kind == Kind::kSource;
    int head = -1;
    // "called Brazil's request modest" is no call to Brazil, though "criticised Brazil's request"
    // is criticism of Brazil.
    bool attributed = !source && !TargetsActorItself(p.code);
    std::vector<int> slot = SlotAfter(v, prev, p.place_target && !source, attributed, &head);
    // A trailing target the parse does not give is looked for where it stands in the text, and
    // if missing there may be filled in later (the meeting named before).
    // "hit military targets near Kharkiv", "visited a school in Kabul": where the object is.
    if (slot.empty() && i + 1 == p.elements.size() && !source && p.place_target &&
        !v.tree.IsFunctionWord(prev) && v.tree.ChildWith(prev, Dep::kObj) >= 0)
      for (uint32_t c : v.tree.children(prev))
        if (v.tree.dep(c) == Dep::kObl && IsLocating(v.tree.CaseOf(c)) && slot.empty())
          slot = PlaceActors(v, c), head = static_cast<int>(c);
    if (slot.empty() && i + 1 == p.elements.size() && !source && !v.tree.IsFunctionWord(prev) &&
        (v.tree.ChildWith(prev, Dep::kObj) >= 0 || v.tree.ChildWith(prev, Dep::kIobj) >= 0 ||
         DeterminerFollows(v, prev))) {
      m->object_taken = true;  // "supported the call": the call, not someone further on
      continue;
    }
    if (slot.empty() && i + 1 == p.elements.size() && !source) {
      size_t end = 0, had = m->targets.size();
      // An event noun's parties hang from it: none is read off the words after it ("debt
      // negotiations with creditors angered by Brasilia's suspension").
      bool found =
          !p.nominal && RightSlot(v, prev + 1, kRightReach, p.place_target, &end, &m->targets);
      // "stopped in 1977 when Sadat ...": a preposition whose phrase is a time, before the one
      // named, gives no place or party.
      int object = v.tree.IsFunctionWord(prev) ? v.tree.head(prev) : -1;
      if (found && object > static_cast<int>(prev) &&
          object < static_cast<int>(v.mention(m->targets[had]).begin) &&
          (v.tree.pos(object) == Pos::kNum || IsTimeNoun(v.s.tokens[object].norm)))
        return TreeMatch::kRejected;
      // "called Netanyahu on Tuesday" is no "call on T": a preposition whose phrase names no
      // actor leaves the pattern unmatched, for a shorter one to read.
      if (!found && v.tree.IsFunctionWord(prev) && v.tree.head(prev) > static_cast<int>(prev))
        return TreeMatch::kRejected;
      // "called for a rise", "called on the banks" is no "call T": the verb takes a phrase
      // with a preposition that names no actor.
      if (!found && !v.tree.IsFunctionWord(prev) && PrepositionFollows(v, prev))
        return TreeMatch::kRejected;
      continue;
    }
    if (slot.empty()) return TreeMatch::kNoRoles;
    (source ? m->source_head : m->target_head) = head;
    std::vector<int>& into = source ? m->sources : m->targets;
    into.insert(into.end(), slot.begin(), slot.end());
  }
  for (size_t i = 0; i < p.anchor; ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap || e.kind == Kind::kWord) continue;
    int agent = v.tree.AgentOf(m->trigger);
    // "Shultz is in Moscow for talks": the subject of the predicate the pattern's "be" joins.
    if (agent < 0 && v.tree.dep(m->anchor) == Dep::kCop && v.tree.head(m->anchor) >= 0)
      agent = v.tree.ChildWith(v.tree.head(m->anchor), Dep::kNsubj);
    std::vector<int> actors = ActorsAt(v, agent, false, e.kind == Kind::kTarget);
    // A subject the parse names, unless a relative pronoun whose clause it may have lost or a
    // pronoun or number that names nobody ("40 deported to China").
    m->subject_named =
        m->subject_named ||
        (agent >= 0 && v.tree.dep(agent) == Dep::kNsubj && v.tree.pos(agent) != Pos::kPron &&
         v.tree.pos(agent) != Pos::kNum && !IsRelativePronoun(v.s.tokens[agent].norm));
    // "France, Britain and Italy condemned": the parse may hang a list's members from the verb
    // one by one, each a subject of its own.
    if (agent >= 0 && v.tree.dep(agent) == Dep::kNsubj && v.tree.head(agent) >= 0)
      for (uint32_t c : v.tree.children(v.tree.head(agent)))
        if (c != static_cast<uint32_t>(agent) && v.tree.dep(c) == Dep::kNsubj)
          for (int a : ActorsAt(v, c, false, e.kind == Kind::kTarget))
            if (std::find(actors.begin(), actors.end(), a) == actors.end()) actors.push_back(a);
    // "a U.S.-Soviet summit", "the Soviet invasion": the actors modify the event noun.
    if (actors.empty() && v.tree.IsNominal(m->trigger))
      for (uint32_t c : v.tree.children(m->trigger))
        if ((v.tree.dep(c) == Dep::kAmod || v.tree.dep(c) == Dep::kCompound) &&
            v.mention_at[c] >= 0 && v.CanAct(v.mention_at[c]) && !v.mention(v.mention_at[c]).place)
          actors.push_back(v.mention_at[c]), agent = static_cast<int>(c);
    // "drove straight to a meeting with Shevardnadze", "left for talks with": the event noun's
    // party is whoever goes to it, the subject of the verb whose goal or object it is.
    if (actors.empty() && e.kind == Kind::kSource && v.tree.IsNominal(m->trigger) &&
        HeldByVerb(v.tree, m->trigger)) {
      // "sending Shultz to Moscow for talks": the one sent goes.
      size_t verb = static_cast<size_t>(v.tree.head(m->trigger));
      int sent = GoalOfVerb(v.tree, m->trigger) ? v.tree.ChildWith(verb, Dep::kObj) : -1;
      actors = ActorsAt(v, sent, false, false);
      agent = actors.empty() ? v.tree.AgentOf(verb) : sent;
      if (actors.empty()) actors = ActorsAt(v, agent, false, false);
    }
    bool source = e.kind == Kind::kSource;
    (source ? m->source_head : m->target_head) = agent;
    (source ? m->sources : m->targets) = actors;
  }
  return m->sources.empty() ? TreeMatch::kNoRoles : TreeMatch::kMatched;
}

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
  // "lend Brazil two billion dollars": the parse may make the recipient the object and the
  // thing lent its apposition.
  int obj = v.tree.ChildWith(m->anchor, Dep::kObj);
  if (iobj < 0 && obj >= 0 && v.mention_at[obj] >= 0) {
    for (size_t head : {m->anchor, static_cast<size_t>(obj)})
      for (uint32_t c : v.tree.children(head))
        if (c > static_cast<uint32_t>(obj) && v.tree.IsNominal(c) && v.mention_at[c] < 0 &&
            v.tree.ChildWith(c, Dep::kCase) < 0)
          iobj = obj;
  }
  if (iobj < 0 || v.tree.pos(m->anchor) != Pos::kVerb) return false;
  m->targets = ActorsAt(v, iobj, false, true);
  m->target_head = iobj;
  int agent = v.tree.AgentOf(m->anchor);
  m->sources = ActorsAt(v, agent, false, false);
  m->source_head = agent;
  return !m->targets.empty() && !m->sources.empty();
}

// "Venezuela lent Ecuador oil", "Russian aircraft bombed targets": an inflected verb form right
// after its subject that the tagger read as an adjective or noun (rare forms, news it was not
// trained on). The parse around it is then no guide; the words' order is.
bool MistaggedVerb(const View& v, const EventPattern& p, size_t trigger) {
  const Token& t = v.s.tokens[trigger];
  if (p.anchor != 1 || p.elements[0].kind != Kind::kSource || trigger == 0 || t.lemma == t.norm ||
      p.nominal)
    return false;
  size_t before = trigger - 1;
  return v.mention_at[before] >= 0 || v.IsAgentNoun(before);
}

// Whether a modifier of the word at k names a domain that is no force ("trade", "farm").
bool HasFigurativeModifier(const View& v, size_t k) {
  const EventLexicon& lexicon = EventLexicon::Get();
  for (uint32_t c : v.tree.children(k)) {
    Dep d = v.tree.dep(c);
    if ((d == Dep::kAmod || d == Dep::kCompound) && lexicon.Figurative(v.s.tokens[c].lemma))
      return true;
  }
  return false;
}

// "a trade war with China", "a legal battle": force named in a domain that is no force.
bool IsFigurativeForce(const View& v, const EventPattern& p, size_t trigger) {
  return IsUseOfForce(p.code) && v.tree.IsNominal(trigger) && HasFigurativeModifier(v, trigger);
}

}  // namespace

TreeMatch MatchInTree(const View& v, const EventPattern& p, Match* m) {
  std::vector<size_t> at;
  if (!MatchWords(v, p, m, &at))
    return DativeShift(v, p, m) ? TreeMatch::kMatched : TreeMatch::kRejected;
  m->trigger = TriggerOf(v, *m);
  // "sent them back to China" is no backing: a trigger is a verb or a noun ("held talks").
  Pos pos = v.tree.pos(m->trigger);
  if (pos != Pos::kVerb && pos != Pos::kNoun && pos != Pos::kPropn && pos != Pos::kAux)
    return MistaggedVerb(v, p, m->trigger) ? TreeMatch::kNoRoles : TreeMatch::kRejected;
  // A nominal pattern wants the noun: "was visited by X" is no "visit by X".
  if (p.nominal && pos == Pos::kVerb) return TreeMatch::kRejected;
  if (IsFigurativeForce(v, p, m->trigger)) return TreeMatch::kRejected;
  if (!WordsConnected(v, *m)) return TreeMatch::kRejected;
  if (PassiveFromTree(v, p, at, m))
    return !m->sources.empty() && !m->targets.empty() ? TreeMatch::kMatched : TreeMatch::kRejected;
  TreeMatch filled = FillRoles(v, p, at, m);
  // "attacks the German farm position": force against a stance in a domain that is no force.
  if (filled == TreeMatch::kMatched && IsUseOfForce(p.code) && m->target_head >= 0 &&
      v.mention_at[m->target_head] < 0 && HasFigurativeModifier(v, m->target_head))
    return TreeMatch::kRejected;
  return filled;
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

std::vector<bool> GoverningPath(const DependencyTree& t, size_t trigger) {
  std::vector<bool> out(t.size(), false);
  size_t k = trigger;
  for (size_t steps = 0; steps < t.size(); ++steps) {
    out[k] = true;
    for (uint32_t c : t.children(k)) {
      Dep d = t.dep(c);
      bool marker = d == Dep::kAux || d == Dep::kAuxPass || d == Dep::kMark || d == Dep::kAdvmod ||
                    d == Dep::kDet || (k == trigger && d == Dep::kAmod);
      if (marker) out[c] = true;
    }
    Dep d = t.dep(k);
    // Up through the phrases that hold the noun as an argument or a purpose ("plans to start
    // talks", "went for talks"), not through one that only dates or places another event
    // ("agreed during a visit", "a statement on the strike"), nor past the verb of a report.
    bool holds = d == Dep::kObj || d == Dep::kXcomp || d == Dep::kAcl || d == Dep::kNsubj ||
                 d == Dep::kNsubjPass || d == Dep::kConj ||
                 (d == Dep::kObl && !IsCircumstance(t.CaseOf(k)));
    if (!holds || t.head(k) < 0) break;
    k = t.head(k);
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

}  // namespace dipgraph
