// CSV (RFC 4180): an edge list with every attribute of a relation and the names and kinds of its
// two actors, one row per relation in id order.
#pragma once

#include <ostream>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"

namespace dipgraph {

void WriteEdgeCsv(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);

}  // namespace dipgraph
