#include "viz/timeline.h"

#include <sstream>

#include "tests/test_util.h"
#include "tests/viz/golden.h"
#include "tests/viz/viz_fixture.h"

namespace dipgraph::viz {
namespace {

using testing::VizFixture;

std::string Timeline(VizFixture& f, ActorId a, ActorId b, const RelationFilter& filter = {}) {
  std::ostringstream out;
  WriteTimelineDot(f.kg(), a, b, filter, out);
  return out.str();
}

TEST_CASE("timeline: a pair's events match the golden DOT file") {
  VizFixture f;
  testing::CheckGolden("timeline_russia_nato.dot", Timeline(f, f.russia, f.nato));
}

TEST_CASE("timeline: events run left to right in date order, both directions") {
  VizFixture f;
  std::string dot = Timeline(f, f.georgia, f.russia);
  // Relations 1 and 3 (2008-08-08), 2 (2008-08-10), 4 (2010-11-03).
  CHECK(dot.find("e1 -> e3;\n  e3 -> e2;\n  e2 -> e4;") != std::string::npos);
  CHECK(dot.find("Georgia and Russia: 4 events") != std::string::npos);
}

TEST_CASE("timeline: negated events and filtered-out events are left out") {
  VizFixture f;
  std::string dot = Timeline(f, f.us, f.russia);
  CHECK(dot.find("criticize") == std::string::npos);
  CHECK(dot.find("sign formal agreement") != std::string::npos);
  RelationFilter only_2008;
  only_2008.window = ParseDateRange("2008").value();
  CHECK(Timeline(f, f.us, f.russia, only_2008).find("no events") != std::string::npos);
}

TEST_CASE("timeline: evidence snippets are shortened and escaped") {
  VizFixture f;
  f.AddWithEvidence("Georgia", "NATO", "042", "2010-12-01", "He said \"<b>yes</b>\" \\N & left");
  std::string dot = Timeline(f, f.georgia, f.nato);
  CHECK(dot.find("\\\"He said \\\"<b>yes</b>\\\" \\\\N &amp; left\\\"") != std::string::npos);
  std::string shortened = Timeline(f, f.nato, f.russia);
  CHECK(shortened.find("\xE2\x80\xA6") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph::viz
