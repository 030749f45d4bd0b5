#include "viz/render.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"
#include "tests/viz/viz_fixture.h"

namespace dipgraph::viz {
namespace {

using testing::VizFixture;

std::string FixtureDot() {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  o.url_template = "/actor/{id}";
  return f.Dot(o);
}

// Runs fn with the process's stderr sent to a file; returns what was written there.
template <typename Fn>
std::string CaptureStderr(Fn fn) {
  testing::TempDir dir;
  std::string path = dir.Path("stderr.txt");
  std::fflush(stderr);
  int saved = dup(2);
  FILE* file = std::fopen(path.c_str(), "w");
  dup2(fileno(file), 2);
  fn();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::fclose(file);
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("render: RenderDot makes a well-formed SVG with names, links and tooltips") {
  std::string svg;
  REQUIRE_OK(RenderDot(FixtureDot(), "", "svg", &svg));
  CHECK((svg.rfind("<?xml", 0) == 0 || svg.rfind("<svg", 0) == 0));
  CHECK(svg.find("</svg>") != std::string::npos);
  for (const char* name : {"Russia", "Georgia", "NATO", "Afghanistan", "United States"})
    CHECK_MESSAGE(svg.find(std::string(">") + name + "<") != std::string::npos, name);
  CHECK(svg.find("xlink:href=\"/actor/1\"") != std::string::npos);
  CHECK(svg.find("aliases: Russian Federation") != std::string::npos);
}

TEST_CASE("render: RenderDot makes PNG and PDF files") {
  std::string png, pdf;
  REQUIRE_OK(RenderDot(FixtureDot(), "", "png", &png));
  CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  REQUIRE_OK(RenderDot(FixtureDot(), "neato", "pdf", &pdf));
  CHECK(pdf.rfind("%PDF", 0) == 0);
}

TEST_CASE("render: invalid DOT is an error carrying Graphviz's message, nothing printed") {
  std::string out;
  Status st;
  std::string printed = CaptureStderr([&] { st = RenderDot("digraph { a -> }", "", "svg", &out); });
  CHECK_FALSE(st.ok());
  CHECK(st.message().find("syntax error in line") != std::string::npos);
  CHECK(printed.empty());
  // Graphviz recovers: the next graph renders.
  REQUIRE_OK(RenderDot("digraph { a -> b }", "", "svg", &out));
}

TEST_CASE("render: an unknown layout or format is an error naming it, nothing printed") {
  std::string out;
  Status layout, format;
  std::string printed = CaptureStderr([&] {
    layout = RenderDot("digraph { a -> b }", "nosuch", "svg", &out);
    format = RenderDot("digraph { a -> b }", "dot", "nosuch", &out);
  });
  CHECK(layout.message().find("nosuch") != std::string::npos);
  CHECK(format.message().find("nosuch") != std::string::npos);
  CHECK(printed.empty());
  CHECK(IsKnownLayout("sfdp"));
  CHECK_FALSE(IsKnownLayout("nosuch"));
  CHECK(IsKnownFormat("pdf"));
}

TEST_CASE("render: a given layout overrides the one written in the DOT") {
  std::string dot_out, circo_out;
  std::string text = "digraph { graph [layout=dot]; a -> b; b -> c; c -> a; }";
  REQUIRE_OK(RenderDot(text, "", "svg", &dot_out));
  REQUIRE_OK(RenderDot(text, "circo", "svg", &circo_out));
  CHECK(dot_out != circo_out);
}

}  // namespace
}  // namespace dipgraph::viz
