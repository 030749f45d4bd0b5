// GDELT 1.0 and 2.0 event exports: the version by column count, actors from codes, the source
// URL as provenance, one-actor rows skipped, bad rows.
#include "graph/import_gdelt.h"

#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::string Fixture(const std::string& name) {
  return testing::SourceDir() + "/tests/data/import/" + name;
}

TEST_CASE("import gdelt: 57, 58 and 61 column rows all import; one-actor rows are skipped") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  GdeltFormat gdelt;
  REQUIRE_OK(imp.ImportFile(Fixture("gdelt_mixed.csv"), gdelt));
  CHECK(imp.counts().rows_read == 6);
  CHECK(imp.counts().skipped == 1);
  CHECK(imp.counts().imported == 4);
  CHECK(imp.counts().merged == 1);  // the visit and its hosting, same day
  const Relation& visit = kg.relation(1);
  CHECK(kg.actor(visit.source).name == "United States");
  CHECK(kg.actor(visit.target).name == "United Kingdom");
  CHECK(visit.cameo == "042");
  CHECK(FormatDateRange(visit.date) == "2018-01-01");
  CHECK(visit.sources == 6);  // 4 articles, then 2 more from another URL
  REQUIRE(visit.evidence.size() == 2);
  CHECK(visit.evidence[0].document == "https://example.com/a?x=1&y=2");
  CHECK(visit.location == "Washington, District of Columbia, United States");
}

TEST_CASE("import gdelt: actor codes give countries, their bodies, people and places") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  GdeltFormat gdelt;
  REQUIRE_OK(imp.ImportFile(Fixture("gdelt_mixed.csv"), gdelt));
  auto kind = [&](const std::string& name) {
    auto ids = kg.FindByName(name);
    REQUIRE_MESSAGE(!ids.empty(), name);
    return kg.actor(ids.front()).kind;
  };
  CHECK(kind("United States") == ActorKind::kCountry);
  CHECK(kind("Legislature (United States)") == ActorKind::kOrganization);
  CHECK(kind("Senate") == ActorKind::kOrganization);
  CHECK(kind("John Howard") == ActorKind::kPerson);
  CHECK(kind("Melbourne") == ActorKind::kLocation);
  const Actor& howard = kg.actor(kg.FindByName("John Howard").at(0));
  REQUIRE(howard.affiliations.size() == 1);
  CHECK(kg.actor(howard.affiliations[0].of).name == "Australia");
  CHECK(howard.cameo == "AUSELI");
}

TEST_CASE("import gdelt: malformed rows name the line and field") {
  KnowledgeGraph kg;
  Importer imp(&kg, ImportOptions{true});
  GdeltFormat gdelt;
  REQUIRE_OK(imp.ImportFile(Fixture("gdelt_bad.csv"), gdelt));
  CHECK(imp.counts().rejected == 3);
  CHECK(imp.counts().imported == 1);
  std::string f = Fixture("gdelt_bad.csv");
  REQUIRE(imp.counts().first_rejects.size() == 3);
  CHECK(imp.counts().first_rejects[0] ==
        f + ":2: expected 57, 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns, found 60");
  CHECK(imp.counts().first_rejects[1] ==
        f + ":3: field SQLDATE: '2018011' is not a date (YYYYMMDD)");
  CHECK(imp.counts().first_rejects[2] == f + ":4: field EventCode: unknown CAMEO code '999'");
}

TEST_CASE("import gdelt: the shared 2.0 sample imports whole") {
  if (!testing::NeedShared()) return;
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  GdeltFormat gdelt;
  REQUIRE_OK(imp.ImportFile(testing::SharedDir() + "/data/gdelt2-sample/20180101000000.export.CSV",
                            gdelt));
  CHECK(imp.counts().rows_read == 2414);
  CHECK(imp.counts().skipped == 2414 - 1404);  // rows without both actor names
  CHECK(imp.counts().imported + imp.counts().merged == 1404);
}

}  // namespace
}  // namespace dipgraph
