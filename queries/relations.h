// relations: every relation of an actor, or between two actors, that a filter keeps.
#pragma once

#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct RelationsOptions {
  ActorId a = 0;
  ActorId b = 0;  // only relations between a and b (either direction); 0 for any
  RelationFilter filter{};
};

struct RelationsResult {
  std::vector<RelationId> relations;  // by date (undated last), then id
};

// An unknown actor is Status::NotFound; no matching relation gives an empty list. Walks the
// adjacency of whichever of a and b has fewer relations.
Result<RelationsResult> Relations(const KnowledgeGraph& kg, const RelationsOptions& options);

}  // namespace dipgraph
