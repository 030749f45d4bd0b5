// Exports: escaping of untrusted names in XML, CSV and DOT; filters; Neo4j headers; GraphML and
// GEXF read back by NetworkX.
#include <fstream>
#include <sstream>

#include "graph/export_csv.h"
#include "graph/export_dot.h"
#include "graph/export_gexf.h"
#include "graph/export_graphml.h"
#include "graph/export_neo4j.h"
#include "graph/export_util.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::GraphBuilder;

const char kNasty[] = "A <b> & \"c\", d\ne's \\ end";

KnowledgeGraph NastyGraph() {
  GraphBuilder b;
  b.Actor(kNasty, ActorKind::kOrganization);
  b.AddRelation(kNasty, "Russia", "042", "2014-01-02");
  b.AddRelation("Russia", "Georgia", "190", "2008-08");
  b.AddRelation("NATO", "Russia", "036", "2010-11-19/2010-11-20", Modality::kPlanned);
  return std::move(b.graph());
}

template <typename Fn>
std::string Write(Fn fn, const KnowledgeGraph& kg, const RelationFilter& f = {}) {
  std::ostringstream out;
  fn(kg, SelectForExport(kg, f), out);
  return out.str();
}

TEST_CASE("export: XML escaping covers markup, quotes, line breaks and bad bytes") {
  std::string out;
  AppendXmlEscaped("a<b>&\"c\"'\n\t\x01z\xff", &out);
  CHECK(out == "a&lt;b&gt;&amp;&quot;c&quot;&apos;&#10;&#9;z\xEF\xBF\xBD");
  out.clear();
  AppendXmlEscaped(
      "Erdo\xC4\x9F"
      "an",
      &out);
  CHECK(out ==
        "Erdo\xC4\x9F"
        "an");
}

TEST_CASE("export: CSV fields are quoted per RFC 4180 only when needed") {
  struct {
    const char *in, *out;
  } cases[] = {{"plain", "plain"},
               {"a,b", "\"a,b\""},
               {"say \"hi\"", "\"say \"\"hi\"\"\""},
               {"two\nlines", "\"two\nlines\""},
               {" pad", "\" pad\""},
               {"", ""}};
  for (const auto& c : cases) {
    std::string out;
    AppendCsvField(c.in, &out);
    CHECK(out == c.out);
  }
}

TEST_CASE("export: DOT strings escape quotes, backslashes and line breaks") {
  std::string out;
  AppendDotString("say \"hi\" \\ now\nthen", &out);
  CHECK(out == "\"say \\\"hi\\\" \\\\ now\\nthen\"");
  KnowledgeGraph kg = NastyGraph();
  std::string dot = Write(WritePlainDot, kg);
  CHECK(dot.find("n1 [label=\"A <b> & \\\"c\\\", d\\ne's \\\\ end\", kind=\"organization\"];") !=
        std::string::npos);
  CHECK(dot.find("n1 -> n2 [label=\"042\", id=\"e1\", date=\"2014-01-02\", "
                 "modality=\"asserted\", sources=\"1\"];") != std::string::npos);
  CHECK(Write(WritePlainDot, kg) == dot);  // deterministic
}

TEST_CASE("export: the CSV edge list has a header and one quoted-as-needed row per relation") {
  KnowledgeGraph kg = NastyGraph();
  std::string csv = Write(WriteEdgeCsv, kg);
  CHECK(csv.rfind("id,source_id,source,source_kind,target_id,target,", 0) == 0);
  CHECK(csv.find("\r\n1,1,\"A <b> & \"\"c\"\", d\ne's \\ end\",organization,2,Russia,country,042,"
                 "make a visit,1,1.9,2014-01-02,2014-01-02,2014-01-02,,asserted,1,1,,\r\n") !=
        std::string::npos);
  CHECK(csv.find("3,4,NATO,country,2,Russia,country,036,") != std::string::npos);
}

TEST_CASE("export: filters keep matching relations and only the actors they touch") {
  KnowledgeGraph kg = NastyGraph();
  RelationFilter f;
  f.code_prefix = "19";
  std::string csv = Write(WriteEdgeCsv, kg, f);
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 2);
  std::string xml = Write(WriteGraphml, kg, f);
  CHECK(xml.find("<node id=\"n2\">") != std::string::npos);
  CHECK(xml.find("<node id=\"n1\">") == std::string::npos);
}

TEST_CASE("export: GraphML declares typed keys; GEXF edges carry start and end dates") {
  KnowledgeGraph kg = NastyGraph();
  std::string xml = Write(WriteGraphml, kg);
  CHECK(xml.find("<key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" "
                 "attr.type=\"double\"/>") != std::string::npos);
  CHECK(xml.find("<data key=\"name\">A &lt;b&gt; &amp; &quot;c&quot;, d&#10;e&apos;s \\ "
                 "end</data>") != std::string::npos);
  std::string gexf = Write(WriteGexf, kg);
  CHECK(gexf.find("<edge id=\"e2\" source=\"n2\" target=\"n3\" label=\"use conventional "
                  "military force\" start=\"2008-08-01\" end=\"2008-08-31\"") != std::string::npos);
  CHECK(gexf.find("mode=\"dynamic\"") != std::string::npos);
}

TEST_CASE("export: Neo4j files carry admin-import headers; the command names both files") {
  KnowledgeGraph kg = NastyGraph();
  std::string actors = Write(WriteNeo4jActors, kg);
  std::string rels = Write(WriteNeo4jRelations, kg);
  CHECK(actors.rfind("actorId:ID,name,kind,iso3,cameo,aliases:string[],:LABEL\n", 0) == 0);
  CHECK(actors.find("2,Russia,country,,,,Actor;Country\n") != std::string::npos);
  CHECK(rels.rfind(":START_ID,:END_ID,:TYPE,", 0) == 0);
  CHECK(rels.find("\n2,3,FIGHT,2,190,use conventional military force,4,-10,2008-08,2008-08-01,"
                  "2008-08-31,,asserted,1,1,\n") != std::string::npos);
  CHECK(Neo4jImportCommand("/tmp/out") ==
        "neo4j-admin database import full --nodes='/tmp/out/actors.csv' "
        "--relationships='/tmp/out/relations.csv' --multiline-fields=true neo4j");
}

}  // namespace
}  // namespace dipgraph
