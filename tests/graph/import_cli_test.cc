// dipgraph import end to end: the real binary, a real store, nothing written on a bad row.
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::BinaryPath;
using testing::RunCommand;

std::string Fixture(const std::string& name) {
  return testing::SourceDir() + "/tests/data/import/" + name;
}

std::string Dipgraph(const testing::TempDir& dir, const std::string& args, int* rc = nullptr) {
  std::string out;
  int code = RunCommand(BinaryPath() + " " + args + " --db " + dir.Path("g.db"), &out);
  if (rc) *rc = code;
  return out;
}

TEST_CASE("import cli: a bad row stops the import and the store is left as it was") {
  testing::TempDir dir;
  int rc = 0;
  Dipgraph(dir, "import tkg " + Fixture("tkg_good.tsv"), &rc);
  REQUIRE(rc == 0);
  std::string before = Dipgraph(dir, "export --format json");
  std::string out = Dipgraph(
      dir, "import icews " + Fixture("icews_good.tab") + " " + Fixture("icews_bad_date.tab"), &rc);
  CHECK(rc == 1);
  CHECK(out.find(Fixture("icews_bad_date.tab") +
                 ":4: field Event Date: '2018-06-31' is not a date (YYYY-MM-DD)") !=
        std::string::npos);
  CHECK(Dipgraph(dir, "export --format json") == before);
}

TEST_CASE("import cli: --skip-bad imports the good rows and reports the counts") {
  testing::TempDir dir;
  int rc = 0;
  std::string out = Dipgraph(dir, "import tkg --skip-bad --json " + Fixture("tkg_mixed.tsv"), &rc);
  CHECK(rc == 0);
  CHECK(out.find("\"rows_read\": 10") != std::string::npos);
  CHECK(out.find("\"imported\": 2") != std::string::npos);
  CHECK(out.find("\"merged\": 1") != std::string::npos);
  CHECK(out.find("\"rejected\": 7") != std::string::npos);
  CHECK(Dipgraph(dir, "stats").find("relations  2") != std::string::npos);
}

TEST_CASE(
    "import cli: a person imported and extracted under two spellings is one actor, "
    "whichever comes first") {
  std::string article =
      testing::SourceDir() + "/data/corpus/2008-08-12-sarkozy-medvedev-georgia-plan.txt";
  for (bool import_first : {true, false}) {
    CAPTURE(import_first);
    testing::TempDir dir;
    std::string events = dir.Path("events.tsv");
    std::ofstream(events) << "Sergey_Viktorovich_Lavrov\tMake_a_visit\tFrance\t2014-03-05\n"
                          << "Dmitry_Anatolyevich_Medvedev\tConsult\tJapan\t2014-05-20\n";
    int rc = 0;
    for (int step = 0; step < 2; ++step) {
      bool import_now = (step == 0) == import_first;
      Dipgraph(dir, import_now ? "import tkg " + events : "ingest " + article, &rc);
      REQUIRE(rc == 0);
    }
    std::string lavrov = Dipgraph(dir, "actors --kind person --match Lavrov --json");
    CHECK(lavrov.find("\"matched\": 1") != std::string::npos);
    CHECK(Dipgraph(dir, "who-met 'Sergei Lavrov'").find("France") != std::string::npos);
    CHECK(Dipgraph(dir, "who-met 'Sergey Viktorovich Lavrov'").find("France") != std::string::npos);
    std::string medvedev = Dipgraph(dir, "actors --kind person --match Medvedev --json");
    CHECK(medvedev.find("\"matched\": 1") != std::string::npos);
    CHECK(Dipgraph(dir, "who-met 'Dmitry Medvedev'").find("Japan") != std::string::npos);
  }
}

// The data rows of a CSV export, each reduced to "source-target".
std::vector<std::string> CsvPairs(const std::string& csv) {
  std::vector<std::string> pairs;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, ',');) f.push_back(cell);
    if (f.size() > 5) pairs.push_back(f[2] + "-" + f[5]);
  }
  return pairs;
}

TEST_CASE("export cli: --ego, --between and --actors write the part render would draw") {
  testing::TempDir dir;
  std::string events = dir.Path("chain.tsv");
  std::ofstream(events) << "France\tConsult\tGermany\t2014-01-01\n"
                        << "Germany\tConsult\tItaly\t2014-01-02\n"
                        << "Italy\tConsult\tSpain\t2014-01-03\n"
                        << "Japan\tConsult\tChile\t2014-01-04\n";
  int rc = 0;
  Dipgraph(dir, "import tkg " + events, &rc);
  REQUIRE(rc == 0);
  using Pairs = std::vector<std::string>;
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv")).size() == 4);
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv --ego France")) == Pairs{"France-Germany"});
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv --ego France --depth 2")) ==
        Pairs{"France-Germany", "Germany-Italy"});
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv --between Spain Italy")) ==
        Pairs{"Italy-Spain"});
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv --actors Germany,Italy,Spain")) ==
        Pairs{"Germany-Italy", "Italy-Spain"});
  CHECK(CsvPairs(Dipgraph(dir, "export --format csv --ego Germany --to 2014-01-01")) ==
        Pairs{"France-Germany"});  // the filters apply within the part
  std::string json = Dipgraph(dir, "export --ego Japan");
  CHECK(json.find("\"Chile\"") != std::string::npos);
  CHECK(json.find("\"France\"") == std::string::npos);

  std::string out = Dipgraph(dir, "export --ego Atlantis", &rc);
  CHECK(rc == 1);
  CHECK(out.find("no actor named 'Atlantis'") != std::string::npos);
  Dipgraph(dir, "export --depth 2", &rc);
  CHECK(rc == 2);
  Dipgraph(dir, "export --ego France --between Italy Spain", &rc);
  CHECK(rc == 2);
  Dipgraph(dir, "export --between Italy", &rc);
  CHECK(rc == 2);
}

TEST_CASE("import cli: an unknown format is a usage error") {
  testing::TempDir dir;
  int rc = 0;
  std::string out = Dipgraph(dir, "import phoenix x.csv", &rc);
  CHECK(rc == 2);
  CHECK(out.find("unknown import format 'phoenix'") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph

namespace dipgraph {
namespace {

TEST_CASE("export cli: every format writes; neo4j writes two files and prints the command") {
  testing::TempDir dir;
  int rc = 0;
  Dipgraph(dir, "import icews " + Fixture("icews_good.tab"), &rc);
  REQUIRE(rc == 0);
  for (const char* format : {"json", "graphml", "gexf", "csv", "dot"}) {
    Dipgraph(dir, std::string("export --format ") + format + " -o " + dir.Path("out"), &rc);
    CHECK_MESSAGE(rc == 0, format);
    std::ifstream in(dir.Path("out"));
    CHECK_MESSAGE(in.peek() != EOF, format);
  }
  std::string out = Dipgraph(dir, "export --format neo4j --code 04 -o " + dir.Path("neo"), &rc);
  CHECK(rc == 0);
  CHECK(out.find("neo4j-admin database import full --nodes='" + dir.Path("neo") + "/actors.csv'") !=
        std::string::npos);
  std::ifstream rels(dir.Path("neo") + "/relations.csv");
  std::string header, row, visit, more;
  std::getline(rels, header), std::getline(rels, row), std::getline(rels, visit);
  CHECK(row.rfind("1,3,CONSULT,1,040,consult,", 0) == 0);
  CHECK(visit.find(",CONSULT,2,042,make a visit,") != std::string::npos);
  CHECK(!std::getline(rels, more));  // --code 04 keeps the consultation and the visit only
  Dipgraph(dir, "export --format neo4j", &rc);
  CHECK(rc == 2);
  Dipgraph(dir, "export --format pajek", &rc);
  CHECK(rc == 2);
}

}  // namespace
}  // namespace dipgraph
