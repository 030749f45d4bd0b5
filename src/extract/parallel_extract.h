// Extracts the documents of many sources on N threads, handing results back in input order.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/status.h"
#include "src/extract/extraction.h"

namespace dipgraph {

struct ExtractedDocument {
  std::string source;
  size_t bytes = 0;
  Status status;  // not ok: the document could not be read or extracted
  Extraction extraction;
};

// Calls `sink` for every document of `paths` (see ReadSources), in order. `threads` >= 1.
Status ExtractAll(const std::vector<std::string>& paths, int threads,
                  const std::function<void(ExtractedDocument&&)>& sink);

}  // namespace dipgraph
