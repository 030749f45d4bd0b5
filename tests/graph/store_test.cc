#include "graph/store.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "graph/block_codec.h"
#include "graph/json_io.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::GraphBuilder;
using testing::TempDir;

std::string Dump(const KnowledgeGraph& kg) {
  std::ostringstream out;
  WriteGraphJson(kg, out);
  return out.str();
}

void FillSample(KnowledgeGraph* kg) {
  GraphBuilder b;
  b.AddRelation("Russia", "Georgia", "190", "2008");
  b.AddRelation("NATO", "Russia", "042", "2010-11-03");
  RelationId id =
      b.AddRelation("Russia", "NATO", "036", "2010-11-19/2010-11-20", Modality::kPlanned);
  (void)id;
  std::ostringstream json;
  WriteGraphJson(b.graph(), json);
  REQUIRE(ReadGraphJson(json.str(), "sample", kg).ok());
}

Result<std::string> LoadDump(const std::string& path) {
  auto store = Store::Open(path, Store::Mode::kReadOnly);
  if (!store.ok()) return store.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR((*store)->Load(&kg));
  return Dump(kg);
}

TEST_CASE("store: what one command saved, the next command loads unchanged") {
  TempDir dir;
  KnowledgeGraph kg;
  FillSample(&kg);
  Actor lavrov;
  lavrov.name = "Sergei Lavrov";
  lavrov.kind = ActorKind::kPerson;
  lavrov.aliases = {"Lavrov"};
  lavrov.affiliations = {{kg.FindByName("Russia").at(0), "foreign minister", false}};
  kg.AddActor(lavrov);
  kg.AddDocument({"abc", "seed.txt", "NATO head urges new start", "2010-11-03", "Moscow", "now"});
  {
    auto store = Store::Open(dir.Path("g.db"), Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
    REQUIRE_OK((*store)->Save(&kg));
    CHECK((*store)->HasDocument("abc"));
  }
  auto loaded = LoadDump(dir.Path("g.db"));
  REQUIRE_OK(loaded.status());
  CHECK(*loaded == Dump(kg));
}

TEST_CASE("store: a second save writes only what changed, and the result loads whole") {
  TempDir dir;
  KnowledgeGraph kg;
  FillSample(&kg);
  auto store = Store::Open(dir.Path("g.db"), Store::Mode::kReadWrite);
  REQUIRE_OK(store.status());
  REQUIRE_OK((*store)->Save(&kg));
  CHECK(kg.changed_relations().empty());
  GraphBuilder more;
  RelationId r = kg.FindSameEvent(kg.relation(2));
  REQUIRE(r == 2);
  Relation report = kg.relation(2);
  report.evidence = {{"doc9", "NATO's chief visited Moscow.", 5, 32}};
  kg.MergeInto(2, report);
  kg.AddAlias(1, "Russian Federation");
  CHECK(kg.changed_relations() == std::vector<RelationId>{2});
  REQUIRE_OK((*store)->Save(&kg));
  auto loaded = LoadDump(dir.Path("g.db"));
  REQUIRE_OK(loaded.status());
  CHECK(*loaded == Dump(kg));
}

TEST_CASE("store: a writer killed mid-transaction leaves exactly the earlier content") {
  TempDir dir;
  std::string path = dir.Path("g.db");
  KnowledgeGraph kg;
  FillSample(&kg);
  {
    auto store = Store::Open(path, Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
    REQUIRE_OK((*store)->Save(&kg));
  }
  auto before = LoadDump(path);
  REQUIRE_OK(before.status());

  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The child adds many relations and stops inside Save's transaction until it is killed.
    close(ready[0]);
    auto store = Store::Open(path, Store::Mode::kReadWrite);
    KnowledgeGraph g;
    if (!store.ok() || !(*store)->Load(&g).ok()) _exit(3);
    for (int i = 0; i < 5000; ++i) {
      Relation r = g.relation(1);
      r.cameo = "111";
      g.AddRelation(r);
    }
    (*store)->set_write_hook([&](RelationId id) {
      if (id == 2000) {
        (void)!write(ready[1], "x", 1);
        while (true) pause();
      }
    });
    (void)(*store)->Save(&g);
    _exit(4);  // not reached: killed inside Save
  }
  close(ready[1]);
  char c;
  REQUIRE(read(ready[0], &c, 1) == 1);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(ready[0]);
  REQUIRE(WIFSIGNALED(status));

  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok");
  sqlite3_finalize(st);
  sqlite3_close(db);
  auto after = LoadDump(path);
  REQUIRE_OK(after.status());
  CHECK(*after == *before);
}

// Runs SQL on a store file directly, as another program would; returns the first column of the
// first row ("" for none).
std::string Sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  std::string out;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
    out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST_CASE("store: relations spread over several blocks; changing an old one rewrites its block") {
  TempDir dir;
  std::string path = dir.Path("g.db");
  GraphBuilder b;
  for (int i = 0; i < 2500; ++i)
    b.AddRelation("A" + std::to_string(i % 50), "B" + std::to_string(i % 70), "042",
                  "2014-01-" + std::to_string(10 + i % 19));
  KnowledgeGraph& kg = b.graph();
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  REQUIRE_OK(store.status());
  REQUIRE_OK((*store)->Save(&kg));
  CHECK(Sql(path, "SELECT count(*) FROM relation_blocks") == "3");
  Relation report = kg.relation(5);
  report.evidence = {{"doc9", "A5 met B5.", 0, 10}};
  kg.MergeInto(5, report);
  b.AddRelation("A1", "B1", "190", "2015");
  REQUIRE_OK((*store)->Save(&kg));
  auto loaded = LoadDump(path);
  REQUIRE_OK(loaded.status());
  CHECK(*loaded == Dump(kg));
}

TEST_CASE("store: a missing or damaged block is refused, naming the file and the block") {
  TempDir dir;
  std::string path = dir.Path("g.db");
  GraphBuilder b;
  for (int i = 0; i < 2100; ++i)
    b.AddRelation("A" + std::to_string(i % 40), "B" + std::to_string(i % 30), "042",
                  "2014-02-" + std::to_string(10 + i % 19));
  for (int i = 0; i < 1100; ++i) b.Actor("Lone " + std::to_string(i), ActorKind::kPerson);
  {
    auto store = Store::Open(path, Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
    REQUIRE_OK((*store)->Save(&b.graph()));
  }
  REQUIRE(Sql(path, "SELECT count(*) FROM relation_blocks") == "3");
  REQUIRE(Sql(path, "SELECT count(*) FROM actor_blocks") == "2");
  auto refused = [&](const char* damage, const std::string& expect) {
    std::string copy = dir.Path("copy.db");
    std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
    Sql(copy, damage);
    auto loaded = LoadDump(copy);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == Status::Code::kCorruption);
    CHECK_MESSAGE(loaded.status().message().find(copy + ": " + expect) != std::string::npos,
                  loaded.status().message());
  };
  refused("DELETE FROM relation_blocks WHERE block = 1", "relation block 1 is missing");
  refused("DELETE FROM actor_blocks WHERE block = 0", "actor block 0 is missing");
  refused("UPDATE relation_blocks SET data = substr(data, 1, 40) WHERE block = 0",
          "relation block from id 1:");
  refused("UPDATE actor_blocks SET data = substr(data, 1, 30) WHERE block = 1",
          "actor block from id 1025:");
}

// The version 1 layout (a row per relation and per piece of evidence), as dipgraph 0.1 wrote it.
const char* const kVersion1Store = R"sql(
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
INSERT INTO actors VALUES (1, 'Russia', 'country', 'RUS', ''), (2, 'NATO', 'organization', '', '');
INSERT INTO aliases VALUES (1, 0, 'Russian Federation');
INSERT INTO relations VALUES (1, 2, 1, '042', '2010-11-03', 14916, 14916, 'Moscow', 'asserted', 0.9, 2),
  (2, 1, 2, '036', '2010-11-19/2010-11-20', 14932, 14933, 'Lisbon', 'planned', 0.8, 1);
INSERT INTO evidence VALUES (1, 0, 'doc1', 'NATO''s head visited Moscow.', 0, 27);
PRAGMA user_version = 1;
)sql";

TEST_CASE("store: a version 1 store is read as it is and upgraded by the next write") {
  TempDir dir;
  std::string path = dir.Path("old.db");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, kVersion1Store, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  auto before = LoadDump(path);  // read-only: no upgrade yet
  REQUIRE_OK(before.status());
  CHECK(Sql(path, "PRAGMA user_version") == "1");
  CHECK(before->find("NATO's head visited Moscow.") != std::string::npos);
  CHECK(before->find("2010-11-19/2010-11-20") != std::string::npos);
  {
    auto store = Store::Open(path, Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
  }
  CHECK(Sql(path, "PRAGMA user_version") == "3");
  CHECK(Sql(path, "SELECT count(*) FROM sqlite_master WHERE name IN ('relations', 'actors')") ==
        "0");
  auto after = LoadDump(path);
  REQUIRE_OK(after.status());
  CHECK(*after == *before);
}

// The version 2 layout (actors, aliases and affiliations as tables; relations in blocks), as
// dipgraph wrote it before actors moved into blocks too.
const char* const kVersion2Store = R"sql(
CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL,
  published TEXT NOT NULL, dateline TEXT NOT NULL, ingested TEXT NOT NULL);
CREATE TABLE actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
  iso3 TEXT NOT NULL, cameo TEXT NOT NULL);
CREATE TABLE aliases(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  alias TEXT NOT NULL, PRIMARY KEY(actor, position)) WITHOUT ROWID;
CREATE TABLE affiliations(actor INTEGER NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
  of INTEGER NOT NULL REFERENCES actors(id), role TEXT NOT NULL, former INTEGER NOT NULL,
  PRIMARY KEY(actor, position)) WITHOUT ROWID;
CREATE TABLE relation_blocks(block INTEGER PRIMARY KEY, data BLOB NOT NULL);
INSERT INTO documents VALUES ('doc1', 'reuters', 'Lavrov in Paris', '2010-11-03', '', '');
INSERT INTO actors VALUES (1, 'Russia', 'country', 'RUS', ''), (2, 'France', 'country', 'FRA', ''),
  (3, 'Sergei Lavrov', 'person', '', '');
INSERT INTO aliases VALUES (1, 0, 'Russian Federation'), (3, 0, 'Lavrov');
INSERT INTO affiliations VALUES (3, 0, 1, 'foreign minister', 0);
PRAGMA user_version = 2;
)sql";

TEST_CASE("store: a version 2 store is read as it is and its actors move into blocks on a write") {
  TempDir dir;
  std::string path = dir.Path("v2.db");
  {
    Relation r;
    r.id = 1, r.source = 3, r.target = 2, r.cameo = "042", r.date = DateRange::Day(14916);
    r.evidence = {{"doc1", "Lavrov visited Paris.", 0, 21}};
    std::string block;
    EncodeRelationBlock(std::vector<Relation>{r}, &block);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, kVersion2Store, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO relation_blocks VALUES (0, ?)", -1, &st, nullptr) ==
            SQLITE_OK);
    sqlite3_bind_blob(st, 1, block.data(), static_cast<int>(block.size()), SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  auto before = LoadDump(path);  // read-only: no upgrade yet
  REQUIRE_OK(before.status());
  CHECK(Sql(path, "PRAGMA user_version") == "2");
  CHECK(before->find("foreign minister") != std::string::npos);
  CHECK(before->find("Russian Federation") != std::string::npos);
  CHECK(before->find("Lavrov visited Paris.") != std::string::npos);
  {
    auto store = Store::Open(path, Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
  }
  CHECK(Sql(path, "PRAGMA user_version") == "3");
  CHECK(Sql(path, "SELECT count(*) FROM actor_blocks") == "1");
  CHECK(Sql(path,
            "SELECT count(*) FROM sqlite_master WHERE name IN "
            "('actors', 'aliases', 'affiliations')") == "0");
  auto after = LoadDump(path);
  REQUIRE_OK(after.status());
  CHECK(*after == *before);
}

TEST_CASE("store: actors spread over several blocks; a new alias rewrites only its block") {
  TempDir dir;
  std::string path = dir.Path("g.db");
  GraphBuilder b;
  for (int i = 0; i < 2100; ++i) b.AddRelation("Actor " + std::to_string(i), "Hub", "042", "2014");
  KnowledgeGraph& kg = b.graph();
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  REQUIRE_OK(store.status());
  REQUIRE_OK((*store)->Save(&kg));
  CHECK(Sql(path, "SELECT count(*) FROM actor_blocks") == "3");
  std::string last_block = Sql(path, "SELECT hex(data) FROM actor_blocks WHERE block = 2");
  kg.AddAlias(7, "The Seventh");
  REQUIRE_OK((*store)->Save(&kg));
  CHECK(Sql(path, "SELECT hex(data) FROM actor_blocks WHERE block = 2") == last_block);
  auto loaded = LoadDump(path);
  REQUIRE_OK(loaded.status());
  CHECK(*loaded == Dump(kg));
  CHECK(loaded->find("The Seventh") != std::string::npos);
}

TEST_CASE("store: a file that is not SQLite is refused, naming the file, and left alone") {
  TempDir dir;
  std::string path = dir.Path("notes.db");
  std::ofstream(path) << "these are my notes, not a database\n";
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  REQUIRE(!store.ok());
  CHECK(store.status().message().find(path) != std::string::npos);
  std::ifstream in(path);
  std::string first;
  std::getline(in, first);
  CHECK(first == "these are my notes, not a database");
}

TEST_CASE("store: a store of a newer schema is refused with a message to upgrade") {
  TempDir dir;
  std::string path = dir.Path("new.db");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto store = Store::Open(path, Store::Mode::kReadWrite);
  REQUIRE(!store.ok());
  CHECK(store.status().message().find("newer") != std::string::npos);
}

TEST_CASE("store: opening a missing store read-only says there is none, and creates nothing") {
  TempDir dir;
  auto store = Store::Open(dir.Path("none.db"), Store::Mode::kReadOnly);
  REQUIRE(!store.ok());
  CHECK(store.status().code() == Status::Code::kNotFound);
  CHECK(!std::filesystem::exists(dir.Path("none.db")));
}

TEST_CASE("JSON: export, import into an empty graph, export again gives identical bytes") {
  KnowledgeGraph kg;
  FillSample(&kg);
  kg.AddAffiliation(1, {2, "member", true});
  kg.AddDocument({"d1", "a \"quoted\" <source>.txt", "T", "2010-11-03", "Moscow", "2026-01-01"});
  std::string first = Dump(kg);
  KnowledgeGraph copy;
  auto counts = ReadGraphJson(first, "first", &copy);
  REQUIRE_OK(counts.status());
  CHECK(counts->relations_added == 3);
  CHECK(Dump(copy) == first);
}

TEST_CASE("JSON: a bad field is an error naming its path, and the graph is untouched") {
  KnowledgeGraph kg;
  FillSample(&kg);
  std::string good = Dump(kg);
  struct Case {
    std::string from, to, expect;
  };
  for (const Case& c : std::vector<Case>{
           {"\"cameo\": \"190\"", "\"cameo\": \"999\"", "relations[0].cameo"},
           {"\"date\": \"2008\"", "\"date\": \"2008-13\"", "relations[0].date"},
           {"\"modality\": \"planned\"", "\"modality\": \"maybe\"", "relations[2].modality"},
           {"\"kind\": \"country\"", "\"kind\": \"planet\"", "actors[0].kind"},
       }) {
    std::string bad = good;
    size_t at = bad.find(c.from);
    REQUIRE(at != std::string::npos);
    bad.replace(at, c.from.size(), c.to);
    KnowledgeGraph target;
    auto r = ReadGraphJson(bad, "bad.json", &target);
    REQUIRE(!r.ok());
    CHECK_MESSAGE(r.status().message().find(c.expect) != std::string::npos, r.status().message());
    CHECK(target.actor_count() == 0);
  }
  KnowledgeGraph target;
  auto r = ReadGraphJson("{\"actors\": [", "broken.json", &target);
  REQUIRE(!r.ok());
  CHECK(r.status().message().find("broken.json: byte") != std::string::npos);
}

TEST_CASE("JSON: an evidence or affiliation entry that is not an object is an error, not a crash") {
  const std::string actors = R"("actors": [{"id": 1, "name": "A", "kind": "country"},)"
                             R"({"id": 2, "name": "B", "kind": "person", "affiliations": [AFF]}])";
  const std::string relations =
      R"("relations": [{"source": 1, "target": 2, "cameo": "042", "date": "2010-11",)"
      R"("modality": "asserted", "evidence": [EV]}])";
  auto json = [&](const std::string& aff, const std::string& ev) {
    std::string a = actors, r = relations;
    a.replace(a.find("AFF"), 3, aff);
    r.replace(r.find("EV"), 2, ev);
    return R"({"format": "dipgraph", "version": 1, "documents": [], )" + a + ", " + r + "}";
  };
  KnowledgeGraph good;
  REQUIRE_OK(ReadGraphJson(json(R"({"of": 1})", R"({"document": "d", "text": "t", )"
                                                R"("start": 0, "end": 1})"),
                           "good.json", &good)
                 .status());
  CHECK(good.relation_count() == 1);
  for (auto [aff, ev, path] : std::vector<std::array<std::string, 3>>{
           {"1", "", "actors[1].affiliations[0]: expected an object"},
           {"[]", "", "actors[1].affiliations[0]: expected an object"},
           {"", "1", "relations[0].evidence[0]: expected an object"},
           {"", "\"text\"", "relations[0].evidence[0]: expected an object"},
       }) {
    KnowledgeGraph target;
    auto r = ReadGraphJson(json(aff, ev), "bad.json", &target);
    REQUIRE(!r.ok());
    CHECK_MESSAGE(r.status().message().find(path) != std::string::npos, r.status().message());
    CHECK(target.actor_count() == 0);
  }
}

}  // namespace
}  // namespace dipgraph
