// actors: the actors of the graph, by kind and by a piece of their name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct ActorsOptions {
  std::optional<ActorKind> kind{};
  std::string match{};  // kept when the folded name or an alias contains it (NameKey)
  size_t limit = 0;     // 0 for all
};

struct ActorEntry {
  ActorId actor = 0;
  size_t relations = 0;  // either direction
};

struct ActorsResult {
  std::vector<ActorEntry> actors;  // most relations first, then id
  size_t matched = 0;              // before the limit
};

// Never fails; nothing matching gives an empty list.
Result<ActorsResult> ListActors(const KnowledgeGraph& kg, const ActorsOptions& options);

}  // namespace dipgraph
