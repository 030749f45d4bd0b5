// libFuzzer target: the query-name resolver (aliases, #ids, did-you-mean) on a small graph.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "queries/resolve.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dipgraph::KnowledgeGraph* kg = [] {
    auto* g = new dipgraph::KnowledgeGraph();
    for (const char* name : {"Sergei Lavrov", "Russia", "United States", "NATO", "Georgia"}) {
      dipgraph::Actor a;
      a.name = name;
      a.aliases = {std::string(name).substr(0, 4)};
      g->AddActor(a);
    }
    return g;
  }();
  std::string_view name(reinterpret_cast<const char*>(data), size);
  auto r = dipgraph::ResolveActor(*kg, name);
  if (r.ok() && !kg->has_actor(*r)) __builtin_trap();
  (void)dipgraph::SimilarActors(*kg, name);
  return 0;
}
