// End-to-end: the real binary ingests articles into a store.
#include <fstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::RunCommand;

std::string Bin() { return testing::BinaryPath(); }

TEST_CASE("ingest: the sample corpus goes in once; ingesting it again adds nothing") {
  testing::TempDir dir;
  std::string db = dir.Path("g.db"), out;
  std::string corpus = testing::SourceDir() + "/data/corpus";
  REQUIRE(RunCommand(Bin() + " ingest --db " + db + " --json " + corpus, &out) == 0);
  CHECK(out.find("\"documents_new\": 23") != std::string::npos);
  REQUIRE(RunCommand(Bin() + " ingest --db " + db + " --json --threads 2 " + corpus, &out) == 0);
  CHECK(out.find("\"documents_new\": 0") != std::string::npos);
  CHECK(out.find("\"documents_present\": 23") != std::string::npos);
  CHECK(out.find("\"relations_added\": 0") != std::string::npos);
}

TEST_CASE("ingest: one thread or two give the same store") {
  testing::TempDir dir;
  std::string out1, out2, ignored;
  std::string corpus = testing::SourceDir() + "/data/corpus";
  REQUIRE(RunCommand(Bin() + " ingest --db " + dir.Path("a.db") + " " + corpus, &ignored) == 0);
  REQUIRE(RunCommand(Bin() + " ingest --threads 2 --db " + dir.Path("b.db") + " " + corpus,
                     &ignored) == 0);
  // Documents carry their ingest time; compare everything else.
  std::string strip = " | grep -v '\"ingested\"'";
  REQUIRE(RunCommand(Bin() + " export --db " + dir.Path("a.db") + strip, &out1) == 0);
  REQUIRE(RunCommand(Bin() + " export --db " + dir.Path("b.db") + strip, &out2) == 0);
  CHECK(out1 == out2);
}

TEST_CASE("ingest: a missing path is an error and the store is not created") {
  testing::TempDir dir;
  std::string out;
  int rc = RunCommand(Bin() + " ingest --db " + dir.Path("g.db") + " /no/such/file.txt", &out);
  CHECK(rc == 1);
  CHECK(out.find("/no/such/file.txt: no such file or directory") != std::string::npos);
}

TEST_CASE(
    "ingest: a broken JSON line is reported with file and line; --skip-bad ingests the others") {
  testing::TempDir dir;
  std::string jsonl = dir.Path("news.jsonl"), out;
  std::ofstream(jsonl) << "{\"id\":\"1\",\"date\":\"2010-11-03\",\"title\":\"T\",\"text\":\"Putin "
                          "met Merkel in Berlin on Wednesday.\"}\n{\"id\": broken\n";
  int rc = RunCommand(Bin() + " ingest --json --db " + dir.Path("g.db") + " " + jsonl, &out);
  CHECK(rc == 1);  // nothing written without --skip-bad
  CHECK(out.find("nothing was written") != std::string::npos);
  rc = RunCommand(Bin() + " ingest --skip-bad --json --db " + dir.Path("g.db") + " " + jsonl, &out);
  CHECK(rc == 0);
  CHECK(out.find(jsonl + ":2: invalid JSON") != std::string::npos);
  CHECK(out.find("\"documents_new\": 1") != std::string::npos);
  CHECK(out.find("\"documents_failed\": 1") != std::string::npos);
}

TEST_CASE("extract: invalid UTF-8 names the byte offset and exits 1") {
  testing::TempDir dir;
  std::string f = dir.Path("bad.txt"), out;
  std::ofstream(f) << "Putin met\xC3( Merkel.";
  CHECK(RunCommand(Bin() + " extract " + f, &out) == 1);
  CHECK(out.find("invalid UTF-8 at byte offset 9") != std::string::npos);
}

TEST_CASE("command line: help, typos and exit codes") {
  std::string out;
  CHECK(RunCommand(Bin() + " --help", &out) == 0);
  CHECK(out.find("ingest") != std::string::npos);
  CHECK(RunCommand(Bin() + " ingets", &out) == 2);
  CHECK(out.find("did you mean 'ingest'") != std::string::npos);
  CHECK(RunCommand(Bin() + " extract --jsn x", &out) == 2);
  CHECK(out.find("did you mean '--json'") != std::string::npos);
  CHECK(RunCommand(Bin() + " help extract", &out) == 0);
  CHECK(RunCommand(Bin() + " ingest --threads 0 x", &out) == 2);
}

}  // namespace
}  // namespace dipgraph
