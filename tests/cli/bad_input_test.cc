// The bad-input catalogue, run against the real binary: each bad input gets a clear message, exit
// code 1 or 2 (never a signal), and leaves the store exactly as it was.
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::RunCommand;

struct Fixture {
  testing::TempDir dir;
  std::string db = dir.Path("g.db");
  Fixture() {
    std::string out;
    std::string art =
        Write("good.txt", "November 3, 2010\n\nMOSCOW (Reuters) - Putin met Merkel.\n");
    REQUIRE(RunCommand(testing::BinaryPath() + " ingest --db " + db + " " + art, &out) == 0);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::string path = dir.Path(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  std::string Export() {
    std::string out;
    RunCommand(testing::BinaryPath() + " export --db " + db, &out);
    return out;
  }
};

struct Case {
  std::string what;
  std::string args;  // after "dipgraph", with {db} and {dir} replaced
  int exit_code;
  std::string message;  // must appear in the output
};

std::string Fill(std::string s, const Fixture& f) {
  for (auto [key, value] :
       {std::pair<std::string, std::string>{"{db}", f.db}, {"{dir}", f.dir.Path("")}})
    for (size_t at; (at = s.find(key)) != std::string::npos;) s.replace(at, key.size(), value);
  return s;
}

TEST_CASE("bad input: every case is a clear error with exit 1 or 2 and the store unchanged") {
  Fixture f;
  f.Write("empty.txt", "");
  f.Write("binary.bin", std::string("\x7f"
                                    "ELF\x02\x01\x01\0\0\0\xff\xfe",
                                    12));
  f.Write("latin1.txt", "Caf\xe9 talks in Bogot\xe1.");
  f.Write("nul.txt", std::string("Putin met\0Merkel.", 17));
  f.Write("broken.jsonl", "{\"text\": \"Putin met Merkel.\"}\n{\"text\": \n");
  f.Write("notes.db", "not a database at all, just notes\n");
  f.Write("bad.tkg", "Barack_Obama\tMake_a_visit\tChina\t2014-13-45\n");
  f.Write("short.icews", "Event ID\tEvent Date\n1\t2018-06-01\n");
  std::string before = f.Export();
  std::vector<Case> cases = {
      {"empty file", "ingest --db {db} {dir}/empty.txt", 1, "empty document"},
      {"binary file", "ingest --db {db} {dir}/binary.bin", 1, "byte offset"},
      {"invalid UTF-8", "ingest --db {db} {dir}/latin1.txt", 1, "invalid UTF-8 at byte offset 3"},
      {"NUL bytes", "ingest --db {db} {dir}/nul.txt", 1, "NUL byte at byte offset 9"},
      {"broken JSON line", "ingest --db {db} {dir}/broken.jsonl", 1, "broken.jsonl:2"},
      {"missing file", "ingest --db {db} {dir}/nothing.txt", 1, "no such file or directory"},
      {"store that is not SQLite", "stats --db {dir}/notes.db", 1, "not a dipgraph store"},
      {"TKG row with a bad date", "import tkg --db {db} {dir}/bad.tkg", 1, "bad.tkg:1"},
      {"ICEWS file with too few columns", "import icews --db {db} {dir}/short.icews", 1,
       "short.icews"},
      {"depth out of range", "ego Putin --depth 1000000 --db {db}", 2, "--depth"},
      {"impossible date", "who-met Putin --from 2010-13-45 --db {db}", 2, "--from"},
      {"unknown option", "who-met Putin --frm 2010 --db {db}", 2, "did you mean '--from'"},
      {"unknown actor", "who-met Putn --db {db}", 1, "did you mean"},
  };
  for (const Case& c : cases) {
    std::string out;
    int rc = RunCommand(testing::BinaryPath() + " " + Fill(c.args, f), &out);
    CHECK_MESSAGE(rc == c.exit_code, c.what << ": exit " << rc << "\n" << out);
    CHECK_MESSAGE(out.find(c.message) != std::string::npos, c.what << ":\n" << out);
  }
  CHECK(f.Export() == before);
}

TEST_CASE("bad input: a store of a newer schema is refused and left as it was") {
  Fixture f;
  std::string out;
  REQUIRE(RunCommand("sqlite3 " + f.db + " 'PRAGMA user_version = 9'", &out) == 0);
  CHECK(RunCommand(testing::BinaryPath() + " stats --db " + f.db, &out) == 1);
  CHECK(out.find("newer") != std::string::npos);
}

TEST_CASE("bad input: a read-only store is read but not written") {
  if (geteuid() == 0) {
    MESSAGE("skipped: running as root, file permissions do not stop root");
    return;
  }
  Fixture f;
  chmod(f.db.c_str(), 0444);
  std::string art = f.Write("more.txt", "Lavrov met Kerry.\n"), out;
  CHECK(RunCommand(testing::BinaryPath() + " ingest --db " + f.db + " " + art, &out) == 1);
}

TEST_CASE("bad input: a huge sentence and a long line without newline finish without harm") {
  Fixture f;
  std::string sentence;
  for (int i = 0; i < 60000; ++i) sentence += i % 7 ? "word " : "Putin met Merkel and ";
  std::string path = f.Write("huge.txt", sentence + ".");
  std::string out;
  CHECK(RunCommand(testing::BinaryPath() + " extract --json " + path + " > /dev/null", &out) == 0);
}

}  // namespace
}  // namespace dipgraph
