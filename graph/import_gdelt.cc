#include "graph/import_gdelt.h"

#include <fmt/format.h>

#include <charconv>

#include "graph/cameo.h"

namespace dipgraph {

namespace {

// Columns shared by both versions; the geography columns differ (2.0 adds three ADM2 codes).
enum Column {
  kGlobalEventId = 0,
  kSqlDate = 1,
  kActor1Code = 5,
  kActor1Name = 6,
  kActor1Country = 7,
  kActor1Type = 12,
  kActor2Code = 15,
  kActor2Name = 16,
  kActor2Country = 17,
  kActor2Type = 22,
  kEventCode = 26,
  kNumArticles = 33,
};

struct Layout {
  size_t action_place;
  int source_url;  // -1: none (GDELT 1.0 before April 2013)
};

const Layout* LayoutFor(size_t columns) {
  static constexpr Layout k57{50, -1}, k58{50, 57}, k61{52, 60};
  return columns == 57 ? &k57 : columns == 58 ? &k58 : columns == 61 ? &k61 : nullptr;
}

struct TypeInfo {
  std::string_view code, label;
  bool institution;
};

// CAMEO actor type codes, labelled as ICEWS names the same bodies ("Police (India)").
constexpr TypeInfo kTypes[] = {
    {"GOV", "Government", true},
    {"MIL", "Military", true},
    {"LEG", "Legislature", true},
    {"JUD", "Judiciary", true},
    {"COP", "Police", true},
    {"SPY", "Intelligence", true},
    {"IGO", "Intergovernmental Organization", true},
    {"NGO", "Nongovernmental Organization", true},
    {"BUS", "Business", true},
    {"MED", "Media", true},
    {"EDU", "Education", true},
    {"HLH", "Health", true},
    {"OPP", "Opposition", false},
    {"REB", "Rebels", false},
    {"CVL", "Citizen", false},
    {"LAB", "Labor", false},
    {"REF", "Refugees", false},
    {"ELI", "Elite", false},
    {"AGR", "Agriculture", false},
    {"CRM", "Criminals", false},
    {"UAF", "Armed Forces", false},
    {"INS", "Insurgents", false},
};

const TypeInfo* FindType(std::string_view code) {
  for (const TypeInfo& t : kTypes)
    if (t.code == code) return &t;
  return nullptr;
}

ActorSpec CountrySpec(const GazetteerCountry& c) {
  ActorSpec s;
  s.name = c.name;
  s.kind = ActorKind::kCountry;
  s.iso3 = c.iso3;
  s.aliases = c.aliases;
  return s;
}

}  // namespace

ActorSpec GdeltActorSpec(std::string_view code, std::string_view name, std::string_view country,
                         std::string_view type) {
  const GazetteerCountry* c = country.empty() ? nullptr : FindCountry(country);
  const GazetteerCountry* named = FindCountry(name);
  const TypeInfo* t = FindType(type);
  if (named && (!c || named == c)) {
    if (type.empty()) return CountrySpec(*named);
    if (t) {  // a body of the country: "UNITED STATES" coded USALEG
      ActorSpec s;
      s.name = fmt::format("{} ({})", t->label, named->name);
      s.kind = t->institution ? ActorKind::kOrganization : ActorKind::kGroup;
      s.cameo = std::string(code);
      s.country = named->iso3;
      s.role = std::string(t->label);
      return s;
    }
  }
  ActorSpec s;
  s.name = TitleCase(name);
  s.cameo = std::string(code);
  if (c && type.empty() && code == country)
    s.kind = ActorKind::kLocation;  // "MELBOURNE" coded AUS
  else if (LooksLikePerson(s.name) && (!t || !t->institution || type == "GOV"))
    s.kind = ActorKind::kPerson;
  else if (t)
    s.kind = t->institution ? ActorKind::kOrganization : ActorKind::kGroup;
  if (c && s.kind != ActorKind::kLocation && s.kind != ActorKind::kOther) {
    s.country = c->iso3;
    s.role = t ? std::string(t->label) : "";
  }
  return s;
}

namespace {

std::optional<RowError> Check(const std::vector<std::string_view>& f, DayMemo& parse_day, int* day,
                              int* articles) {
  if (!LayoutFor(f.size()))
    return RowError{"", fmt::format("expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated "
                                    "columns, found {}",
                                    f.size())};
  auto d = parse_day(f[kSqlDate]);
  if (!d) return RowError{"SQLDATE", fmt::format("'{}' is not a date (YYYYMMDD)", f[kSqlDate])};
  *day = *d;
  if (!LookupCameo(f[kEventCode]))
    return RowError{"EventCode", fmt::format("unknown CAMEO code '{}'", f[kEventCode])};
  std::string_view n = f[kNumArticles];
  *articles = 1;
  if (!n.empty()) {
    auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), *articles);
    if (ec != std::errc() || ptr != n.data() + n.size() || *articles < 0)
      return RowError{"NumArticles", fmt::format("'{}' is not a count", n)};
  }
  return std::nullopt;
}

}  // namespace

std::optional<RowError> GdeltFormat::ImportLine(std::string_view line, Importer& imp) {
  SplitFields(line, '\t', &fields_);
  const auto& f = fields_;
  int day = 0, articles = 1;
  if (auto error = Check(f, day_, &day, &articles)) return error;
  if (f[kActor1Name].empty() || f[kActor2Name].empty()) return std::nullopt;
  auto actor = [&](Column code, Column name, Column country, Column type) {
    key_.clear();
    for (Column c : {code, name, country, type}) key_.append(f[c]).push_back('\t');
    return imp.Actor(key_, [&] { return GdeltActorSpec(f[code], f[name], f[country], f[type]); });
  };
  const Layout& layout = *LayoutFor(f.size());
  Relation r;
  r.source = actor(kActor1Code, kActor1Name, kActor1Country, kActor1Type);
  r.target = actor(kActor2Code, kActor2Name, kActor2Country, kActor2Type);
  r.cameo = std::string(f[kEventCode]);
  r.date = DateRange::Day(day);
  r.location = std::string(f[layout.action_place]);
  r.sources = std::max(articles, 1);
  std::string_view url = layout.source_url >= 0 ? f[layout.source_url] : std::string_view();
  if (!url.empty()) {
    imp.AddDocument(url, "gdelt", FormatDay(day));
    r.evidence.push_back(
        Evidence{std::string(url), fmt::format("GDELT event {}", f[kGlobalEventId]), 0, 0});
  }
  imp.AddEvent(std::move(r));
  return std::nullopt;
}

}  // namespace dipgraph
