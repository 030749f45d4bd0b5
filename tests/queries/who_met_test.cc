#include "queries/who_met.h"

#include "tests/queries/query_fixtures.h"

namespace dipgraph {
namespace {

using testing::QueryGraph;

// Russia, NATO and their people in November 2010, as in the NATO-Russia wire story.
QueryGraph Nov2010() {
  QueryGraph g;
  g.Person("Sergey Lavrov", "Russia", "foreign minister");
  g.Person("Anders Fogh Rasmussen", "NATO", "secretary general");
  g.Person("Dmitry Medvedev", "Russia", "president");
  g.Person("Vladimir Putin", "Russia", "prime minister");
  g.Person("Boris Yeltsin", "Russia", "president", /*former=*/true);
  g.Add("Anders Fogh Rasmussen", "Sergey Lavrov", "042", "2010-11-03", "Moscow",
        Modality::kAsserted, "Russian Foreign Minister Sergei Lavrov meets NATO's Rasmussen");
  g.Add("Dmitry Medvedev", "NATO", "036", "2010-11-19/2010-11-20", "Lisbon", Modality::kPlanned,
        "Medvedev will attend the NATO summit in Lisbon");
  g.Add("Vladimir Putin", "Anders Fogh Rasmussen", "043", "2010-11-04", "Moscow",
        Modality::kNegated, "Putin did not meet Rasmussen");
  g.Add("Vladimir Putin", "Germany", "040", "2010-11", "", Modality::kHypothetical);
  g.Add("Sergey Lavrov", "France", "041", "2010-11-10");
  g.Add("Boris Yeltsin", "United States", "043", "1999-06-20");
  g.Add("Sergey Lavrov", "Vladimir Putin", "040", "2010-11-05", "Moscow");
  g.Add("Sergey Lavrov", "Georgia", "190", "2010-11-06");
  return g;
}

ActorId Id(QueryGraph& g, const std::string& name) { return g.kg().FindByName(name).at(0); }

TEST_CASE("who-met: Lavrov met Rasmussen in Moscow, with the caption as evidence") {
  QueryGraph g = Nov2010();
  auto r = WhoMet(g.kg(), {.actor = Id(g, "Sergey Lavrov")});
  REQUIRE_OK(r.status());
  REQUIRE(r->meetings.size() == 2);  // Rasmussen and Putin; the call and the war are not meetings
  const Meeting& m = r->meetings[0];
  CHECK(g.kg().actor(m.partner).name == "Anders Fogh Rasmussen");
  CHECK(FormatDateRange(m.date) == "2010-11-03");
  CHECK(m.place == "Moscow");
  CHECK(m.code == "042");
  CHECK(m.label == "make a visit");
  REQUIRE(m.evidence.size() == 1);
  CHECK(m.evidence[0].text.find("Lavrov meets") != std::string::npos);
  CHECK(m.evidence[0].source == "wire/doc-1.txt");
}

TEST_CASE("who-met: negated and hypothetical meetings never count") {
  QueryGraph g = Nov2010();
  auto r = WhoMet(g.kg(), {.actor = Id(g, "Vladimir Putin"), .planned = true, .calls = true});
  REQUIRE_OK(r.status());
  for (const Meeting& m : r->meetings)
    CHECK(g.kg().actor(m.partner).name != "Anders Fogh Rasmussen");
  CHECK(r->meetings.size() == 1);  // only Lavrov
}

TEST_CASE("who-met: planned meetings are left out unless asked for, then marked") {
  QueryGraph g = Nov2010();
  ActorId medvedev = Id(g, "Dmitry Medvedev");
  auto plain = WhoMet(g.kg(), {.actor = medvedev});
  REQUIRE_OK(plain.status());
  CHECK(plain->meetings.empty());
  auto planned = WhoMet(g.kg(), {.actor = medvedev, .planned = true});
  REQUIRE_OK(planned.status());
  REQUIRE(planned->meetings.size() == 1);
  CHECK(g.kg().actor(planned->meetings[0].partner).name == "NATO");
  CHECK(planned->meetings[0].modality == Modality::kPlanned);
  CHECK(FormatDateRange(planned->meetings[0].date) == "2010-11-19/2010-11-20");
  CHECK(planned->meetings[0].place == "Lisbon");
}

TEST_CASE("who-met: telephone calls only with calls") {
  QueryGraph g = Nov2010();
  ActorId lavrov = Id(g, "Sergey Lavrov");
  auto calls = WhoMet(g.kg(), {.actor = lavrov, .calls = true});
  REQUIRE_OK(calls.status());
  CHECK(calls->meetings.size() == 3);
  CHECK(calls->meetings[2].code == "041");
}

TEST_CASE("who-met: members fold in the meetings of current affiliates, saying who met") {
  QueryGraph g = Nov2010();
  ActorId russia = Id(g, "Russia");
  auto own = WhoMet(g.kg(), {.actor = russia});
  REQUIRE_OK(own.status());
  CHECK(own->meetings.empty());
  auto r = WhoMet(g.kg(), {.actor = russia, .members = true});
  REQUIRE_OK(r.status());
  // Lavrov-Rasmussen only: Lavrov-Putin is inside Russia, Yeltsin is a former president.
  REQUIRE(r->meetings.size() == 1);
  CHECK(g.kg().actor(r->meetings[0].who).name == "Sergey Lavrov");
  CHECK(g.kg().actor(r->meetings[0].partner).name == "Anders Fogh Rasmussen");
  CHECK(r->members.size() == 3);
}

TEST_CASE("who-met: with, window and place narrow the meetings") {
  QueryGraph g = Nov2010();
  ActorId lavrov = Id(g, "Sergey Lavrov");
  auto with = WhoMet(g.kg(), {.actor = lavrov, .with = Id(g, "Vladimir Putin")});
  REQUIRE_OK(with.status());
  CHECK(with->meetings.size() == 1);
  auto window = WhoMet(g.kg(), {.actor = lavrov, .window = ParseDateRange("2010-11-04").value()});
  CHECK(window->meetings.empty());
  auto place = WhoMet(g.kg(), {.actor = lavrov, .place = "moscow"});
  CHECK(place->meetings.size() == 2);
  auto elsewhere = WhoMet(g.kg(), {.actor = lavrov, .place = "Lisbon"});
  CHECK(elsewhere->meetings.empty());
}

TEST_CASE("who-met: a summary per partner counts meetings with first and last dates") {
  QueryGraph g;
  g.Add("Russia", "China", "042", "2010-01-05");
  g.Add("China", "Russia", "043", "2011-03-01");
  g.Add("Russia", "India", "040", "2010-06-01");
  auto r = WhoMet(g.kg(), {.actor = g.Actor("Russia")});
  REQUIRE_OK(r.status());
  REQUIRE(r->partners.size() == 2);
  CHECK(g.kg().actor(r->partners[0].partner).name == "China");
  CHECK(r->partners[0].count == 2);
  CHECK(FormatDateRange(r->partners[0].first) == "2010-01-05");
  CHECK(FormatDateRange(r->partners[0].last) == "2011-03-01");
  CHECK(FormatDateRange(r->meetings[1].date) == "2010-06-01");  // date order
}

TEST_CASE("who-met: an unknown actor id is not found") {
  QueryGraph g = Nov2010();
  CHECK(WhoMet(g.kg(), {.actor = 999}).status().code() == Status::Code::kNotFound);
}

}  // namespace
}  // namespace dipgraph
