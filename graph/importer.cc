#include "graph/importer.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <unordered_set>

#include "graph/data_files.h"
#include "graph/name_key.h"
#include "graph/tsv.h"

namespace dipgraph {

// ---- gazetteer ----------------------------------------------------------------------------------

namespace {

struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct CountryTable {
  std::vector<GazetteerCountry> countries;
  // NameKey of name or alias, and ISO3
  std::unordered_map<std::string, size_t, KeyHash, std::equal_to<>> by_key;
};

const CountryTable& Countries() {
  static const CountryTable table = [] {
    CountryTable t;
    ForEachTsvRow(DataFileContent("gazetteer/countries.tsv"), [&](const auto& f, int) {
      if (f.size() < 3 || f[0].size() != 3) return;
      GazetteerCountry c{std::string(f[0]), std::string(f[1]), SplitList(f[2])};
      size_t i = t.countries.size();
      t.by_key.emplace(c.iso3, i);
      t.by_key.emplace(NameKey(c.name), i);
      for (const std::string& a : c.aliases) t.by_key.emplace(NameKey(a), i);
      t.countries.push_back(std::move(c));
    });
    return t;
  }();
  return table;
}

}  // namespace

const GazetteerCountry* FindCountry(std::string_view name_or_iso3) {
  const CountryTable& t = Countries();
  auto it = name_or_iso3.size() == 3 ? t.by_key.find(name_or_iso3) : t.by_key.end();
  if (it == t.by_key.end()) it = t.by_key.find(NameKey(name_or_iso3));
  return it == t.by_key.end() ? nullptr : &t.countries[it->second];
}

// ---- small parsing helpers ----------------------------------------------------------------------

void SplitFields(std::string_view line, char sep, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    const void* hit = std::memchr(line.data() + start, sep, line.size() - start);
    if (!hit) break;
    size_t pos = static_cast<const char*>(hit) - line.data();
    fields->push_back(line.substr(start, pos - start));
    start = pos + 1;
  }
  fields->push_back(line.substr(start));
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::optional<int> ParseCompactDay(std::string_view s) {
  if (s.size() != 8) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[4] - '0') * 10 + (s[5] - '0');
  int d = (s[6] - '0') * 10 + (s[7] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && start && c >= 'a') c = static_cast<char>(c - 'a' + 'A');
    if (letter && !start && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = !letter && c != '\'';
  }
  return out;
}

namespace {

constexpr std::string_view kInstitutionWords[] = {
    "agency",     "army",    "assembly",   "association",  "authority",  "bank",        "board",
    "cabinet",    "centre",  "center",     "commission",   "committee",  "company",     "congress",
    "council",    "court",   "department", "embassy",      "force",      "forces",      "front",
    "government", "group",   "guard",      "league",       "media",      "military",    "ministry",
    "movement",   "navy",    "office",     "organization", "parliament", "party",       "police",
    "senate",     "service", "union",      "university",   "affairs",    "corporation", "bureau"};

}  // namespace

bool HasInstitutionWord(std::string_view name) {
  static const std::unordered_set<std::string_view> words(std::begin(kInstitutionWords),
                                                          std::end(kInstitutionWords));
  std::string key = NameKey(name);
  std::string_view k = key;
  size_t start = 0;
  while (start <= k.size()) {
    size_t end = k.find(' ', start);
    if (end == std::string_view::npos) end = k.size();
    if (words.count(k.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

bool LooksLikePerson(std::string_view name) {
  if (name.find('(') != std::string_view::npos || HasInstitutionWord(name)) return false;
  int words = 0;
  bool word_start = true;
  for (unsigned char c : name) {
    if (c >= '0' && c <= '9') return false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      ++words;
      // Particles ("bin", "de", "al-") are lower-case; a word must start upper-case or non-ASCII.
      bool upper = (c >= 'A' && c <= 'Z') || c >= 0x80;
      if (!upper && words == 1) return false;
    }
    word_start = false;
  }
  return words >= 2 && words <= 6;
}

// ---- the importer -------------------------------------------------------------------------------

size_t Importer::EventKeyHash::operator()(const EventKey& k) const {
  uint64_t h = static_cast<uint64_t>(k.source) * 0x9E3779B97F4A7C15ull;
  h ^= static_cast<uint64_t>(k.target) + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
  h ^= static_cast<uint64_t>(k.root * 4 + static_cast<int>(k.modality)) * 0xBF58476D1CE4E5B9ull;
  h ^= static_cast<uint64_t>(static_cast<uint32_t>(k.day)) * 0x94D049BB133111EBull;
  return static_cast<size_t>(h ^ (h >> 31));
}

Importer::Importer(KnowledgeGraph* kg, ImportOptions options, ImportProgress* progress)
    : kg_(kg), options_(options), progress_(progress) {
  for (const Relation& r : kg_->relations()) IndexRelation(r);
  for (const auto& [id, doc] : kg_->documents()) documents_.emplace(id, true);
}

namespace {

int RootOf(const std::string& cameo) {
  if (cameo.size() < 2) return -1;
  return (cameo[0] - '0') * 10 + (cameo[1] - '0');
}

bool IsMutualRoot(int root) { return root == 4 || root == 5 || root == 6 || root == 19; }

bool CompatibleKinds(ActorKind have, ActorKind want) {
  if (have == want || have == ActorKind::kOther || want == ActorKind::kOther) return true;
  auto collective = [](ActorKind k) {
    return k == ActorKind::kOrganization || k == ActorKind::kGroup;
  };
  return collective(have) && collective(want);
}

}  // namespace

void Importer::IndexRelation(const Relation& r) {
  bool day = r.date.precision == DatePrecision::kDay;
  EventKey key{r.source, r.target, RootOf(r.cameo), r.modality, day ? r.date.begin : kWide};
  if (day) {
    if (2 * (by_day_used_ + 1) > by_day_.size()) GrowDayIndex(by_day_.size() * 2);
    FillDaySlot(DayProbe(key), key, r.id);
    return;
  }
  if (next_.size() <= static_cast<size_t>(r.id)) next_.resize(r.id + 1, 0);
  Chain& chain = wide_[key];
  if (chain.last) next_[chain.last] = r.id;
  if (!chain.first) chain.first = r.id;
  chain.last = r.id;
}

void Importer::FillDaySlot(size_t slot, const EventKey& key, RelationId id) {
  DaySlot& s = by_day_[slot];
  if (s.id != 0) return;  // an older relation of that day comes first, as in the graph
  s = DaySlot{static_cast<uint32_t>(key.source),
              static_cast<uint32_t>(key.target),
              key.day,
              static_cast<int16_t>(key.root),
              static_cast<uint8_t>(key.modality),
              static_cast<uint32_t>(id)};
  ++by_day_used_;
}

// Any table size, not only powers of two (multiply-shift instead of a mask): a table sized for
// the file, rather than rounded up to the next power, saves up to half its memory.
size_t Importer::HomeSlot(const EventKey& key) const {
  using u128 = unsigned __int128;
  return static_cast<size_t>((static_cast<u128>(EventKeyHash{}(key)) * by_day_.size()) >> 64);
}

size_t Importer::DayProbe(const EventKey& key) const {
  for (size_t i = HomeSlot(key);; i = i + 1 == by_day_.size() ? 0 : i + 1) {
    const DaySlot& s = by_day_[i];
    if (s.id == 0 || (s.source == static_cast<uint32_t>(key.source) &&
                      s.target == static_cast<uint32_t>(key.target) && s.day == key.day &&
                      s.root == key.root && s.modality == static_cast<uint8_t>(key.modality)))
      return i;
  }
}

void Importer::GrowDayIndex(size_t slots) {
  std::vector<DaySlot, HugePageAllocator<DaySlot>> old(std::max<size_t>(1024, slots));
  old.swap(by_day_);
  for (const DaySlot& s : old) {
    if (s.id == 0) continue;
    EventKey key{s.source, s.target, s.root, static_cast<Modality>(s.modality), s.day};
    by_day_[DayProbe(key)] = s;
  }
}

// The lowest-id relation under `key` (source, target, root, modality) that reports the same event
// as `r`, or 0. For a day-precision `r`, *day_slot is set to the index-table slot of `key`.
RelationId Importer::FindIn(EventKey key, const Relation& r, size_t* day_slot) const {
  RelationId found = 0;
  if (r.date.precision == DatePrecision::kDay) {
    *day_slot = DayProbe(key);
    found = by_day_[*day_slot].id;
  }
  key.day = kWide;
  if (wide_.empty()) return found;
  auto it = wide_.find(key);
  if (it == wide_.end()) return found;
  for (RelationId id = it->second.first; id != 0 && (found == 0 || id < found); id = next_[id]) {
    const Relation& o = kg_->relation(id);
    if (o.date.empty() != r.date.empty()) continue;
    if (r.date.empty() || o.date.Overlaps(r.date)) return id;
  }
  return found;
}

// Mirrors KnowledgeGraph::FindSameEvent with hash lookups instead of a scan of the actor's edges.
// Reports dated by month, year or interval are rare in event files: they take the graph's scan.
// For a day-precision `r`, *day_slot is where `r` goes in the index if it is new.
RelationId Importer::FindSameEvent(const Relation& r, size_t* day_slot) const {
  if (!r.date.empty() && r.date.precision != DatePrecision::kDay) return kg_->FindSameEvent(r);
  int root = RootOf(r.cameo);
  int day = r.date.empty() ? kWide : r.date.begin;
  if (RelationId id = FindIn({r.source, r.target, root, r.modality, day}, r, day_slot)) return id;
  if (!IsMutualRoot(root)) return 0;
  size_t reverse_slot = 0;
  return FindIn({r.target, r.source, root, r.modality, day}, r, &reverse_slot);
}

// Events wait in a short queue: while the oldest is looked up, the index slots of the newer ones
// are already on their way into the cache. Each lookup is otherwise a cache miss (the index is
// megabytes, probed at random), and those misses were a tenth of an import's time. The queue keeps
// the order, so the result is the same as adding each event at once.
void Importer::AddEvent(Relation&& r) {
  ++events_;
  if (r.date.precision == DatePrecision::kDay && !by_day_.empty()) {
    int root = RootOf(r.cameo);
    EventKey key{r.source, r.target, root, r.modality, r.date.begin};
    __builtin_prefetch(&by_day_[HomeSlot(key)]);
    if (IsMutualRoot(root)) {
      std::swap(key.source, key.target);
      __builtin_prefetch(&by_day_[HomeSlot(key)]);
    }
  }
  if (queued_ == kQueue) AddQueuedEvent();
  kg_->PrefetchVertices(r.source, r.target);
  queue_[(head_ + queued_++) % kQueue] = std::move(r);
}

void Importer::AddQueuedEvent() {
  if (queued_ > kQueue / 2) {
    const Relation& middle = queue_[(head_ + kQueue / 2) % kQueue];
    kg_->PrefetchEdgeLists(middle.source, middle.target);
  }
  Relation& oldest = queue_[head_];
  head_ = (head_ + 1) % kQueue;
  --queued_;
  AddEventNow(std::move(oldest));
}

void Importer::Flush() {
  while (queued_ > 0) AddQueuedEvent();
}

void Importer::AddEventNow(Relation&& r) {
  bool day = r.date.precision == DatePrecision::kDay;
  // Grown before the probe, so the slot FindSameEvent reports stays valid for the insertion.
  if (day && 2 * (by_day_used_ + 1) > by_day_.size()) GrowDayIndex(by_day_.size() * 2);
  size_t slot = 0;
  if (RelationId same = FindSameEvent(r, &slot)) {
    kg_->MergeInto(same, r);
    ++counts_.merged;
    return;
  }
  EventKey key{r.source, r.target, RootOf(r.cameo), r.modality, day ? r.date.begin : kWide};
  RelationId id = kg_->AddRelation(std::move(r));
  if (day)
    FillDaySlot(slot, key, id);
  else
    IndexRelation(kg_->relation(id));
  ++counts_.imported;
}

void Importer::AddDocument(std::string_view id, std::string_view source,
                           std::string_view published) {
  if (documents_.find(id) != documents_.end()) return;
  documents_.emplace(std::string(id), true);
  Document d;
  d.id = std::string(id);
  d.source = std::string(source);
  d.published = std::string(published);
  kg_->AddDocument(std::move(d));
}

ActorId Importer::CountryActor(std::string_view name_or_iso3) {
  auto it = countries_.find(name_or_iso3);
  if (it != countries_.end()) return it->second;
  ActorSpec spec;
  spec.kind = ActorKind::kCountry;
  if (const GazetteerCountry* c = FindCountry(name_or_iso3)) {
    spec.name = c->name;
    spec.iso3 = c->iso3;
    spec.aliases = c->aliases;
  } else {
    spec.name = std::string(name_or_iso3);
  }
  ActorId id = Resolve(spec);
  countries_.emplace(std::string(name_or_iso3), id);
  return id;
}

ActorId Importer::Resolve(const ActorSpec& spec) {
  ActorId id = 0;
  for (ActorId have : kg_->FindByName(spec.name))
    if (CompatibleKinds(kg_->actor(have).kind, spec.kind)) {
      id = have;
      break;
    }
  // The same person under another spelling ("Sergey Viktorovich Lavrov" for an extracted "Sergei
  // Lavrov"), when only one person matches: the name becomes an alias of that actor.
  if (id == 0 && spec.kind == ActorKind::kPerson) {
    id = kg_->FindOnePerson(spec.name);
    if (id != 0) {
      kg_->AddAlias(id, spec.name);
      for (const std::string& alias : spec.aliases) kg_->AddAlias(id, alias);
    }
  }
  if (id == 0) {
    dipgraph::Actor a;
    a.name = spec.name;
    a.kind = spec.kind;
    a.aliases = spec.aliases;
    a.iso3 = spec.iso3;
    a.cameo = spec.cameo;
    id = kg_->AddActor(std::move(a));
    ++counts_.actors_added;
  }
  if (!spec.country.empty()) {
    ActorId country = CountryActor(spec.country);
    bool have = false;
    for (const Affiliation& f : kg_->actor(id).affiliations) have = have || f.of == country;
    if (country != id && !have) kg_->AddAffiliation(id, Affiliation{country, spec.role, false});
  }
  return id;
}

bool Importer::Reject(const std::string& where, const RowError& error, Status* stop) {
  std::string msg = error.field.empty()
                        ? fmt::format("{}: {}", where, error.what)
                        : fmt::format("{}: field {}: {}", where, error.field, error.what);
  if (!options_.skip_bad) {
    *stop = Status::Invalid(std::move(msg));
    return false;
  }
  ++counts_.rejected;
  if (counts_.first_rejects.size() < options_.rejects_to_keep)
    counts_.first_rejects.push_back(std::move(msg));
  return true;
}

namespace {

// Calls fn(line, line_number) for every line of a file, read in 1 MiB blocks: memory stays flat
// however large the file. fn returns false to stop.
template <typename Fn>
Status ForEachLine(const std::string& path, ImportProgress* progress, Fn&& fn) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::fseek(f.get(), 0, SEEK_END);
  uint64_t total = static_cast<uint64_t>(std::max(0L, std::ftell(f.get())));
  std::fseek(f.get(), 0, SEEK_SET);
  constexpr size_t kBlock = 1 << 20;
  std::string buf(kBlock, '\0');
  size_t have = 0;  // bytes of an unfinished line kept at the front of buf
  uint64_t done = 0;
  int64_t line_no = 0;
  while (true) {
    if (have == buf.size()) buf.resize(buf.size() * 2);  // a line longer than the buffer
    size_t n = std::fread(buf.data() + have, 1, buf.size() - have, f.get());
    if (n == 0 && std::ferror(f.get())) return Status::IoError(path + ": read error");
    bool eof = n == 0;
    std::string_view data(buf.data(), have + n);
    size_t start = 0;
    while (true) {
      size_t nl = data.find('\n', start);
      if (nl == std::string_view::npos) break;
      if (!fn(data.substr(start, nl - start), ++line_no)) return Status::Ok();
      start = nl + 1;
    }
    if (eof) {
      if (start < data.size() && !fn(data.substr(start), ++line_no)) return Status::Ok();
      break;
    }
    done += n;
    have = data.size() - start;
    std::memmove(buf.data(), buf.data() + start, have);
    if (progress) progress->Update(path, done, total, static_cast<size_t>(line_no));
  }
  if (progress) progress->Update(path, total, total, static_cast<size_t>(line_no));
  return Status::Ok();
}

}  // namespace

bool Importer::OnLine(std::string_view line, int64_t line_no, const std::string& name,
                      ImportFormat& format, Status* stop) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty() || (line_no == 1 && format.IsHeader(line))) return true;
  ++counts_.rows_read;
  size_t before = events_;
  if (auto error = format.ImportLine(line, *this))
    return Reject(fmt::format("{}:{}", name, line_no), *error, stop);
  if (events_ == before) ++counts_.skipped;
  return true;
}

void Importer::Reserve(size_t rows) {
  kg_->ReserveRelations(rows);
  size_t slots = std::max<size_t>(1024, 2 * (by_day_used_ + rows));
  if (slots > by_day_.size()) GrowDayIndex(slots);
}

Status Importer::ImportFile(const std::string& path, ImportFormat& format) {
  Status stop;
  std::error_code ec;
  uint64_t size = std::filesystem::file_size(path, ec), seen = 0;
  constexpr int64_t kSample = 4096;  // lines read before the rest of the file is estimated
  DG_RETURN_IF_ERROR(ForEachLine(path, progress_, [&](std::string_view line, int64_t line_no) {
    seen += line.size() + 1;
    if (line_no == kSample && !ec && size > 2 * seen) Reserve((size - seen) / (seen / kSample));
    return OnLine(line, line_no, path, format, &stop);
  }));
  Flush();
  if (progress_) progress_->Done();
  return stop;
}

Status Importer::ImportText(std::string_view text, const std::string& name, ImportFormat& format) {
  Status stop;
  int64_t line_no = 0;
  for (size_t start = 0; start < text.size();) {
    size_t nl = std::min(text.find('\n', start), text.size());
    if (!OnLine(text.substr(start, nl - start), ++line_no, name, format, &stop)) break;
    start = nl + 1;
  }
  Flush();
  return stop;
}

}  // namespace dipgraph
