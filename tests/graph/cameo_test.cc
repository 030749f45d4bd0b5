#include "graph/cameo.h"

#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

// Splits one line of the shared CSV (quoted fields, commas inside quotes).
std::vector<std::string> CsvFields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ',' && !quoted)
      out.emplace_back();
    else
      out.back().push_back(c);
  }
  return out;
}

TEST_CASE("CAMEO: our table has every code of the shared CAMEO table, with label and Goldstein") {
  if (!testing::NeedShared()) return;
  std::ifstream in(testing::SharedDir() + "/data/icews-raw-sample/cameo-codes.csv");
  std::string line;
  std::getline(in, line);  // header
  int checked = 0;
  while (std::getline(in, line)) {
    auto f = CsvFields(line);
    REQUIRE(f.size() >= 5);
    const CameoCode* c = LookupCameo(f[3]);
    REQUIRE_MESSAGE(c != nullptr, f[3]);
    std::string label = f[2];
    for (char& ch : label) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string ours = c->label;
    for (char& ch : ours) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    CHECK_MESSAGE(ours == label, f[3]);
    CHECK_MESSAGE(c->goldstein == doctest::Approx(std::stod(f[4])), f[3]);
    ++checked;
  }
  CHECK(checked == 312);
  CHECK(AllCameoCodes().size() == 312);
}

TEST_CASE("CAMEO: roots give quad classes, codes know their root") {
  CHECK(LookupCameo("042")->label == "make a visit");
  CHECK(LookupCameo("042")->root == 4);
  CHECK(LookupCameo("042")->quad_class == 1);
  CHECK(LookupCameo("0874")->quad_class == 2);
  CHECK(LookupCameo("112")->quad_class == 3);
  CHECK(LookupCameo("190")->quad_class == 4);
  CHECK(LookupCameo("190")->goldstein == doctest::Approx(-10));
  CHECK(LookupCameo("999") == nullptr);
}

TEST_CASE("cameo: the intent form of an act is its CAMEO 03 code") {
  CHECK(IntentCode("042") == "036");
  CHECK(IntentCode("045") == "039");
  CHECK(IntentCode("057") == "032");
  CHECK(IntentCode("061") == "0311");
  CHECK(IntentCode("071") == "0331");
  CHECK(IntentCode("0841") == "0353");
  CHECK(IntentCode("085") == "0354");
  CHECK(IntentCode("080") == "035");
  CHECK(IntentCode("190").empty());
  CHECK(IntentCode("010").empty());
  for (std::string code : {"042", "057", "062", "073", "087"})
    CHECK(LookupCameo(IntentCode(code)) != nullptr);
}

TEST_CASE("cameo: the threat form of a hostile act is its CAMEO 13 code") {
  CHECK(ThreatCode("163") == "1312");
  CHECK(ThreatCode("161") == "1313");
  CHECK(ThreatCode("173") == "137");
  CHECK(ThreatCode("172") == "132");
  CHECK(ThreatCode("1723") == "1323");
  CHECK(ThreatCode("190") == "1384");
  CHECK(ThreatCode("192") == "1382");
  CHECK(ThreatCode("195") == "1384");
  CHECK(ThreatCode("141") == "133");
  CHECK(ThreatCode("042").empty());
  CHECK(ThreatCode("111").empty());
  for (std::string code : {"141", "150", "160", "163", "172", "180", "191", "202"})
    CHECK(LookupCameo(ThreatCode(code)) != nullptr);
}

TEST_CASE("cameo: roots and the families the extractor reasons with") {
  CHECK(CameoRoot("042") == 4);
  CHECK(CameoRoot("1384") == 13);
  CHECK(CameoRoot("x1") == 0);
  CHECK(IsMutualCode("036"));
  CHECK(IsMutualCode("061"));
  CHECK_FALSE(IsMutualCode("111"));
  CHECK(IsUseOfForce("193"));
  CHECK(IsUseOfForce("202"));
  CHECK_FALSE(IsUseOfForce("173"));
  CHECK(IsDomesticCode("141"));
  CHECK(IsDomesticCode("173"));
  CHECK(IsDomesticCode("190"));
  CHECK_FALSE(IsDomesticCode("163"));
  CHECK_FALSE(IsDomesticCode("020"));
  CHECK(TargetsActorItself("040"));
  CHECK(TargetsActorItself("042"));
  CHECK(TargetsActorItself("054"));
  CHECK_FALSE(TargetsActorItself("051"));
  CHECK_FALSE(TargetsActorItself("111"));
}

}  // namespace
}  // namespace dipgraph
