// libFuzzer target: the document reader (furniture, dateline, captions) and the sentence splitter
// and tokenizer over every block it keeps.
#include <cstddef>
#include <cstdint>
#include <string>

#include "src/extract/article.h"
#include "src/extract/sentence_splitter.h"
#include "src/extract/token.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!dipgraph::CheckUtf8(text).ok()) return 0;
  dipgraph::Article a = dipgraph::AnalyzeArticle({"fuzz", text, "", "", ""});
  for (const dipgraph::Block& b : a.blocks) {
    if (b.span.start > b.span.end || b.span.end > a.text.size()) __builtin_trap();
    for (const dipgraph::Span& s : dipgraph::SplitSentences(a.text, b.span.start, b.span.end)) {
      if (s.start < b.span.start || s.end > b.span.end) __builtin_trap();
      dipgraph::WordStore words;
      for (const dipgraph::Token& t : dipgraph::Tokenize(a.text, s.start, s.end, &words))
        if (t.start >= t.end || t.end > s.end) __builtin_trap();
    }
  }
  return 0;
}
