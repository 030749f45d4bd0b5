// A pair's events as a timeline diagram: one box per event, left to right in date order, with
// the date, the code label, who acted on whom, and a short evidence snippet.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"

namespace dipgraph::viz {

// The relations between `a` and `b` (either direction) that `filter` keeps, except negated ones;
// undated events come last. Deterministic, every string escaped. No events gives a diagram that
// says so.
void WriteTimelineDot(const KnowledgeGraph& kg, ActorId a, ActorId b, const RelationFilter& filter,
                      std::ostream& out);

}  // namespace dipgraph::viz
