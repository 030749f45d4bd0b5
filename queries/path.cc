#include "queries/path.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "queries/query_util.h"

namespace dipgraph {

namespace {

using Chain = std::vector<size_t>;  // vertices, from .. to
using Pair = std::pair<size_t, size_t>;

Pair Undirected(size_t a, size_t b) { return a < b ? Pair{a, b} : Pair{b, a}; }

// Bidirectional breadth-first search over the relations a filter keeps, with vertices and
// vertex pairs taken out (Yen's spur searches). Arrays are reset through `touched_`, so repeated
// searches cost what they visit, not the size of the graph.
class PathSearch {
 public:
  PathSearch(const KnowledgeGraph& kg, const PathOptions& o)
      : kg_(kg),
        g_(kg.graph()),
        o_(o),
        dist_{std::vector<int>(boost::num_vertices(g_), -1),
              std::vector<int>(boost::num_vertices(g_), -1)},
        parent_{std::vector<size_t>(boost::num_vertices(g_)),
                std::vector<size_t>(boost::num_vertices(g_))},
        banned_(boost::num_vertices(g_), 0) {}

  Chain Shortest(size_t s, size_t t, int max_hops);
  void Ban(size_t v, bool on) { banned_[v] = on; }
  std::vector<Pair>& banned_pairs() { return banned_pairs_; }
  size_t work() const { return work_; }
  bool cut() const { return work_ > o_.max_work; }

 private:
  template <typename Fn>
  void ForEachNeighbor(size_t u, int side, Fn&& fn);
  bool Allowed(size_t u, size_t w) const;
  Chain Join(size_t meet) const;
  void Reset();

  const KnowledgeGraph& kg_;
  const KnowledgeGraph::Graph& g_;
  const PathOptions& o_;
  std::vector<int> dist_[2];
  std::vector<size_t> parent_[2];
  std::vector<size_t> touched_;
  std::vector<char> banned_;
  std::vector<Pair> banned_pairs_;
  size_t work_ = 0;
  bool keep_all_ = KeepsAll(o_.filter);
};

bool PathSearch::Allowed(size_t u, size_t w) const {
  if (banned_[w]) return false;
  for (const Pair& p : banned_pairs_)
    if (p == Undirected(u, w)) return false;
  return true;
}

// Calls fn(w, u) for each neighbour w of u not yet reached from `side` that the filter keeps.
// Stops at the budget: a cut search must not find chains past it.
template <typename Fn>
void PathSearch::ForEachNeighbor(size_t u, int side, Fn&& fn) {
  auto consider = [&](size_t w, const auto& edge) {
    if (dist_[side][w] != -1) return;
    if (keep_all_ || o_.filter.Matches(kg_.relation(g_[edge].relation))) fn(w);
  };
  for (auto [it, end] = boost::out_edges(u, g_); it != end; ++it) {
    if (++work_ > o_.max_work) return;
    consider(boost::target(*it, g_), *it);
  }
  for (auto [it, end] = boost::in_edges(u, g_); it != end; ++it) {
    if (++work_ > o_.max_work) return;
    consider(boost::source(*it, g_), *it);
  }
}

void PathSearch::Reset() {
  for (size_t v : touched_) dist_[0][v] = dist_[1][v] = -1;
  touched_.clear();
}

Chain PathSearch::Join(size_t meet) const {
  Chain chain;
  for (size_t v = meet; dist_[0][v] != 0; v = parent_[0][v]) chain.push_back(parent_[0][v]);
  std::reverse(chain.begin(), chain.end());
  chain.push_back(meet);
  for (size_t v = meet; dist_[1][v] != 0; v = parent_[1][v]) chain.push_back(parent_[1][v]);
  return chain;
}

Chain PathSearch::Shortest(size_t s, size_t t, int max_hops) {
  Reset();
  std::vector<size_t> frontier[2] = {{s}, {t}};
  dist_[0][s] = 0, dist_[1][t] = 0;
  touched_ = {s, t};
  int depth[2] = {0, 0};
  while (!frontier[0].empty() && !frontier[1].empty() && depth[0] + depth[1] < max_hops) {
    int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    std::vector<size_t> next;
    size_t meet = SIZE_MAX;
    for (size_t u : frontier[side]) {
      ForEachNeighbor(u, side, [&](size_t w) {
        if (meet != SIZE_MAX || dist_[side][w] != -1 || !Allowed(u, w)) return;
        dist_[side][w] = depth[side] + 1, parent_[side][w] = u;
        touched_.push_back(w);
        next.push_back(w);
        // The first contact is a shortest chain: every shorter one would have met earlier.
        if (dist_[1 - side][w] != -1) meet = w;
      });
      if (meet != SIZE_MAX) return Join(meet);
      if (cut()) return {};
    }
    frontier[side] = std::move(next);
    ++depth[side];
  }
  return {};
}

bool ChainLess(const Chain& a, const Chain& b) {
  return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// Yen: each further chain leaves an earlier one at some vertex (the spur) and rejoins `to` by a
// shortest route that avoids the chain's root and the edges the earlier chains took there.
std::vector<Chain> KShortest(PathSearch& search, size_t s, size_t t, const PathOptions& o) {
  std::vector<Chain> found;
  Chain first = search.Shortest(s, t, o.max_hops);
  if (first.empty()) return found;
  found.push_back(first);
  std::set<Chain, decltype(&ChainLess)> candidates(&ChainLess);
  while (static_cast<int>(found.size()) < o.k && !search.cut()) {
    const Chain prev = found.back();
    for (size_t i = 0; i + 1 < prev.size() && !search.cut(); ++i) {
      Chain root(prev.begin(), prev.begin() + i + 1);
      search.banned_pairs().clear();
      for (const Chain& c : found)
        if (c.size() > i + 1 && std::equal(root.begin(), root.end(), c.begin()))
          search.banned_pairs().push_back(Undirected(c[i], c[i + 1]));
      for (size_t j = 0; j < i; ++j) search.Ban(root[j], true);
      Chain spur = search.Shortest(prev[i], t, o.max_hops - static_cast<int>(i));
      for (size_t j = 0; j < i; ++j) search.Ban(root[j], false);
      if (spur.empty()) continue;
      root.insert(root.end(), spur.begin() + 1, spur.end());
      if (std::find(found.begin(), found.end(), root) == found.end()) candidates.insert(root);
    }
    if (candidates.empty()) break;
    found.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }
  return found;
}

// The relation shown for a hop, and how many the filter keeps between the two actors.
PathHop MakeHop(const KnowledgeGraph& kg, const RelationFilter& filter, ActorId a, ActorId b) {
  PathHop hop{a, b, 0, 0};
  ActorId walk = DegreeOf(kg, a) <= DegreeOf(kg, b) ? a : b;
  ForEachRelationOf(kg, walk, [&](RelationId id) {
    const Relation& r = kg.relation(id);
    if (OtherEnd(r, walk) != (walk == a ? b : a) || !filter.Matches(r)) return;
    ++hop.relations;
    if (hop.relation == 0) return void(hop.relation = id);
    const Relation& best = kg.relation(hop.relation);
    if (r.sources > best.sources || (r.sources == best.sources && DateOrder(r, best)))
      hop.relation = id;
  });
  return hop;
}

}  // namespace

Result<PathResult> FindPaths(const KnowledgeGraph& kg, const PathOptions& o) {
  for (ActorId id : {o.from, o.to})
    if (!kg.has_actor(id)) return Status::NotFound(fmt::format("no actor with id {}", id));
  if (o.from == o.to) return Status::Invalid("a path needs two different actors");
  if (o.max_hops < 1 || o.max_hops > 8) return Status::Invalid("max hops must be 1 to 8");
  if (o.k < 1 || o.k > 5) return Status::Invalid("k must be 1 to 5");
  PathSearch search(kg, o);
  std::vector<Chain> chains =
      KShortest(search, KnowledgeGraph::Vertex(o.from), KnowledgeGraph::Vertex(o.to), o);
  PathResult result;
  result.cut = search.cut();
  result.work = search.work();
  for (const Chain& c : chains) {
    ActorPath path;
    for (size_t i = 0; i + 1 < c.size(); ++i)
      path.hops.push_back(
          MakeHop(kg, o.filter, kg.graph()[c[i]].actor, kg.graph()[c[i + 1]].actor));
    result.paths.push_back(std::move(path));
  }
  return result;
}

}  // namespace dipgraph
