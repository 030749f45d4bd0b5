// libFuzzer target: the whole extractor (actors, events, dates, modality) on one document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "src/extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto x = dipgraph::ExtractDocument({"fuzz", text, "2010-11-03", "", ""});
  if (!x.ok()) return 0;
  for (const auto& r : x->relations) {
    if (r.source < 0 || r.target < 0 || r.source == r.target) __builtin_trap();
    if (static_cast<size_t>(r.source) >= x->model.entities.size()) __builtin_trap();
    if (r.evidence.end > x->model.article.text.size()) __builtin_trap();
  }
  return 0;
}
