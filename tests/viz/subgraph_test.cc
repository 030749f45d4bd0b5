#include "viz/subgraph.h"

#include <algorithm>

#include "tests/test_util.h"
#include "tests/viz/viz_fixture.h"

namespace dipgraph::viz {
namespace {

using testing::VizFixture;

bool Has(const std::vector<ActorId>& v, ActorId id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

TEST_CASE("render selection: an ego network of depth 1 holds the ego's direct partners") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  auto sub = SelectSubgraph(f.kg(), o);
  REQUIRE_OK(sub.status());
  CHECK(sub->actors == std::vector<ActorId>{f.russia, f.georgia, f.nato, f.afghanistan, f.us});
  CHECK(sub->left_out == 0);
  // NATO -> Afghanistan is between two members, so it is drawn too.
  CHECK(sub->relations.size() == 9);
}

TEST_CASE("render selection: depth 2 reaches partners of partners, depth 0 just the ego") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.georgia;
  o.depth = 2;
  auto two = SelectSubgraph(f.kg(), o);
  REQUIRE_OK(two.status());
  CHECK(Has(two->actors, f.nato));
  CHECK_FALSE(Has(two->actors, f.medvedev));  // only an affiliation, not a relation
  o.depth = 0;
  CHECK(SelectSubgraph(f.kg(), o)->actors == std::vector<ActorId>{f.georgia});
}

TEST_CASE("render selection: a drawn person brings their current state or organization") {
  VizFixture f;
  ActorId karzai = f.b.Actor("Hamid Karzai", ActorKind::kPerson);
  ActorId denmark = f.b.Actor("Denmark");
  f.kg().AddAffiliation(karzai, {f.afghanistan, "president", false});
  f.kg().AddAffiliation(f.rasmussen, {denmark, "prime minister", true});
  f.b.AddRelation("Hamid Karzai", "United States", "111", "2010-11-03");
  RenderOptions o;
  o.ego = f.us;
  auto sub = SelectSubgraph(f.kg(), o);
  REQUIRE_OK(sub.status());
  // Afghanistan has no relation with the United States but is Karzai's state; it is drawn with
  // the relations it has among the drawn actors (Russia -> Afghanistan).
  CHECK(Has(sub->actors, karzai));
  CHECK(Has(sub->actors, f.afghanistan));
  o.ego = f.rasmussen;
  sub = SelectSubgraph(f.kg(), o);
  CHECK(Has(sub->actors, f.nato));
  CHECK_FALSE(Has(sub->actors, denmark));  // a former office brings nothing
  o.ego = f.us;
  o.affiliations = false;
  sub = SelectSubgraph(f.kg(), o);
  CHECK_FALSE(Has(sub->actors, f.afghanistan));
}

TEST_CASE("render selection: negated relations are never drawn, even when asked for") {
  VizFixture f;
  RenderOptions o;
  o.between_a = f.us;
  o.between_b = f.russia;
  o.filter.modalities = ModalityBit(Modality::kNegated);
  auto sub = SelectSubgraph(f.kg(), o);
  REQUIRE_OK(sub.status());
  CHECK(sub->relations.empty());
  o.filter.modalities = 0;
  auto all = SelectSubgraph(f.kg(), o);
  REQUIRE(all->relations.size() == 1);
  CHECK(f.kg().relation(all->relations[0]).modality == Modality::kHypothetical);
}

TEST_CASE("render selection: max_nodes keeps the most connected actors and counts the rest") {
  testing::GraphBuilder b;
  for (int i = 0; i < 5; ++i) b.AddRelation("Hub", "Leaf" + std::to_string(i), "042", "2010");
  for (int i = 0; i < 3; ++i) b.AddRelation("Leaf3", "Leaf4", "042", "2010");
  RenderOptions o;
  o.max_nodes = 3;
  auto sub = SelectSubgraph(b.graph(), o);
  REQUIRE_OK(sub.status());
  ActorId hub = b.Actor("Hub"), leaf3 = b.Actor("Leaf3"), leaf4 = b.Actor("Leaf4");
  CHECK(sub->actors == std::vector<ActorId>{hub, leaf3, leaf4});
  CHECK(sub->left_out == 3);
  CHECK(sub->relations.size() == 5);
}

TEST_CASE("render selection: named actors stay even when max_nodes would drop them") {
  testing::GraphBuilder b;
  for (int i = 0; i < 4; ++i) b.AddRelation("Hub", "Leaf" + std::to_string(i), "042", "2010");
  RenderOptions o;
  o.ego = b.Actor("Leaf0");
  o.depth = 2;
  o.max_nodes = 2;
  auto sub = SelectSubgraph(b.graph(), o);
  REQUIRE_OK(sub.status());
  CHECK(sub->actors == std::vector<ActorId>{b.Actor("Hub"), b.Actor("Leaf0")});
  CHECK(sub->left_out == 3);
}

TEST_CASE("render selection: min_weight leaves out pairs with fewer events") {
  VizFixture f;
  RenderOptions o;
  o.ego = f.russia;
  o.min_weight = 3;
  auto sub = SelectSubgraph(f.kg(), o);
  REQUIRE_OK(sub.status());
  // Russia and Georgia have four events between them; no other pair has three.
  CHECK(sub->actors == std::vector<ActorId>{f.russia, f.georgia});
  CHECK(sub->relations.size() == 4);
}

TEST_CASE("render selection: unknown actors and contradictory options are errors") {
  VizFixture f;
  RenderOptions o;
  o.ego = 999;
  CHECK(SelectSubgraph(f.kg(), o).status().code() == Status::Code::kNotFound);
  o.ego = f.russia;
  o.actors = {f.nato};
  CHECK_FALSE(SelectSubgraph(f.kg(), o).ok());
  o.actors.clear();
  o.max_nodes = 0;
  CHECK_FALSE(SelectSubgraph(f.kg(), o).ok());
}

TEST_CASE("render selection: layouts are chosen by size unless asked for") {
  CHECK(LayoutFor(10, 20, "") == "dot");
  CHECK(LayoutFor(10, kDotMaxEdges + 1, "") == "sfdp");
  CHECK(LayoutFor(kLargeGraphNodes + 1, 20, "") == "sfdp");
  CHECK(LayoutFor(10, 1000, "circo") == "circo");
}

}  // namespace
}  // namespace dipgraph::viz
