#include "viz/dot_escape.h"

#include <graphviz/cgraph.h>

#include <sstream>
#include <vector>

#include "tests/test_util.h"
#include "viz/dot_writer.h"
#include "viz/render.h"

namespace dipgraph::viz {
namespace {

// What Graphviz shows for a label value as cgraph returns it: undoes DotLabel's escapes.
std::string Shown(const std::string& value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      out += value[i + 1] == 'n' ? '\n' : value[i + 1];
      ++i;
    } else if (value.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 4;
    } else {
      out += value[i];
    }
  }
  return out;
}

const std::vector<std::string> kHostileNames = {
    "A\" -> B [label=\"x",
    "<script>alert(1)</script>",
    "back\\slash \\N \\G and trailing\\",
    "two\nlines",
    "AT&amp;T & co",
    "}; digraph evil { x",
    "O'Brien /* comment */ // too",
};

TEST_CASE("dot: label escaping quotes, backslashes, entities and newlines") {
  CHECK(DotLabel("a\"b") == "\"a\\\"b\"");
  CHECK(DotLabel("a\\b") == "\"a\\\\b\"");
  CHECK(DotLabel("x&amp;y") == "\"x&amp;amp;y\"");
  CHECK(DotLabel("1\n2\r\n3") == "\"1\\n2\\n3\"");
  CHECK(DotLabel("tab\there") == "\"tab here\"");
  CHECK(DotLabel("bad\xff") == "\"bad\xEF\xBF\xBD\"");
  CHECK(DotTooltip("a\\N") == "\"a\xEF\xBC\xBCN\"");
  CHECK(DotQuoted("/actor/\"1\"") == "\"/actor/\\\"1\\\"\"");
  CHECK(Snippet("Gr\xC3\xBC\xC3\x9F"
                "e aus Moskau",
                5) ==
        "Gr\xC3\xBC\xC3\x9F"
        "e\xE2\x80\xA6");
}

TEST_CASE("dot: hostile actor names change nothing but their own label") {
  testing::GraphBuilder b;
  for (const std::string& name : kHostileNames) {
    b.Actor(name);
    b.AddRelation(name, "Hub", "042", "2010-11-03");
  }
  RenderOptions options;
  options.legend = false;
  auto sub = SelectSubgraph(b.graph(), options);
  REQUIRE_OK(sub.status());
  std::ostringstream dot;
  WriteDot(b.graph(), *sub, options, dot);

  Agraph_t* g = agmemread(dot.str().c_str());
  REQUIRE(g != nullptr);
  CHECK(agnnodes(g) == static_cast<int>(kHostileNames.size()) + 1);
  CHECK(agnedges(g) == static_cast<int>(kHostileNames.size()));
  for (const std::string& name : kHostileNames) {
    ActorId id = b.graph().FindByName(name).front();
    Agnode_t* n = agnode(g, const_cast<char*>(NodeId(id).c_str()), 0);
    REQUIRE(n != nullptr);
    CHECK(Shown(agget(n, const_cast<char*>("label"))) == name);
  }
  agclose(g);
}

TEST_CASE("dot: a script tag in a name reaches SVG as text, not markup") {
  testing::GraphBuilder b;
  b.AddRelation("<script>alert(1)</script>", "A\" -> B [label=\"x", "042", "2010-11-03");
  RenderOptions options;
  auto sub = SelectSubgraph(b.graph(), options);
  std::ostringstream dot;
  WriteDot(b.graph(), *sub, options, dot);
  std::string svg;
  REQUIRE_OK(RenderDot(dot.str(), "", "svg", &svg));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(svg.find("A&quot; &#45;&gt; B [label=&quot;x") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph::viz
