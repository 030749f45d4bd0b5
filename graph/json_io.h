// The graph as JSON (RapidJSON): `dipgraph export --format json` and `dipgraph import json`.
// Export -> import into an empty store -> export gives identical bytes.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

// Writes the selection's actors and relations, and the documents their evidence cites (all
// documents when the selection is the whole graph).
void WriteGraphJson(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);
// The same for the relations `filter` keeps and the actors they touch (SelectForExport).
void WriteGraphJson(const KnowledgeGraph& kg, const RelationFilter& filter, std::ostream& out);
inline void WriteGraphJson(const KnowledgeGraph& kg, std::ostream& out) {
  WriteGraphJson(kg, RelationFilter{}, out);
}

struct JsonImportCounts {
  size_t actors_added = 0, actors_merged = 0, relations_added = 0, relations_merged = 0,
         documents = 0;
};

// Adds a graph exported by WriteGraphJson into `kg`. Actors with the same name and kind are merged,
// as are relations that report the same event. `source` names the input in errors. Validates the
// whole input before changing `kg`: on error `kg` is untouched.
Result<JsonImportCounts> ReadGraphJson(std::string_view json, const std::string& source,
                                       KnowledgeGraph* kg);

}  // namespace dipgraph
