#include "graph/import_icews.h"

#include <fmt/format.h>

#include "graph/cameo.h"

namespace dipgraph {

namespace {

enum Column {
  kEventId,
  kEventDate,
  kSourceName,
  kSourceSectors,
  kSourceCountry,
  kEventText,
  kCameoCode,
  kIntensity,
  kTargetName,
  kTargetSectors,
  kTargetCountry,
  kStoryId,
  kSentenceNumber,
  kPublisher,
  kCity,
  kDistrict,
  kProvince,
  kCountry,
  kLatitude,
  kLongitude,
  kColumns
};

// Sectors in the order they name an actor's role best; the rest only say "government".
constexpr std::string_view kSectorRank[] = {
    "Foreign Ministry",
    "Defense / Security Ministry",
    "Finance / Economy / Commerce / Trade Ministry",
    "Interior / Home Ministry",
    "Justice / Law Ministry",
    "Police",
    "Military",
    "Intelligence",
    "Judicial",
    "Legislative / Parliamentary",
    "Cabinet",
    "Executive Office",
    "Executive",
    "Government",
};

// Sectors that make a collective name ("X (Country)") an organization rather than a group.
constexpr std::string_view kInstitutionalSectors[] = {
    "Government", "Ministry", "Police",    "Military",     "Judicial",     "Legislative", "Parties",
    "Party",      "Cabinet",  "Executive", "Intelligence", "Organization", "IGO"};

bool SectorsContain(std::string_view sectors, std::string_view word) {
  return sectors.find(word) != std::string_view::npos;
}

bool Institutional(std::string_view sectors) {
  for (std::string_view w : kInstitutionalSectors)
    if (SectorsContain(sectors, w)) return true;
  return false;
}

// Parties and international bodies, with nothing that marks an individual office holder.
bool OnlyCollectiveSectors(std::string_view sectors) {
  if (IsMissing(sectors)) return false;
  bool collective = SectorsContain(sectors, "Part") || SectorsContain(sectors, "IGO") ||
                    SectorsContain(sectors, "International Government Organization");
  bool personal = SectorsContain(sectors, "Executive") || SectorsContain(sectors, "Elite") ||
                  SectorsContain(sectors, "Cabinet") || SectorsContain(sectors, "Ministry");
  return collective && !personal;
}

ActorSpec CountrySpec(const GazetteerCountry& c, const std::string& surface) {
  ActorSpec s;
  s.name = c.name;
  s.kind = ActorKind::kCountry;
  s.iso3 = c.iso3;
  s.aliases = c.aliases;
  if (surface != c.name) s.aliases.push_back(surface);
  return s;
}

}  // namespace

std::string MainSector(std::string_view sectors) {
  if (IsMissing(sectors)) return "";
  for (std::string_view s : kSectorRank) {
    size_t at = sectors.find(s);
    // Whole items only: "Executive" must not match inside "Executive Office".
    while (at != std::string_view::npos) {
      size_t end = at + s.size();
      if ((at == 0 || sectors[at - 1] == ',') && (end == sectors.size() || sectors[end] == ','))
        return std::string(s);
      at = sectors.find(s, at + 1);
    }
  }
  return std::string(sectors.substr(0, sectors.find(',')));
}

ActorSpec IcewsActorSpec(std::string name, std::string_view sectors, std::string_view country) {
  if (IsMissing(country)) country = {};
  if (IsMissing(sectors)) sectors = {};
  if (sectors.empty())
    if (const GazetteerCountry* c = FindCountry(name)) return CountrySpec(*c, name);
  ActorSpec s;
  s.name = std::move(name);
  std::string_view n = s.name;
  size_t open = n.rfind(" (");
  if (open != std::string_view::npos && n.back() == ')') {
    std::string_view what = n.substr(0, open), of = n.substr(open + 2, n.size() - open - 3);
    if (FindCountry(of) || of == country) {
      bool org = Institutional(sectors) || HasInstitutionWord(what);
      s.kind = org ? ActorKind::kOrganization : ActorKind::kGroup;
      s.country = std::string(of);
      s.role = sectors.empty() ? std::string(what) : MainSector(sectors);
      return s;
    }
  }
  if (HasInstitutionWord(n) || OnlyCollectiveSectors(sectors))
    s.kind = ActorKind::kOrganization;
  else if (LooksLikePerson(n))
    s.kind = ActorKind::kPerson;
  bool international = SectorsContain(sectors, "IGO") && s.kind == ActorKind::kOrganization;
  if (s.kind != ActorKind::kOther && !country.empty() && !international) {
    s.country = std::string(country);
    s.role = MainSector(sectors);
  }
  return s;
}

bool IcewsFormat::IsHeader(std::string_view first_line) const {
  return first_line.substr(0, 9) == "Event ID\t";
}

namespace {

std::string Location(const std::vector<std::string_view>& f) {
  std::string out;
  for (Column c : {kCity, kProvince, kCountry}) {
    if (IsMissing(f[c])) continue;
    if (!out.empty()) out += ", ";
    out += f[c];
  }
  if (!IsMissing(f[kLatitude]) && !IsMissing(f[kLongitude]))
    out += fmt::format("{}({}, {})", out.empty() ? "" : " ", f[kLatitude], f[kLongitude]);
  return out;
}

std::optional<RowError> Check(const std::vector<std::string_view>& f, DayMemo& parse_day,
                              int* day) {
  if (f.size() != kColumns)
    return RowError{"", fmt::format("expected {} tab-separated columns, found {}",
                                    static_cast<int>(kColumns), f.size())};
  auto d = parse_day(f[kEventDate]);
  if (!d)
    return RowError{"Event Date", fmt::format("'{}' is not a date (YYYY-MM-DD)", f[kEventDate])};
  *day = *d;
  if (IsMissing(f[kSourceName])) return RowError{"Source Name", "empty"};
  if (IsMissing(f[kTargetName])) return RowError{"Target Name", "empty"};
  if (!LookupCameo(f[kCameoCode]))
    return RowError{"CAMEO Code", fmt::format("unknown CAMEO code '{}'", f[kCameoCode])};
  return std::nullopt;
}

ActorId IcewsActor(Importer& imp, std::string_view name, std::string_view sectors,
                   std::string_view country) {
  return imp.Actor(name, [&] { return IcewsActorSpec(std::string(name), sectors, country); });
}

}  // namespace

std::optional<RowError> IcewsFormat::ImportLine(std::string_view line, Importer& imp) {
  SplitFields(line, '\t', &fields_);
  const auto& f = fields_;
  int day = 0;
  if (auto error = Check(f, day_, &day)) return error;
  Relation r;
  r.source = IcewsActor(imp, f[kSourceName], f[kSourceSectors], f[kSourceCountry]);
  r.target = IcewsActor(imp, f[kTargetName], f[kTargetSectors], f[kTargetCountry]);
  r.cameo = std::string(f[kCameoCode]);
  r.date = DateRange::Day(day);
  r.location = Location(f);
  if (!IsMissing(f[kStoryId])) {
    std::string doc = fmt::format("icews:{}", f[kStoryId]);
    imp.AddDocument(doc, IsMissing(f[kPublisher]) ? "ICEWS" : f[kPublisher], f[kEventDate]);
    std::string text = IsMissing(f[kSentenceNumber])
                           ? std::string(f[kEventText])
                           : fmt::format("{} (sentence {})", f[kEventText], f[kSentenceNumber]);
    r.evidence.push_back(Evidence{std::move(doc), std::move(text), 0, 0});
  }
  imp.AddEvent(std::move(r));
  return std::nullopt;
}

}  // namespace dipgraph
