// What the extractor produces for one document: the article, its actors and its relations.
#pragma once

#include <string>
#include <vector>

#include "graph/types.h"
#include "src/extract/document_model.h"

namespace dipgraph {

struct ExtractedRelation {
  int source = -1, target = -1;  // entity indexes
  std::string cameo;
  DateRange date;
  std::string location;
  Modality modality = Modality::kAsserted;
  double confidence = 0.8;
  Span evidence;        // byte span of the sentence in the article text
  std::string explain;  // the pattern and why the roles, dates and modality are what they are
  // The dependency evidence: the event word's lemma and the words the parse gave as the heads of
  // source and target (empty when the sentence was not parsed or a role was inferred).
  std::string trigger, source_head, target_head;
};

struct Extraction {
  DocumentModel model;  // the article, its sentences and entities
  std::vector<ExtractedRelation> relations;
};

}  // namespace dipgraph
