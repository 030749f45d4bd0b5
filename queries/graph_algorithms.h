// Centrality on a compact simple graph of actors (parallel relations collapsed). The Boost.Graph
// instantiations all live in graph_algorithms.cc: each one costs ~20 s and ~600 MB to compile.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"

namespace dipgraph {

// Vertices 0..n-1 (KnowledgeGraph::Vertex of each actor); each edge once, no self-loops.
struct SimpleGraph {
  size_t n = 0;
  bool directed = false;
  std::vector<std::pair<uint32_t, uint32_t>> edges;  // sorted; (low, high) when undirected
};

// The actors and the pairs that have at least one relation the filter keeps.
SimpleGraph CollapseRelations(const KnowledgeGraph& kg, const RelationFilter& filter,
                              bool directed);

// Betweenness of every vertex of an undirected graph, Boost's brandes_betweenness_centrality,
// each unordered pair counted once (as NetworkX does unnormalized).
std::vector<double> BetweennessExact(const SimpleGraph& g);
// Brandes from the given sources only, scaled by n / sources so it estimates the exact values.
std::vector<double> BetweennessFromSources(const SimpleGraph& g,
                                           const std::vector<uint32_t>& sources);

// PageRank of a directed graph with Boost's page_rank (damping 0.85), iterated until an
// iteration changes the ranks by less than `tolerance` of their total (L1) or `max_iterations`;
// normalized to sum 1. Rank reaching actors with no outgoing relation is not redistributed
// (Boost's formulation), unlike NetworkX.
std::vector<double> PageRank(const SimpleGraph& g, double tolerance = 1e-5,
                             int max_iterations = 100);

}  // namespace dipgraph
