#include "queries/rank.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "queries/graph_algorithms.h"

namespace dipgraph {

std::optional<RankBy> ParseRankBy(const std::string& name) {
  if (name == "degree") return RankBy::kDegree;
  if (name == "betweenness") return RankBy::kBetweenness;
  if (name == "pagerank") return RankBy::kPageRank;
  return std::nullopt;
}

const char* RankByName(RankBy by) {
  switch (by) {
    case RankBy::kDegree:
      return "degree";
    case RankBy::kBetweenness:
      return "betweenness";
    case RankBy::kPageRank:
      return "pagerank";
  }
  return "?";
}

namespace {

std::vector<size_t> Degrees(const KnowledgeGraph& kg, const RelationFilter& filter) {
  std::vector<size_t> degree(kg.actor_count(), 0);
  for (const Relation& r : kg.relations()) {
    if (!filter.Matches(r)) continue;
    ++degree[KnowledgeGraph::Vertex(r.source)];
    if (r.target != r.source) ++degree[KnowledgeGraph::Vertex(r.target)];
  }
  return degree;
}

std::vector<uint32_t> SampleSources(size_t n, size_t count, uint32_t seed) {
  std::vector<uint32_t> all(n);
  std::iota(all.begin(), all.end(), 0u);
  std::mt19937 rng(seed);
  std::shuffle(all.begin(), all.end(), rng);
  all.resize(std::min(n, count));
  return all;
}

std::vector<double> Betweenness(const KnowledgeGraph& kg, const RankOptions& o, RankResult* r) {
  SimpleGraph g = CollapseRelations(kg, o.filter, false);
  if (g.n <= o.sample_above) {
    r->note = "betweenness: exact (Boost brandes_betweenness_centrality), undirected";
    return BetweennessExact(g);
  }
  std::vector<uint32_t> sources = SampleSources(g.n, o.samples, o.seed);
  r->sampled = true;
  r->sources = sources.size();
  r->note = fmt::format(
      "betweenness: estimated from {} of {} actors as sources (sampled above {} actors), "
      "undirected",
      sources.size(), g.n, o.sample_above);
  return BetweennessFromSources(g, sources);
}

std::vector<double> Scores(const KnowledgeGraph& kg, const RankOptions& o,
                           const std::vector<size_t>& degree, RankResult* r) {
  switch (o.by) {
    case RankBy::kDegree:
      r->note = "degree: relations kept by the filter, either direction";
      return std::vector<double>(degree.begin(), degree.end());
    case RankBy::kBetweenness:
      return Betweenness(kg, o, r);
    case RankBy::kPageRank:
      r->note = "pagerank: Boost page_rank, damping 0.85, directed, parallel relations as one";
      return PageRank(CollapseRelations(kg, o.filter, true));
  }
  return {};
}

}  // namespace

Result<RankResult> Rank(const KnowledgeGraph& kg, const RankOptions& o) {
  RankResult result;
  std::vector<size_t> degree = Degrees(kg, o.filter);
  std::vector<double> score = Scores(kg, o, degree, &result);
  for (const Actor& a : kg.actors()) {
    if (o.kind && a.kind != *o.kind) continue;
    size_t v = KnowledgeGraph::Vertex(a.id);
    result.actors.push_back({a.id, score[v], degree[v]});
  }
  auto better = [](const RankedActor& a, const RankedActor& b) {
    return a.score != b.score ? a.score > b.score : a.actor < b.actor;
  };
  size_t keep = std::min(o.top, result.actors.size());
  std::partial_sort(result.actors.begin(), result.actors.begin() + keep, result.actors.end(),
                    better);
  result.actors.resize(keep);
  return result;
}

}  // namespace dipgraph
