// Roles from the parse: who acts and who undergoes is read from the sentence's dependency tree
// (subject, object, passive agent, coordination, possessor), not from the words' order.
#include <algorithm>
#include <sstream>

#include "tests/extract/story_relations.h"

namespace dipgraph {
namespace {

// What to show of each relation besides "Source -code-> Target".
enum class Show { kModalityAndParse, kDate, kModality };

// The relations of a story published on `published` ("Source -code-> Target ..."), sorted.
std::vector<std::string> Relations(const std::string& published, const std::string& text,
                                   Show show) {
  return testing::StoryRelations(
      text, published, [&](const Extraction& x, const ExtractedRelation& r) {
        std::string line = testing::Edge(x, r) + " ";
        if (show == Show::kDate) return line + FormatDateRange(r.date);
        line += ModalityName(r.modality);
        if (show == Show::kModalityAndParse)
          line += " " + r.trigger + "/" + r.source_head + "/" + r.target_head;
        return line;
      });
}

// "Source -code-> Target modality trigger/source-head/target-head" in a story of 2010.
std::vector<std::string> Coded(const std::string& text) {
  return Relations("November 3, 2010", text, Show::kModalityAndParse);
}

// "Source -code-> Target date" in a story of 1987-03-11.
std::vector<std::string> Dated(const std::string& text) {
  return Relations("March 11, 1987", text, Show::kDate);
}

// "Source -code-> Target modality" in a story of 1987-03-11.
std::vector<std::string> Coded1987(const std::string& text) {
  return Relations("March 11, 1987", text, Show::kModality);
}

TEST_CASE("roles: the passive agent acts and the passive subject undergoes") {
  CHECK(Coded("Afghanistan was invaded by the Soviet Union in 1979.") ==
        std::vector<std::string>{
            "Soviet Union -192-> Afghanistan asserted invade/Soviet Union/Afghanistan"});
}

TEST_CASE("roles: every member of a coordinated subject takes part") {
  CHECK(Coded("Britain, France and Italy condemned Iran on Tuesday.") ==
        std::vector<std::string>{"France -111-> Iran asserted condemn/Britain/Iran",
                                 "Italy -111-> Iran asserted condemn/Britain/Iran",
                                 "United Kingdom -111-> Iran asserted condemn/Britain/Iran"});
}

TEST_CASE("roles: a reported act keeps its own subject, not the speaker") {
  CHECK(Coded("Lavrov said on Tuesday that Japan had insulted Russia.") ==
        std::vector<std::string>{"Japan -111-> Russia asserted insult/Japan/Russia"});
}

TEST_CASE("roles: the possessor of what is criticised is the target") {
  CHECK(Coded("Russia criticized Japan's reaction on Tuesday.") ==
        std::vector<std::string>{"Russia -111-> Japan asserted criticize/Russia/reaction"});
}

TEST_CASE("roles: he and she stand for the person named last") {
  auto coded =
      Coded("Angela Merkel arrived in Paris on Monday. She met Nicolas Sarkozy at the Elysee.");
  CHECK(std::count(coded.begin(), coded.end(),
                   "Angela Merkel -040-> Nicolas Sarkozy asserted meet/She/Nicolas Sarkozy") == 1);
}

TEST_CASE("roles: a meeting that the governing verb calls off did not take place") {
  auto coded = Coded("Tuesday's meeting between Barack Obama and Rodrigo Duterte was called off.");
  for (const std::string& c : coded) CHECK_MESSAGE(c.find("asserted") == std::string::npos, c);
  CHECK(std::count(
            coded.begin(), coded.end(),
            "Barack Obama -040-> Rodrigo Duterte negated meeting/Barack Obama/Rodrigo Duterte") ==
        1);
}

TEST_CASE("roles: an act in a controlled clause has the controller as its subject") {
  CHECK(Coded("China agreed on Tuesday to resume talks with Japan.") ==
        std::vector<std::string>{"China -036-> Japan planned agree/China/Japan"});
}

TEST_CASE("roles: a participle describing a noun makes it the one acted upon, never the actor") {
  for (const std::string& r :
       Dated("One of the Islamic State's most senior leaders is dead, killed in what U.S. and "
             "Iraqi officials describe as a joint operation."))
    CHECK_MESSAGE(r.rfind("Islamic State", 0) != 0, r);
}

TEST_CASE("dates: the event's own clause dates it before the clause that reports it") {
  auto r = Dated(
      "Prime Minister Yasuhiro Nakasone said on Tuesday he would visit Washington "
      "in late April.");
  REQUIRE(r.size() == 1);
  CHECK(r[0] == "Yasuhiro Nakasone -042-> United States 1987-04-21/1987-04-30");
}

TEST_CASE("dates: a date in a clause describing a noun does not date the main event") {
  auto r = Dated(
      "Egypt, which has not repaid its military debt since 1977, asked the Soviet "
      "Union on Monday for new credits.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].find("1987-03-09") != std::string::npos);
}

TEST_CASE("roles: 'X, backed by Y, ...' is Y backing X") {
  auto r = Coded1987("Britain, backed by the Netherlands, opposed a proposed tax on edible oils.");
  CHECK(r == std::vector<std::string>{"Netherlands -051-> United Kingdom asserted"});
}

TEST_CASE("roles: a noun phrase after the verb that is no actor is its object") {
  CHECK(Coded1987("Mulroney and President Reagan endorsed a report by acid rain envoys.").empty());
  CHECK(Coded1987("Lawson told a press conference Japan had to open its markets.").empty());
}

TEST_CASE("roles: coordinated nationalities before one noun are each a side") {
  auto r = Coded1987("Russian and U.S. officials hailed a joint anti-narcotics operation.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].find("-051->") != std::string::npos);
}

TEST_CASE("modality: 'MAY' in a headline in capitals is the verb, not the month") {
  CHECK(Coded1987("U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN") ==
        std::vector<std::string>{"United States -085-> Japan hypothetical"});
}

TEST_CASE("roles: a state's own police or soldiers against its protesters or students") {
  CHECK(Coded1987("Chilean police detained Chilean students in Santiago.") ==
        std::vector<std::string>{"Chile -173-> Chilean students asserted"});
}

TEST_CASE("roles: a country's firms and their own state are one side in words and deals") {
  CHECK(Coded1987("Japanese companies urged Japan to cut tariffs.").empty());
}

TEST_CASE("roles: an object that names no actor is attributed to the country it happens in") {
  CHECK(Coded1987("Canada condemned the crackdown in Chile.") ==
        std::vector<std::string>{"Canada -111-> Chile asserted"});
  CHECK(Coded1987("Pakistan condemned the bombing in Kabul.").empty());
}

TEST_CASE("roles: an open clause's subject is the object above it") {
  CHECK(Coded("Japan persuaded the United States to lift sanctions against Iran.") ==
        std::vector<std::string>{"United States -085-> Iran planned lift/United States/Iran"});
}

TEST_CASE("actors: a known surname beginning a longer name is a given name") {
  CHECK(Coded1987("White House chief of staff Howard Baker met Yitzhak Shamir.") ==
        std::vector<std::string>{"Howard Baker -040-> Yitzhak Shamir asserted"});
}

TEST_CASE("roles: force against a place strikes the country the place is in") {
  CHECK(Coded1987("Iranian gunboats attacked a tanker near Kuwait City.") ==
        std::vector<std::string>{"Iran -190-> Kuwait asserted"});
  CHECK(Coded1987("Iraqi jets bombed Tehran.") ==
        std::vector<std::string>{"Iraq -195-> Iran asserted"});
}

TEST_CASE("roles: a recipient before the thing given needs no 'to'") {
  CHECK(Coded1987("The bank might lend China 300 mln dlrs, Japan said.").empty());
  CHECK(Coded1987("Japan lends Brazil two billion dollars.") ==
        std::vector<std::string>{"Japan -071-> Brazil asserted"});
}

TEST_CASE("modality: a commitment to act is an asserted statement of intent") {
  CHECK(Coded1987("Venezuela agreed to lend Ecuador five mln barrels of crude.") ==
        std::vector<std::string>{"Venezuela -0331-> Ecuador asserted"});
  CHECK(Coded1987("Venezuela will lend Ecuador five mln barrels of crude.") ==
        std::vector<std::string>{"Venezuela -071-> Ecuador planned"});
}

TEST_CASE("roles: a guest received by a head of state visits the host's country") {
  CHECK(Coded1987("Chinese President Li Xiannian received Japanese Prime Minister Yasuhiro "
                  "Nakasone in Peking.") ==
        std::vector<std::string>{"Li Xiannian -043-> Yasuhiro Nakasone asserted",
                                 "Yasuhiro Nakasone -042-> China asserted"});
}

TEST_CASE("roles: a meeting by telephone is a telephone consultation") {
  CHECK(Coded1987("Reagan discussed the Gulf with Nakasone by telephone.") ==
        std::vector<std::string>{"Ronald Reagan -041-> Yasuhiro Nakasone asserted"});
}

TEST_CASE("roles: the raised subject of 'is expected to' acts") {
  CHECK(Coded1987("Japan and Brazil are expected to sign an accord.") ==
        std::vector<std::string>{"Japan -057-> Brazil planned"});
}

TEST_CASE("roles: being in a country for talks is a visit") {
  CHECK(Dated("Shultz is in Peking for talks.") ==
        std::vector<std::string>{"George Shultz -042-> China 1987-03-11"});
}

TEST_CASE("roles: a pattern's preposition must mark an actor ('called X on Tuesday')") {
  CHECK(Coded1987("Reagan called Nakasone on Tuesday.") ==
        std::vector<std::string>{"Ronald Reagan -041-> Yasuhiro Nakasone asserted"});
  CHECK(Coded1987("Britain and France called for a rise in farm prices.").empty());
}

TEST_CASE("actors: a title picks, among people of one surname, the one who held its role") {
  CHECK(Coded1987("Shultz met King Hussein in Amman.") ==
        std::vector<std::string>{"George Shultz -040-> King Hussein asserted"});
}

TEST_CASE("modality: an event noun is as sure as the phrases that hold it") {
  CHECK(Coded1987("Japan has no plans to start talks with Brazil.") ==
        std::vector<std::string>{"Japan -040-> Brazil negated"});
  CHECK(Coded1987("Japan announced the loan during a meeting with Brazil.") ==
        std::vector<std::string>{"Japan -040-> Brazil asserted"});
}

TEST_CASE("roles: a name the parse hangs from a time word is still the object") {
  CHECK(Coded1987("Thatcher will visit Washington next month.") ==
        std::vector<std::string>{"Margaret Thatcher -042-> United States planned"});
}

TEST_CASE("modality: a warning of a hostile act by its own source is a threat") {
  CHECK(Coded1987("Iran warned that it would attack Kuwait.") ==
        std::vector<std::string>{"Iran -1384-> Kuwait asserted"});
  CHECK(Coded1987("Britain threatened to impose sanctions on Japan.") ==
        std::vector<std::string>{"United Kingdom -1312-> Japan asserted"});
}

TEST_CASE("roles: a trade war is no use of force") {
  CHECK(Coded1987("Officials fear a trade war with Japan, Britain said.").empty());
  CHECK(Coded1987("Iran's war with Iraq entered its seventh year.") ==
        std::vector<std::string>{"Iran -190-> Iraq asserted"});
}

TEST_CASE("roles: whoever goes to a meeting is its party") {
  CHECK(Coded1987("Shultz drove straight from the airport to a meeting with Shevardnadze.") ==
        std::vector<std::string>{"George Shultz -040-> Eduard Shevardnadze asserted"});
  CHECK(Coded1987("Reagan sent Shultz to Moscow for talks with Shevardnadze.") ==
        std::vector<std::string>{"George Shultz -040-> Eduard Shevardnadze asserted"});
}

TEST_CASE("actors: a name opening a sentence before a past event verb is a person") {
  CHECK(Coded1987("Zhou Nan criticised Britain on Tuesday.") ==
        std::vector<std::string>{"Zhou Nan -111-> United Kingdom asserted"});
  CHECK(Coded1987("Yesterday Japan criticised Britain.") ==
        std::vector<std::string>{"Japan -111-> United Kingdom asserted"});
}

TEST_CASE("roles: force against a stance in a domain that is no force is no force") {
  CHECK(Coded1987("Dutch minister attacks West German farm position.").empty());
}

TEST_CASE("roles: telling reporters something about a country is no statement to it") {
  CHECK(Coded1987("Shultz told reporters that Japan would act.").empty());
  CHECK(Coded1987("Shultz told Japan that the United States would act.") ==
        std::vector<std::string>{"George Shultz -010-> Japan asserted"});
}

TEST_CASE("roles: the doer of an event noun that is the subject ('attacks by Iran')") {
  CHECK(Coded1987("Airstrikes by the Iraqi army killed Iranian civilians.") ==
        std::vector<std::string>{"Iraq -190-> Iranian civilians asserted"});
}

TEST_CASE("roles: a subject the parse names that is no actor leaves the event unread") {
  CHECK(Coded1987("The statement said Japan had criticised Britain.") ==
        std::vector<std::string>{"Japan -111-> United Kingdom asserted"});
  CHECK(Coded1987("The Tower report on Iran criticised Reagan.").empty());
}

TEST_CASE("roles: the party of an event noun named as a verb's occasion is the verb's subject") {
  CHECK(Coded1987("Ambassador Nobuo Matsunaga made the proposal at a meeting with Nakasone.") ==
        std::vector<std::string>{"Nobuo Matsunaga -040-> Yasuhiro Nakasone asserted"});
  CHECK(Coded1987("President Mario Soares, who returned from a visit to Brazil on Sunday, faces "
                  "an election.") ==
        std::vector<std::string>{"Mario Soares -042-> Brazil asserted"});
}

TEST_CASE("roles: an event noun takes no party by word order alone") {
  // The only actor before "agreement" is Egypt, which does not sign it.
  CHECK(Coded1987("Egypt will seek loans after the agreement with the IMF is signed.").empty());
}

TEST_CASE("roles: an agreement named by a noun is an event only when its phrase dates it") {
  CHECK(Dated("Last week's accord between Britain and Nigeria reschedules the debt.") ==
        std::vector<std::string>{"United Kingdom -057-> Nigeria 1987-03-02/1987-03-08"});
  CHECK(Dated("Canada said its free trade pact with the United States should help trade.").empty());
}

TEST_CASE("modality: an indefinite event noun held by a modal verb after it is hypothetical") {
  CHECK(Coded1987("A meeting between Britain and Nigeria could open the way to new credits.") ==
        std::vector<std::string>{"United Kingdom -040-> Nigeria hypothetical"});
  // A definite one is the event itself, whatever is said of it.
  CHECK(Coded1987("The talks between Britain and Nigeria would include debt, officials said.") ==
        std::vector<std::string>{"United Kingdom -040-> Nigeria asserted"});
}

TEST_CASE("roles: 'arrived here' is a visit to the dateline's state in the story's day") {
  // The story is datelined Moscow: in 1987 the Soviet Union's capital, named nowhere else.
  CHECK(
      Coded1987("Indian Foreign Minister Narayan Dutt Tiwari arrived here on Tuesday for talks.") ==
      std::vector<std::string>{"Narayan Dutt Tiwari -042-> Soviet Union asserted"});
  // A visit named without its place goes to the dateline's state only when the story names it.
  CHECK(Coded1987("A visit by Indian Foreign Minister Narayan Dutt Tiwari ended on Tuesday.")
            .empty());
}

TEST_CASE("codes: a statement made in the manner of a more telling act is that act") {
  CHECK(Coded1987("Kohl wrote to Delors on Monday, complaining that the plans hurt farmers.") ==
        std::vector<std::string>{"Helmut Kohl -114-> Jacques Delors asserted"});
  // The manner clause names a party of its own: it is another event, the statement stays one.
  std::vector<std::string> told = Coded1987(
      "Prime Minister Yitzhak Shamir told George Shultz on Monday, accusing Syria of "
      "sponsoring terrorism.");
  CHECK(std::count(told.begin(), told.end(), "Yitzhak Shamir -010-> George Shultz asserted") == 1);
}

TEST_CASE("actors: an organ of the state named by its leader is the state") {
  CHECK(Coded1987("The Reagan administration asked Japan on Tuesday to open its market.") ==
        std::vector<std::string>{"United States -020-> Japan asserted"});
  CHECK(Coded1987("Mrs Thatcher's official visit to the Soviet Union ended on Tuesday.") ==
        std::vector<std::string>{"Margaret Thatcher -042-> Soviet Union asserted"});
}

}  // namespace
}  // namespace dipgraph
