// End-to-end on the seed article: ingest -> who-met / path -> ingest again (issue 5's checks).
#include <fstream>
#include <iterator>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::RunCommand;

struct SeedStore {
  testing::TempDir dir;
  std::string db = dir.Path("seed.db");
  std::string Run(const std::string& args, int expect_rc = 0) {
    std::string out;
    int rc = RunCommand(testing::BinaryPath() + " --db " + db + " " + args, &out);
    CHECK_MESSAGE(rc == expect_rc, args << "\n" << out);
    return out;
  }
};

TEST_CASE(
    "seed: who met Lavrov, Putin and Medvedev, a path, and a second ingest that adds nothing") {
  if (!testing::NeedShared()) return;
  SeedStore s;
  std::string seed = testing::SharedDir() + "/corpus/reuters-2010-11-03-nato-russia.txt";
  s.Run("ingest " + seed);

  std::string lavrov = s.Run("who-met Lavrov");
  CHECK(lavrov.find("2010-11-03") != std::string::npos);
  CHECK(lavrov.find("Anders Fogh Rasmussen") != std::string::npos);
  CHECK(lavrov.find("Moscow") != std::string::npos);
  CHECK(lavrov.find("speaks during a meeting with Russia's Foreign Minister") != std::string::npos);

  std::string putin = s.Run("who-met Putin");
  CHECK(putin.find("Rasmussen") == std::string::npos);

  std::string planned = s.Run("who-met Medvedev --planned");
  CHECK(planned.find("NATO") != std::string::npos);
  CHECK(planned.find("Lisbon") != std::string::npos);
  CHECK(planned.find("2010-11-19/2010-11-20") != std::string::npos);
  CHECK(planned.find("planned") != std::string::npos);
  CHECK(s.Run("who-met Medvedev").find("NATO") == std::string::npos);

  CHECK(s.Run("path Karzai Georgia").find("chain 1") != std::string::npos);

  std::string again = s.Run("ingest --json " + seed);
  CHECK(again.find("\"documents_new\": 0") != std::string::npos);
  CHECK(again.find("\"relations_added\": 0") != std::string::npos);
}

std::string Contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_CASE("seed: the ego diagram of Russia shows NATO, Georgia, Afghanistan and United States") {
  if (!testing::NeedShared()) return;
  SeedStore s;
  s.Run("ingest " + testing::SharedDir() + "/corpus/reuters-2010-11-03-nato-russia.txt");
  s.Run("render --ego Russia --depth 1 -o " + s.dir.Path("russia.svg"));
  std::string svg = Contents(s.dir.Path("russia.svg"));
  CHECK(svg.rfind("<?xml", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  for (const char* name : {"NATO", "Georgia", "Afghanistan", "United States", "Russia"})
    CHECK_MESSAGE(svg.find(std::string(">") + name + "</text>") != std::string::npos, name);
  // Conflict (Georgia) and cooperation (NATO) edges get different colours.
  CHECK(svg.find("stroke=\"#d73027\"") != std::string::npos);

  s.Run("render --ego Russia --depth 1 -o " + s.dir.Path("russia.png"));
  CHECK(Contents(s.dir.Path("russia.png")).rfind("\x89PNG\r\n", 0) == 0);
  s.Run("render --ego Russia --depth 1 -o " + s.dir.Path("russia.pdf"));
  CHECK(Contents(s.dir.Path("russia.pdf")).rfind("%PDF-", 0) == 0);
  std::string dot = s.Run("render --ego Russia --depth 1 --format dot -o -");
  CHECK(dot == s.Run("render --ego Russia --depth 1 --format dot -o -"));
  CHECK(dot.find("label=\"Afghanistan\"") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph
