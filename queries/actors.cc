#include "queries/actors.h"

#include <algorithm>

#include "graph/name_key.h"
#include "queries/query_util.h"

namespace dipgraph {

namespace {

bool NameMatches(const Actor& a, const std::string& key) {
  if (key.empty() || NameKey(a.name).find(key) != std::string::npos) return true;
  for (const std::string& alias : a.aliases)
    if (NameKey(alias).find(key) != std::string::npos) return true;
  return false;
}

}  // namespace

Result<ActorsResult> ListActors(const KnowledgeGraph& kg, const ActorsOptions& o) {
  std::string key = NameKey(o.match);
  ActorsResult result;
  for (const Actor& a : kg.actors())
    if ((!o.kind || a.kind == *o.kind) && NameMatches(a, key))
      result.actors.push_back({a.id, DegreeOf(kg, a.id)});
  std::sort(result.actors.begin(), result.actors.end(),
            [](const ActorEntry& a, const ActorEntry& b) {
              return a.relations != b.relations ? a.relations > b.relations : a.actor < b.actor;
            });
  result.matched = result.actors.size();
  if (o.limit != 0 && result.actors.size() > o.limit) result.actors.resize(o.limit);
  return result;
}

}  // namespace dipgraph
