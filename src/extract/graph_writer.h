// Puts what the extractor found into the knowledge graph: one actor per real actor across
// documents (canonical names, aliases merged), and one relation per event however many articles
// report it (each report counted and its evidence kept).
#pragma once

#include <string>

#include "graph/knowledge_graph.h"
#include "src/extract/extraction.h"

namespace dipgraph {

struct IngestCounts {
  size_t actors_added = 0;
  size_t relations_added = 0;
  size_t relations_merged = 0;
};

// Adds one extracted document to `kg`. `ingested` is the timestamp recorded with the document.
IngestCounts AddExtraction(const Extraction& x, const std::string& ingested, KnowledgeGraph* kg);

}  // namespace dipgraph
