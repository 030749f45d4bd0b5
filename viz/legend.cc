#include "viz/legend.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

#include "viz/dot_escape.h"
#include "viz/style.h"

namespace dipgraph::viz {

namespace {

struct LegendEdge {
  std::string label;
  std::string color;
  std::string_view style;
};

std::vector<LegendEdge> EdgeRows(const KnowledgeGraph& kg, const Subgraph& sub) {
  std::vector<LegendEdge> rows = {
      {"conflict", GoldsteinColor(-10), "solid"},
      {"neutral", GoldsteinColor(0), "solid"},
      {"cooperation", GoldsteinColor(10), "solid"},
  };
  std::set<Modality> used;
  for (RelationId id : sub.relations) used.insert(kg.relation(id).modality);
  for (Modality m : {Modality::kPlanned, Modality::kHypothetical})
    if (used.count(m))
      rows.push_back({std::string(ModalityName(m)), GoldsteinColor(0), LineStyleOf(m)});
  std::set<ActorId> drawn(sub.actors.begin(), sub.actors.end());
  for (ActorId id : sub.actors)
    for (const Affiliation& f : kg.actor(id).affiliations)
      if (f.of != id && drawn.count(f.of)) {
        rows.push_back({"affiliation", std::string(kAffiliationColor), "solid"});
        return rows;
      }
  return rows;
}

}  // namespace

void WriteLegend(const KnowledgeGraph& kg, const Subgraph& sub, std::ostream& out) {
  out << "  subgraph cluster_legend {\n"
         "    label=\"Legend\"; fontsize=10; color=\"#cccccc\"; style=rounded;\n"
         "    node [fontsize=9, height=0.3];\n"
         "    edge [fontsize=8];\n";
  std::set<ActorKind> kinds;
  for (ActorId id : sub.actors) kinds.insert(kg.actor(id).kind);
  for (ActorKind kind : kinds) {
    const NodeStyle& style = StyleOfKind(kind);
    out << fmt::format("    legend_{} [label={}, shape={}, fillcolor=\"{}\"];\n", KindName(kind),
                       DotLabel(KindName(kind)), style.shape, style.fill);
  }
  // One sample edge per row, drawn flat (both ends on one rank); invisible edges stack the rows
  // under the kinds.
  std::vector<LegendEdge> rows = EdgeRows(kg, sub);
  for (size_t i = 0; i < rows.size(); ++i) {
    out << fmt::format(
        "    {{ rank=same; legend_e{0}a [label=\"\", shape=point, width=0.05]; legend_e{0}b "
        "[label=\"\", shape=point, width=0.05]; }}\n"
        "    legend_e{0}a -> legend_e{0}b [label={1}, color=\"{2}\", fontcolor=\"{2}\", "
        "style={3}, minlen=2];\n",
        i, DotLabel(rows[i].label), rows[i].color, rows[i].style);
    if (i > 0) out << fmt::format("    legend_e{}a -> legend_e{}a [style=invis];\n", i - 1, i);
  }
  if (!kinds.empty())
    out << fmt::format("    legend_{} -> legend_e0a [style=invis];\n", KindName(*kinds.begin()));
  out << "  }\n";
}

}  // namespace dipgraph::viz
