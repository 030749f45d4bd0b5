// GraphML (NetworkX, yEd, Gephi): nodes with name, kind, iso3; edges with typed CAMEO, date,
// modality and source attributes. Deterministic: nodes and edges in id order.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace dipgraph {

void WriteGraphml(const KnowledgeGraph& kg, const RelationFilter& filter, std::ostream& out);

}  // namespace dipgraph
