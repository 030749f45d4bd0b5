#include "graph/store.h"

#include <sqlite3.h>

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "graph/block_codec.h"
#include "graph/sql.h"

namespace dipgraph {

namespace {

// Version 3 keeps actors and relations in blocks (graph/block_codec.h). Version 2 had the blocks
// of relations only, actors with their aliases and affiliations in three tables; version 1 had a
// row per relation and per piece of evidence. All share the documents table.
const char* const kDocuments = R"sql(
CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL,
  published TEXT NOT NULL, dateline TEXT NOT NULL, ingested TEXT NOT NULL);
)sql";

const char* const kActorBlocks = R"sql(
CREATE TABLE actor_blocks(block INTEGER PRIMARY KEY, data BLOB NOT NULL);
)sql";

const char* const kRelationBlocks = R"sql(
CREATE TABLE relation_blocks(block INTEGER PRIMARY KEY, data BLOB NOT NULL);
)sql";

bool FileExists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, Mode mode) {
  if (mode == Mode::kReadOnly && !FileExists(path))
    return Status::NotFound(
        fmt::format("{}: no store here (create one with `dipgraph ingest` or "
                    "`dipgraph import`, or pass --db)",
                    path));
  int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(fmt::format("{}: cannot open store: {}", path, msg));
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<Store> store(new Store(db, path));
  // A store the user may not write is refused before any work that would be lost.
  if (mode == Mode::kReadWrite && sqlite3_db_readonly(db, "main") == 1)
    return Status::IoError(
        fmt::format("{}: the store is read-only here; nothing was written", path));
  if (mode == Mode::kReadWrite) {
    // WAL keeps readers off the writer's back; it needs a writable directory.
    if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
      return store->Error("not a dipgraph store (cannot read it as SQLite)");
  }
  DG_RETURN_IF_ERROR(store->Migrate());
  return store;
}

Store::Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Store::~Store() {
  write_block_.reset();
  write_actor_block_.reset();  // statements are finalized before their connection closes
  sqlite3_close(db_);
}

Status Store::Error(const std::string& what) {
  return Status::IoError(fmt::format("{}: {}: {}", path_, what, sqlite3_errmsg(db_)));
}

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) == SQLITE_OK) return Status::Ok();
  std::string msg = err ? err : "unknown error";
  sqlite3_free(err);
  return Status::IoError(fmt::format("{}: {}", path_, msg));
}

Status Store::Migrate() {
  int64_t v = 0;
  {
    // Scoped: a statement left open would keep the tables locked against the upgrade's DROP.
    Statement version(db_, "PRAGMA user_version");
    if (!version.prepared() || version.Step() != SQLITE_ROW)
      return Status::Corruption(
          fmt::format("{}: not a dipgraph store (not an SQLite database)", path_));
    v = version.Int(0);
  }
  if (v > kSchemaVersion)
    return Status::Invalid(
        fmt::format("{}: store has schema version {}, newer than this dipgraph understands ({}); "
                    "upgrade dipgraph",
                    path_, v, kSchemaVersion));
  schema_version_ = static_cast<int>(v);
  if (v == kSchemaVersion) return Status::Ok();
  bool read_only = sqlite3_db_readonly(db_, "main") == 1;
  // An older store opened for reading is read as it is; the next command that writes upgrades it.
  if ((v == 1 || v == 2) && read_only) return Status::Ok();
  if (read_only) return Status::Invalid(fmt::format("{}: store is empty and read-only", path_));
  if (v == 0) {
    Statement tables(db_, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    if (tables.Step() == SQLITE_ROW && tables.Int(0) > 0)
      return Status::Invalid(
          fmt::format("{}: not a dipgraph store (it holds other tables)", path_));
  }
  // Each step runs in the one transaction: an interrupted upgrade leaves the old store.
  DG_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = Status::Ok();
  if (v == 0) st = Exec(kDocuments);
  if (st.ok() && v == 0) st = Exec(kRelationBlocks);
  if (st.ok() && v == 1) st = UpgradeRelationsFromV1();
  if (st.ok() && v != 0) st = UpgradeActorsFromV2();
  if (st.ok() && v == 0) st = Exec(kActorBlocks);
  if (st.ok()) st = Exec("PRAGMA user_version = 3");
  if (!st.ok()) {
    Exec("ROLLBACK");
    return st;
  }
  schema_version_ = kSchemaVersion;
  return Exec("COMMIT");
}

Status Store::UpgradeRelationsFromV1() {
  std::vector<Relation> relations;
  DG_RETURN_IF_ERROR(ReadRelationsV1(&relations));
  DG_RETURN_IF_ERROR(Exec(kRelationBlocks));
  for (int64_t b = 0; FirstIdOf(b) <= static_cast<RelationId>(relations.size()); ++b)
    DG_RETURN_IF_ERROR(WriteBlock(relations, b));
  return Exec("DROP TABLE evidence; DROP TABLE relations;");
}

Status Store::UpgradeActorsFromV2() {
  std::vector<Actor> actors;
  DG_RETURN_IF_ERROR(ReadActorTables(&actors));
  DG_RETURN_IF_ERROR(Exec(kActorBlocks));
  for (int64_t b = 0; FirstActorOf(b) <= static_cast<ActorId>(actors.size()); ++b)
    DG_RETURN_IF_ERROR(WriteActorBlock(actors, b));
  return Exec("DROP TABLE affiliations; DROP TABLE aliases; DROP TABLE actors;");
}

bool Store::HasDocument(const std::string& id) {
  Statement s(db_, "SELECT 1 FROM documents WHERE id = ?");
  s.Bind(1, id);
  return s.Step() == SQLITE_ROW;
}

Status Store::ReadActorTables(std::vector<Actor>* out) {
  std::vector<Actor>& actors = *out;
  {
    Statement s(db_, "SELECT id, name, kind, iso3, cameo FROM actors ORDER BY id");
    while (s.Step() == SQLITE_ROW) {
      Actor a;
      a.id = s.Int(0);
      if (a.id != static_cast<ActorId>(actors.size()) + 1)
        return Status::Corruption(fmt::format("{}: actor ids are not dense at id {}", path_, a.id));
      a.name = s.Text(1);
      a.kind = ParseKind(s.Text(2)).value_or(ActorKind::kOther);
      a.iso3 = s.Text(3);
      a.cameo = s.Text(4);
      actors.push_back(std::move(a));
    }
    if (s.rc() != SQLITE_DONE) return Error("reading actors");
  }
  auto actor = [&](int64_t id) -> Actor* {
    return id >= 1 && id <= static_cast<int64_t>(actors.size()) ? &actors[id - 1] : nullptr;
  };
  {
    Statement s(db_, "SELECT actor, alias FROM aliases ORDER BY actor, position");
    while (s.Step() == SQLITE_ROW) {
      Actor* a = actor(s.Int(0));
      if (!a) return Status::Corruption(fmt::format("{}: alias of a missing actor", path_));
      a->aliases.push_back(s.Text(1));
    }
    if (s.rc() != SQLITE_DONE) return Error("reading aliases");
  }
  {
    Statement s(db_, "SELECT actor, of, role, former FROM affiliations ORDER BY actor, position");
    while (s.Step() == SQLITE_ROW) {
      Actor* a = actor(s.Int(0));
      if (!a) return Status::Corruption(fmt::format("{}: affiliation of a missing actor", path_));
      a->affiliations.push_back({s.Int(1), s.Text(2), s.Int(3) != 0});
    }
    if (s.rc() != SQLITE_DONE) return Error("reading affiliations");
  }
  return Status::Ok();
}

template <typename T>
Status Store::ReadBlocks(const char* table, const char* what, size_t per_block,
                         Status (*decode)(std::string_view, int64_t, std::vector<T>*),
                         std::vector<T>* out) {
  Statement s(db_, fmt::format("SELECT block, data FROM {} ORDER BY block", table).c_str());
  for (int64_t expect = 0; s.Step() == SQLITE_ROW; ++expect) {
    if (s.Int(0) != expect)
      return Status::Corruption(fmt::format("{}: {} block {} is missing", path_, what, expect));
    if (out->size() != static_cast<size_t>(expect) * per_block)
      return Status::Corruption(fmt::format("{}: {} block {} is short", path_, what, expect - 1));
    Status st = decode(s.Blob(1), expect * static_cast<int64_t>(per_block) + 1, out);
    if (!st.ok()) return Status::Corruption(fmt::format("{}: {}", path_, st.message()));
  }
  if (s.rc() != SQLITE_DONE) return Error(fmt::format("reading {}s", what));
  return Status::Ok();
}

Status Store::Load(KnowledgeGraph* kg) {
  std::vector<Actor> actors;
  DG_RETURN_IF_ERROR(schema_version_ < 3 ? ReadActorTables(&actors)
                                         : ReadBlocks("actor_blocks", "actor", kActorsPerBlock,
                                                      DecodeActorBlock, &actors));
  for (const Actor& a : actors)
    for (const Affiliation& f : a.affiliations)
      if (f.of < 1 || f.of > static_cast<ActorId>(actors.size()))
        return Status::Corruption(
            fmt::format("{}: actor {} is affiliated with a missing actor", path_, a.id));
  for (Actor& a : actors) kg->AddActor(std::move(a));

  std::vector<Relation> relations;
  DG_RETURN_IF_ERROR(schema_version_ == 1
                         ? ReadRelationsV1(&relations)
                         : ReadBlocks("relation_blocks", "relation", kRelationsPerBlock,
                                      DecodeRelationBlock, &relations));
  for (const Relation& r : relations)
    if (!kg->has_actor(r.source) || !kg->has_actor(r.target))
      return Status::Corruption(fmt::format("{}: relation {} names a missing actor", path_, r.id));
  kg->ReserveRelations(relations.size());
  for (Relation& r : relations) kg->AddRelation(std::move(r));
  {
    Statement s(db_, "SELECT id, source, title, published, dateline, ingested FROM documents");
    while (s.Step() == SQLITE_ROW)
      kg->AddDocument({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5)});
    if (s.rc() != SQLITE_DONE) return Error("reading documents");
  }
  kg->ClearChanges();
  return Status::Ok();
}

Status Store::ReadRelationsV1(std::vector<Relation>* relations) {
  {
    Statement s(db_,
                "SELECT id, source, target, cameo, date, location, modality, confidence, sources "
                "FROM relations ORDER BY id");
    while (s.Step() == SQLITE_ROW) {
      Relation r;
      r.id = s.Int(0);
      if (r.id != static_cast<RelationId>(relations->size()) + 1)
        return Status::Corruption(
            fmt::format("{}: relation ids are not dense at id {}", path_, r.id));
      r.source = s.Int(1);
      r.target = s.Int(2);
      r.cameo = s.Text(3);
      r.date = ParseDateRange(s.Text(4)).value_or(DateRange{});
      r.location = s.Text(5);
      r.modality = ParseModality(s.Text(6)).value_or(Modality::kAsserted);
      r.confidence = s.Double(7);
      r.sources = static_cast<int>(s.Int(8));
      relations->push_back(std::move(r));
    }
    if (s.rc() != SQLITE_DONE) return Error("reading relations");
  }
  {
    Statement s(db_,
                "SELECT relation, document, text, start, end FROM evidence "
                "ORDER BY relation, position");
    while (s.Step() == SQLITE_ROW) {
      int64_t id = s.Int(0);
      if (id < 1 || id > static_cast<int64_t>(relations->size()))
        return Status::Corruption(fmt::format("{}: evidence of a missing relation {}", path_, id));
      (*relations)[id - 1].evidence.push_back({s.Text(1), s.Text(2), s.Int(3), s.Int(4)});
    }
    if (s.rc() != SQLITE_DONE) return Error("reading evidence");
  }
  return Status::Ok();
}

Status Store::WriteBlock(std::span<const Relation> relations, int64_t block) {
  if (!write_block_)
    write_block_ =
        std::make_unique<Statement>(db_, "INSERT OR REPLACE INTO relation_blocks VALUES (?, ?)");
  size_t first = static_cast<size_t>(FirstIdOf(block) - 1);
  size_t n = std::min(kRelationsPerBlock, relations.size() - first);
  block_buffer_.clear();
  EncodeRelationBlock(relations.subspan(first, n), &block_buffer_);
  if (!write_block_->Bind(1, block).BindBlob(2, block_buffer_).Run())
    return Error(fmt::format("writing relations {}-{}", first + 1, first + n));
  if (write_hook_)
    for (size_t i = first; i < first + n; ++i) write_hook_(static_cast<RelationId>(i + 1));
  return Status::Ok();
}

Status Store::WriteActorBlock(std::span<const Actor> actors, int64_t block) {
  if (!write_actor_block_)
    write_actor_block_ =
        std::make_unique<Statement>(db_, "INSERT OR REPLACE INTO actor_blocks VALUES (?, ?)");
  size_t first = static_cast<size_t>(FirstActorOf(block) - 1);
  size_t n = std::min(kActorsPerBlock, actors.size() - first);
  block_buffer_.clear();
  EncodeActorBlock(actors.subspan(first, n), &block_buffer_);
  if (!write_actor_block_->Bind(1, block).BindBlob(2, block_buffer_).Run())
    return Error(fmt::format("writing actors {}-{}", first + 1, first + n));
  return Status::Ok();
}

namespace {

// The blocks holding `ids` (which come mostly in ascending order), sorted, each once.
template <typename Id, typename BlockFn>
std::vector<int64_t> BlocksOf(const std::vector<Id>& ids, BlockFn block_of) {
  std::vector<int64_t> blocks;
  for (Id id : ids)
    if (blocks.empty() || blocks.back() != block_of(id)) blocks.push_back(block_of(id));
  std::sort(blocks.begin(), blocks.end());
  blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
  return blocks;
}

}  // namespace

Status Store::WriteChanges(const KnowledgeGraph& kg) {
  Statement doc(db_, "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?)");
  for (const std::string& id : kg.changed_documents()) {
    const Document& d = *kg.FindDocument(id);
    doc.Bind(1, d.id).Bind(2, d.source).Bind(3, d.title).Bind(4, d.published);
    doc.Bind(5, d.dateline).Bind(6, d.ingested);
    if (!doc.Run()) return Error("writing document " + id);
  }
  for (int64_t b : BlocksOf(kg.changed_actors(), ActorBlockOf))
    DG_RETURN_IF_ERROR(WriteActorBlock(kg.actors(), b));
  for (int64_t b : BlocksOf(kg.changed_relations(), BlockOf))
    DG_RETURN_IF_ERROR(WriteBlock(kg.relations(), b));
  return Status::Ok();
}

Status Store::Save(KnowledgeGraph* kg) {
  DG_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = WriteChanges(*kg);
  if (st.ok()) st = Exec("COMMIT");
  if (!st.ok()) {
    Exec("ROLLBACK");
    return st;
  }
  kg->ClearChanges();
  return Status::Ok();
}

}  // namespace dipgraph
