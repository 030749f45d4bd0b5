// rank: the most central actors by degree, betweenness or PageRank.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

enum class RankBy { kDegree, kBetweenness, kPageRank };
std::optional<RankBy> ParseRankBy(const std::string& name);  // "degree", "betweenness", "pagerank"
const char* RankByName(RankBy by);

struct RankOptions {
  RankBy by = RankBy::kDegree;
  std::optional<ActorKind> kind{};  // list only actors of this kind (scores use the whole graph)
  RelationFilter filter{};
  size_t top = 20;
  // Betweenness on graphs with more actors than this samples `samples` sources (estimate).
  size_t sample_above = 5000;
  size_t samples = 500;
  uint32_t seed = 1;
};

struct RankedActor {
  ActorId actor = 0;
  double score = 0;   // relations (degree), shortest paths through it, or PageRank (sum 1)
  size_t degree = 0;  // relations the filter keeps, for context
};

struct RankResult {
  std::vector<RankedActor> actors;  // highest score first, then actor id
  bool sampled = false;             // betweenness estimated from `sources` sampled sources
  size_t sources = 0;
  std::string note;  // says how the scores were computed (and that they were sampled)
};

// Never fails on a valid graph; an empty graph gives an empty list. Degree counts each kept
// relation (parallel ones too); betweenness and PageRank collapse parallel relations into one
// edge, betweenness undirected, PageRank directed.
Result<RankResult> Rank(const KnowledgeGraph& kg, const RankOptions& options);

}  // namespace dipgraph
