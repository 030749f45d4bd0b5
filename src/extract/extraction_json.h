// Writes extractions in the JSON contract of shared/docs/extraction-json.md:
// { "documents": [ DOCUMENT, ... ] }, one document at a time.
#pragma once

#include <memory>
#include <ostream>

#include "src/extract/extraction.h"

namespace dipgraph {

class ExtractionJsonWriter {
 public:
  // `explain` adds, per actor and relation, which gazetteer entry or pattern produced it.
  ExtractionJsonWriter(std::ostream& out, bool explain);
  ~ExtractionJsonWriter();
  void Add(const Extraction& x);
  void Finish();  // closes the array and the object

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The canonical actor id within one document's output ("a1", "a2", ...).
std::string ActorRef(int entity);

}  // namespace dipgraph
