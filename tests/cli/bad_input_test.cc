// The bad-input catalogue, run against the real binary: each bad input gets a clear message, exit
// code 1 or 2 (never a signal), and leaves the store exactly as it was.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "src/syntax/syntax_model.h"
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

// File permissions do not stop root, and CI runs as root: there commands run as nobody (uid
// 65534) through util-linux's setpriv, on a copy of the binary and of the syntax model in the
// fixture directory, which is handed to nobody (the checkout may sit where only root can go, as in
// /root). `prefix` goes before any command, `bin` is the binary to run; both empty when that is
// impossible (root without setpriv).
struct Unprivileged {
  std::string prefix, bin;
  explicit Unprivileged(const Fixture& f) {
    if (geteuid() != 0) {
      bin = testing::BinaryPath();
      return;
    }
    std::string out;
    if (RunCommand("command -v setpriv", &out) != 0) return;
    std::filesystem::copy_file(testing::BinaryPath(), f.dir.Path("dipgraph"));
    std::filesystem::copy_file(syntax::SyntaxModel::DefaultPath(), f.dir.Path("model.gz"));
    REQUIRE(RunCommand("chown -R 65534:65534 " + f.dir.Path(""), &out) == 0);
    prefix = "DIPGRAPH_SYNTAX_MODEL=" + f.dir.Path("model.gz") +
             " setpriv --reuid=65534 --regid=65534 --clear-groups ";
    bin = prefix + f.dir.Path("dipgraph");
  }
  // True when `test -r` or `test -w` (`access`) on `path` fails for whoever runs the commands;
  // else says why the case is skipped.
  bool Denied(const std::string& access, const std::string& path) const {
    std::string out;
    if (bin.empty())
      MESSAGE("skipped: running as root without setpriv, file permissions do not stop root");
    else if (RunCommand(prefix + "test " + access + " " + path, &out) == 0)
      MESSAGE("skipped: file permissions are not enforced here (" << access << " " << path << ")");
    else
      return true;
    return false;
  }
};

TEST_CASE("bad input: a read-only store is read but not written") {
  Fixture f;
  std::string art = f.Write("more.txt", "Lavrov met Kerry.\n"), before = f.Export(), out;
  Unprivileged user(f);
  chmod(f.db.c_str(), 0444);
  if (!user.Denied("-w", f.db)) return;
  CHECK(RunCommand(user.bin + " stats --db " + f.db, &out) == 0);
  CHECK_MESSAGE(RunCommand(user.bin + " ingest --db " + f.db + " " + art, &out) == 1, out);
  CHECK(out.find(f.db) != std::string::npos);
  CHECK(f.Export() == before);
}

TEST_CASE("bad input: an unreadable file in a directory is named and nothing is written") {
  Fixture f;
  std::filesystem::create_directory(f.dir.Path("news"));
  f.Write("news/a.txt", "Lavrov met Kerry in Geneva.\n");
  std::string secret = f.Write("news/b.txt", "Obama met Hu Jintao.\n"), before = f.Export(), out;
  Unprivileged user(f);
  chmod(secret.c_str(), 0);
  if (!user.Denied("-r", secret)) return;
  CHECK(RunCommand(user.bin + " ingest --db " + f.db + " " + f.dir.Path("news"), &out) == 1);
  CHECK_MESSAGE(out.find(secret + ": cannot open: Permission denied") != std::string::npos, out);
  CHECK(f.Export() == before);
}

TEST_CASE("bad input: a huge sentence and a long line without newline finish without harm") {
  Fixture f;
  std::string sentence;
  for (int i = 0; i < 60000; ++i) sentence += i % 7 ? "word " : "Putin met Merkel and ";
  std::string path = f.Write("huge.txt", sentence + ".");
  std::string out;
  CHECK(RunCommand(testing::BinaryPath() + " extract --json " + path + " > /dev/null", &out) == 0);
}

// 100 MB in a normal build (about 35 s). Under the sanitizers (DIPGRAPH_SANITIZED: CI runs the
// suite again with ASan+UBSan in Debug) 16 MB already takes about 45 s, so there it is 8 MB.
#ifdef DIPGRAPH_SANITIZED
constexpr size_t kOneLineBytes = size_t{8} << 20;
#else
constexpr size_t kOneLineBytes = size_t{100} << 20;
#endif

TEST_CASE("bad input: a 100 MB file without a newline is ingested whole or refused cleanly") {
  Fixture f;
  std::string text;  // the sample stories, each newline turned into a space
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() + "/data/corpus")) {
    std::ifstream in(entry.path(), std::ios::binary);
    text.append(std::istreambuf_iterator<char>(in), {});
    text += ' ';
  }
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  std::string path = f.dir.Path("one_line.txt"), before = f.Export(), out;
  {
    std::ofstream file(path, std::ios::binary);
    for (size_t written = 0; written < kOneLineBytes; written += text.size()) file << text;
  }
  int rc = RunCommand(testing::BinaryPath() + " ingest --db " + f.db + " " + path, &out);
  std::filesystem::remove(path);
  if (rc == 0) {
    CHECK_MESSAGE(out.find("1 new documents, 0 already present, 0 failed") != std::string::npos,
                  out);
  } else {
    CHECK_MESSAGE((rc == 1 || rc == 2), "exit " << rc << " (a signal is 128 + its number)\n"
                                                << out);
    CHECK_MESSAGE(out.find(path) != std::string::npos, out);
    CHECK(f.Export() == before);
  }
}

}  // namespace
}  // namespace dipgraph
