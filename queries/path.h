// path: the shortest chains of relations linking two actors, over relations in either direction.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct PathOptions {
  ActorId from = 0, to = 0;
  int max_hops = 4;  // 1-8
  int k = 1;         // how many chains, 1-5
  RelationFilter filter{};
  // Relations examined over all searches before giving up (the result then says it was cut).
  size_t max_work = 20'000'000;
};

struct PathHop {
  ActorId from = 0, to = 0;
  RelationId relation = 0;  // the one shown: most sources, then earliest, then lowest id
  int relations = 0;        // how many relations the filter keeps between the two actors
};

struct ActorPath {
  std::vector<PathHop> hops;
};

struct PathResult {
  // Chains with distinct actor sequences and no actor twice, shortest first (equal lengths in
  // the order found). Parallel relations between two actors make one hop, not several chains.
  std::vector<ActorPath> paths;
  bool cut = false;  // max_work was reached: there may be more or shorter chains
  size_t work = 0;   // relations examined
};

// Unknown actors are Status::NotFound, from == to or an option out of range Status::Invalid; no
// chain within max_hops gives an empty list. Yen's k-shortest simple paths over a bidirectional
// breadth-first search.
Result<PathResult> FindPaths(const KnowledgeGraph& kg, const PathOptions& options);

}  // namespace dipgraph
