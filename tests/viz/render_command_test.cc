// End to end: the real dipgraph binary renders a store made from the viz fixture.
#include <fstream>
#include <sstream>

#include "graph/json_io.h"
#include "tests/test_util.h"
#include "tests/viz/viz_fixture.h"

namespace dipgraph {
namespace {

// A store holding the viz fixture, and a way to run dipgraph against it.
class RenderCommand {
 public:
  RenderCommand() {
    testing::VizFixture f;
    std::ofstream(dir_.Path("fixture.json")) << [&] {
      std::ostringstream out;
      WriteGraphJson(f.kg(), out);
      return out.str();
    }();
    std::string output;
    REQUIRE_MESSAGE(Run("import json " + dir_.Path("fixture.json"), &output) == 0, output);
  }
  int Run(const std::string& args, std::string* output) {
    return testing::RunCommand(
        testing::BinaryPath() + " " + args + " --db " + dir_.Path("store.db"), output);
  }
  std::string Path(const std::string& name) const { return dir_.Path(name); }
  std::string Read(const std::string& name) const {
    std::ifstream in(dir_.Path(name), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

 private:
  testing::TempDir dir_;
};

TEST_CASE("render command: --ego Russia writes SVG, PNG and PDF by the file's extension") {
  RenderCommand cmd;
  std::string output;
  REQUIRE(cmd.Run("render --ego Russia --depth 1 -o " + cmd.Path("russia.svg"), &output) == 0);
  std::string svg = cmd.Read("russia.svg");
  CHECK(svg.rfind("<?xml", 0) == 0);
  for (const char* name : {">NATO<", ">Georgia<", ">Afghanistan<", ">United States<"})
    CHECK_MESSAGE(svg.find(name) != std::string::npos, name);
  REQUIRE(cmd.Run("render --ego Russia -o " + cmd.Path("russia.png"), &output) == 0);
  CHECK(cmd.Read("russia.png").rfind("\x89PNG", 0) == 0);
  REQUIRE(cmd.Run("render --ego Russia -o " + cmd.Path("russia.pdf"), &output) == 0);
  CHECK(cmd.Read("russia.pdf").rfind("%PDF", 0) == 0);
}

TEST_CASE("render command: --format dot twice gives identical bytes") {
  RenderCommand cmd;
  std::string first, second;
  REQUIRE(cmd.Run("render --ego Russia --format dot -o -", &first) == 0);
  REQUIRE(cmd.Run("render --ego Russia --format dot -o -", &second) == 0);
  CHECK(first.rfind("digraph dipgraph {", 0) == 0);
  CHECK(first == second);
}

TEST_CASE("render command: --between and --timeline take two actors") {
  RenderCommand cmd;
  std::string out;
  REQUIRE(cmd.Run("render --between Russia Georgia --format dot -o -", &out) == 0);
  CHECK(out.find("Relations between Russia and Georgia") != std::string::npos);
  REQUIRE(cmd.Run("render --timeline Russia NATO --format dot -o -", &out) == 0);
  CHECK(out.find("Russia and NATO: 2 events") != std::string::npos);
  CHECK(cmd.Run("render --between Russia -o -", &out) == 2);
}

TEST_CASE("render command: an unknown actor is an error with a suggestion") {
  RenderCommand cmd;
  std::string out;
  CHECK(cmd.Run("render --ego Rusia -o -", &out) == 1);
  CHECK(out.find("no actor named 'Rusia'; did you mean Russia (country, #") != std::string::npos);
}

TEST_CASE("render command: actors are named as in the queries (surname, another spelling)") {
  RenderCommand cmd;
  std::string out;
  for (const char* name : {"Rasmussen", "\"Anders Fogh Rasmussen\"", "\"Dmitriy Medvedev\""}) {
    REQUIRE_MESSAGE(cmd.Run(std::string("render --ego ") + name + " -o -", &out) == 0, out);
    CHECK_MESSAGE(out.find("Fogh Rasmussen") != std::string::npos, name);
  }
}

TEST_CASE("render command: out-of-range and unknown option values are usage errors") {
  RenderCommand cmd;
  std::string out;
  CHECK(cmd.Run("render --ego Russia --depth 1000000 -o -", &out) == 2);
  CHECK(out.find("--depth") != std::string::npos);
  CHECK(cmd.Run("render --max-nodes 0 -o -", &out) == 2);
  CHECK(cmd.Run("render --layout nosuch -o -", &out) == 2);
  CHECK(cmd.Run("render -o " + cmd.Path("x.jpg"), &out) == 2);
  CHECK(out.find("give --format") != std::string::npos);
}

TEST_CASE("render command: says on stderr how many actors --max-nodes left out") {
  RenderCommand cmd;
  std::string out;
  REQUIRE(cmd.Run("render --max-nodes 2 --format dot -o " + cmd.Path("x.dot"), &out) == 0);
  CHECK(out.find("actors left out by --max-nodes 2") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph
