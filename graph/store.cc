#include "graph/store.h"

#include <sqlite3.h>

#include <fmt/format.h>
#include <sys/stat.h>

#include "graph/sql.h"

namespace dipgraph {

namespace {

const char* const kSchemaV1 = R"sql(
CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL,
  published TEXT NOT NULL, dateline TEXT NOT NULL, ingested TEXT NOT NULL);
CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
  iso3 TEXT NOT NULL, cameo TEXT NOT NULL);
CREATE TABLE aliases(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  alias TEXT NOT NULL, PRIMARY KEY(actor, position)) WITHOUT ROWID;
CREATE TABLE affiliations(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  of INTEGER NOT NULL REFERENCES actors(id), role TEXT NOT NULL, former INTEGER NOT NULL,
  PRIMARY KEY(actor, position)) WITHOUT ROWID;
CREATE TABLE relations(id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES actors(id),
  target INTEGER NOT NULL REFERENCES actors(id), cameo TEXT NOT NULL, date TEXT NOT NULL,
  day_begin INTEGER, day_end INTEGER, location TEXT NOT NULL, modality TEXT NOT NULL,
  confidence REAL NOT NULL, sources INTEGER NOT NULL);
CREATE TABLE evidence(relation INTEGER NOT NULL REFERENCES relations(id), position INTEGER NOT NULL,
  document TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY(relation, position)) WITHOUT ROWID;
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
  return store;
}

Store::~Store() { sqlite3_close(db_); }

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
  Statement version(db_, "PRAGMA user_version");
  if (!version.prepared() || version.Step() != SQLITE_ROW)
    return Status::Corruption(
        fmt::format("{}: not a dipgraph store (not an SQLite database)", path_));
  int64_t v = version.Int(0);
  if (v > kSchemaVersion)
    return Status::Invalid(
        fmt::format("{}: store has schema version {}, newer than this dipgraph understands ({}); "
                    "upgrade dipgraph",
                    path_, v, kSchemaVersion));
  if (v == kSchemaVersion) return Status::Ok();
  if (sqlite3_db_readonly(db_, "main") == 1)
    return Status::Invalid(
        fmt::format("{}: store is empty or of an old schema and is read-only", path_));
  Statement tables(db_, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
  if (tables.Step() == SQLITE_ROW && tables.Int(0) > 0)
    return Status::Invalid(fmt::format("{}: not a dipgraph store (it holds other tables)", path_));
  // Version 0 -> 1. Later versions append steps here, each in the same transaction.
  DG_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Status st = Exec(kSchemaV1);
  if (st.ok()) st = Exec("PRAGMA user_version = 1");
  if (!st.ok()) {
    Exec("ROLLBACK");
    return st;
  }
  return Exec("COMMIT");
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
  {
    Statement s(db_,
                "SELECT id, source, target, cameo, date, location, modality, confidence, sources "
                "FROM relations ORDER BY id");
    while (s.Step() == SQLITE_ROW) {
      Relation r;
      r.id = s.Int(0);
      if (r.id != static_cast<RelationId>(relations.size()) + 1)
        return Status::Corruption(
            fmt::format("{}: relation ids are not dense at id {}", path_, r.id));
      r.source = s.Int(1);
      r.target = s.Int(2);
      if (!kg->has_actor(r.source) || !kg->has_actor(r.target))
        return Status::Corruption(
            fmt::format("{}: relation {} names a missing actor", path_, r.id));
      r.cameo = s.Text(3);
      r.date = ParseDateRange(s.Text(4)).value_or(DateRange{});
      r.location = s.Text(5);
      r.modality = ParseModality(s.Text(6)).value_or(Modality::kAsserted);
      r.confidence = s.Double(7);
      r.sources = static_cast<int>(s.Int(8));
      relations.push_back(std::move(r));
    }
    if (s.rc() != SQLITE_DONE) return Error("reading relations");
  }
  {
    Statement s(db_,
                "SELECT relation, document, text, start, end FROM evidence "
                "ORDER BY relation, position");
    while (s.Step() == SQLITE_ROW)
      relations.at(s.Int(0) - 1).evidence.push_back({s.Text(1), s.Text(2), s.Int(3), s.Int(4)});
    if (s.rc() != SQLITE_DONE) return Error("reading evidence");
  }
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
  for (ActorId id : kg.changed_actors()) {
    const Actor& a = kg.actor(id);
    actor.Bind(1, a.id).Bind(2, a.name).Bind(3, KindName(a.kind)).Bind(4, a.iso3).Bind(5, a.cameo);
    if (!actor.Run() || !del_alias.Bind(1, id).Run() || !del_aff.Bind(1, id).Run())
      return Error(fmt::format("writing actor {}", a.name));
    for (size_t i = 0; i < a.aliases.size(); ++i)
      if (!alias.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, a.aliases[i]).Run())
        return Error(fmt::format("writing alias of {}", a.name));
    for (size_t i = 0; i < a.affiliations.size(); ++i) {
      const Affiliation& f = a.affiliations[i];
      aff.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, f.of).Bind(4, f.role);
      if (!aff.Bind(5, f.former ? 1 : 0).Run())
        return Error(fmt::format("writing affiliation of {}", a.name));
    }
  }
  Statement rel(db_, "INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Statement del_ev(db_, "DELETE FROM evidence WHERE relation = ?");
  Statement ev(db_, "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)");
  for (RelationId id : kg.changed_relations()) {
    const Relation& r = kg.relation(id);
    rel.Bind(1, r.id).Bind(2, r.source).Bind(3, r.target).Bind(4, r.cameo);
    rel.Bind(5, FormatDateRange(r.date));
    rel.Bind(6, static_cast<int64_t>(r.date.begin)).Bind(7, static_cast<int64_t>(r.date.end));
    rel.Bind(8, r.location).Bind(9, ModalityName(r.modality)).Bind(10, r.confidence);
    rel.Bind(11, static_cast<int64_t>(r.sources));
    if (!rel.Run() || !del_ev.Bind(1, id).Run())
      return Error(fmt::format("writing relation {}", id));
    for (size_t i = 0; i < r.evidence.size(); ++i) {
      const Evidence& e = r.evidence[i];
      ev.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, e.document).Bind(4, e.text);
      if (!ev.Bind(5, e.start).Bind(6, e.end).Run())
        return Error(fmt::format("writing evidence of relation {}", id));
    }
    if (write_hook_) write_hook_(id);
  }
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
