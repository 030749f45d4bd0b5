// GraphML (NetworkX, yEd, Gephi): nodes with name, kind, iso3; edges with typed CAMEO, date,
// modality and source attributes. Deterministic: nodes and edges in id order.
#pragma once

#include <ostream>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"

namespace dipgraph {

void WriteGraphml(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);

}  // namespace dipgraph
