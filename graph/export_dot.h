// Plain Graphviz DOT of the (filtered) graph: every node and edge with its attributes, strings
// escaped, ids and order stable so the output is byte-for-byte deterministic. Styled diagrams
// are viz/'s job; this is the data export.
#pragma once

#include <ostream>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"

namespace dipgraph {

void WritePlainDot(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);

}  // namespace dipgraph
