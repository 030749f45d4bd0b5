// An article read from its source: the original text, its metadata, and the blocks of news text
// (title, body paragraphs, photo captions) with the furniture (date lines, datelines, credits,
// bylines, page leftovers) left out.
#pragma once

#include <string>
#include <vector>

#include "graph/status.h"
#include "src/extract/sentence_splitter.h"

namespace dipgraph {

enum class BlockKind { kTitle, kBody, kCaption };

struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
};

// What a source gives before analysis.
struct SourceText {
  std::string source;  // path, "path:line" for JSON lines, or "-"
  std::string text;
  std::string date;      // from JSON lines, ISO; may be empty
  std::string title;     // from JSON lines; may be empty
  std::string dateline;  // from JSON lines; may be empty
};

struct Article {
  std::string id;  // content hash of the text
  std::string source;
  std::string text;
  std::string title;
  int published = -1;    // day number, or -1 when unknown
  std::string dateline;  // "Moscow"
  std::vector<Block> blocks;
};

// Checks UTF-8; the error names the byte offset of the first invalid sequence.
Status CheckUtf8(const std::string& text);

// Finds the publication date, dateline, title and the news blocks.
Article AnalyzeArticle(SourceText source);

// A stable content hash (FNV-1a 64, hex) of the text.
std::string ContentHash(const std::string& text);

}  // namespace dipgraph
