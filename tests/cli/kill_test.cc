// Crash safety of ingest: `dipgraph ingest` is killed (SIGKILL) at spread-out points of a large
// ingest, many times. After each kill the store passes PRAGMA integrity_check and loads (every
// relation's actors exist); re-running the same ingest then ends with the same content as an
// uninterrupted run.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::RunCommand;

// A corpus of many distinct articles made from the sample corpus (each copy made unique).
std::string MakeCorpus(const testing::TempDir& dir, int copies) {
  std::string root = dir.Path("corpus");
  std::filesystem::create_directories(root);
  int n = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() + "/data/corpus")) {
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    for (int c = 0; c < copies; ++c)
      std::ofstream(root + "/" + std::to_string(n++) + ".txt")
          << ss.str() << "\n\n(copy " << c << ")\n";
  }
  return root;
}

std::string Content(const std::string& db) {
  std::string out;
  // Ingest times differ between runs; everything else must not.
  RunCommand(testing::BinaryPath() + " export --db " + db + " | grep -v '\"ingested\"'", &out);
  return out;
}

TEST_CASE("crash safety: ingest killed at many points leaves a whole store every time") {
  testing::TempDir dir;
#ifdef DIPGRAPH_SANITIZED
  const int kCopies = 3;  // about 70 articles: extraction with syntax is slow under the sanitizers
#else
  const int kCopies = 12;  // about 280 articles
#endif
  std::string corpus = MakeCorpus(dir, kCopies);
  std::string reference = dir.Path("reference.db"), db = dir.Path("killed.db"), out;
  auto t0 = std::chrono::steady_clock::now();
  REQUIRE(RunCommand(testing::BinaryPath() + " ingest --db " + reference + " " + corpus, &out) ==
          0);
  double full_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

  const int kKills = 12;
  int killed = 0;
  for (int i = 0; i < kKills; ++i) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int null = open("/dev/null", O_WRONLY);
      dup2(null, 1), dup2(null, 2);
      execl(testing::BinaryPath().c_str(), "dipgraph", "ingest", "--db", db.c_str(), corpus.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    // Spread the kills over the second half of the run, where the store is written.
    auto delay = std::chrono::duration<double, std::milli>(full_ms * (0.5 + 0.55 * i / kKills));
    std::this_thread::sleep_for(delay);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed;
    REQUIRE(RunCommand("sqlite3 " + db + " 'PRAGMA integrity_check'", &out) == 0);
    if (std::filesystem::exists(db)) CHECK(out.find("ok") == 0);
    int rc = RunCommand(testing::BinaryPath() + " stats --db " + db, &out);
    CHECK_MESSAGE((rc == 0 || out.find("no store here") != std::string::npos), out);
  }
  MESSAGE("killed " << killed << " of " << kKills << " runs mid-way (full run " << full_ms
                    << " ms)");
  REQUIRE(RunCommand(testing::BinaryPath() + " ingest --db " + db + " " + corpus, &out) == 0);
  CHECK(Content(db) == Content(reference));
}

}  // namespace
}  // namespace dipgraph
