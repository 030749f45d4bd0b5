#include "queries/graph_algorithms.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>

namespace dipgraph {

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Compressed adjacency for the hand-written sampled Brandes.
struct Csr {
  std::vector<size_t> start;
  std::vector<uint32_t> next;
};

Csr MakeCsr(const SimpleGraph& g) {
  Csr c;
  c.start.assign(g.n + 1, 0);
  for (auto [a, b] : g.edges) ++c.start[a + 1], ++c.start[b + 1];
  for (size_t v = 0; v < g.n; ++v) c.start[v + 1] += c.start[v];
  c.next.resize(c.start[g.n]);
  std::vector<size_t> fill(c.start.begin(), c.start.end() - 1);
  for (auto [a, b] : g.edges) c.next[fill[a]++] = b, c.next[fill[b]++] = a;
  return c;
}

// One Brandes pass from `s`: adds each vertex's share of the shortest paths from s.
void AccumulateFrom(const Csr& c, uint32_t s, std::vector<double>* centrality) {
  size_t n = c.start.size() - 1;
  std::vector<int> dist(n, -1);
  std::vector<double> sigma(n, 0), delta(n, 0);
  std::vector<uint32_t> order;
  order.reserve(n);
  dist[s] = 0, sigma[s] = 1;
  order.push_back(s);
  for (size_t head = 0; head < order.size(); ++head) {
    uint32_t u = order[head];
    for (size_t i = c.start[u]; i < c.start[u + 1]; ++i) {
      uint32_t w = c.next[i];
      if (dist[w] < 0) dist[w] = dist[u] + 1, order.push_back(w);
      if (dist[w] == dist[u] + 1) sigma[w] += sigma[u];
    }
  }
  for (size_t k = order.size(); k-- > 1;) {
    uint32_t w = order[k];
    for (size_t i = c.start[w]; i < c.start[w + 1]; ++i) {
      uint32_t u = c.next[i];
      if (dist[u] == dist[w] - 1) delta[u] += sigma[u] / sigma[w] * (1 + delta[w]);
    }
    (*centrality)[w] += delta[w];
  }
}

// Stops Boost's page_rank when an iteration changes the ranks by less than the tolerance.
struct Converged {
  std::vector<double>* last;
  double tolerance;
  int* iterations_left;
  template <typename RankMap, typename Graph>
  bool operator()(const RankMap& rank, const Graph& g) {
    double change = 0, total = 0;
    for (size_t v = 0; v < boost::num_vertices(g); ++v) {
      change += std::abs(get(rank, v) - (*last)[v]);
      total += get(rank, v);
      (*last)[v] = get(rank, v);
    }
    return change < tolerance * total || (*iterations_left)-- <= 0;
  }
};

}  // namespace

SimpleGraph CollapseRelations(const KnowledgeGraph& kg, const RelationFilter& filter,
                              bool directed) {
  SimpleGraph g;
  g.n = kg.actor_count();
  g.directed = directed;
  for (const Relation& r : kg.relations()) {
    if (r.source == r.target || !filter.Matches(r)) continue;
    auto a = static_cast<uint32_t>(KnowledgeGraph::Vertex(r.source));
    auto b = static_cast<uint32_t>(KnowledgeGraph::Vertex(r.target));
    if (!directed && b < a) std::swap(a, b);
    g.edges.emplace_back(a, b);
  }
  std::sort(g.edges.begin(), g.edges.end());
  g.edges.erase(std::unique(g.edges.begin(), g.edges.end()), g.edges.end());
  return g;
}

std::vector<double> BetweennessExact(const SimpleGraph& g) {
  Undirected ug(g.edges.begin(), g.edges.end(), g.n);
  std::vector<double> centrality(g.n, 0.0);
  boost::brandes_betweenness_centrality(
      ug, boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, ug)));
  // Boost halves the sums itself on undirected graphs: each unordered pair counts once.
  return centrality;
}

std::vector<double> BetweennessFromSources(const SimpleGraph& g,
                                           const std::vector<uint32_t>& sources) {
  Csr c = MakeCsr(g);
  std::vector<double> centrality(g.n, 0.0);
  for (uint32_t s : sources) AccumulateFrom(c, s, &centrality);
  double scale = sources.empty() ? 0 : static_cast<double>(g.n) / sources.size() / 2;
  for (double& x : centrality) x *= scale;
  return centrality;
}

std::vector<double> PageRank(const SimpleGraph& g, double tolerance, int max_iterations) {
  Directed dg(g.edges.begin(), g.edges.end(), g.n);
  std::vector<double> rank(g.n, 0.0), last(g.n, 0.0);
  int left = max_iterations;
  boost::graph::page_rank(
      dg, boost::make_iterator_property_map(rank.begin(), get(boost::vertex_index, dg)),
      Converged{&last, tolerance, &left}, 0.85);
  double sum = 0;
  for (double r : rank) sum += r;
  if (sum > 0)
    for (double& r : rank) r /= sum;
  return rank;
}

}  // namespace dipgraph
