#include "src/extract/gazetteer.h"

#include <algorithm>
#include <climits>

#include "graph/data_files.h"
#include "graph/date.h"
#include "graph/name_key.h"
#include "graph/tsv.h"

namespace dipgraph {

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  LoadCountries();
  LoadOrganizations();
  LoadPeople();
  LoadCities();
  IndexPersonKeys();
}

// Groups the people's keys by first byte, keeping their order within a group (FindPersonFuzzy
// keeps the first of equally close names).
void Gazetteer::IndexPersonKeys() {
  auto first = [](const std::string& key) { return static_cast<unsigned char>(key[0]); };
  std::stable_sort(person_keys_.begin(), person_keys_.end(),
                   [&](const auto& a, const auto& b) { return first(a.first) < first(b.first); });
  size_t k = 0;
  for (size_t byte = 0; byte < 256; ++byte) {
    person_first_[byte] = static_cast<uint32_t>(k);
    while (k < person_keys_.size() && first(person_keys_[k].first) == byte) ++k;
  }
  person_first_[256] = static_cast<uint32_t>(k);
}

int Gazetteer::Add(GazEntry e) {
  entries_.push_back(std::move(e));
  int id = static_cast<int>(entries_.size()) - 1;
  if (!by_key_.Find(entries_.back().key)) by_key_[entries_.back().key] = id;
  return id;
}

void Gazetteer::AddName(int entry, std::string_view name, NameUse use) {
  std::string n(name);
  if (use == NameUse::kName) {
    auto& names = entries_[entry].names;
    if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
  }
  bool the = n.size() > 4 && (n.compare(0, 4, "the ") == 0 || n.compare(0, 4, "The ") == 0);
  if (the && use != NameUse::kDescription) n = n.substr(4);  // "the Kremlin": "the" is optional
  WordStore words;
  std::vector<Token> tokens = Tokenize(n, 0, n.size(), &words);
  if (tokens.empty()) return;
  Phrase p;
  for (const Token& t : tokens) p.norms.emplace_back(t.norm);
  p.match = {entry, use};
  p.proper = use != NameUse::kDescription && tokens[0].cap;
  p.acronym = tokens.size() == 1 && tokens[0].upper && n.size() <= 6;
  Bucket& bucket = by_first_[p.norms[0]];
  if (p.norms.size() == 1)
    bucket.single.push_back(std::move(p));
  else
    bucket.by_second[p.norms[1]].push_back(std::move(p));
}

namespace {

int ParseDayOr(std::string_view s, int fallback) {
  if (s.empty()) return fallback;
  auto r = ParseDateRange(s);
  return r && !r->empty() ? r->begin : fallback;
}

GazEntry Entry(std::string key, std::string name, ActorKind kind, std::string iso3 = "") {
  GazEntry e;
  e.key = std::move(key);
  e.name = std::move(name);
  e.kind = kind;
  e.iso3 = std::move(iso3);
  return e;
}

int ParseYear(std::string_view s, int fallback) {
  return s.size() == 4 ? std::stoi(std::string(s)) : fallback;
}

}  // namespace

void Gazetteer::LoadCountries() {
  // iso3 name aliases adjectives capitals metonyms from to
  ForEachTsvRow(DataFileContent("gazetteer/countries.tsv"), [&](const auto& f, int) {
    if (f.size() < 6) return;
    GazEntry e =
        Entry(std::string(f[0]), std::string(f[1]), ActorKind::kCountry, std::string(f[0]));
    if (f.size() > 6) e.from_year = ParseYear(f[6], 0);
    if (f.size() > 7) e.to_year = ParseYear(f[7], 9999);
    if (auto adjectives = SplitList(f[3]); !adjectives.empty()) e.adjective = adjectives[0];
    int id = Add(std::move(e));
    AddName(id, f[1], NameUse::kName);
    for (const auto& s : SplitList(f[2])) AddName(id, s, NameUse::kName);
    for (const auto& s : SplitList(f[3])) AddName(id, s, NameUse::kAdjective);
    for (const auto& s : SplitList(f[4])) AddName(id, s, NameUse::kCapital);
    for (const auto& s : SplitList(f[5])) AddName(id, s, NameUse::kMetonym);
  });
}

void Gazetteer::LoadOrganizations() {
  // id name kind aliases descriptions members
  ForEachTsvRow(DataFileContent("gazetteer/organizations.tsv"), [&](const auto& f, int) {
    if (f.size() < 5) return;
    ActorKind kind = f[2] == "group" ? ActorKind::kGroup : ActorKind::kOrganization;
    // "North Atlantic Treaty Organization" is known as NATO: long names give way to the acronym.
    std::string display(f[1]);
    auto aliases = SplitList(f[3]);
    bool acronym = std::find(aliases.begin(), aliases.end(), std::string(f[0])) != aliases.end();
    if (acronym && std::count(display.begin(), display.end(), ' ') >= 3)
      display = std::string(f[0]);
    int id = Add(Entry(std::string(f[0]), display, kind));
    AddName(id, f[1], NameUse::kName);
    for (const auto& s : SplitList(f[3])) AddName(id, s, NameUse::kName);
    for (const auto& s : SplitList(f[4])) AddName(id, s, NameUse::kDescription);
  });
}

void Gazetteer::LoadPeople() {
  // name aliases of role from to; one line per term
  ForEachTsvRow(DataFileContent("gazetteer/people.tsv"), [&](const auto& f, int) {
    if (f.size() < 5) return;
    std::string name(f[0]);
    Term t{std::string(f[2]), std::string(f[3]), ParseDayOr(f[4], INT_MIN),
           f.size() > 5 ? ParseDayOr(f[5], INT_MAX) : INT_MAX};
    if (t.to != INT_MAX) {
      auto r = ParseDateRange(f[5]);
      if (r && !r->empty()) t.to = r->end;
    }
    const int* known = by_key_.Find(name);
    if (known && entries_[*known].kind == ActorKind::kPerson) {
      entries_[*known].terms.push_back(std::move(t));
      return;
    }
    GazEntry e = Entry(name, name, ActorKind::kPerson);
    e.terms.push_back(std::move(t));
    int id = Add(std::move(e));
    person_keys_.emplace_back(NameKey(name), id);
    AddName(id, f[0], NameUse::kName);
    for (const auto& s : SplitList(f[1])) AddName(id, s, NameUse::kName);
  });
}

void Gazetteer::LoadCities() {
  // name iso3 aliases
  ForEachTsvRow(DataFileContent("gazetteer/cities.tsv"), [&](const auto& f, int) {
    if (f.size() < 2) return;
    GazEntry e = Entry("city:" + std::string(f[0]), std::string(f[0]), ActorKind::kLocation,
                       std::string(f[1]));
    int id = Add(std::move(e));
    AddName(id, f[0], NameUse::kCity);
    if (f.size() > 2)
      for (const auto& s : SplitList(f[2])) AddName(id, s, NameUse::kCity);
  });
}

bool Gazetteer::PhraseMatches(const Phrase& p, const std::vector<Token>& tokens, size_t i) const {
  if (i + p.norms.size() > tokens.size()) return false;
  for (size_t k = 0; k < p.norms.size(); ++k)
    if (tokens[i + k].norm != p.norms[k]) return false;
  if (p.proper && !tokens[i].cap) return false;
  if (p.acronym && !tokens[i].upper) return false;
  return true;
}

std::vector<GazMatch> Gazetteer::Match(const std::vector<Token>& tokens, size_t i,
                                       size_t* len) const {
  *len = 0;
  std::vector<GazMatch> out;
  const Bucket* bucket = by_first_.Find(tokens[i].norm, tokens[i].norm_hash);
  if (!bucket) return out;
  auto consider = [&](const std::vector<Phrase>& phrases) {
    for (const Phrase& p : phrases) {
      if (p.norms.size() < *len || !PhraseMatches(p, tokens, i)) continue;
      if (p.norms.size() > *len) out.clear(), *len = p.norms.size();
      bool dup = false;
      for (const GazMatch& m : out) dup = dup || (m.entry == p.match.entry && m.use == p.match.use);
      if (!dup) out.push_back(p.match);
    }
  };
  if (i + 1 < tokens.size()) {
    const Token& next = tokens[i + 1];
    if (const auto* phrases = bucket->by_second.Find(next.norm, next.norm_hash)) consider(*phrases);
  }
  if (*len == 0) consider(bucket->single);
  return out;
}

int Gazetteer::Find(std::string_view key) const {
  const int* entry = by_key_.Find(key);
  return entry ? *entry : -1;
}

int Gazetteer::FindPersonFuzzy(std::string_view name) const {
  std::string key = NameKey(name);
  if (key.empty()) return -1;
  int max = key.size() >= 12 ? 2 : 1;
  int best = -1, best_d = max + 1;
  // Only names of about the same length that start with the same letter can be this close.
  auto byte = static_cast<unsigned char>(key[0]);
  for (size_t i = person_first_[byte]; i < person_first_[byte + 1]; ++i) {
    const auto& [person_key, entry] = person_keys_[i];
    size_t diff = person_key.size() > key.size() ? person_key.size() - key.size()
                                                 : key.size() - person_key.size();
    if (diff > static_cast<size_t>(max)) continue;
    int d = EditDistance(key, person_key, max);
    if (d < best_d) best = entry, best_d = d;
  }
  return best;
}

bool Gazetteer::ExistsIn(int entry, int year) const {
  const GazEntry& e = entries_[entry];
  return year >= e.from_year && year <= e.to_year;
}

}  // namespace dipgraph
