#include "graph/store.h"

#include <sqlite3.h>

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>

#include "graph/relation_codec.h"
#include "graph/sql.h"

namespace dipgraph {

namespace {

// Version 2 keeps relations in blocks (graph/relation_codec.h); version 1 had a row per relation
// and per piece of evidence. Both share the tables before relations.
const char* const kSchemaShared = R"sql(
CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL,
  published TEXT NOT NULL, dateline TEXT NOT NULL, ingested TEXT NOT NULL);
CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
  iso3 TEXT NOT NULL, cameo TEXT NOT NULL);
CREATE TABLE aliases(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  alias TEXT NOT NULL, PRIMARY KEY(actor, position)) WITHOUT ROWID;
CREATE TABLE affiliations(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  of INTEGER NOT NULL REFERENCES actors(id), role TEXT NOT NULL, former INTEGER NOT NULL,
  PRIMARY KEY(actor, position)) WITHOUT ROWID;
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
  if (mode == Mode::kReadWrite) {
    // WAL keeps readers off the writer's back; it needs a writable directory.
    if (sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
      return store->Error("not a dipgraph store (cannot read it as SQLite)");
  }
  DG_RETURN_IF_ERROR(store->Migrate());
  Statement max_actor(db, "SELECT coalesce(max(id), 0) FROM actors");
  if (max_actor.Step() == SQLITE_ROW) store->stored_actors_ = max_actor.Int(0);
  return store;
}

Store::Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Store::~Store() {
  write_block_.reset();  // statements are finalized before their connection closes
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
  // A version 1 store opened for reading is read as it is; the next command that writes upgrades
  // it.
  if (v == 1 && read_only) return Status::Ok();
  if (read_only) return Status::Invalid(fmt::format("{}: store is empty and read-only", path_));
  if (v == 0) {
    Statement tables(db_, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
    if (tables.Step() == SQLITE_ROW && tables.Int(0) > 0)
      return Status::Invalid(
          fmt::format("{}: not a dipgraph store (it holds other tables)", path_));
  }
  // Each step runs in the one transaction: an interrupted upgrade leaves the old store.
  DG_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = v == 0 ? Exec(kSchemaShared) : UpgradeFromV1();
  if (st.ok() && v == 0) st = Exec(kRelationBlocks);
  if (st.ok()) st = Exec("PRAGMA user_version = 2");
  if (!st.ok()) {
    Exec("ROLLBACK");
    return st;
  }
  schema_version_ = kSchemaVersion;
  return Exec("COMMIT");
}

Status Store::UpgradeFromV1() {
  std::vector<Relation> relations;
  DG_RETURN_IF_ERROR(ReadRelationsV1(&relations));
  DG_RETURN_IF_ERROR(Exec(kRelationBlocks));
  for (int64_t b = 0; FirstIdOf(b) <= static_cast<RelationId>(relations.size()); ++b)
    DG_RETURN_IF_ERROR(WriteBlock(relations, b));
  return Exec("DROP TABLE evidence; DROP TABLE relations;");
}

bool Store::HasDocument(const std::string& id) {
  Statement s(db_, "SELECT 1 FROM documents WHERE id = ?");
  s.Bind(1, id);
  return s.Step() == SQLITE_ROW;
}

Status Store::Load(KnowledgeGraph* kg) {
  std::vector<Actor> actors;
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
  {
    Statement s(db_, "SELECT actor, alias FROM aliases ORDER BY actor, position");
    while (s.Step() == SQLITE_ROW) actors.at(s.Int(0) - 1).aliases.push_back(s.Text(1));
    if (s.rc() != SQLITE_DONE) return Error("reading aliases");
  }
  {
    Statement s(db_, "SELECT actor, of, role, former FROM affiliations ORDER BY actor, position");
    while (s.Step() == SQLITE_ROW)
      actors.at(s.Int(0) - 1).affiliations.push_back({s.Int(1), s.Text(2), s.Int(3) != 0});
    if (s.rc() != SQLITE_DONE) return Error("reading affiliations");
  }
  for (Actor& a : actors) kg->AddActor(std::move(a));

  std::vector<Relation> relations;
  DG_RETURN_IF_ERROR(schema_version_ == 1 ? ReadRelationsV1(&relations)
                                          : ReadRelationBlocks(&relations));
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

Status Store::ReadRelationBlocks(std::vector<Relation>* relations) {
  Statement s(db_, "SELECT block, data FROM relation_blocks ORDER BY block");
  for (int64_t expect = 0; s.Step() == SQLITE_ROW; ++expect) {
    if (s.Int(0) != expect)
      return Status::Corruption(fmt::format("{}: relation block {} is missing", path_, expect));
    if (relations->size() != static_cast<size_t>(expect) * kRelationsPerBlock)
      return Status::Corruption(fmt::format("{}: relation block {} is short", path_, expect - 1));
    Status st = DecodeRelationBlock(s.Blob(1), FirstIdOf(expect), relations);
    if (!st.ok()) return Status::Corruption(fmt::format("{}: {}", path_, st.message()));
  }
  if (s.rc() != SQLITE_DONE) return Error("reading relations");
  return Status::Ok();
}

Status Store::WriteBlock(const std::vector<Relation>& relations, int64_t block) {
  if (!write_block_)
    write_block_ =
        std::make_unique<Statement>(db_, "INSERT OR REPLACE INTO relation_blocks VALUES (?, ?)");
  size_t first = static_cast<size_t>(FirstIdOf(block) - 1);
  size_t n = std::min(kRelationsPerBlock, relations.size() - first);
  block_buffer_.clear();
  EncodeRelationBlock(std::span(relations).subspan(first, n), &block_buffer_);
  if (!write_block_->Bind(1, block).BindBlob(2, block_buffer_).Run())
    return Error(fmt::format("writing relations {}-{}", first + 1, first + n));
  if (write_hook_)
    for (size_t i = first; i < first + n; ++i) write_hook_(static_cast<RelationId>(i + 1));
  return Status::Ok();
}

Status Store::WriteChanges(const KnowledgeGraph& kg) {
  Statement doc(db_, "INSERT OR IGNORE INTO documents VALUES (?, ?, ?, ?, ?, ?)");
  for (const std::string& id : kg.changed_documents()) {
    const Document& d = *kg.FindDocument(id);
    doc.Bind(1, d.id).Bind(2, d.source).Bind(3, d.title).Bind(4, d.published);
    doc.Bind(5, d.dateline).Bind(6, d.ingested);
    if (!doc.Run()) return Error("writing document " + id);
  }
  Statement actor(db_, "INSERT OR REPLACE INTO actors VALUES (?, ?, ?, ?, ?)");
  Statement del_alias(db_, "DELETE FROM aliases WHERE actor = ?");
  Statement alias(db_, "INSERT INTO aliases VALUES (?, ?, ?)");
  Statement del_aff(db_, "DELETE FROM affiliations WHERE actor = ?");
  Statement aff(db_, "INSERT INTO affiliations VALUES (?, ?, ?, ?, ?)");
  // Strings are bound without a copy: the graph holds them until the statement has run.
  for (ActorId id : kg.changed_actors()) {
    const Actor& a = kg.actor(id);
    actor.Bind(1, a.id).BindStatic(2, a.name).BindStatic(3, KindName(a.kind));
    actor.BindStatic(4, a.iso3).BindStatic(5, a.cameo);
    if (!actor.Run()) return Error(fmt::format("writing actor {}", a.name));
    // An actor new to the store has no aliases or affiliations there to replace.
    if (id <= stored_actors_ && (!del_alias.Bind(1, id).Run() || !del_aff.Bind(1, id).Run()))
      return Error(fmt::format("writing actor {}", a.name));
    for (size_t i = 0; i < a.aliases.size(); ++i)
      if (!alias.Bind(1, id).Bind(2, static_cast<int64_t>(i)).BindStatic(3, a.aliases[i]).Run())
        return Error(fmt::format("writing alias of {}", a.name));
    for (size_t i = 0; i < a.affiliations.size(); ++i) {
      const Affiliation& f = a.affiliations[i];
      aff.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, f.of).BindStatic(4, f.role);
      if (!aff.Bind(5, f.former ? 1 : 0).Run())
        return Error(fmt::format("writing affiliation of {}", a.name));
    }
  }
  std::vector<int64_t> blocks;  // changed relations come mostly in id order: few repeats to sort
  for (RelationId id : kg.changed_relations())
    if (blocks.empty() || blocks.back() != BlockOf(id)) blocks.push_back(BlockOf(id));
  std::sort(blocks.begin(), blocks.end());
  blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
  for (int64_t b : blocks) DG_RETURN_IF_ERROR(WriteBlock(kg.relations(), b));
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
  stored_actors_ = std::max(stored_actors_, static_cast<ActorId>(kg->actor_count()));
  kg->ClearChanges();
  return Status::Ok();
}

}  // namespace dipgraph
