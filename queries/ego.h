// ego: the actors within N steps of one actor (over relations in either direction) and the
// relations among them.
#pragma once

#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct EgoOptions {
  ActorId center = 0;
  int depth = 1;  // 1-5
  RelationFilter filter{};
};

struct EgoNode {
  ActorId actor = 0;
  int distance = 0;  // steps from the centre (0 for the centre itself)
};

struct EgoResult {
  std::vector<EgoNode> nodes;         // by distance, then actor id; the centre first
  std::vector<RelationId> relations;  // id order: every kept relation with both ends in `nodes`
};

// An unknown centre is Status::NotFound, a depth out of range Status::Invalid; an actor without
// relations gives itself alone.
Result<EgoResult> Ego(const KnowledgeGraph& kg, const EgoOptions& options);

}  // namespace dipgraph
