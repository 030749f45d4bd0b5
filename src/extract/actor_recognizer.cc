#include "src/extract/actor_recognizer.h"

#include <algorithm>
#include <climits>
#include <unordered_map>
#include <unordered_set>

#include "graph/data_files.h"
#include "graph/date.h"
#include "graph/name_key.h"
#include "graph/tsv.h"
#include "src/extract/agent_nouns.h"
#include "src/extract/date_resolver.h"
#include "src/extract/event_lexicon.h"
#include "src/extract/gazetteer.h"

namespace dipgraph {

namespace {

struct Title {
  std::vector<std::string> norms;
  std::string role;
};

// Titles by their first word, longest first.
const WordTable<std::vector<Title>>& Titles() {
  static const auto* titles = [] {
    auto* out = new WordTable<std::vector<Title>>();
    ForEachTsvRow(DataFileContent("lexicon/titles.tsv"), [&](const auto& f, int) {
      std::string phrase(f[0]);
      Title t;
      WordStore words;
      for (const Token& tok : Tokenize(phrase, 0, phrase.size(), &words))
        t.norms.emplace_back(tok.norm);
      t.role = f.size() > 1 ? std::string(f[1]) : "";
      if (!t.norms.empty()) (*out)[t.norms[0]].push_back(std::move(t));
    });
    for (auto& [first, list] : out->entries())
      std::sort(list.begin(), list.end(),
                [](const Title& a, const Title& b) { return a.norms.size() > b.norms.size(); });
    return out;
  }();
  return *titles;
}

// The longest title at tokens[i]; its length in *len (0 if none).
const Title* MatchTitle(const std::vector<Token>& tokens, size_t i, size_t* len) {
  *len = 0;
  const auto* titles = Titles().Find(tokens[i].norm, tokens[i].norm_hash);
  if (!titles) return nullptr;
  for (const Title& t : *titles) {
    if (i + t.norms.size() > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < t.norms.size() && ok; ++k) ok = tokens[i + k].norm == t.norms[k];
    if (ok) {
      *len = t.norms.size();
      return &t;
    }
  }
  return nullptr;
}

const WordSet& NotNames() {
  static const WordSet words = {"the",
                                "a",
                                "an",
                                "in",
                                "on",
                                "at",
                                "but",
                                "and",
                                "or",
                                "he",
                                "she",
                                "it",
                                "they",
                                "we",
                                "i",
                                "this",
                                "that",
                                "these",
                                "those",
                                "his",
                                "her",
                                "their",
                                "its",
                                "after",
                                "before",
                                "while",
                                "when",
                                "if",
                                "as",
                                "despite",
                                "although",
                                "asked",
                                "speaking",
                                "writing",
                                "reporting",
                                "editing",
                                "monday",
                                "tuesday",
                                "wednesday",
                                "thursday",
                                "friday",
                                "saturday",
                                "sunday",
                                "january",
                                "february",
                                "march",
                                "april",
                                "may",
                                "june",
                                "july",
                                "august",
                                "september",
                                "october",
                                "november",
                                "december",
                                "jan.",
                                "feb.",
                                "aug.",
                                "sept.",
                                "oct.",
                                "nov.",
                                "dec.",
                                "there",
                                "here",
                                "with",
                                "for",
                                "from",
                                "by",
                                "to",
                                "of",
                                "not",
                                "no",
                                "yes",
                                "all",
                                "some",
                                "both",
                                "many",
                                "most",
                                "under",
                                "over",
                                "since",
                                "until",
                                "during",
                                "among",
                                "between",
                                "western",
                                "eastern",
                                "northern",
                                "southern",
                                "central",
                                "new",
                                "old",
                                "minister",
                                "ministry",
                                "president",
                                "government",
                                "army",
                                "party",
                                "council",
                                "court",
                                "house",
                                "senate",
                                "congress",
                                "parliament",
                                "republic",
                                "kingdom",
                                "union",
                                "state",
                                "states",
                                "united",
                                "national",
                                "international",
                                "security",
                                "foreign",
                                "defense",
                                "defence",
                                "affairs",
                                "secretary",
                                "general",
                                "prime",
                                "chief",
                                "deputy",
                                "vice",
                                "committee",
                                "commission",
                                "agency",
                                "bank",
                                "fund",
                                "office",
                                "department",
                                "forces",
                                "force",
                                "news",
                                "reuters",
                                "reuter",
                                "ap",
                                "afp",
                                "dipgraph",
                                "ministers",
                                "leaders",
                                "officials",
                                "talks",
                                "summit",
                                "treaty",
                                "agreement",
                                "accord",
                                "war",
                                "cold",
                                "democrats",
                                "republicans",
                                "islamic",
                                "communist",
                                "socialist",
                                "liberal",
                                "conservative",
                                "labour",
                                "labor",
                                "times",
                                "post",
                                "journal",
                                "tass",
                                "xinhua",
                                "interfax",
                                "pravda",
                                "photo",
                                "video",
                                "read",
                                "more",
                                "exchange",
                                "democrat",
                                "republican",
                                "advisers",
                                "adviser",
                                "agreements",
                                "staff",
                                "federation",
                                "board",
                                "reserve",
                                "treasury",
                                "budget",
                                "economic",
                                "bureau",
                                "corporation",
                                "broadcasting",
                                "securities",
                                "associates",
                                "stock",
                                "market",
                                "service",
                                "county",
                                "city",
                                "province",
                                "region",
                                "district",
                                "embassy",
                                "cabinet"};
  return words;
}

bool IsCompanyWord(const Token& t) {
  static const WordSet words = {
      "corp",       "corp.",       "inc",        "inc.",      "co",       "co.",        "ltd",
      "ltd.",       "plc",         "group",      "company",   "airlines", "airways",    "motors",
      "bank",       "holdings",    "industries", "petroleum", "oil",      "university", "institute",
      "foundation", "association", "times",      "news",      "agency"};
  return words.Contains(t.norm, t.norm_hash);
}

bool IsNameParticle(std::string_view norm) {
  return norm == "bin" || norm == "al" || norm == "de" || norm == "van" || norm == "von" ||
         norm == "la" || norm == "le" || norm == "da" || norm == "di" || norm == "der" ||
         norm == "ibn" || norm == "abu" || norm == "el";
}

// "al-Oteiba", "el-Sisi": a particle joined to a name, which ends a name as a name word does.
bool IsJoinedParticleName(const Token& t) {
  size_t dash = t.norm.find('-');
  return t.word && !t.cap && dash != std::string::npos && dash + 2 < t.norm.size() &&
         IsNameParticle(t.norm.substr(0, dash));
}

bool IsNameToken(const Token& t) {
  // All-capital words come from headlines ("U.S. PRESENTS MOSCOW WITH ..."), not names.
  if (!t.word || !t.cap || t.upper || t.norm.size() < 2) return false;
  if (NotNames().Contains(t.norm, t.norm_hash)) return false;
  for (char c : t.norm)
    if (c >= '0' && c <= '9') return false;
  return true;
}

bool IsInitial(const Token& t) { return t.cap && t.norm.size() == 2 && t.norm[1] == '.'; }

// A capitalised personal name starting at i: 1 to 4 name tokens, initials and particles inside;
// it stops at a title ("Trade Representative") and is no name at all with a company word in it.
size_t NameLength(const std::vector<Token>& tokens, size_t i) {
  // The loop below gives 0 unless a name token comes first; most tokens are not one.
  if (i >= tokens.size() || !IsNameToken(tokens[i])) return 0;
  size_t n = 0, names = 0, title_len = 0;
  while (i + n < tokens.size() && names < 4) {
    const Token& t = tokens[i + n];
    if (MatchTitle(tokens, i + n, &title_len)) break;
    if (IsCompanyWord(t)) return 0;
    if (IsNameToken(t) || (n > 0 && IsJoinedParticleName(t))) {
      ++names;
    } else if (n > 0 && (IsInitial(t) || IsNameParticle(t.norm))) {
      // inside a name
    } else {
      break;
    }
    ++n;
  }
  // Never end on an initial or a bare particle.
  while (n > 0 && !IsNameToken(tokens[i + n - 1]) && !IsJoinedParticleName(tokens[i + n - 1])) --n;
  return n;
}

bool IsPlacePreposition(const Token& t) {
  static const WordSet preps = {"in",      "to",      "at",       "from",    "into",
                                "near",    "outside", "inside",   "toward",  "towards",
                                "via",     "across",  "around",   "through", "visit",
                                "visited", "visits",  "visiting", "reach",   "reached",
                                "arrive",  "arrived", "leave",    "left",    "within"};
  return preps.Contains(t.norm, t.norm_hash);
}

bool IsReportingVerb(std::string_view norm) {
  return norm == "said" || norm == "says" || norm == "told" || norm == "added" || norm == "say" ||
         norm == "tells" || norm == "stated" || norm == "declared" || norm == "insisted";
}

struct Resolver {
  explicit Resolver(DocumentModel* d) : doc(d) {}
  DocumentModel* doc;
  const Gazetteer& gaz = Gazetteer::Get();
  std::unordered_map<int, int> by_gaz;           // gazetteer entry -> entity
  std::unordered_map<std::string, int> by_name;  // NameKey -> entity, for unknown people
  int year = 0;

  int ForGaz(int entry) {
    auto it = by_gaz.find(entry);
    if (it != by_gaz.end()) return it->second;
    const GazEntry& e = gaz.entry(entry);
    DocEntity d;
    d.gaz = entry;
    d.name = e.name;
    d.kind = e.kind;
    d.iso3 = e.kind == ActorKind::kCountry ? e.iso3 : "";
    d.explain = "gazetteer:" + e.key;
    doc->entities.push_back(std::move(d));
    return by_gaz[entry] = static_cast<int>(doc->entities.size()) - 1;
  }

  // Gazetteer matches of the sentence being scanned, computed once per position.
  const Sentence* cached_sentence = nullptr;
  std::vector<int> cached_len;  // -1: not computed yet
  std::vector<std::vector<GazMatch>> cached;
  const std::vector<GazMatch>& MatchAt(const Sentence& s, size_t i, size_t* len) {
    if (cached_sentence != &s) {
      cached_sentence = &s;
      cached_len.assign(s.tokens.size(), -1);
      cached.assign(s.tokens.size(), {});
    }
    if (cached_len[i] < 0) {
      size_t l = 0;
      cached[i] = gaz.Match(s.tokens, i, &l);
      cached_len[i] = static_cast<int>(l);
    }
    *len = static_cast<size_t>(cached_len[i]);
    return cached[i];
  }

  int ForUnknownPlace(const std::string& name) {
    std::string key = "place:" + NameKey(name);
    auto it = by_name.find(key);
    if (it != by_name.end()) return it->second;
    DocEntity d;
    d.name = name;
    d.kind = ActorKind::kLocation;
    d.explain = "gazetteer capital used as a place";
    doc->entities.push_back(std::move(d));
    return by_name[key] = static_cast<int>(doc->entities.size()) - 1;
  }

  // Whether a gazetteer person held an office within some years of the story ("Medevedev" in
  // 2010 is Medvedev; a 1987 name is not a 2019 prime minister's near-namesake).
  bool InEra(const GazEntry& e) const {
    int day = doc->article.published;
    if (day < 0) return true;
    for (const Term& t : e.terms)
      if (t.from <= day + 2 * 366 && (t.to == INT_MAX || t.to >= day - 15 * 366)) return true;
    return false;
  }

  int ForUnknownPerson(const std::string& name, const std::string& why) {
    int fuzzy = gaz.FindPersonFuzzy(name);
    if (fuzzy >= 0 && InEra(gaz.entry(fuzzy))) {
      int id = ForGaz(fuzzy);
      AddAlias(id, name);
      return id;
    }
    std::string key = NameKey(name);
    auto it = by_name.find(key);
    if (it != by_name.end()) return it->second;
    DocEntity d;
    d.name = name;
    d.kind = ActorKind::kPerson;
    d.explain = why;
    doc->entities.push_back(std::move(d));
    return by_name[key] = static_cast<int>(doc->entities.size()) - 1;
  }

  // The group of `country` in an agent noun's sector: "Palestinian" + demonstrator ->
  // "Palestinian civilians", kind group, sector CVL, affiliated to Palestine. `form` is the
  // nationality.
  int ForSectorGroup(int country, const AgentNoun& agent, const std::string& form) {
    std::string key = "group:" + doc->entities[country].iso3 + ":" + agent.sector;
    auto it = by_name.find(key);
    if (it != by_name.end()) return it->second;
    DocEntity d;
    d.name = form + " " + agent.label;
    d.kind = ActorKind::kGroup;
    d.iso3 = doc->entities[country].iso3;
    d.sector = agent.sector;
    d.affiliations.push_back({country, agent.label, false});
    d.explain = "agents.tsv: " + form + " + " + agent.sector;
    doc->entities.push_back(std::move(d));
    return by_name[key] = static_cast<int>(doc->entities.size()) - 1;
  }

  void AddAlias(int entity, const std::string& alias) {
    DocEntity& e = doc->entities[entity];
    if (alias == e.name || NameKey(alias) == NameKey(e.name)) return;
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
      e.aliases.push_back(alias);
  }

  // Among several entries under one name, the one that fits the document's date and context.
  int Choose(const std::vector<GazMatch>& matches) {
    int best = -1, best_score = INT_MIN;
    for (const GazMatch& m : matches) {
      int score = 0;
      const GazEntry& e = gaz.entry(m.entry);
      if (by_gaz.count(m.entry)) score += 4;
      if (e.kind == ActorKind::kCountry && year && gaz.ExistsIn(m.entry, year)) score += 2;
      if (e.kind == ActorKind::kPerson && ActiveTerm(e) >= 0) score += 2;
      if (e.to_year == 9999) score += 1;
      if (score > best_score) best = static_cast<int>(&m - matches.data()), best_score = score;
    }
    return best;
  }

  int ActiveTerm(const GazEntry& e) const {
    int day = doc->article.published;
    if (day < 0) return -1;
    for (size_t i = 0; i < e.terms.size(); ++i)
      if (e.terms[i].from <= day && day <= e.terms[i].to) return static_cast<int>(i);
    return -1;
  }
};

// A name written all in capitals (a headline's "BONN") as names are written: "Bonn".
std::string DisplayCase(std::string name) {
  for (char c : name)
    if (c >= 'a' && c <= 'z') return name;
  for (size_t i = 1; i < name.size(); ++i)
    if (name[i - 1] != ' ' && name[i - 1] != '-' && name[i] >= 'A' && name[i] <= 'Z')
      name[i] = static_cast<char>(name[i] - 'A' + 'a');
  return name;
}

std::string SpanText(const DocumentModel& doc, const Sentence& s, size_t b, size_t e) {
  return doc.article.text.substr(s.tokens[b].start, s.tokens[e - 1].end - s.tokens[b].start);
}

// The country or organization a title is "of", when it precedes at i..: "Russia 's", "Russian",
// "NATO", "U.S."; returns tokens used (0 if none) and the gazetteer entry.
size_t MatchOwner(Resolver& r, const Sentence& s, size_t i, int* entry) {
  size_t len = 0;
  const auto& matches = r.MatchAt(s, i, &len);
  if (len == 0) return 0;
  int pick = r.Choose(matches);
  const GazEntry& e = r.gaz.entry(matches[pick].entry);
  if (e.kind != ActorKind::kCountry && e.kind != ActorKind::kOrganization &&
      e.kind != ActorKind::kGroup)
    return 0;
  if (matches[pick].use == NameUse::kDescription) return 0;
  *entry = matches[pick].entry;
  if (i + len < s.tokens.size() && s.tokens[i + len].norm == "'s") ++len;
  return len;
}

struct Found {
  size_t begin = 0, end = 0;
  Mention mention;
  TextAffiliation affiliation;  // of >= 0 when the text gave a role
};

// A title at j, with up to three words before it that say which one: "Agriculture Secretary",
// "deputy energy minister", "Venezuelan energy and mines minister". Lowercase qualifiers count only
// after an owner ("Venezuelan"), capitalised ones anywhere; the role is then the whole phrase.
const Title* MatchQualifiedTitle(const Sentence& s, size_t j, bool owned, size_t* len,
                                 std::string* role) {
  const auto& t = s.tokens;
  for (size_t skip = 0; skip <= 3 && j + skip < t.size(); ++skip) {
    if (skip > 0) {
      const Token& q = t[j + skip - 1];
      bool joiner = q.norm == "and" && skip > 1;
      // Capitalised: no word that is never part of a name ("Monday") unless it is a title word
      // ("Deputy"); lowercase, after an owner: no function word.
      static const WordSet function_words = {"the", "a",     "an",   "of",   "to",   "in", "on",
                                             "at",  "for",   "with", "by",   "from", "or", "but",
                                             "who", "which", "that", "said", "says"};
      bool title_word = Titles().Find(q.norm, q.norm_hash) != nullptr;  // "deputy", "vice"
      bool word = q.word && !q.upper &&
                  (q.cap ? title_word || !NotNames().Contains(q.norm, q.norm_hash)
                         : owned && !function_words.Contains(q.norm, q.norm_hash));
      for (char c : q.norm) word = word && !(c >= '0' && c <= '9');
      if (!joiner && !word) return nullptr;
    }
    size_t tlen = 0;
    const Title* title = MatchTitle(t, j + skip, &tlen);
    if (!title) continue;
    if (skip > 0 && t[j + skip - 1].norm == "and") return nullptr;
    *len = skip + tlen;
    *role = title->role;
    if (skip > 0 && !title->role.empty()) {
      role->clear();
      for (size_t k = j; k < j + *len; ++k) *role += std::string(k > j ? " " : "") += t[k].norm;
    }
    return title;
  }
  return nullptr;
}

// "ambassador to Moscow", "envoy to the United Nations" between a title and its name: the tokens
// that place names take, or 0.
size_t PostTitlePlace(Resolver& r, const Sentence& s, size_t j) {
  const auto& t = s.tokens;
  if (j + 2 >= t.size() || t[j].norm != "to") return 0;
  size_t k = j + 1;
  if (t[k].norm == "the") ++k;
  size_t glen = 0;
  if (k >= t.size() || r.MatchAt(s, k, &glen).empty() || glen == 0) return 0;
  return NameLength(t, k + glen) > 0 ? k + glen - j : 0;
}

// Whether a person could bear a title with this role: no roles known, or a word of `role`
// ("prime minister") is a word of some role they held.
bool FitsTitle(const GazEntry& person, std::string_view role) {
  if (person.kind != ActorKind::kPerson || person.terms.empty()) return true;
  for (const std::string& word : SplitList(role, ' '))
    for (const Term& t : person.terms)
      for (const std::string& held : SplitList(t.role, ' '))
        if (!word.empty() && word == held) return true;
  return false;
}

// "Howard Baker" is not John Howard, "dissident Wang Juntao" not Wang Yi: a known surname at i
// that begins a longer name is part of another person's name ("the Reagan Administration" is
// Reagan's; a headline's capitalised words say nothing).
bool BeginsLongerName(const Sentence& s, size_t i) {
  if (s.block != BlockKind::kBody || NameLength(s.tokens, i) < 2) return false;
  const Token& next = s.tokens[i + 1];
  return AgentNouns::Get().Find(next.lemma, next.lemma_hash) == nullptr;
}

// "[former] [Owner['s]] [former] Title Name": a titled person.
bool MatchTitledPerson(Resolver& r, const Sentence& s, size_t i, Found* out) {
  size_t j = i;
  bool former = false;
  if (s.tokens[j].norm == "former") former = true, ++j;
  int owner = -1;
  if (j < s.tokens.size()) j += MatchOwner(r, s, j, &owner);
  if (j < s.tokens.size() && s.tokens[j].norm == "former") former = true, ++j;
  size_t tlen = 0;
  std::string role;
  const Title* title =
      j < s.tokens.size() ? MatchQualifiedTitle(s, j, owner >= 0, &tlen, &role) : nullptr;
  // Lowercase titles count too ("Soviet leader Mikhail Gorbachev"): a capitalised name must follow.
  if (!title) return false;
  j += tlen;
  j += PostTitlePlace(r, s, j);
  // "special envoy, Steve Witkoff, spoke": the name set off by commas.
  if (j + 2 < s.tokens.size() && s.tokens[j].norm == ",") {
    size_t n = NameLength(s.tokens, j + 1);
    if (n > 0 && j + 1 + n < s.tokens.size() && s.tokens[j + 1 + n].norm == ",") ++j;
  }
  if (j >= s.tokens.size()) return false;
  size_t glen = 0;
  const auto& matches = r.MatchAt(s, j, &glen);
  if (glen == 1 && BeginsLongerName(s, j)) glen = 0;
  int person = -1;
  int pick = -1;
  if (glen > 0) {
    pick = r.Choose(matches);
    // "King Hussein" is not Saddam Hussein: of the people a surname names, one who held the
    // title's role; if none did, someone the gazetteer does not know.
    if (glen == 1 && !role.empty() && !FitsTitle(r.gaz.entry(matches[pick].entry), role)) {
      pick = -1;
      for (size_t k = 0; k < matches.size() && pick < 0; ++k)
        if (FitsTitle(r.gaz.entry(matches[k].entry), role)) pick = static_cast<int>(k);
    }
  }
  if (glen > 0 && pick < 0) glen = 0;
  if (glen > 0) {
    if (r.gaz.entry(matches[pick].entry).kind == ActorKind::kPerson) {
      person = r.ForGaz(matches[pick].entry);
      std::string form = SpanText(*r.doc, s, j, j + glen);
      r.AddAlias(person, form);
    } else {
      return false;
    }
  } else {
    glen = NameLength(s.tokens, j);
    if (glen == 0) return false;
    person = r.ForUnknownPerson(SpanText(*r.doc, s, j, j + glen), "pattern:title+name");
  }
  out->begin = i;
  out->end = j + glen;
  out->mention.entity = person;
  if (!role.empty()) {
    out->affiliation.role = role;
    out->affiliation.former = former;
    out->affiliation.of = owner >= 0 ? r.ForGaz(owner) : -1;
  }
  if (owner >= 0) ++r.doc->entities[r.ForGaz(owner)].mentions;
  return true;
}

bool IsMonthWord(const Token& t) {
  static const WordSet months = {"january",   "february", "march",    "april",
                                 "may",       "june",     "july",     "august",
                                 "september", "october",  "november", "december"};
  return months.Contains(t.norm, t.norm_hash);
}

// "the 28-nation alliance": the number word is dropped before matching descriptions.
bool IsCountWord(std::string_view norm) {
  size_t dash = norm.find('-');
  if (dash == std::string::npos || dash == 0) return false;
  for (size_t k = 0; k < dash; ++k)
    if (norm[k] < '0' || norm[k] > '9') return false;
  std::string_view rest = norm.substr(dash + 1);
  return rest == "nation" || rest == "member" || rest == "country" || rest == "state";
}

// A gazetteer name at i, turned into a mention by how it is used. Descriptions ("the alliance")
// come back with candidates and no entity: they are resolved once the whole document is read.
// A place is in the state of its day: Moscow in 1987 is the Soviet Union's capital, Bonn West
// Germany's. A state (gazetteer entry) that did not exist yet gives way to one whose capital the
// place, matched as `matches`, was then.
int StateInItsDay(const Resolver& r, const std::vector<GazMatch>& matches, int country) {
  if (country < 0 || !r.year || r.gaz.ExistsIn(country, r.year)) return country;
  for (const GazMatch& c : matches)
    if (c.use == NameUse::kCapital && r.gaz.ExistsIn(c.entry, r.year)) country = c.entry;
  return country;
}

bool MatchGazetteer(Resolver& r, const Sentence& s, size_t i, Found* out,
                    std::vector<int>* description_candidates) {
  size_t len = 0;
  std::vector<GazMatch> probed;  // "the 28-nation alliance", read without the count word
  size_t skipped = 0;
  if (s.tokens[i].norm == "the" && i + 2 < s.tokens.size() && IsCountWord(s.tokens[i + 1].norm)) {
    std::vector<Token> probe = {s.tokens[i]};
    for (size_t k = i + 2; k < std::min(s.tokens.size(), i + 7); ++k) probe.push_back(s.tokens[k]);
    probed = r.gaz.Match(probe, 0, &len);
    skipped = 1;
  }
  if (len == 0) skipped = 0;
  const std::vector<GazMatch>& matches = len > 0 ? probed : r.MatchAt(s, i, &len);
  if (len == 0) return false;
  out->begin = i;
  out->end = i + len + skipped;
  if (matches[0].use == NameUse::kDescription) {
    for (const GazMatch& m : matches)
      if (m.use == NameUse::kDescription) description_candidates->push_back(m.entry);
    return true;
  }
  if (skipped) return false;
  const GazMatch& m = matches[r.Choose(matches)];
  const GazEntry& e = r.gaz.entry(m.entry);
  std::string form = SpanText(*r.doc, s, i, i + len);
  if (m.use == NameUse::kName && e.kind == ActorKind::kPerson && len == 1 && BeginsLongerName(s, i))
    return false;
  if (m.use == NameUse::kName && e.kind == ActorKind::kPerson && len == 1 &&
      !r.by_gaz.count(m.entry)) {
    // A lone surname ("May", "Rice", "Lee") is a person only when the story names them in full
    // first, or when they hold office on the story's date and the word is no month.
    if ((r.ActiveTerm(e) < 0 && r.doc->article.published >= 0) || IsMonthWord(s.tokens[i]))
      return false;
  }
  if (m.use == NameUse::kName) {
    out->mention.entity = r.ForGaz(m.entry);
    out->mention.place = e.kind == ActorKind::kLocation;
    r.AddAlias(out->mention.entity, form);
    return true;
  }
  if (m.use == NameUse::kAdjective || m.use == NameUse::kMetonym) {
    out->mention.entity = r.ForGaz(m.entry);
    out->mention.adjective = m.use == NameUse::kAdjective;
    return true;
  }
  // A capital or city: the government when it acts ("Moscow fears"), a place after a preposition.
  int country = e.kind == ActorKind::kCountry ? m.entry : r.gaz.Find(e.iso3);
  bool after_prep = i > 0 && IsPlacePreposition(s.tokens[i - 1]);
  if (m.use == NameUse::kCapital && !after_prep && country >= 0) {
    out->mention.entity = r.ForGaz(country);
    return true;
  }
  country = StateInItsDay(r, matches, country);
  form = DisplayCase(form);  // "BONN" in a headline is Bonn
  int city = r.gaz.Find("city:" + form);
  out->mention.place = true;
  out->mention.country = country >= 0 ? r.ForGaz(country) : -1;
  out->mention.entity = city >= 0 ? r.ForGaz(city) : r.ForUnknownPlace(form);
  return true;
}

// "Maynard Glitman, who heads ...", "Stephen Hess told", "headed by Lem Masterkov": a person the
// gazetteer does not know, recognised by what surrounds the name.
bool MatchReportedPerson(Resolver& r, const Sentence& s, size_t i, Found* out) {
  size_t len = NameLength(s.tokens, i);
  if (len < 2) return false;
  size_t after = i + len;
  const auto& t = s.tokens;
  // "Stephen Hess told"; and opening a sentence, "Fu Cong blamed": a past form of a verb that
  // states an event.
  bool opens = (i == 0 || (i == 1 && t[0].norm == "\"")) && !IsTimeNoun(t[i].norm);
  bool said = after < t.size() &&
              (IsReportingVerb(t[after].norm) ||
               (opens && t[after].lemma != t[after].norm && t[after].norm.ends_with("ed") &&
                EventLexicon::Get().ForAnchor(t[after].lemma, t[after].lemma_hash) != nullptr));
  bool appositive =
      after + 1 < t.size() && t[after].norm == "," &&
      (t[after + 1].norm == "who" || t[after + 1].norm == "a" || t[after + 1].norm == "an" ||
       t[after + 1].norm == "the" || IsReportingVerb(t[after + 1].norm));
  bool by = i > 0 && (t[i - 1].norm == "by" && i > 1 &&
                      (t[i - 2].norm == "headed" || t[i - 2].norm == "led"));
  bool speaker = i > 0 && IsReportingVerb(t[i - 1].norm);
  if (!said && !appositive && !by && !speaker) return false;
  out->begin = i;
  out->end = after;
  out->mention.entity = r.ForUnknownPerson(SpanText(*r.doc, s, i, after), "pattern:name+context");
  return true;
}

// ", a former Danish prime minister" / ", Russia's foreign minister" after a person mention.
void MatchAppositive(Resolver& r, const Sentence& s, size_t end, int person) {
  const auto& t = s.tokens;
  size_t j = end;
  if (j >= t.size() || t[j].norm != ",") return;
  ++j;
  if (j < t.size() && (t[j].norm == "a" || t[j].norm == "an" || t[j].norm == "the")) ++j;
  bool former = false;
  if (j < t.size() && t[j].norm == "former") former = true, ++j;
  int owner = -1;
  if (j < t.size()) j += MatchOwner(r, s, j, &owner);
  size_t tlen = 0;
  const Title* title = j < t.size() ? MatchTitle(t, j, &tlen) : nullptr;
  if (!title || title->role.empty() || owner < 0) return;
  TextAffiliation a{r.ForGaz(owner), title->role, former};
  auto& list = r.doc->entities[person].affiliations;
  if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
}

struct PendingDescription {
  size_t sentence;
  Mention mention;
  std::vector<int> candidates;
};

void AddMention(Resolver& r, Sentence& s, const Found& f) {
  Mention m = f.mention;
  m.begin = static_cast<uint32_t>(f.begin);
  m.end = static_cast<uint32_t>(f.end);
  s.mentions.push_back(m);
  ++r.doc->entities[m.entity].mentions;
  if (f.affiliation.role.empty()) return;
  auto& list = r.doc->entities[m.entity].affiliations;
  if (std::find(list.begin(), list.end(), f.affiliation) == list.end())
    list.push_back(f.affiliation);
}

void ScanSentence(Resolver& r, size_t si, std::vector<PendingDescription>* pending) {
  Sentence& s = r.doc->sentences[si];
  for (size_t i = 0; i < s.tokens.size();) {
    Found f;  // not Found{}: that zeroes all 96 bytes first, at every token
    std::vector<int> candidates;
    if (MatchTitledPerson(r, s, i, &f)) {
      AddMention(r, s, f);
      MatchAppositive(r, s, f.end, f.mention.entity);
      i = f.end;
    } else if (MatchGazetteer(r, s, i, &f, &candidates)) {
      if (!candidates.empty()) {
        Mention m;
        m.begin = static_cast<uint32_t>(f.begin);
        m.end = static_cast<uint32_t>(f.end);
        pending->push_back({si, m, candidates});
      } else {
        AddMention(r, s, f);
        if (r.doc->entities[f.mention.entity].kind == ActorKind::kPerson)
          MatchAppositive(r, s, f.end, f.mention.entity);
      }
      i = f.end;
    } else if (MatchReportedPerson(r, s, i, &f)) {
      AddMention(r, s, f);
      MatchAppositive(r, s, f.end, f.mention.entity);
      i = f.end;
    } else {
      ++i;
    }
  }
}

// "the alliance" means the organization of that description the document names; a description
// only one organization has ("the western military alliance") needs no earlier name.
void ResolveDescriptions(Resolver& r, std::vector<PendingDescription>& pending) {
  for (PendingDescription& p : pending) {
    int chosen = -1;
    for (int c : p.candidates)
      if (r.by_gaz.count(c)) chosen = c;
    size_t words = p.mention.end - p.mention.begin;
    if (chosen < 0 && p.candidates.size() == 1 && words >= 3) chosen = p.candidates[0];
    if (chosen < 0) continue;
    p.mention.entity = r.ForGaz(chosen);
    ++r.doc->entities[p.mention.entity].mentions;
    auto& mentions = r.doc->sentences[p.sentence].mentions;
    mentions.push_back(p.mention);
  }
}

// A lone surname of a person named in full elsewhere ("Glitman", "Rasmussen").
void MatchSurnames(Resolver& r) {
  WordTable<int> surnames;
  WordStore words;
  for (size_t e = 0; e < r.doc->entities.size(); ++e) {
    const DocEntity& d = r.doc->entities[e];
    if (d.kind != ActorKind::kPerson) continue;
    auto tokens = Tokenize(d.name, 0, d.name.size(), &words);
    if (tokens.size() >= 2 && !surnames.Find(tokens.back().norm))
      surnames[tokens.back().norm] = static_cast<int>(e);  // the first person wins
  }
  for (Sentence& s : r.doc->sentences) {
    std::vector<bool> covered(s.tokens.size(), false);
    for (const Mention& m : s.mentions)
      for (uint32_t k = m.begin; k < m.end; ++k) covered[k] = true;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (covered[i] || !s.tokens[i].cap) continue;
      const int* person = surnames.Find(s.tokens[i].norm, s.tokens[i].norm_hash);
      if (!person) continue;
      Mention m;
      m.begin = static_cast<uint32_t>(i);
      m.end = static_cast<uint32_t>(i + 1);
      m.entity = *person;
      s.mentions.push_back(m);
      ++r.doc->entities[m.entity].mentions;
      r.AddAlias(m.entity, SpanText(*r.doc, s, i, i + 1));
    }
  }
}

// "Santos Alvite" and "Dodik" in a story that names Fernando Santos Alvite and Milorad Dodik: a
// person whose whole name ends the name of exactly one other person is that person.
void MergeNameTails(Resolver& r) {
  auto& entities = r.doc->entities;
  WordStore words;
  std::vector<std::vector<std::string>> names(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) {
    if (entities[e].kind != ActorKind::kPerson) continue;
    for (const Token& t : Tokenize(entities[e].name, 0, entities[e].name.size(), &words))
      names[e].emplace_back(t.norm);
  }
  std::vector<int> into(entities.size(), -1);
  for (size_t p = 0; p < entities.size(); ++p) {
    if (names[p].empty()) continue;
    int found = -1, count = 0;
    for (size_t q = 0; q < entities.size(); ++q) {
      if (q == p || names[q].size() <= names[p].size()) continue;
      if (std::equal(names[p].begin(), names[p].end(), names[q].end() - names[p].size()))
        found = static_cast<int>(q), ++count;
    }
    if (count == 1 && entities[p].gaz < 0) into[p] = found;
  }
  for (Sentence& s : r.doc->sentences)
    for (Mention& m : s.mentions)
      if (into[m.entity] >= 0) {
        int from = m.entity;
        m.entity = into[from];
        --entities[from].mentions;
        ++entities[m.entity].mentions;
      }
  for (size_t p = 0; p < entities.size(); ++p) {
    if (into[p] < 0) continue;
    r.AddAlias(into[p], entities[p].name);
    for (const TextAffiliation& a : entities[p].affiliations) {
      auto& list = entities[into[p]].affiliations;
      if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
    }
    entities[p].affiliations.clear();
  }
}

// Roles from the gazetteer: the terms in force on the publication date fill in what the text
// leaves out ("President Reagan": of the United States); titles without an owner get theirs.
void AddGazetteerRoles(Resolver& r) {
  int day = r.doc->article.published;
  size_t n = r.doc->entities.size();
  for (size_t e = 0; e < n; ++e) {
    if (r.doc->entities[e].kind != ActorKind::kPerson || r.doc->entities[e].gaz < 0) continue;
    const GazEntry& g = r.gaz.entry(r.doc->entities[e].gaz);
    const Term* latest_past = nullptr;
    for (const Term& t : g.terms) {
      int of = r.gaz.Find(t.of);
      if (of < 0) continue;
      bool active = day >= 0 && t.from <= day && day <= t.to;
      if (!active) {
        if (day >= 0 && t.to < day && (!latest_past || t.to > latest_past->to)) latest_past = &t;
        continue;
      }
      TextAffiliation a{r.ForGaz(of), t.role, false};
      auto& list = r.doc->entities[e].affiliations;
      // A title the text gave without its owner ("Prime Minister Vladimir Putin") takes this one.
      for (TextAffiliation& have : list)
        if (have.of < 0 && have.role == t.role) have.of = a.of;
      if (std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
    }
    auto& list = r.doc->entities[e].affiliations;
    if (latest_past && list.empty()) {
      int of = r.gaz.Find(latest_past->of);
      list.push_back({r.ForGaz(of), latest_past->role, true});
    }
  }
  for (DocEntity& d : r.doc->entities)
    std::erase_if(d.affiliations, [](const TextAffiliation& a) { return a.of < 0; });
}

}  // namespace

// "Palestinian demonstrators", "Philippine banks", "Afghan student protesters": a country or
// nationality before an agent noun of a sector outside the state is a group of that country in
// that sector. After a nationality adjective up to two words may come first ("student"); after a
// country's name none ("Israel says protesters ..." is no group). The state's organs ("Russian
// officials", "Israeli soldiers") stay the state itself.
void GroupSectorAgents(Resolver& r) {
  const AgentNouns& agents = AgentNouns::Get();
  for (Sentence& s : r.doc->sentences) {
    for (size_t i = 0; i < s.mentions.size(); ++i) {
      Mention& m = s.mentions[i];
      if (m.place || r.doc->entities[m.entity].kind != ActorKind::kCountry) continue;
      // After a nationality or a possessive ("France's major farm union") up to two words may
      // come first; after a bare country name none.
      size_t start = m.end;
      bool possessive = start < s.tokens.size() && s.tokens[start].norm == "'s";
      if (possessive) ++start;
      size_t limit = std::min<size_t>(s.tokens.size(), start + (m.adjective || possessive ? 3 : 1));
      if (i + 1 < s.mentions.size()) limit = std::min<size_t>(limit, s.mentions[i + 1].begin);
      const AgentNoun* agent = nullptr;
      size_t k = start;
      for (; k < limit; ++k) {
        const Token& t = s.tokens[k];
        if (!t.word || (t.cap && !t.upper)) break;
        if ((agent = agents.Find(t.lemma, t.lemma_hash)) != nullptr) break;
      }
      if (agent == nullptr || agent->state()) continue;
      // The nationality as written, in capitals only the first letter ("JAPANESE" in a headline).
      // Named by the country's nationality adjective ("French farmers"), else its name.
      const DocEntity& country = r.doc->entities[m.entity];
      std::string form = country.gaz >= 0 && !r.gaz.entry(country.gaz).adjective.empty()
                             ? r.gaz.entry(country.gaz).adjective
                             : country.name;
      int group = r.ForSectorGroup(m.entity, *agent, form);
      r.AddAlias(group, SpanText(*r.doc, s, m.begin, k + 1));
      --r.doc->entities[m.entity].mentions;
      ++r.doc->entities[group].mentions;
      m.entity = group;
      m.adjective = false;
      m.end = static_cast<uint32_t>(k + 1);
    }
  }
}

// Whether the token is the noun of a nominal event pattern ("visit", "talks").
bool IsEventNoun(const Token& t) {
  const auto* patterns = EventLexicon::Get().ForAnchor(t.lemma, t.lemma_hash);
  if (patterns == nullptr) return false;
  for (const AnchoredPattern& a : *patterns)
    if (a.pattern->nominal) return true;
  return false;
}

// The state a person holds office in (the first current affiliation with a country), or -1.
int StateOfPerson(const Resolver& r, int person) {
  for (const TextAffiliation& a : r.doc->entities[person].affiliations)
    if (!a.former && r.doc->entities[a.of].kind == ActorKind::kCountry) return a.of;
  return -1;
}

// "the Trump administration", "Putin's government": an organ of the state named by the person
// who leads it is the state, as the event data sets count organs, not the person.
void GroupLeadersOrgans(Resolver& r) {
  const AgentNouns& agents = AgentNouns::Get();
  for (Sentence& s : r.doc->sentences) {
    for (size_t i = 0; i < s.mentions.size(); ++i) {
      Mention& m = s.mentions[i];
      if (r.doc->entities[m.entity].kind != ActorKind::kPerson) continue;
      size_t k = m.end;
      if (k < s.tokens.size() && s.tokens[k].norm == "'s") ++k;
      if (k >= s.tokens.size() || (i + 1 < s.mentions.size() && s.mentions[i + 1].begin <= k))
        continue;
      const Token& t = s.tokens[k];
      const AgentNoun* agent = t.word && !t.cap ? agents.Find(t.lemma, t.lemma_hash) : nullptr;
      if (agent == nullptr || !agent->state()) continue;
      // "Thatcher's official visit": before an event noun the agent noun is its adjective.
      if (k + 1 < s.tokens.size() && IsEventNoun(s.tokens[k + 1])) continue;
      int state = StateOfPerson(r, m.entity);
      if (state < 0) continue;
      --r.doc->entities[m.entity].mentions;
      ++r.doc->entities[state].mentions;
      m.entity = state;
      m.end = static_cast<uint32_t>(k + 1);
    }
  }
}

// The state whose capital or city the dateline names, in the story's day: where "here" is.
int DatelineCountry(Resolver& r) {
  const std::string& d = r.doc->article.dateline;
  if (d.empty()) return -1;
  WordStore words;
  std::vector<Token> tokens = Tokenize(d, 0, d.size(), &words);
  size_t len = 0;
  std::vector<GazMatch> matches =
      tokens.empty() ? std::vector<GazMatch>{} : r.gaz.Match(tokens, 0, &len);
  for (const GazMatch& m : matches) {
    const GazEntry& e = r.gaz.entry(m.entry);
    int country = e.kind == ActorKind::kCountry ? m.entry : r.gaz.Find(e.iso3);
    country = StateInItsDay(r, matches, country);
    if (country >= 0) return r.ForGaz(country);
  }
  return -1;
}

void RecognizeActors(DocumentModel* doc) {
  Resolver r(doc);
  int published = doc->article.published;
  if (published >= 0) {
    int y, m, d;
    CivilFromDays(published, &y, &m, &d);
    r.year = y;
  }
  std::vector<PendingDescription> pending;
  for (size_t si = 0; si < doc->sentences.size(); ++si) ScanSentence(r, si, &pending);
  ResolveDescriptions(r, pending);
  MatchSurnames(r);
  MergeNameTails(r);
  AddGazetteerRoles(r);
  for (Sentence& s : doc->sentences)
    std::sort(s.mentions.begin(), s.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  GroupSectorAgents(r);
  GroupLeadersOrgans(r);
  doc->dateline_country = DatelineCountry(r);
}

}  // namespace dipgraph
