// Each query on small hand-made graphs: what it returns, its order, and its errors.
#include <sstream>

#include "queries/actor_profile.h"
#include "queries/actors.h"
#include "queries/dyad.h"
#include "queries/dyad_svg.h"
#include "queries/ego.h"
#include "queries/path.h"
#include "queries/query_util.h"
#include "queries/rank.h"
#include "queries/relations.h"
#include "queries/timeline.h"
#include "tests/queries/query_fixtures.h"

namespace dipgraph {
namespace {

using testing::QueryGraph;

// A line of countries with a shortcut: A-B-C-D-E and A-X-E, plus a war B->C.
QueryGraph Chain() {
  QueryGraph g;
  g.Add("A", "B", "042", "2010-01-01");
  g.Add("B", "C", "042", "2010-02-01");
  g.Add("C", "D", "042", "2010-03-01");
  g.Add("D", "E", "042", "2010-04-01");
  g.Add("X", "A", "051", "2010-05-01");
  g.Add("X", "E", "190", "2010-06-01");
  g.Add("B", "C", "190", "2010-07-01");
  return g;
}

std::string Names(QueryGraph& g, const ActorPath& p) {
  std::string s = g.kg().actor(p.hops[0].from).name;
  for (const PathHop& h : p.hops) s += "-" + g.kg().actor(h.to).name;
  return s;
}

TEST_CASE("relations query: both directions, a pair, and a filter, in date order") {
  QueryGraph g = Chain();
  auto all = Relations(g.kg(), {.a = g.Actor("B")});
  REQUIRE_OK(all.status());
  CHECK(all->relations == std::vector<RelationId>{1, 2, 7});
  auto pair = Relations(g.kg(), {.a = g.Actor("C"), .b = g.Actor("B")});
  CHECK(pair->relations == std::vector<RelationId>{2, 7});
  RelationFilter conflict;
  conflict.quad_class = 4;
  auto wars = Relations(g.kg(), {.a = g.Actor("B"), .filter = conflict});
  CHECK(wars->relations == std::vector<RelationId>{7});
  CHECK(Relations(g.kg(), {.a = 42}).status().code() == Status::Code::kNotFound);
}

TEST_CASE("timeline: events grouped by month, undated last") {
  QueryGraph g;
  g.Add("Russia", "Georgia", "190", "2008-08-08");
  g.Add("Russia", "Georgia", "111", "");
  g.Add("Georgia", "Russia", "112", "2008-08-01");
  g.Add("Russia", "Georgia", "042", "2009-01");
  auto t = Timeline(g.kg(), {.a = g.Actor("Russia"), .b = g.Actor("Georgia")});
  REQUIRE_OK(t.status());
  REQUIRE(t->months.size() == 2);
  CHECK(FormatMonth(t->months[0].month) == "2008-08");
  CHECK(t->months[0].relations == std::vector<RelationId>{3, 1});
  CHECK(t->months[1].relations == std::vector<RelationId>{4});
  CHECK(t->undated == std::vector<RelationId>{2});
}

TEST_CASE("path: the shortest chain over relations in either direction") {
  QueryGraph g = Chain();
  auto r = FindPaths(g.kg(), {.from = g.Actor("A"), .to = g.Actor("E")});
  REQUIRE_OK(r.status());
  REQUIRE(r->paths.size() == 1);
  CHECK(Names(g, r->paths[0]) == "A-X-E");
  CHECK(g.kg().relation(r->paths[0].hops[0].relation).cameo == "051");
  CHECK_FALSE(r->cut);
}

TEST_CASE("path: k chains, shortest first; a filter and max hops can rule chains out") {
  QueryGraph g = Chain();
  auto two = FindPaths(g.kg(), {.from = g.Actor("A"), .to = g.Actor("E"), .k = 3});
  REQUIRE_OK(two.status());
  REQUIRE(two->paths.size() == 2);  // there are only two simple chains
  CHECK(Names(g, two->paths[1]) == "A-B-C-D-E");
  CHECK(two->paths[1].hops[1].relations == 2);  // the visit and the war between B and C
  RelationFilter visits;
  visits.code_prefix = "04";
  auto v = FindPaths(g.kg(), {.from = g.Actor("A"), .to = g.Actor("E"), .filter = visits});
  CHECK(Names(g, v->paths.at(0)) == "A-B-C-D-E");
  auto short_only = FindPaths(
      g.kg(), {.from = g.Actor("A"), .to = g.Actor("E"), .max_hops = 3, .filter = visits});
  CHECK(short_only->paths.empty());
  CHECK(FindPaths(g.kg(), {.from = 1, .to = 1}).status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("path: a tiny work budget cuts the search and says so") {
  QueryGraph g = Chain();
  auto r = FindPaths(g.kg(), {.from = g.Actor("A"), .to = g.Actor("D"), .max_work = 2});
  REQUIRE_OK(r.status());
  CHECK(r->cut);
}

TEST_CASE("ego: actors within N steps and the relations among them") {
  QueryGraph g = Chain();
  auto one = Ego(g.kg(), {.center = g.Actor("A")});
  REQUIRE_OK(one.status());
  REQUIRE(one->nodes.size() == 3);  // A, B, X
  CHECK(one->nodes[0].actor == g.Actor("A"));
  CHECK(one->nodes[0].distance == 0);
  CHECK(one->relations == std::vector<RelationId>{1, 5});
  auto two = Ego(g.kg(), {.center = g.Actor("A"), .depth = 2});
  CHECK(two->nodes.size() == 5);  // + C, E
  CHECK(two->relations == std::vector<RelationId>{1, 2, 5, 6, 7});
  CHECK(Ego(g.kg(), {.center = 1, .depth = 6}).status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("rank: degree, betweenness and pagerank put the hub first") {
  QueryGraph g;
  for (const char* leaf : {"B", "C", "D", "E"}) g.Add(leaf, "Hub", "042", "2010-01-01");
  g.Add("B", "C", "042", "2010-01-02");
  for (RankBy by : {RankBy::kDegree, RankBy::kBetweenness, RankBy::kPageRank}) {
    auto r = Rank(g.kg(), {.by = by, .top = 3});
    REQUIRE_OK(r.status());
    REQUIRE(r->actors.size() == 3);
    CHECK(g.kg().actor(r->actors[0].actor).name == "Hub");
    CHECK_FALSE(r->sampled);
  }
  auto b = Rank(g.kg(), {.by = RankBy::kBetweenness});
  CHECK(b->actors[0].score == doctest::Approx(5.0));  // D-E and {B,C}-{D,E} pass through Hub
}

TEST_CASE("rank: kind filter, and betweenness samples on big graphs and says so") {
  KnowledgeGraph kg = testing::RandomGraph(3, 400, 3000);
  auto people = Rank(kg, {.kind = ActorKind::kPerson, .top = 5});
  REQUIRE_OK(people.status());
  for (const RankedActor& a : people->actors) CHECK(kg.actor(a.actor).kind == ActorKind::kPerson);
  auto sampled = Rank(kg, {.by = RankBy::kBetweenness, .sample_above = 100, .samples = 50});
  REQUIRE_OK(sampled.status());
  CHECK(sampled->sampled);
  CHECK(sampled->sources == 50);
  CHECK(sampled->note.find("estimated from 50 of 400") != std::string::npos);
}

TEST_CASE("actor query: card with roles, members, dates, quad counts and partners") {
  QueryGraph g;
  g.Person("Sergey Lavrov", "Russia", "foreign minister");
  g.Add("Russia", "Georgia", "190", "2008-08-08");
  g.Add("Russia", "Georgia", "042", "2009-02-01");
  g.Add("France", "Russia", "112", "2010-05-01");
  g.Add("Russia", "China", "xx", "");
  auto p = ProfileActor(g.kg(), {.actor = g.Actor("Russia")});
  REQUIRE_OK(p.status());
  CHECK(p->kind == ActorKind::kCountry);
  REQUIRE(p->members.size() == 1);
  CHECK(p->members[0].role == "foreign minister");
  CHECK(FormatDateRange(p->first_seen) == "2008-08-08");
  CHECK(FormatDateRange(p->last_seen) == "2010-05-01");
  CHECK(p->by_quad == std::array<int, 5>{1, 1, 0, 1, 1});
  CHECK(p->relations == 4);
  CHECK(p->undated == 1);
  CHECK(g.kg().actor(p->top_partners.at(0).partner).name == "Georgia");
  auto lavrov = ProfileActor(g.kg(), {.actor = g.Actor("Sergey Lavrov")});
  CHECK(lavrov->roles.at(0).of == g.Actor("Russia"));
}

TEST_CASE("dyad: quad class counts and mean Goldstein per month") {
  QueryGraph g;
  g.Add("Russia", "Georgia", "190", "2008-08-08");  // -10
  g.Add("Georgia", "Russia", "042", "2008-08-20");  // +1.9
  g.Add("Russia", "Georgia", "111", "2008-10-01");
  g.Add("Russia", "Georgia", "036", "");
  auto d = Dyad(g.kg(), {.a = g.Actor("Russia"), .b = g.Actor("Georgia")});
  REQUIRE_OK(d.status());
  REQUIRE(d->months.size() == 2);
  CHECK(FormatMonth(d->months[0].month) == "2008-08");
  CHECK(d->months[0].quad == std::array<int, 4>{1, 0, 0, 1});
  CHECK(d->months[0].goldstein == doctest::Approx((-10.0 + 1.9) / 2));
  CHECK(d->months[1].quad[2] == 1);
  CHECK(d->undated == 1);
  CHECK(d->total == 4);
}

TEST_CASE("dyad: the SVG chart fills empty months, escapes the title and has a legend") {
  QueryGraph g;
  g.Add("Russia", "Georgia", "190", "2008-08-08");
  g.Add("Russia", "Georgia", "042", "2008-11-08");
  auto d = Dyad(g.kg(), {.a = g.Actor("Russia"), .b = g.Actor("Georgia")});
  std::ostringstream svg;
  WriteDyadSvg(*d, "Russia & <Georgia>", svg);
  std::string s = svg.str();
  CHECK(s.rfind("<svg ", 0) == 0);
  CHECK(s.find("Russia &amp; &lt;Georgia&gt;") != std::string::npos);
  CHECK(s.find("2008-08") != std::string::npos);
  CHECK(s.find("material conflict") != std::string::npos);
  CHECK(s.find("</svg>") != std::string::npos);
}

TEST_CASE("actors: by kind and by a piece of any alias, most relations first") {
  QueryGraph g = Chain();
  ActorId lavrov = g.Person("Sergey Lavrov", "Russia", "foreign minister");
  g.kg().AddAlias(lavrov, "Sergei Lavrov");
  auto people = ListActors(g.kg(), {.kind = ActorKind::kPerson});
  REQUIRE_OK(people.status());
  CHECK(people->actors.size() == 1);
  auto match = ListActors(g.kg(), {.match = "SERGEI"});
  CHECK(match->actors.at(0).actor == lavrov);
  auto all = ListActors(g.kg(), {.limit = 2});
  CHECK(all->matched == g.kg().actor_count());
  CHECK(all->actors.size() == 2);
  CHECK(all->actors[0].relations >= all->actors[1].relations);
}

}  // namespace
}  // namespace dipgraph
