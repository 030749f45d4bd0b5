// The query commands end to end: a store written from a fixture graph, the real binary.
#include <rapidjson/document.h>

#include <fstream>

#include "graph/store.h"
#include "tests/queries/query_fixtures.h"

namespace dipgraph {
namespace {

using testing::BinaryPath;
using testing::QueryGraph;
using testing::RunCommand;
using testing::TempDir;

class QueryStore {
 public:
  QueryStore() {
    QueryGraph g;
    g.Person("Sergey Lavrov", "Russia", "foreign minister");
    g.kg().AddAlias(g.Actor("Sergey Lavrov"), "Lavrov");
    g.Person("Anders Fogh Rasmussen", "NATO", "secretary general");
    g.Add("Anders Fogh Rasmussen", "Sergey Lavrov", "042", "2010-11-03", "Moscow",
          Modality::kAsserted, "Lavrov meets \"NATO\" chief Rasmussen");
    g.Add("Russia", "Georgia", "190", "2008-08-08");
    g.Add("Hamid Karzai", "Russia", "042", "2010-01-20");
    g.kg().AddAlias(g.Actor("Hamid Karzai"), "Karzai");
    auto store = Store::Open(dir_.Path("g.db"), Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
    REQUIRE_OK((*store)->Save(&g.kg()));
  }
  int Run(const std::string& args, std::string* out) const {
    return RunCommand(BinaryPath() + " " + args + " --db " + dir_.Path("g.db"), out);
  }
  std::string Path(const std::string& name) const { return dir_.Path(name); }

 private:
  TempDir dir_;
};

TEST_CASE("query cli: who-met prints partner, date, place and evidence; --json has provenance") {
  QueryStore s;
  std::string out;
  REQUIRE(s.Run("who-met lavrov", &out) == 0);
  CHECK(out.find("Anders Fogh Rasmussen") != std::string::npos);
  CHECK(out.find("2010-11-03") != std::string::npos);
  CHECK(out.find("Moscow") != std::string::npos);
  REQUIRE(s.Run("who-met Lavrov --json 2>/dev/null", &out) == 0);
  rapidjson::Document d;
  d.Parse(out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  const auto& m = d["meetings"][0];
  CHECK(std::string(m["partner"]["name"].GetString()) == "Anders Fogh Rasmussen");
  CHECK(std::string(m["date"].GetString()) == "2010-11-03");
  CHECK(std::string(m["evidence"][0]["text"].GetString()) ==
        "Lavrov meets \"NATO\" chief Rasmussen");
  CHECK(std::string(m["evidence"][0]["source"].GetString()) == "wire/doc-1.txt");
}

TEST_CASE("query cli: an unknown actor exits 1 with did you mean; bad values are usage errors") {
  QueryStore s;
  std::string out;
  CHECK(s.Run("who-met Lavrof", &out) == 1);
  CHECK(out.find("did you mean Sergey Lavrov") != std::string::npos);
  CHECK(s.Run("ego Russia --depth 1000000", &out) == 2);
  CHECK(out.find("--depth") != std::string::npos);
  CHECK(s.Run("rank --by fame", &out) == 2);
  CHECK(s.Run("path Russia", &out) == 2);
  CHECK(s.Run("actors --kind planet", &out) == 2);
}

TEST_CASE("query cli: path, ego, rank, actor, actors and timeline answer on the store") {
  QueryStore s;
  std::string out;
  REQUIRE(s.Run("path Karzai Georgia", &out) == 0);
  CHECK(out.find("chain 1 (2 hops)") != std::string::npos);
  REQUIRE(s.Run("ego Russia --depth 2", &out) == 0);
  CHECK(out.find("Hamid Karzai") != std::string::npos);
  REQUIRE(s.Run("rank --by pagerank --json", &out) == 0);
  CHECK(out.find("\"pagerank\"") != std::string::npos);
  REQUIRE(s.Run("actor Russia", &out) == 0);
  CHECK(out.find("member      Sergey Lavrov, foreign minister") != std::string::npos);
  REQUIRE(s.Run("actors --kind person", &out) == 0);
  CHECK(out.find("Sergey Lavrov") != std::string::npos);
  REQUIRE(s.Run("timeline Russia --code 19", &out) == 0);
  CHECK(out.find("2008-08 (1)") != std::string::npos);
}

TEST_CASE("query cli: dyad --plot writes an SVG chart") {
  QueryStore s;
  std::string out;
  REQUIRE(s.Run("dyad Russia Georgia --plot " + s.Path("d.svg"), &out) == 0);
  CHECK(out.find("2008-08") != std::string::npos);
  std::ifstream in(s.Path("d.svg"));
  std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(svg.find("<svg") == 0);
  CHECK(svg.find("Russia and Georgia") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph
