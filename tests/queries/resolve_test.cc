#include "queries/resolve.h"

#include "tests/queries/query_fixtures.h"

namespace dipgraph {
namespace {

using testing::QueryGraph;

TEST_CASE("resolve: any alias, case-insensitively, and #ID") {
  QueryGraph g;
  ActorId lavrov = g.Person("Sergey Lavrov", "Russia", "foreign minister");
  g.kg().AddAlias(lavrov, "Lavrov");
  g.kg().AddAlias(lavrov, "Sergei Lavrov");
  CHECK(ResolveActor(g.kg(), "LAVROV").value() == lavrov);
  CHECK(ResolveActor(g.kg(), "sergei lavrov").value() == lavrov);
  CHECK(ResolveActor(g.kg(), "#" + std::to_string(lavrov)).value() == lavrov);
  CHECK(ResolveActor(g.kg(), std::to_string(lavrov)).value() == lavrov);
  CHECK(ResolveActor(g.kg(), "#99").status().code() == Status::Code::kNotFound);
}

TEST_CASE("resolve: an ambiguous name lists the candidates with kind and id") {
  QueryGraph g;
  ActorId country = g.Actor("Georgia");
  Actor state;
  state.name = "Georgia";
  state.kind = ActorKind::kLocation;
  ActorId us_state = g.kg().AddActor(state);
  auto r = ResolveActor(g.kg(), "georgia");
  REQUIRE(r.status().code() == Status::Code::kInvalidArgument);
  CHECK(r.status().message().find("Georgia (country, #" + std::to_string(country) + ")") !=
        std::string::npos);
  CHECK(r.status().message().find("Georgia (location, #" + std::to_string(us_state) + ")") !=
        std::string::npos);
}

TEST_CASE("resolve: an actor's own name beats the same name as another actor's alias") {
  QueryGraph g;
  ActorId russia = g.Actor("Russia");
  ActorId soviet = g.Actor("Soviet Union");
  g.kg().AddAlias(soviet, "Russia");
  CHECK(ResolveActor(g.kg(), "russia").value() == russia);
  CHECK(ResolveActor(g.kg(), "Soviet Union").value() == soviet);
}

TEST_CASE("resolve: an unknown name says did you mean, by spelling or by the surname") {
  QueryGraph g;
  g.Person("Dmitry Medvedev", "Russia", "president");
  g.Person("Sergey Lavrov", "Russia", "foreign minister");
  auto typo = ResolveActor(g.kg(), "Dmitry Medevedev");
  REQUIRE(typo.status().code() == Status::Code::kNotFound);
  CHECK(typo.status().message().find("did you mean Dmitry Medvedev") != std::string::npos);
  auto surname = ResolveActor(g.kg(), "lavrof");
  CHECK(surname.status().message().find("did you mean Sergey Lavrov (person") != std::string::npos);
  auto nothing = ResolveActor(g.kg(), "Zanzibar");
  CHECK(nothing.status().message() == "no actor named 'Zanzibar'");
}

TEST_CASE("resolve: a surname alone names the one person who has it, else is ambiguous") {
  QueryGraph g;
  ActorId lavrov = g.Person("Sergey Lavrov", "Russia", "foreign minister");
  g.Person("George H. W. Bush", "United States", "president");
  g.Person("George W. Bush", "United States", "president");
  g.Actor("Lavrov Institute", ActorKind::kOrganization);
  CHECK(ResolveActor(g.kg(), "Lavrov").value() == lavrov);
  auto bush = ResolveActor(g.kg(), "Bush");
  REQUIRE(bush.status().code() == Status::Code::kInvalidArgument);
  CHECK(bush.status().message().find("George W. Bush (person") != std::string::npos);
  CHECK(ResolveActor(g.kg(), "rov").status().code() == Status::Code::kNotFound);
}

TEST_CASE("resolve: did you mean stays fast and finite on many actors") {
  KnowledgeGraph kg = testing::RandomGraph(7, 20000, 0);
  auto r = ResolveActor(kg, "Actor 1234x");
  REQUIRE(r.status().code() == Status::Code::kNotFound);
  CHECK(r.status().message().find("Actor 1234 (") != std::string::npos);
  CHECK(SimilarActors(kg, "Actor 1234x").size() <= 5);
}

}  // namespace
}  // namespace dipgraph
