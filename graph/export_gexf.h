// GEXF for Gephi: a dynamic graph whose edges live from the relation's first to its last day, so
// Gephi's timeline plays the graph over time. Undated relations are always present.
//
// GEXF 1.2draft rather than 1.3: Debian's NetworkX (2.8.8) reads only 1.1draft and 1.2draft, and
// 1.2draft has all we use (dynamic edges with start/end dates); Gephi reads both.
#pragma once

#include <ostream>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"

namespace dipgraph {

void WriteGexf(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);

}  // namespace dipgraph
