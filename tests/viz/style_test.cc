#include "viz/style.h"

#include <set>

#include "tests/test_util.h"

namespace dipgraph::viz {
namespace {

TEST_CASE("viz style: Goldstein colours run from red through grey to green") {
  CHECK(GoldsteinColor(-10) == "#d73027");
  CHECK(GoldsteinColor(0) == "#969696");
  CHECK(GoldsteinColor(10) == "#1a9850");
  CHECK(GoldsteinColor(-kGoldsteinSaturation) == GoldsteinColor(-10));
  // Half way to saturation is half way between grey and green.
  CHECK(GoldsteinColor(kGoldsteinSaturation / 2) == "#589773");
  CHECK(GoldsteinColor(-2) != GoldsteinColor(2));
}

TEST_CASE("viz style: every actor kind has its own shape and fill") {
  std::set<std::string_view> shapes, fills;
  for (ActorKind k : {ActorKind::kCountry, ActorKind::kOrganization, ActorKind::kPerson,
                      ActorKind::kLocation, ActorKind::kGroup, ActorKind::kOther}) {
    shapes.insert(StyleOfKind(k).shape);
    fills.insert(StyleOfKind(k).fill);
  }
  CHECK(shapes.size() == 6);
  CHECK(fills.size() == 6);
}

TEST_CASE("viz style: planned is dashed, hypothetical dotted, negated never drawn") {
  CHECK(LineStyleOf(Modality::kAsserted) == "solid");
  CHECK(LineStyleOf(Modality::kPlanned) == "dashed");
  CHECK(LineStyleOf(Modality::kHypothetical) == "dotted");
  CHECK_FALSE(IsDrawn(Modality::kNegated));
  CHECK(PenWidthForCount(1) == 1.0);
  CHECK(PenWidthForCount(4) > PenWidthForCount(2));
  CHECK(PenWidthForCount(1000000) == 8.0);
}

}  // namespace
}  // namespace dipgraph::viz
