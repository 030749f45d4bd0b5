// ICEWS coded event files: actors from sectors, provenance, merging reciprocal rows, bad rows.
#include "graph/import_icews.h"

#include <algorithm>
#include <sstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::string Fixture(const std::string& name) {
  return testing::SourceDir() + "/tests/data/import/" + name;
}

// "Police (India) organization, of India as Police"
std::string ActorLine(const KnowledgeGraph& kg, const Actor& a) {
  std::string s = a.name + " " + std::string(KindName(a.kind));
  for (const Affiliation& f : a.affiliations) s += ", of " + kg.actor(f.of).name + " as " + f.role;
  return s;
}

std::string Relations(const KnowledgeGraph& kg) {
  std::vector<std::string> lines;
  for (const Relation& r : kg.relations())
    lines.push_back(kg.actor(r.source).name + " -" + r.cameo + "-> " + kg.actor(r.target).name +
                    " " + FormatDateRange(r.date) + " x" + std::to_string(r.sources));
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

const Actor& Named(const KnowledgeGraph& kg, const std::string& name) {
  auto ids = kg.FindByName(name);
  REQUIRE(!ids.empty());
  return kg.actor(ids.front());
}

TEST_CASE("import icews: rows become dated relations; reciprocal rows of one sentence merge") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  IcewsFormat icews;
  REQUIRE_OK(imp.ImportFile(Fixture("icews_good.tab"), icews));
  CHECK(imp.counts().rows_read == 5);
  CHECK(imp.counts().imported == 4);
  CHECK(imp.counts().merged == 1);
  CHECK(Relations(kg) ==
        "Citizen (India) -020-> Government (India) 2018-06-02 x1\n"
        "Donald Trump -042-> Singapore 2018-06-02 x1\n"
        "European Union -111-> Russia 2018-06-02 x1\n"
        "Foreign Affairs (Bangladesh) -040-> Police (India) 2018-06-01 x1\n");
}

TEST_CASE("import icews: sectors give kinds and affiliations to the actor's country") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  IcewsFormat icews;
  REQUIRE_OK(imp.ImportFile(Fixture("icews_good.tab"), icews));
  CHECK(ActorLine(kg, Named(kg, "Foreign Affairs (Bangladesh)")) ==
        "Foreign Affairs (Bangladesh) organization, of Bangladesh as Foreign Ministry");
  CHECK(ActorLine(kg, Named(kg, "Police (India)")) ==
        "Police (India) organization, of India as Police");
  CHECK(ActorLine(kg, Named(kg, "Citizen (India)")) ==
        "Citizen (India) group, of India as General Population / Civilian / Social");
  CHECK(ActorLine(kg, Named(kg, "Donald Trump")) ==
        "Donald Trump person, of United States as Executive Office");
  CHECK(ActorLine(kg, Named(kg, "European Union")) == "European Union organization");
  CHECK(Named(kg, "Russian Federation").name == "Russia");
  CHECK(Named(kg, "Russia").iso3 == "RUS");
  CHECK(Named(kg, "India").kind == ActorKind::kCountry);
}

TEST_CASE("import icews: story and sentence become evidence, the place becomes the location") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  IcewsFormat icews;
  REQUIRE_OK(imp.ImportFile(Fixture("icews_good.tab"), icews));
  const Relation& r = kg.relation(1);
  REQUIRE(r.evidence.size() == 1);  // the reciprocal row cites the same sentence
  CHECK(r.evidence[0].document == "icews:100");
  CHECK(r.evidence[0].text == "Consult (sentence 2)");
  CHECK(r.location == "Hanoi, Thanh Pho Ha Noi, Vietnam (21.0245, 105.841)");
  REQUIRE(kg.FindDocument("icews:100"));
  CHECK(kg.FindDocument("icews:100")->source == "Vietnam News Agency");
  CHECK(kg.relation(3).location == "India");
}

TEST_CASE("import icews: a malformed row is reported as FILE:LINE: field NAME: what") {
  const std::string header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO "
      "Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence "
      "Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";
  auto row = [](std::string date, std::string source, std::string code) {
    return "1\t" + date + "\t" + source + "\tNA\tChina\tConsult\t" + code +
           "\t1\tJapan\tNA\tJapan\t9\t1\tX\tNA\tNA\tNA\tJapan\tNA\tNA\n";
  };
  struct Case {
    std::string line, error;
  } cases[] = {
      {"1\t2018-06-01\tChina\n", "f.tab:2: expected 20 tab-separated columns, found 3"},
      {row("2018-06-31", "China", "040"),
       "f.tab:2: field Event Date: '2018-06-31' is not a date (YYYY-MM-DD)"},
      {row("2018-06-01", "NA", "040"), "f.tab:2: field Source Name: empty"},
      {row("2018-06-01", "China", "999"), "f.tab:2: field CAMEO Code: unknown CAMEO code '999'"},
  };
  for (const Case& c : cases) {
    KnowledgeGraph kg;
    Importer imp(&kg, {});
    IcewsFormat icews;
    Status st = imp.ImportText(header + c.line + row("2018-06-01", "China", "040"), "f.tab", icews);
    CHECK(st.message() == c.error);
    CHECK(kg.relation_count() == 0);
  }
}

TEST_CASE("import icews: the shared sample imports whole") {
  if (!testing::NeedShared()) return;
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  IcewsFormat icews;
  REQUIRE_OK(imp.ImportFile(testing::SharedDir() + "/data/icews-raw-sample/events.2018.sample.tab",
                            icews));
  CHECK(imp.counts().rows_read == 3705);
  CHECK(imp.counts().rejected == 0);
  CHECK(imp.counts().imported + imp.counts().merged == 3705);
  CHECK(kg.relation_count() == imp.counts().imported);
}

}  // namespace
}  // namespace dipgraph
