// Temporal-KG quadruples: name normalisation, relation names to CAMEO codes, headers and the
// split column, bad rows, --skip-bad, and the whole of ICEWS14 against an independent count.
#include "graph/import_tkg.h"

#include <fstream>
#include <map>
#include <set>

#include "graph/name_key.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::string Fixture(const std::string& name) {
  return testing::SourceDir() + "/tests/data/import/" + name;
}

TEST_CASE("import tkg: names are normalised from their underscore forms") {
  struct {
    const char *raw, *name;
  } cases[] = {
      {"Barack_Obama", "Barack Obama"},
      {"Foreign_Affairs_(France)", "Foreign Affairs (France)"},
      {"Cabinet_/_Council_of_Ministers_/_Advisors_(India)",
       "Cabinet / Council of Ministers / Advisors (India)"},
      {"Pervez Musharraf", "Pervez Musharraf"},
      {"_Trailing__", "Trailing"},
  };
  for (const auto& c : cases) CHECK(NormalizeTkgName(c.raw) == c.name);
}

TEST_CASE("import tkg: relation names map to CAMEO codes, the event code over its root") {
  struct {
    const char *name, *code;
  } cases[] = {
      {"Make_a_visit", "042"},
      {"Express_intent_to_meet_or_negotiate", "036"},
      {"Consult", "040"},
      {"Meet_at_a_'third'_location", "044"},
      {"Arrest,_detain,_or_charge_with_legal_action", "173"},
      {"make statement", "010"},
      {"Make a statement", "010"},  // a variant, from the table of non-matching names
  };
  for (const auto& c : cases) {
    const CameoCode* code = CameoForRelationName(c.name);
    REQUIRE_MESSAGE(code, c.name);
    CHECK_MESSAGE(code->code == c.code, c.name);
  }
  CHECK(CameoForRelationName("Do_a_little_dance") == nullptr);
}

TEST_CASE("import tkg: header and split column are handled; one actor per folded name") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  TkgFormat tkg;
  REQUIRE_OK(imp.ImportFile(Fixture("tkg_good.tsv"), tkg));
  REQUIRE_OK(imp.ImportFile(Fixture("tkg_plain.txt"), tkg));
  CHECK(imp.counts().rows_read == 8);
  CHECK(imp.counts().imported == 6);
  CHECK(imp.counts().merged == 2);  // visit/host and the two consults are one event each
  auto obama = kg.FindByName("barack obama");
  REQUIRE(obama.size() == 1);  // Barack_Obama and BARACK OBAMA
  CHECK(kg.actor(obama[0]).kind == ActorKind::kPerson);
  const Actor& fa = kg.actor(kg.FindByName("Foreign Affairs (France)").at(0));
  CHECK(fa.kind == ActorKind::kOrganization);
  REQUIRE(fa.affiliations.size() == 1);
  CHECK(kg.actor(fa.affiliations[0].of).name == "France");
  CHECK(kg.actor(kg.FindByName("China").at(0)).kind == ActorKind::kCountry);
  CHECK(kg.actor(kg.FindByName("Aam Aadmi Party").at(0)).kind == ActorKind::kOrganization);
}

TEST_CASE("import tkg: bad rows stop the import with FILE:LINE: field NAME: what") {
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  TkgFormat tkg;
  Status st = imp.ImportFile(Fixture("tkg_mixed.tsv"), tkg);
  CHECK(st.message() == Fixture("tkg_mixed.tsv") +
                            ":3: field relation: 'Do_a_little_dance' matches no CAMEO event name");
}

TEST_CASE("import tkg: --skip-bad counts rejected rows and keeps the first five messages") {
  KnowledgeGraph kg;
  Importer imp(&kg, ImportOptions{true});
  TkgFormat tkg;
  REQUIRE_OK(imp.ImportText(
      [] {
        std::ifstream in(Fixture("tkg_mixed.tsv"));
        return std::string(std::istreambuf_iterator<char>(in), {});
      }(),
      "m.tsv", tkg));
  CHECK(imp.counts().rows_read == 10);
  CHECK(imp.counts().rejected == 7);
  CHECK(imp.counts().imported == 2);
  CHECK(imp.counts().merged == 1);
  REQUIRE(imp.counts().first_rejects.size() == 5);
  CHECK(imp.counts().first_rejects[0] ==
        "m.tsv:3: field relation: 'Do_a_little_dance' matches no CAMEO event name");
  CHECK(imp.counts().first_rejects[1] == "m.tsv:4: expected 4 or 5 tab-separated columns, found 3");
  CHECK(imp.counts().first_rejects[2] ==
        "m.tsv:5: field date: '2014-02-30' is not a date (YYYY-MM-DD)");
  CHECK(imp.counts().first_rejects[3] == "m.tsv:6: field head: empty");
  CHECK(imp.counts().first_rejects[4] == "m.tsv:7: field tail: empty");
}

// Meeting partners of Barack Obama in ICEWS14 (CAMEO 04x relation names), counted by reading
// the file directly: partner name key -> number of rows.
std::map<std::string, int> ObamaMeetingsByReadingTheFile(const std::string& path) {
  static const std::set<std::string> kMeetings = {"Consult",
                                                  "Discuss_by_telephone",
                                                  "Make_a_visit",
                                                  "Host_a_visit",
                                                  "Meet_at_a_'third'_location",
                                                  "Mediate",
                                                  "Engage_in_negotiation"};
  std::map<std::string, int> partners;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() < 4 || !kMeetings.count(f[1]) || f[3].substr(0, 4) != "2014") continue;
    if (f[0] == "Barack_Obama" && f[2] != "Barack_Obama") ++partners[NameKey(f[2])];
    if (f[2] == "Barack_Obama" && f[0] != "Barack_Obama") ++partners[NameKey(f[0])];
  }
  return partners;
}

std::map<std::string, int> ObamaMeetingsInTheGraph(const KnowledgeGraph& kg) {
  ActorId obama = kg.FindByName("Barack Obama").at(0);
  RelationFilter f;
  f.window = DateRange::Year(2014);
  f.code_prefix = "04";
  std::map<std::string, int> partners;
  for (RelationId id : kg.RelationsOf(obama)) {
    const Relation& r = kg.relation(id);
    if (!f.Matches(r) || r.source == r.target) continue;
    partners[NameKey(kg.actor(r.source == obama ? r.target : r.source).name)] += r.sources;
  }
  return partners;
}

TEST_CASE("import tkg: all of ICEWS14 imports, and Obama's 2014 meeting partners match the file") {
  if (!testing::NeedShared()) return;
  std::string path = testing::SharedDir() + "/data/icews14/icews14_readable.tsv";
  KnowledgeGraph kg;
  Importer imp(&kg, {});
  TkgFormat tkg;
  REQUIRE_OK(imp.ImportFile(path, tkg));
  CHECK(imp.counts().rows_read == 90730);
  CHECK(imp.counts().rejected == 0);
  CHECK(imp.counts().imported + imp.counts().merged == 90730);
  int64_t reports = 0;
  for (const Relation& r : kg.relations()) reports += r.sources;
  CHECK(reports == 90730);  // every row is counted once, in its own or a merged relation
  auto expected = ObamaMeetingsByReadingTheFile(path);
  CHECK(expected.size() > 50);
  CHECK(ObamaMeetingsInTheGraph(kg) == expected);
}

}  // namespace
}  // namespace dipgraph

namespace dipgraph {
namespace {

TEST_CASE("import tkg: rows merge into the relation the graph itself calls the same event") {
  testing::GraphBuilder b;
  b.AddRelation("Russia", "Georgia", "190", "2008-08");  // a month, from extraction
  b.AddRelation("Georgia", "Russia", "040", "2008-09-03");
  b.AddRelation("NATO", "Russia", "040", "");  // undated
  KnowledgeGraph& kg = b.graph();
  const std::string rows =
      "Russia\tUse_conventional_military_force\tGeorgia\t2008-08-08\n"   // into 1, narrowing it
      "Russia\tConsult\tGeorgia\t2008-09-03\n"                           // into 2, either way
      "Russia\tConsult\tGeorgia\t2008-09-04\n"                           // a new day: new
      "Russia\tUse_conventional_military_force\tGeorgia\t2008-08-09\n";  // 1 is now the 8th: new
  Importer imp(&kg, {});
  TkgFormat tkg;
  REQUIRE_OK(imp.ImportText(rows, "r.tsv", tkg));
  CHECK(imp.counts().merged == 2);
  CHECK(imp.counts().imported == 2);
  CHECK(FormatDateRange(kg.relation(1).date) == "2008-08-08");
  CHECK(kg.relation(1).sources == 2);
  CHECK(kg.relation(2).sources == 2);
  CHECK(kg.relation(3).sources == 1);
  CHECK(kg.relation_count() == 5);
}

}  // namespace
}  // namespace dipgraph
