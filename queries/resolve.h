// Turning what a user typed into one actor: any alias, case-insensitively, or "#ID".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

// The actor called `name` (name or alias, folded by NameKey), or "#123" / "123" for an id.
// Several actors -> Status::Invalid listing each candidate as "Name (kind, #id)"; none ->
// Status::NotFound with the closest names as "did you mean".
Result<ActorId> ResolveActor(const KnowledgeGraph& kg, std::string_view name);

// Up to `max` actors whose name or an alias is close to `name` (edit distance, or one of its
// words), closest first. Only names of about the same length, or containing the typed text as a
// word, are compared, so this stays fast on 100,000 actors.
std::vector<ActorId> SimilarActors(const KnowledgeGraph& kg, std::string_view name, size_t max = 5);

// "Sergey Lavrov (person, #12)".
std::string DescribeActor(const KnowledgeGraph& kg, ActorId id);

}  // namespace dipgraph
