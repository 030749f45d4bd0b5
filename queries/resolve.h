// Turning what a user typed into one actor: any alias, case-insensitively, or "#ID".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

// The actor called `name` (name or alias, folded by NameKey), or "#123" / "123" for an id, or
// else the one person whose name ends with those words ("Lavrov" for Sergey Lavrov). Several
// actors of that name -> Status::Invalid listing each as "Name (kind, #id)"; none ->
// Status::NotFound with the closest names as "did you mean".
Result<ActorId> ResolveActor(const KnowledgeGraph& kg, std::string_view name);

// Up to `max` actors whose name or an alias, or the last words of one, is close to `name` by
// edit distance, closest first.
std::vector<ActorId> SimilarActors(const KnowledgeGraph& kg, std::string_view name, size_t max = 5);

// "Sergey Lavrov (person, #12)".
std::string DescribeActor(const KnowledgeGraph& kg, ActorId id);

}  // namespace dipgraph
