// Finds the relations (events) that the sentences of a document state: who did what to whom, coded
// in CAMEO from the pattern lexicon, with modality, date, place and the sentence as evidence.
#pragma once

#include <vector>

#include "src/extract/extraction.h"

namespace dipgraph {

// The document's actors must already be recognized (RecognizeActors).
std::vector<ExtractedRelation> ExtractEvents(const DocumentModel& doc);

}  // namespace dipgraph
