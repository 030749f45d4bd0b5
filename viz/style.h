// How diagrams look, as data: node shape and fill per actor kind, edge colour from the Goldstein
// scale, line style per modality. The DOT writers read these tables and hold no styling of their
// own.
#pragma once

#include <string>
#include <string_view>

#include "graph/types.h"

namespace dipgraph::viz {

struct NodeStyle {
  std::string_view shape;  // Graphviz shape name
  std::string_view fill;   // "#rrggbb"
};
const NodeStyle& StyleOfKind(ActorKind kind);

// Conflict (-10) red, neutral grey, cooperation (+10) green, interpolated in RGB. Values beyond
// +-kGoldsteinSaturation take the full colour: most events sit within +-7, so scaling over the
// whole +-10 range would leave a visit (+1.9) looking neutral.
inline constexpr double kGoldsteinSaturation = 7.0;
std::string GoldsteinColor(double goldstein);

// "solid", "dashed" or "dotted"; "" for negated modality, which is never drawn.
std::string_view LineStyleOf(Modality m);
inline bool IsDrawn(Modality m) { return !LineStyleOf(m).empty(); }

// Affiliation edges (a person to their state or organization): lighter than any relation.
inline constexpr std::string_view kAffiliationColor = "#b8b8b8";
inline constexpr std::string_view kFontName = "Helvetica";

// Edge width for `count` folded events: 1 for one event, growing with log2, capped.
double PenWidthForCount(int count);

}  // namespace dipgraph::viz
