#include "queries/ego.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace dipgraph {

namespace {

using Graph = KnowledgeGraph::Graph;

// Distances by breadth-first search; the map stays as small as the ego network.
std::unordered_map<size_t, int> Distances(const KnowledgeGraph& kg, const EgoOptions& o) {
  const Graph& g = kg.graph();
  size_t start = KnowledgeGraph::Vertex(o.center);
  std::unordered_map<size_t, int> dist{{start, 0}};
  std::vector<size_t> frontier{start};
  for (int d = 1; d <= o.depth && !frontier.empty(); ++d) {
    std::vector<size_t> next;
    auto visit = [&](size_t w, RelationId id) {
      if (dist.count(w) || !o.filter.Matches(kg.relation(id))) return;
      dist.emplace(w, d);
      next.push_back(w);
    };
    for (size_t u : frontier) {
      for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
        visit(boost::target(*it, g), g[*it].relation);
      for (auto [it, end] = boost::in_edges(u, g); it != end; ++it)
        visit(boost::source(*it, g), g[*it].relation);
    }
    frontier = std::move(next);
  }
  return dist;
}

}  // namespace

Result<EgoResult> Ego(const KnowledgeGraph& kg, const EgoOptions& o) {
  if (!kg.has_actor(o.center))
    return Status::NotFound(fmt::format("no actor with id {}", o.center));
  if (o.depth < 1 || o.depth > 5) return Status::Invalid("depth must be 1 to 5");
  std::unordered_map<size_t, int> dist = Distances(kg, o);
  const Graph& g = kg.graph();
  EgoResult result;
  for (const auto& [v, d] : dist) {
    result.nodes.push_back({g[v].actor, d});
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      RelationId id = g[*it].relation;
      if (dist.count(boost::target(*it, g)) && o.filter.Matches(kg.relation(id)))
        result.relations.push_back(id);
    }
  }
  std::sort(result.nodes.begin(), result.nodes.end(), [](const EgoNode& a, const EgoNode& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.actor < b.actor;
  });
  std::sort(result.relations.begin(), result.relations.end());
  return result;
}

}  // namespace dipgraph
