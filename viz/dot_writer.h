// Relationship diagrams as DOT: actors styled by kind, folded event edges coloured by the
// Goldstein scale, affiliation edges, a legend and a title. Deterministic: stable node ids
// ("a12"), nodes and edges in sorted order, so the same subgraph gives the same bytes.
#pragma once

#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"
#include "viz/subgraph.h"

namespace dipgraph::viz {

// Writes `sub` as one DOT digraph. Every string taken from the graph is escaped.
void WriteDot(const KnowledgeGraph& kg, const Subgraph& sub, const RenderOptions& options,
              std::ostream& out);

// The title when options.title is empty: what was selected, the filter, and how many actors
// max_nodes left out, one per line.
std::string DescribeSelection(const KnowledgeGraph& kg, const Subgraph& sub,
                              const RenderOptions& options);

// "a12": the DOT node id of an actor.
std::string NodeId(ActorId id);

}  // namespace dipgraph::viz
