// The machinery shared by the event-file importers (import_icews, import_tkg, import_gdelt):
// streaming a file line by line, counting rows, --skip-bad, progress, and resolving actor names
// and repeated events against the graph. Each format only parses and checks one line.
#pragma once

#include <array>
#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"
#include "graph/string_table.h"

namespace dipgraph {

struct ImportOptions {
  bool skip_bad = false;       // count and skip malformed rows instead of stopping
  size_t rejects_to_keep = 5;  // how many reject messages ImportCounts keeps
};

struct ImportCounts {
  size_t rows_read = 0;  // data rows (headers and blank lines excluded)
  size_t imported = 0;   // rows that became a new relation
  size_t merged = 0;     // rows folded into a relation that reports the same event
  size_t rejected = 0;   // malformed rows (only with skip_bad)
  size_t skipped = 0;    // well-formed rows with no relation to import (GDELT: one actor only)
  size_t actors_added = 0;
  std::vector<std::string> first_rejects;  // "FILE:LINE: field NAME: what"
};

// Told about progress through each file; the CLI draws a line on a terminal, tests pass nothing.
class ImportProgress {
 public:
  virtual ~ImportProgress() = default;
  virtual void Update(const std::string& file, uint64_t bytes_done, uint64_t bytes_total,
                      size_t rows) = 0;
  virtual void Done() {}
};

// Why one row is malformed. Empty `field` means the row as a whole (wrong column count).
struct RowError {
  std::string field;
  std::string what;
};

// What an importer knows about an actor before it is looked up in the graph.
struct ActorSpec {
  std::string name;
  ActorKind kind = ActorKind::kOther;
  std::vector<std::string> aliases;
  std::string iso3;
  std::string cameo;
  std::string country;  // affiliated country (a name or ISO3 code), "" for none
  std::string role;     // of the affiliation: "Foreign Ministry", "police"
};

class Importer;

// One file format: checks a line and, when good, adds its event through the importer. A bad line
// returns its error and must leave the graph untouched.
class ImportFormat {
 public:
  virtual ~ImportFormat() = default;
  // Whether line 1 is a header rather than data.
  virtual bool IsHeader(std::string_view /*first_line*/) const { return false; }
  virtual std::optional<RowError> ImportLine(std::string_view line, Importer& importer) = 0;
};

// A country of the project gazetteer (data/gazetteer/countries.tsv), found by name, alias or ISO3.
struct GazetteerCountry {
  std::string iso3;
  std::string name;
  std::vector<std::string> aliases;
};
const GazetteerCountry* FindCountry(std::string_view name_or_iso3);

// Splits `line` at `sep` into `fields` (reused, so no allocation once it has grown).
void SplitFields(std::string_view line, char sep, std::vector<std::string_view>* fields);

class Importer {
 public:
  Importer(KnowledgeGraph* kg, ImportOptions options, ImportProgress* progress = nullptr);

  // Streams `path` through `format`. A malformed row stops the import with
  // "PATH:LINE: field NAME: what" unless skip_bad; the graph may then hold part of the file, so
  // the caller must not save it.
  Status ImportFile(const std::string& path, ImportFormat& format);
  // The same over text in memory (tests, fuzzing); `name` stands for the file in messages.
  Status ImportText(std::string_view text, const std::string& name, ImportFormat& format);
  const ImportCounts& counts() const { return counts_; }

  // For formats. The actor for `key` (the raw fields that identify it in the file, unique per
  // format): cached, so `make` (returning an ActorSpec) runs once per distinct key.
  template <typename MakeSpec>
  ActorId Actor(std::string_view key, MakeSpec&& make) {
    return Actor(key, ActorKeyHash(key), std::forward<MakeSpec>(make));
  }
  // The same with the key's hash computed beforehand (ActorKeyHash), so that a format can
  // PrefetchActor both actors of a row and parse the rest of it while their slots load.
  template <typename MakeSpec>
  ActorId Actor(std::string_view key, size_t hash, MakeSpec&& make) {
    if (const ActorId* id = actor_cache_.Find(key, hash)) return *id;
    ActorId id = Resolve(make());
    actor_cache_.Insert(key, hash, id);
    return id;
  }
  static size_t ActorKeyHash(std::string_view key) { return StringTable<ActorId>::Hash(key); }
  void PrefetchActor(size_t hash) const { actor_cache_.Prefetch(hash); }
  // Adds the relation, or merges it into one that reports the same event. Events are added in
  // order but may wait in a short queue until the file is done (ImportFile, ImportText).
  void AddEvent(Relation&& r);
  // Adds a document record once (provenance of imported rows).
  void AddDocument(std::string_view id, std::string_view source, std::string_view published);
  KnowledgeGraph& graph() { return *kg_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct EventKey {
    ActorId source, target;
    int root;
    Modality modality;
    int day;  // for day-precision relations; kWide for the others
    bool operator==(const EventKey&) const = default;
  };
  struct EventKeyHash {
    size_t operator()(const EventKey& k) const;
  };
  static constexpr int kWide = INT32_MIN;
  struct Chain {
    RelationId first = 0, last = 0;
  };

  void AddEventNow(Relation&& r);
  void AddQueuedEvent();
  void Flush();
  // Makes room for about `rows` more events in the graph and the same-event index.
  void Reserve(size_t rows);
  ActorId Resolve(const ActorSpec& spec);
  ActorId CountryActor(std::string_view name_or_iso3);
  RelationId FindSameEvent(const Relation& r, size_t* day_slot) const;
  RelationId FindIn(EventKey key, const Relation& r, size_t* day_slot) const;
  void IndexRelation(const Relation& r);
  void FillDaySlot(size_t slot, const EventKey& key, RelationId id);
  bool Reject(const std::string& where, const RowError& error, Status* stop);
  // Handles one line; false stops the file (stop then holds the error).
  bool OnLine(std::string_view line, int64_t line_no, const std::string& name, ImportFormat& format,
              Status* stop);

  KnowledgeGraph* kg_;
  ImportOptions options_;
  ImportProgress* progress_;
  ImportCounts counts_;
  size_t events_ = 0;  // AddEvent calls: a row that made none was skipped
  static constexpr size_t kQueue = 8;
  std::array<Relation, kQueue> queue_;
  size_t head_ = 0, queued_ = 0;
  // Actors by their key in the file: resolved once per distinct key.
  StringTable<ActorId> actor_cache_;
  std::unordered_map<std::string, ActorId, Hash, std::equal_to<>> countries_;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> documents_;
  // Same-event index. Day-precision relations (nearly all imported ones) are found by their day in
  // one lookup; the others (months, years, intervals, undated) sit in chains per actor pair, CAMEO
  // root and modality, linked through next_[id], and are checked for overlap.
  // by_day_ is a flat open-addressing table (linear probing, load <= 1/2): one probe into an
  // array instead of chasing hash-node pointers, which dominated the import's time.
  // 20 bytes: the table is probed at random, so its size is the cache misses of an import.
  struct DaySlot {
    uint32_t source = 0, target = 0;
    int32_t day = 0;
    int16_t root = 0;
    uint8_t modality = 0;
    uint32_t id = 0;  // a RelationId; 0: empty slot
  };
  std::vector<DaySlot, HugePageAllocator<DaySlot>> by_day_;
  size_t by_day_used_ = 0;
  // Where the probe for `key` starts.
  size_t HomeSlot(const EventKey& key) const;
  // The index of the slot holding `key`, or of the empty slot where it would go.
  size_t DayProbe(const EventKey& key) const;
  void GrowDayIndex(size_t slots);
  std::unordered_map<EventKey, Chain, EventKeyHash> wide_;
  std::vector<RelationId> next_;
};

// A date parser that remembers the last text it parsed: event files come sorted by date, so most
// rows repeat the previous row's date and skip the parse.
class DayMemo {
 public:
  using Parser = std::optional<int> (*)(std::string_view);
  explicit DayMemo(Parser parse) : parse_(parse) {}
  std::optional<int> operator()(std::string_view text) {
    if (text == text_ && day_) return day_;
    day_ = parse_(text);
    text_.assign(text);
    return day_;
  }

 private:
  Parser parse_;
  std::string text_;
  std::optional<int> day_;
};

// Small parsing helpers shared by the formats.
std::string_view Trim(std::string_view s);
// "NA" and "" both mean missing in ICEWS files.
inline bool IsMissing(std::string_view s) { return s.empty() || s == "NA"; }
// "20180101" -> days, or nullopt.
std::optional<int> ParseCompactDay(std::string_view s);
// Title case for upper-case source names: "UNITED STATES" -> "United States".
std::string TitleCase(std::string_view s);
// Whether a name looks like a person's: 2-5 capitalised words, no institution words.
bool LooksLikePerson(std::string_view name);
// Whether a name contains a word that marks an institution ("Ministry", "Party", "Police", ...).
bool HasInstitutionWord(std::string_view name);

}  // namespace dipgraph
