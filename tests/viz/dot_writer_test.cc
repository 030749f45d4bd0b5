#include "viz/dot_writer.h"

#include <sstream>

#include "tests/test_util.h"
#include "tests/viz/golden.h"
#include "tests/viz/viz_fixture.h"

namespace dipgraph::viz {
namespace {

using testing::CheckGolden;
using testing::VizFixture;

// The DOT lines that start with `prefix` (after indentation), e.g. "a1 -> a2 [".
std::vector<std::string> Lines(const std::string& dot, const std::string& prefix) {
  std::vector<std::string> out;
  std::istringstream in(dot);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("  " + prefix, 0) == 0) out.push_back(line);
  return out;
}

TEST_CASE("render: the ego network of the fixture matches its golden DOT file") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  o.url_template = "/actor/{id}";
  CheckGolden("ego_russia.dot", f.Dot(o));
}

TEST_CASE("render: the unfolded ego network matches its golden DOT file") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  o.fold = false;
  o.legend = false;
  CheckGolden("ego_russia_unfolded.dot", f.Dot(o));
}

TEST_CASE("render: the whole fixture with affiliations matches its golden DOT file") {
  VizFixture f;
  RenderOptions o;
  o.filter.window = ParseDateRange("2010").value();
  CheckGolden("all_2010.dot", f.Dot(o));
}

TEST_CASE("render: the same graph built twice gives the same DOT bytes") {
  VizFixture a, b;
  RenderOptions o;
  o.ego = a.russia;
  o.depth = 2;
  std::string first = a.Dot(o);
  CHECK(first == a.Dot(o));
  CHECK(first == b.Dot(o));
}

TEST_CASE("render: a pair's events fold into one edge per direction and quad class") {
  VizFixture f;
  RenderOptions o;
  o.between_a = f.russia;
  o.between_b = f.georgia;
  std::string dot = f.Dot(o);
  std::vector<std::string> forward = Lines(dot, NodeId(f.russia) + " -> " + NodeId(f.georgia));
  REQUIRE(forward.size() == 2);  // verbal conflict (1 event), material conflict (2)
  CHECK(forward[0].find("label=\"accuse\\n2010-11-03\"") != std::string::npos);
  CHECK(forward[1].find("(2 events)\\n2008-08-08 to 2008-08-10") != std::string::npos);
  CHECK(forward[1].find("penwidth=2.5") != std::string::npos);
  CHECK(forward[1].find("color=\"#d73027\"") != std::string::npos);
  CHECK(Lines(dot, NodeId(f.georgia) + " -> " + NodeId(f.russia)).size() == 1);
  o.fold = false;
  CHECK(Lines(f.Dot(o), NodeId(f.russia) + " -> " + NodeId(f.georgia)).size() == 3);
}

TEST_CASE("render: negated relations are never in the DOT, planned are dashed") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  std::string dot = f.Dot(o);
  std::vector<std::string> us = Lines(dot, NodeId(f.us) + " -> " + NodeId(f.russia));
  REQUIRE(us.size() == 1);
  CHECK(us[0].find("style=dotted") != std::string::npos);
  CHECK(dot.find("criticize") == std::string::npos);
  std::vector<std::string> planned = Lines(dot, NodeId(f.russia) + " -> " + NodeId(f.nato));
  REQUIRE(planned.size() == 1);
  CHECK(planned[0].find("style=dashed") != std::string::npos);
}

TEST_CASE("render: nodes link through the URL template and carry aliases and roles") {
  VizFixture f;
  RenderOptions o;
  o.actors = {f.russia, f.medvedev};
  o.url_template = "https://example.org/actor/{id}?from=graph";
  std::string dot = f.Dot(o);
  std::vector<std::string> node = Lines(dot, NodeId(f.medvedev) + " [");
  REQUIRE(node.size() == 1);
  CHECK(node[0].find("URL=\"https://example.org/actor/6?from=graph\"") != std::string::npos);
  CHECK(node[0].find("aliases: Medvedev\\nroles: president of Russia") != std::string::npos);
  // The affiliation edge draws him near his state.
  CHECK(Lines(dot, NodeId(f.medvedev) + " -> " + NodeId(f.russia)).size() == 1);
}

TEST_CASE("render: the title states the selection, the filter and what was left out") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  o.filter.window = ParseDateRange("2010-11").value();
  o.filter.code_prefix = "04";
  Subgraph sub;
  sub.left_out = 3;
  CHECK(DescribeSelection(f.kg(), sub, o) ==
        "Relations of Russia (depth 1)\ndates 2010-11-01 to 2010-11-30; CAMEO 04*\n"
        "3 less connected actors left out (max 60)");
  o.title = "Custom \"title\"";
  CHECK(f.Dot(o).find("label=\"Custom \\\"title\\\"\"") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph::viz
