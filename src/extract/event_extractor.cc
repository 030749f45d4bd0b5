#include "src/extract/event_extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "graph/cameo.h"
#include "graph/name_key.h"
#include "src/extract/date_resolver.h"
#include "src/extract/event_match.h"
#include "src/extract/modality.h"
#include "src/extract/surface_roles.h"
#include "src/extract/tree_roles.h"

namespace dipgraph {

namespace {

using Kind = PatternElement::Kind;

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
  m->subject_named = false;
  // The parse decides the roles where it can. Where it finds no actor in them (a parse that went
  // wrong, a name it split), the words' order in the text still may, except in the passive: there
  // the text's order is the wrong way round ("the meeting was called off").
  m->trigger = anchor;
  bool passive_only = false;
  if (!v.tree.empty()) {
    TreeMatch tm = MatchInTree(v, p, m);
    if (tm != TreeMatch::kNoRoles) return tm == TreeMatch::kMatched;
    // Nor where the parse names a subject that is no actor: the words' order would only find
    // someone else ("the statement said Japan ...", "Reuters reported ...").
    if (m->subject_named) return false;
    // Nor for an event noun: its parties hang from it or from the verb that holds it ("Bolivia's
    // agreement with", "at a meeting with"); any actor to its left is as often someone else
    // ("Egypt will seek loans after the agreement with the IMF is signed").
    if (p.nominal) return false;
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

// "wrote to Delors, complaining that ...": a plain statement made in the manner of a more
// telling one, named by an -ing clause hanging from it, is that one. The code is the verbal one
// (CAMEO quad classes 1 and 3) the lexicon gives that verb most often.
std::string MannerCode(const View& v, size_t trigger) {
  if (v.tree.empty()) return "";
  for (uint32_t c : v.tree.children(trigger)) {
    const Token& t = v.s.tokens[c];
    if (v.tree.dep(c) != Dep::kAdvcl || v.tree.pos(c) != Pos::kVerb || t.norm.size() < 5 ||
        t.norm.compare(t.norm.size() - 3, 3, "ing") != 0)
      continue;
    // "told Shultz, accusing Syria of ...": an act with a party of its own is another event.
    bool own_party = false;
    for (uint32_t g : v.tree.children(c)) {
      Dep d = v.tree.dep(g);
      own_party = own_party ||
                  ((d == Dep::kObj || d == Dep::kIobj || d == Dep::kObl) && v.mention_at[g] >= 0);
    }
    const auto* patterns = EventLexicon::Get().ForAnchor(t.lemma, t.lemma_hash);
    if (patterns == nullptr || own_party) continue;
    std::map<std::string, int> codes;
    for (const AnchoredPattern& a : *patterns) {
      int quad = QuadClassOfRoot(CameoRoot(a.pattern->code));
      if ((quad == 1 || quad == 3) && a.pattern->code != "010") ++codes[a.pattern->code];
    }
    std::string best;
    for (const auto& [code, n] : codes)
      if (best.empty() || n > codes[best]) best = code;
    if (!best.empty()) return best;
  }
  return "";
}

// An indefinite event noun held by a modal verb after it is no particular event: "a new
// agreement between X and Y would pave the way" (but "the talks would include" are talks).
// `path`: the words that hold the noun (GoverningPath).
bool IndefiniteUnderModal(const View& v, const Match& m, const std::vector<bool>& path) {
  int det = v.tree.ChildWith(m.trigger, Dep::kDet);
  std::string_view article = det < 0 ? "" : v.s.tokens[det].norm;
  if (article != "a" && article != "an" && article != "any") return false;
  size_t end = m.last_word + 1;
  for (size_t k = end; k < path.size(); ++k)
    if (path[k]) end = k + 1;
  return DetectModality(v.s.tokens, m.last_word + 1, end, end, false, &path) ==
         Modality::kHypothetical;
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

// The words at token k as evidence: the whole name where k is in one ("Soviet Union").
std::string Word(const View& v, size_t k) {
  size_t first = k, last = k;
  if (int m = v.mention_at[k]; m >= 0) first = v.mention(m).begin, last = v.mention(m).end - 1;
  const auto& t = v.s.tokens;
  return v.doc.article.text.substr(t[first].start, t[last].end - t[first].start);
}

class Builder {
 public:
  explicit Builder(const DocumentModel& doc) : doc_(doc), dateline_country_(doc.dateline_country) {}

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
    DropUnspecified(before, out);
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

  // "Libya threatened to expel Tunisian workers" is one threat: a sentence's "threaten" (130) is
  // dropped where the same pair has a specific threat (131) from the same sentence; so is an
  // unspecified intent (030). A CAMEO code ending in 0 is its root's "not specified below".
  static void DropUnspecified(size_t first, std::vector<ExtractedRelation>* out) {
    auto unspecified_of = [](const ExtractedRelation& a, const ExtractedRelation& b) {
      bool statement = a.cameo == "130" || a.cameo == "030";
      return statement && a.source == b.source && a.target == b.target && b.cameo != a.cameo &&
             b.cameo.compare(0, 2, a.cameo, 0, 2) == 0;
    };
    std::vector<bool> drop(out->size(), false);
    for (size_t i = first; i < out->size(); ++i)
      for (size_t j = first; j < out->size() && !drop[i]; ++j)
        drop[i] = i != j && unspecified_of((*out)[i], (*out)[j]);
    size_t kept = first;
    for (size_t i = first; i < out->size(); ++i)
      if (!drop[i]) {
        if (kept != i) (*out)[kept] = std::move((*out)[i]);
        ++kept;
      }
    out->resize(kept);
  }

  // "He met Gorbachev", "his visit to Moscow": he, she and their forms stand for the subject of
  // the clause they are reported in ("Reagan said he would ..."), else for the person named last;
  // not inside quotation marks. "It" stands only for a state or body reporting ("Iran warned it
  // would ..."); "they" is left alone: too often a group not named.
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
      if (quoted) continue;
      int entity = -1;
      if (IsPersonalPronoun(w)) {
        entity = tree.empty() ? -1 : EntityAt(s, tree.GoverningSubject(k));
        if (entity < 0 || doc_.entities[entity].kind != ActorKind::kPerson) entity = person;
      } else if (w == "it" || w == "its") {
        // "Iran warned it would retaliate": the state or body that reports, and only that.
        entity = tree.empty() ? -1 : EntityAt(s, tree.GoverningSubject(k));
        if (entity >= 0 && doc_.entities[entity].kind != ActorKind::kCountry &&
            doc_.entities[entity].kind != ActorKind::kOrganization)
          entity = -1;
      }
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

  // Whether a time expression stands in the phrase of the event noun at `trigger`.
  bool DatedPhrase(const View& v, size_t trigger) {
    if (v.tree.empty()) return false;
    for (const TimeExpression& e : Dates(Tense::kPast))
      if (v.tree.IsAncestor(trigger, TokenAtByte(v.s, e.start))) return true;
    return false;
  }

  void Emit(const View& v, const Match& m, std::vector<ExtractedRelation>* out) {
    const EventPattern& p = *m.pattern;
    if (p.dated && !DatedPhrase(v, m.trigger)) return;
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
      } else if (dateline_country_ >= 0 &&
                 (p.here ||
                  (p.code.rfind("042", 0) == 0 && doc_.entities[dateline_country_].mentions > 0))) {
        // "X arrived here"; "the visit by X" in a story from Moscow that names Russia: a visit to
        // Russia, now.
        for (int src : sources) pairs.emplace_back(src, dateline_country_);
        location = doc_.article.dateline;
        from_dateline = true;
      }
    }
    for (int t : m.targets)
      if (v.mention(t).place && p.place_target) location = doc_.entities[v.mention(t).entity].name;
    std::set<std::pair<int, int>> seen;
    for (auto [src, tgt] : pairs) {
      if (src < 0 || tgt < 0 || src == tgt || !seen.insert({src, tgt}).second) continue;
      if (Affiliated(src, tgt, p.code) || Affiliated(tgt, src, p.code)) continue;
      ExtractedRelation r = Make(v, m, src, tgt, location);
      if (from_dateline && r.date.empty() && doc_.article.published >= 0)
        r.date = DateRange::Day(doc_.article.published);
      // "Medvedev received Sarkozy in the Kremlin": the guest visited the host's country.
      // Only for a guest who is a person: "welcomed China's interest" hosts nobody.
      bool guest = doc_.entities[tgt].kind == ActorKind::kPerson;
      int country = guest && r.cameo.rfind("043", 0) == 0 ? StateOf(src) : -1;
      if (country >= 0 && country != tgt && StateOf(tgt) != country) {
        ExtractedRelation visit = r;
        visit.source = tgt;
        visit.target = country;
        visit.cameo = "042";
        visit.explain += " (the guest's visit)";
        out->push_back(std::move(r));
        out->push_back(std::move(visit));
        continue;
      }
      out->push_back(std::move(r));
    }
  }

  // "discussed Afghanistan with Zardari by telephone", "in a telephone call next week": a
  // consultation whose medium is the telephone (CAMEO 041).
  static bool ByTelephone(const View& v, size_t trigger) {
    if (v.tree.empty()) return false;
    auto phone = [&](size_t k) {
      std::string_view w = v.s.tokens[k].lemma;
      return w == "telephone" || w == "phone";
    };
    for (uint32_t c : v.tree.children(trigger)) {
      if (v.tree.dep(c) != Dep::kObl && v.tree.dep(c) != Dep::kNmod) continue;
      if (phone(c)) return true;
      for (uint32_t g : v.tree.children(c))
        if (v.tree.dep(g) == Dep::kCompound && phone(g)) return true;
    }
    return false;
  }

  // An infinitive the verb above controls: "agreed to lend", and "threatened on Tuesday to
  // expel" that the parse may attach as an adverbial clause.
  static bool OpenClause(const View& v, size_t trigger) {
    Dep d = v.tree.dep(trigger);
    if (d == Dep::kXcomp) return true;
    if (d != Dep::kAdvcl) return false;
    int mark = v.tree.ChildWith(trigger, Dep::kMark);
    return mark >= 0 && v.s.tokens[mark].norm == "to";
  }

  // The verb that commits its subject to the event at `trigger` ("agreed to lend"), or -1.
  static int Commitment(const View& v, size_t trigger) {
    if (v.tree.empty() || !OpenClause(v, trigger)) return -1;
    int h = v.tree.head(trigger);
    return h >= 0 && IsCommitmentVerb(v.s.tokens[h]) ? h : -1;
  }

  // The verb by which the event's own source threatens it ("warned it would attack", "threatened
  // to impose sanctions"), or -1.
  int Threat(const View& v, size_t trigger, int source) const {
    if (v.tree.empty()) return -1;
    Dep d = v.tree.dep(trigger);
    int h = v.tree.head(trigger);
    bool open = OpenClause(v, trigger);
    if ((!open && d != Dep::kCcomp) || h < 0 || !IsThreatVerb(v.s.tokens[h])) return -1;
    if (open) return h;
    int subject = v.tree.ChildWith(static_cast<size_t>(h), Dep::kNsubj);
    int m = subject >= 0 ? v.mention_at[subject] : -1;
    if (m < 0) return -1;
    for (int e : Actors(v, m))
      if (e == source) return h;
    return -1;
  }

  // "attend the meeting", "the summit": the event points back to one named before.
  bool HasDefiniteMeeting(const View& v, const Match& m) const {
    for (size_t k = m.anchor; k + 1 < v.s.tokens.size() && k <= m.last_word + 3; ++k)
      if (v.s.tokens[k].norm == "the" && IsMeetingNoun(v.s.tokens[k + 1].lemma)) return true;
    return false;
  }

  // The state an actor is or serves now, or -1.
  int StateOf(int entity) const {
    const DocEntity& e = doc_.entities[entity];
    if (e.kind == ActorKind::kCountry) return entity;
    if (e.kind != ActorKind::kPerson) return -1;
    for (const TextAffiliation& a : e.affiliations)
      if (!a.former && a.of >= 0 && doc_.entities[a.of].kind == ActorKind::kCountry) return a.of;
    return -1;
  }

  // A person and the state they serve are one side, not two; so are a country's farmers or
  // firms and their state, save in protest and force: protesters against their government,
  // police detaining them, soldiers firing on students are domestic events CAMEO codes.
  bool Affiliated(int person, int of, const std::string& code) const {
    if (!doc_.entities[person].sector.empty() && IsDomesticCode(code)) return false;
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
    if (p.nominal && scope && v.tree.IsNominal(m.trigger)) {
      // An event noun is as sure as the phrases that hold it: "has no plans to start talks".
      std::vector<bool> path = GoverningPath(v.tree, m.trigger);
      r.modality =
          DetectModality(v.s.tokens, 0, m.trigger, m.last_word + 1, false, &path, &m.word_tokens);
      if (r.modality == Modality::kAsserted && IndefiniteUnderModal(v, m, path))
        r.modality = Modality::kHypothetical;
    } else {
      r.modality = DetectModality(v.s.tokens, window, m.trigger, m.last_word + 1, p.nominal, scope,
                                  &m.word_tokens);
    }
    if (r.modality == Modality::kHypothetical && scope && ReportedWould(v, m.trigger, &in_scope) &&
        DetectModality(v.s.tokens, window, m.trigger, m.last_word + 1, p.nominal, scope,
                       &m.word_tokens) == Modality::kAsserted)
      r.modality = Modality::kPlanned;
    if (r.modality == Modality::kAsserted && NominalUndone(v, m.trigger))
      r.modality = Modality::kNegated;
    if (p.code == "036" && r.modality == Modality::kAsserted) r.modality = Modality::kPlanned;
    // "Venezuela agreed to lend Ecuador oil": the commitment is the event, a CAMEO 03 statement of
    // intent, as sure and as dated as the verb that makes it.
    // So is a threat: "Iran warned it would attack U.S. ships" is a CAMEO 13 threat, made then.
    size_t said = m.trigger;
    int commitment = Commitment(v, m.trigger);
    int threat = commitment >= 0 ? -1 : Threat(v, m.trigger, src);
    std::string stated = commitment >= 0 ? IntentCode(p.code)
                         : threat >= 0   ? ThreatCode(p.code)
                                         : std::string();
    if (!stated.empty() && r.modality != Modality::kNegated) {
      said = static_cast<size_t>(commitment >= 0 ? commitment : threat);
      r.cameo = stated;
      r.modality = DetectModality(v.s.tokens, window, said, said + 1, false, nullptr);
    }
    if (r.cameo.rfind("04", 0) == 0 && r.cameo != "041" && ByTelephone(v, m.trigger))
      r.cameo = "041";
    if (r.cameo == "010")
      if (std::string manner = MannerCode(v, m.trigger); !manner.empty()) r.cameo = manner;
    bool future = r.modality == Modality::kPlanned;
    bool past = IsPastTense(v.s.tokens, window, said);
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
      // "who leaves for Moscow on Tuesday": the present tense with a date ahead is a plan; so is
      // an event noun dated ahead ("hopes for the trip to Tokyo next week").
      if (!future && (!past || p.nominal) && r.modality == Modality::kAsserted &&
          doc_.article.published >= 0 && r.date.begin > doc_.article.published)
        r.modality = Modality::kPlanned, future = true;
    } else if (future && !memory_.date.empty()) {
      r.date = memory_.date;
    } else if (r.modality == Modality::kAsserted && doc_.article.published >= 0 &&
               (v.s.block != BlockKind::kBody || IsPastTense(v.s.tokens, window, said) ||
                r.cameo.rfind("04", 0) == 0)) {
      // Undated, asserted: a headline's or a past event of the story's day; a visit or a meeting
      // in the present tense ("Shultz is in Moscow for talks") is going on that day too.
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
