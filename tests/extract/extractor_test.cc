#include "src/extract/extractor.h"

#include <algorithm>
#include <sstream>

#include "graph/cameo.h"
#include "tests/extract/story_relations.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

// A compact, sorted dump of what was extracted: "Sergei Lavrov -040-> John Kerry 2010-11-05
// asserted @Geneva".
std::vector<std::string> Relations(const std::string& text, const std::string& published) {
  return testing::StoryRelations(
      text, published, [](const Extraction& x, const ExtractedRelation& r) {
        std::string line = testing::Edge(x, r) + " " + FormatDateRange(r.date) + " " +
                           std::string(ModalityName(r.modality));
        return r.location.empty() ? line : line + " @" + r.location;
      });
}

std::vector<std::string> Actors(const std::string& text) {
  auto x = ExtractDocument({"t.txt", "November 3, 2010\n\nMOSCOW (Reuters) - " + text, "", "", ""});
  REQUIRE(x.ok());
  std::vector<std::string> out;
  for (const DocEntity& e : x->model.entities) {
    std::string roles;
    for (const TextAffiliation& a : e.affiliations)
      roles += " [" + std::string(a.former ? "former " : "") + a.role + " of " +
               x->model.entities[a.of].name + "]";
    out.push_back(e.name + " (" + std::string(KindName(e.kind)) + ")" + roles);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool Has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST_CASE("actors: titles give roles; the gazetteer fills in the owner of an ownerless title") {
  auto a = Actors(
      "Russia's Foreign Minister Sergei Lavrov met Prime Minister Vladimir Putin and "
      "Rasmussen, a former Danish prime minister.");
  CHECK(Has(a, "Sergei Lavrov (person) [foreign minister of Russia]"));
  CHECK(Has(a, "Vladimir Putin (person) [prime minister of Russia]"));
  CHECK(Has(a,
            "Anders Fogh Rasmussen (person) [former prime minister of Denmark] [secretary "
            "general of NATO]"));
}

TEST_CASE("actors: a misspelled name and a lone surname are the person named in full") {
  auto a =
      Actors("Russian President Dmitry Medevedev accepted. Medvedev said Russia needs clarity.");
  CHECK(std::count_if(a.begin(), a.end(),
                      [](const std::string& s) { return s.find("Medvedev") != s.npos; }) == 1);
  CHECK(Has(a, "Dmitry Medvedev (person) [president of Russia]"));
}

TEST_CASE("actors: a capital is the state when it acts and a place after a preposition") {
  auto a = Actors("Moscow fears the shield. The summit took place in Lisbon.");
  CHECK(Has(a, "Russia (country)"));
  CHECK(Has(a, "Lisbon (location)"));
  CHECK(!Has(a, "Portugal (country)"));
}

TEST_CASE("actors: descriptions point to the organization the story names") {
  auto a = Actors("NATO met. The 28-nation alliance will meet again.");
  CHECK(a == std::vector<std::string>{"NATO (organization)"});
}

TEST_CASE("actors: people the gazetteer lacks are found by title and by what they say") {
  auto a = Actors("Economy Minister Youssri Mustapha met envoys. Stephen Hess told Reuters.");
  CHECK(Has(a, "Youssri Mustapha (person)"));
  CHECK(Has(a, "Stephen Hess (person)"));
}

TEST_CASE("events: voice, nominal forms, coordination and dates") {
  CHECK(Relations("Afghanistan was invaded by the Soviet Union in 1979.", "November 3, 2010") ==
        std::vector<std::string>{"Soviet Union -192-> Afghanistan 1979 asserted"});
  CHECK(Relations("Russian and U.S. officials last week hailed a joint operation.",
                  "November 3, 2010") ==
        std::vector<std::string>{"Russia -051-> United States 2010-10-25/2010-10-31 asserted"});
  CHECK(Relations("NATO has called on Russia to expand supply routes.", "November 3, 2010") ==
        std::vector<std::string>{"NATO -020-> Russia 2010-11-03 asserted"});
}

TEST_CASE("events: doubted and denied meetings are never asserted") {
  CHECK(
      Relations("It was unclear whether Rasmussen would speak with Prime Minister Vladimir Putin.",
                "November 3, 2010") ==
      std::vector<std::string>{"Anders Fogh Rasmussen -040-> Vladimir Putin  hypothetical"});
  auto negated = Relations("Putin did not meet Rasmussen.", "November 3, 2010");
  REQUIRE(negated.size() == 1);
  CHECK(negated[0].find("negated") != std::string::npos);
}

TEST_CASE("events: a caption states a dated meeting at its place") {
  auto r = Relations(
      "The talks went on.\n\nNATO Secretary General Anders Fogh Rasmussen (3d L) speaks during a "
      "meeting with Russia's Foreign Minister Sergei Lavrov in Moscow, November 3, 2010. "
      "REUTERS/Alexander Natruskin",
      "November 3, 2010");
  CHECK(Has(r, "Anders Fogh Rasmussen -040-> Sergei Lavrov 2010-11-03 asserted @Moscow"));
}

}  // namespace
}  // namespace dipgraph
