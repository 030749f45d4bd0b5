#include "viz/subgraph.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "viz/style.h"

namespace dipgraph::viz {

namespace {

using Pair = std::pair<ActorId, ActorId>;
Pair PairOf(const Relation& r) { return std::minmax(r.source, r.target); }

// Decides which relations count as drawn edges: the filter, modality and the pair's weight.
class EdgeRule {
 public:
  EdgeRule(const KnowledgeGraph& kg, const RenderOptions& options) : kg_(kg), options_(options) {
    if (options.min_weight <= 1) return;
    for (const Relation& r : kg.relations())
      if (Basic(r)) ++weight_[PairOf(r)];
  }
  bool Keeps(RelationId id) const {
    const Relation& r = kg_.relation(id);
    if (!Basic(r)) return false;
    if (options_.min_weight <= 1) return true;
    auto it = weight_.find(PairOf(r));
    return it != weight_.end() && it->second >= options_.min_weight;
  }

 private:
  bool Basic(const Relation& r) const { return IsDrawn(r.modality) && options_.filter.Matches(r); }
  const KnowledgeGraph& kg_;
  const RenderOptions& options_;
  std::map<Pair, int> weight_;
};

ActorId Other(const Relation& r, ActorId a) { return r.source == a ? r.target : r.source; }

std::set<ActorId> EgoNetwork(const KnowledgeGraph& kg, const EdgeRule& rule, ActorId ego,
                             int depth) {
  std::set<ActorId> seen = {ego};
  std::vector<ActorId> frontier = {ego};
  for (int step = 0; step < depth && !frontier.empty(); ++step) {
    std::vector<ActorId> next;
    for (ActorId a : frontier)
      for (RelationId id : kg.RelationsOf(a))
        if (rule.Keeps(id) && seen.insert(Other(kg.relation(id), a)).second)
          next.push_back(Other(kg.relation(id), a));
    frontier = std::move(next);
  }
  return seen;
}

// Relations between members of `actors`, in id order.
std::vector<RelationId> Induced(const KnowledgeGraph& kg, const EdgeRule& rule,
                                const std::set<ActorId>& actors) {
  std::vector<RelationId> out;
  for (ActorId a : actors)
    for (RelationId id : kg.OutRelations(a))
      if (actors.count(kg.relation(id).target) && rule.Keeps(id)) out.push_back(id);
  std::sort(out.begin(), out.end());
  return out;
}

Status CheckOptions(const KnowledgeGraph& kg, const RenderOptions& o) {
  int modes = (o.ego != 0) + (o.between_a != 0 || o.between_b != 0) + !o.actors.empty();
  if (modes > 1) return Status::Invalid("choose one of an ego actor, a pair, or a list of actors");
  if (o.depth < 0) return Status::Invalid(fmt::format("depth {} is negative", o.depth));
  if (o.max_nodes < 1) return Status::Invalid(fmt::format("max_nodes {} is below 1", o.max_nodes));
  std::vector<ActorId> named = o.actors;
  if (o.ego != 0) named.push_back(o.ego);
  if (o.between_a != 0 || o.between_b != 0) named.insert(named.end(), {o.between_a, o.between_b});
  for (ActorId id : named)
    if (!kg.has_actor(id)) return Status::NotFound(fmt::format("no actor with id {}", id));
  return Status::Ok();
}

std::set<ActorId> Named(const RenderOptions& o) {
  std::set<ActorId> named(o.actors.begin(), o.actors.end());
  for (ActorId id : {o.ego, o.between_a, o.between_b})
    if (id != 0) named.insert(id);
  return named;
}

std::set<ActorId> Candidates(const KnowledgeGraph& kg, const EdgeRule& rule,
                             const RenderOptions& o) {
  if (o.ego != 0) return EgoNetwork(kg, rule, o.ego, o.depth);
  std::set<ActorId> named = Named(o);
  if (!named.empty()) return named;
  std::set<ActorId> all;
  for (const Relation& r : kg.relations())
    if (rule.Keeps(r.id)) all.insert({r.source, r.target});
  return all;
}

// A person's current state or organization: the diagram shows whom they act for even when that
// state has no relation of its own with the ego (Karzai criticises Russia; Afghanistan is drawn).
void AddAffiliations(const KnowledgeGraph& kg, std::set<ActorId>& actors) {
  std::vector<ActorId> add;
  for (ActorId id : actors)
    for (const Affiliation& f : kg.actor(id).affiliations)
      if (!f.former && f.of != id) add.push_back(f.of);
  actors.insert(add.begin(), add.end());
}

// Keeps the named actors and the best connected others, max_nodes in all.
std::set<ActorId> KeepMostConnected(const KnowledgeGraph& kg, const std::set<ActorId>& actors,
                                    const std::vector<RelationId>& relations,
                                    const std::set<ActorId>& named, size_t max_nodes) {
  std::map<ActorId, int> degree;
  for (RelationId id : relations)
    ++degree[kg.relation(id).source], ++degree[kg.relation(id).target];
  std::vector<ActorId> ranked(actors.begin(), actors.end());
  std::stable_sort(ranked.begin(), ranked.end(), [&](ActorId a, ActorId b) {
    bool na = named.count(a), nb = named.count(b);
    if (na != nb) return na;
    return degree[a] > degree[b];
  });
  ranked.resize(std::min(ranked.size(), std::max(max_nodes, named.size())));
  return std::set<ActorId>(ranked.begin(), ranked.end());
}

}  // namespace

Result<Subgraph> SelectSubgraph(const KnowledgeGraph& kg, const RenderOptions& options) {
  DG_RETURN_IF_ERROR(CheckOptions(kg, options));
  EdgeRule rule(kg, options);
  std::set<ActorId> actors = Candidates(kg, rule, options);
  if (options.affiliations) AddAffiliations(kg, actors);
  std::vector<RelationId> relations = Induced(kg, rule, actors);
  Subgraph sub;
  size_t max_nodes = static_cast<size_t>(options.max_nodes);
  if (actors.size() > max_nodes) {
    std::set<ActorId> named = Named(options);
    std::set<ActorId> kept = KeepMostConnected(kg, actors, relations, named, max_nodes);
    relations = Induced(kg, rule, kept);
    std::set<ActorId> linked = named;
    for (RelationId id : relations) linked.insert({kg.relation(id).source, kg.relation(id).target});
    if (options.affiliations) AddAffiliations(kg, linked);
    sub.left_out = actors.size() - linked.size();
    actors = std::move(linked);
  }
  sub.actors.assign(actors.begin(), actors.end());
  sub.relations = std::move(relations);
  return sub;
}

std::string LayoutFor(size_t node_count, size_t edge_count, const std::string& requested) {
  if (!requested.empty()) return requested;
  return node_count > kLargeGraphNodes || edge_count > kDotMaxEdges ? "sfdp" : "dot";
}

}  // namespace dipgraph::viz
