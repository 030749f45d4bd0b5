#include "viz/style.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace dipgraph::viz {

namespace {

// Indexed by ActorKind: kCountry, kOrganization, kPerson, kLocation, kGroup, kOther.
constexpr std::array<NodeStyle, 6> kKindStyles = {{
    {"box", "#cfe2f3"},
    {"hexagon", "#fff2cc"},
    {"ellipse", "#fce5cd"},
    {"house", "#d9ead3"},
    {"parallelogram", "#ead1dc"},
    {"octagon", "#eeeeee"},
}};

// Indexed by Modality: kAsserted, kPlanned, kHypothetical, kNegated.
constexpr std::array<std::string_view, 4> kLineStyles = {"solid", "dashed", "dotted", ""};

struct Rgb {
  double r, g, b;
};
constexpr Rgb kConflict = {215, 48, 39};
constexpr Rgb kNeutral = {150, 150, 150};
constexpr Rgb kCooperation = {26, 152, 80};

int Mix(double from, double to, double t) {
  return static_cast<int>(std::lround(from + (to - from) * t));
}

}  // namespace

const NodeStyle& StyleOfKind(ActorKind kind) {
  size_t i = static_cast<size_t>(kind);
  return kKindStyles[i < kKindStyles.size() ? i : kKindStyles.size() - 1];
}

std::string GoldsteinColor(double goldstein) {
  double t = std::clamp(std::abs(goldstein) / kGoldsteinSaturation, 0.0, 1.0);
  const Rgb& end = goldstein < 0 ? kConflict : kCooperation;
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", Mix(kNeutral.r, end.r, t),
                Mix(kNeutral.g, end.g, t), Mix(kNeutral.b, end.b, t));
  return buf;
}

std::string_view LineStyleOf(Modality m) {
  size_t i = static_cast<size_t>(m);
  return i < kLineStyles.size() ? kLineStyles[i] : "";
}

double PenWidthForCount(int count) {
  if (count <= 1) return 1.0;
  return std::min(8.0, 1.0 + 1.5 * std::log2(static_cast<double>(count)));
}

}  // namespace dipgraph::viz
