// GraphML and GEXF exports read back by NetworkX (python3-networkx) with the same node and edge
// counts. Skips, saying so, where python3 cannot import networkx.
#include <fstream>

#include "graph/export_gexf.h"
#include "graph/export_graphml.h"
#include "graph/import_icews.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::RunCommand;

// The python3 that has networkx (Debian's first, as scripts/deps installs it), or "".
std::string PythonWithNetworkx() {
  std::string out;
  for (const char* py : {"/usr/bin/python3", "python3"})
    if (RunCommand(std::string(py) + " -c 'import networkx'", &out) == 0) return py;
  return "";
}

// "nodes edges" as NetworkX counts them after reading `path` with `reader`.
std::string CountsByNetworkx(const std::string& python, const std::string& reader,
                             const std::string& path) {
  std::string out;
  int rc = RunCommand(python + " -c 'import sys, networkx as nx; g = nx." + reader +
                          "(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())' " + path,
                      &out);
  CHECK_MESSAGE(rc == 0, out);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void CheckRoundTrip(const KnowledgeGraph& kg) {
  std::string python = PythonWithNetworkx();
  if (python.empty()) {
    MESSAGE("skipped: python3 cannot import networkx (install python3-networkx)");
    return;
  }
  testing::TempDir dir;
  std::string expected =
      std::to_string(kg.actor_count()) + " " + std::to_string(kg.relation_count());
  {
    std::ofstream out(dir.Path("g.graphml"));
    WriteGraphml(kg, SelectForExport(kg, RelationFilter{}), out);
  }
  {
    std::ofstream out(dir.Path("g.gexf"));
    WriteGexf(kg, SelectForExport(kg, RelationFilter{}), out);
  }
  CHECK(CountsByNetworkx(python, "read_graphml", dir.Path("g.graphml")) == expected);
  CHECK(CountsByNetworkx(python, "read_gexf", dir.Path("g.gexf")) == expected);
}

TEST_CASE("export networkx: GraphML and GEXF with hostile names read back whole") {
  testing::GraphBuilder b;
  b.Actor("A <b> & \"c\", d\ne's \\ end\x01", ActorKind::kOrganization);
  b.AddRelation("A <b> & \"c\", d\ne's \\ end\x01", "Russia", "042", "2014-01-02");
  b.AddRelation("Russia", "Georgia", "190", "2008-08");
  b.AddRelation("Russia", "Georgia", "190", "2008-09");  // parallel edge
  b.AddRelation("NATO", "Russia", "036", "2010-11-19/2010-11-20", Modality::kPlanned);
  b.Actor("Loner");
  CheckRoundTrip(b.graph());
}

TEST_CASE("export networkx: the imported ICEWS sample reads back whole") {
  if (!testing::NeedShared()) return;
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  IcewsFormat icews;
  REQUIRE_OK(imp.ImportFile(testing::SharedDir() + "/data/icews-raw-sample/events.2018.sample.tab",
                            icews));
  CheckRoundTrip(kg);
}

}  // namespace
}  // namespace dipgraph
