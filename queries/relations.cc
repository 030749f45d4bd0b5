#include "queries/relations.h"

#include <fmt/format.h>

#include "queries/query_util.h"

namespace dipgraph {

namespace {

Status CheckActor(const KnowledgeGraph& kg, ActorId id) {
  return kg.has_actor(id) ? Status::Ok() : Status::NotFound(fmt::format("no actor with id {}", id));
}

}  // namespace

Result<RelationsResult> Relations(const KnowledgeGraph& kg, const RelationsOptions& o) {
  DG_RETURN_IF_ERROR(CheckActor(kg, o.a));
  if (o.b != 0) DG_RETURN_IF_ERROR(CheckActor(kg, o.b));
  ActorId walk = o.a, other = o.b;
  if (o.b != 0 && DegreeOf(kg, o.b) < DegreeOf(kg, o.a)) std::swap(walk, other);
  RelationsResult result;
  ForEachRelationOf(kg, walk, [&](RelationId id) {
    const Relation& r = kg.relation(id);
    if (other != 0 && OtherEnd(r, walk) != other) return;
    if (o.filter.Matches(r)) result.relations.push_back(id);
  });
  SortByDate(kg, &result.relations);
  return result;
}

}  // namespace dipgraph
