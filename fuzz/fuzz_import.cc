// libFuzzer target: the row parsers of the ICEWS, TKG and GDELT importers (the first byte picks
// the format), the JSON reader and the store's block decoders (first byte 3 mod 4: with bit 0x40
// the relation blocks, with bits 0x60 the actor blocks).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/block_codec.h"
#include "graph/import_gdelt.h"
#include "graph/import_icews.h"
#include "graph/import_tkg.h"
#include "graph/json_io.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  dipgraph::KnowledgeGraph kg;
  dipgraph::ImportOptions options;
  options.skip_bad = data[0] & 0x80;
  dipgraph::Importer importer(&kg, options);
  switch (data[0] % 4) {
    case 0: {
      dipgraph::TkgFormat f;
      (void)importer.ImportText(text, "fuzz.tsv", f);
      break;
    }
    case 1: {
      dipgraph::IcewsFormat f;
      (void)importer.ImportText(text, "fuzz.tab", f);
      break;
    }
    case 2: {
      dipgraph::GdeltFormat f;
      (void)importer.ImportText(text, "fuzz.csv", f);
      break;
    }
    default:
      if ((data[0] & 0x60) == 0x60) {
        // A decoded actor block encodes and decodes to the same actors.
        std::vector<dipgraph::Actor> decoded, again;
        if (!dipgraph::DecodeActorBlock(text, 1, &decoded).ok()) return 0;
        std::string bytes;
        dipgraph::EncodeActorBlock(decoded, &bytes);
        if (!dipgraph::DecodeActorBlock(bytes, 1, &again).ok()) __builtin_trap();
        if (again.size() != decoded.size()) __builtin_trap();
        return 0;
      }
      if (data[0] & 0x40) {
        // A decoded block encodes and decodes to the same relations.
        std::vector<dipgraph::Relation> decoded, again;
        if (!dipgraph::DecodeRelationBlock(text, 1, &decoded).ok()) return 0;
        std::string bytes;
        dipgraph::EncodeRelationBlock(decoded, &bytes);
        if (!dipgraph::DecodeRelationBlock(bytes, 1, &again).ok()) __builtin_trap();
        if (again.size() != decoded.size()) __builtin_trap();
        return 0;
      }
      (void)dipgraph::ReadGraphJson(text, "fuzz.json", &kg);
  }
  for (const auto& r : kg.relations())
    if (!kg.has_actor(r.source) || !kg.has_actor(r.target)) __builtin_trap();
  return 0;
}
