// Finds the actors of a document: gazetteer names, titled and reported people the gazetteer does
// not know, metonyms ("the Kremlin", "Moscow fears"), descriptions ("the 28-nation alliance"),
// surnames and misspellings of people named in full elsewhere; and the roles the text gives them.
#pragma once

#include "src/extract/document_model.h"

namespace dipgraph {

// Fills doc->entities and each sentence's mentions. Sentences must be tokenized.
void RecognizeActors(DocumentModel* doc);

}  // namespace dipgraph
