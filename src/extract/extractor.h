// The extraction pipeline for one document: text -> article (furniture removed) -> sentences ->
// tokens -> actors -> events. Start here for src/extract.
#pragma once

#include "graph/status.h"
#include "src/extract/article.h"
#include "src/extract/extraction.h"

namespace dipgraph {

// Loads what extraction reads from disk (the syntax model), so that a command can fail before it
// reads any input when it is missing. ExtractDocument loads it too, on first use.
Status LoadExtractionModels();

// Extracts one document. Invalid UTF-8 or NUL bytes are an error naming the byte offset.
// Thread-safe: the gazetteer and lexicon are built once and only read.
Result<Extraction> ExtractDocument(SourceText source);

}  // namespace dipgraph
