// The legend cluster of a relationship diagram: the actor kinds, edge colours and line styles that
// the diagram uses, drawn with the same style tables (viz/style.h) as the diagram itself.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"
#include "viz/subgraph.h"

namespace dipgraph::viz {

void WriteLegend(const KnowledgeGraph& kg, const Subgraph& sub, std::ostream& out);

}  // namespace dipgraph::viz
