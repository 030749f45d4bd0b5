#include "queries/ego.h"

#include <fmt/format.h>

#include <algorithm>

#include "queries/query_util.h"

namespace dipgraph {

namespace {

using Graph = KnowledgeGraph::Graph;

// Distances by breadth-first search, -1 for actors out of reach. A dense array: membership is
// tested for every edge of every hub in the network, so it must cost next to nothing.
std::vector<int> Distances(const KnowledgeGraph& kg, const EgoOptions& o,
                           std::vector<size_t>* reached) {
  const Graph& g = kg.graph();
  bool keep_all = KeepsAll(o.filter);
  std::vector<int> dist(boost::num_vertices(g), -1);
  size_t start = KnowledgeGraph::Vertex(o.center);
  dist[start] = 0;
  *reached = {start};
  for (int d = 1, begin = 0; d <= o.depth; ++d) {
    int end = static_cast<int>(reached->size());
    auto visit = [&](size_t w, RelationId id) {
      if (dist[w] != -1 || (!keep_all && !o.filter.Matches(kg.relation(id)))) return;
      dist[w] = d;
      reached->push_back(w);
    };
    for (int i = begin; i < end; ++i) {
      size_t u = (*reached)[i];
      for (auto [it, e] = boost::out_edges(u, g); it != e; ++it)
        visit(boost::target(*it, g), g[*it].relation);
      for (auto [it, e] = boost::in_edges(u, g); it != e; ++it)
        visit(boost::source(*it, g), g[*it].relation);
    }
    begin = end;
  }
  return dist;
}

}  // namespace

Result<EgoResult> Ego(const KnowledgeGraph& kg, const EgoOptions& o) {
  if (!kg.has_actor(o.center))
    return Status::NotFound(fmt::format("no actor with id {}", o.center));
  if (o.depth < 1 || o.depth > 5) return Status::Invalid("depth must be 1 to 5");
  std::vector<size_t> reached;
  std::vector<int> dist = Distances(kg, o, &reached);
  const Graph& g = kg.graph();
  bool keep_all = KeepsAll(o.filter);
  EgoResult result;
  for (size_t v : reached) {
    result.nodes.push_back({g[v].actor, dist[v]});
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      if (dist[boost::target(*it, g)] == -1) continue;
      RelationId id = g[*it].relation;
      if (keep_all || o.filter.Matches(kg.relation(id))) result.relations.push_back(id);
    }
  }
  std::sort(result.nodes.begin(), result.nodes.end(), [](const EgoNode& a, const EgoNode& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.actor < b.actor;
  });
  std::sort(result.relations.begin(), result.relations.end());
  return result;
}

}  // namespace dipgraph
