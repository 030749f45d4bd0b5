// render_bench: times a diagram from the graph to clickable SVG, stage by stage:
// SelectSubgraph, WriteDot and RenderDot (in-process Graphviz), on synthetic graphs of
//   - 300 relations among 100 actors (a typical query result; layout: dot),
//   - 2,000 actors and 2,500 relations (layout: sfdp, edge labels in tooltips).
// Prints one line per graph with the median of several runs. Usage: render_bench [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "graph/cameo.h"
#include "graph/knowledge_graph.h"
#include "viz/dot_writer.h"
#include "viz/render.h"

namespace {

using dipgraph::ActorId;
using dipgraph::KnowledgeGraph;
using Clock = std::chrono::steady_clock;

// A random graph: `actors` actors of mixed kinds, `relations` relations with codes drawn from the
// CAMEO table and dates over three years, among a few hundred pairs so edges fold.
KnowledgeGraph MakeGraph(int actors, int relations, unsigned seed) {
  KnowledgeGraph kg;
  std::mt19937 rng(seed);
  for (int i = 0; i < actors; ++i) {
    dipgraph::Actor a;
    a.name = "Actor " + std::to_string(i);
    a.kind = static_cast<dipgraph::ActorKind>(i % 6);
    kg.AddActor(a);
  }
  const auto& codes = dipgraph::AllCameoCodes();
  std::uniform_int_distribution<int> code(0, static_cast<int>(codes.size()) - 1);
  std::uniform_int_distribution<int> day(dipgraph::DaysFromCivil(2008, 1, 1),
                                         dipgraph::DaysFromCivil(2010, 12, 31));
  std::uniform_int_distribution<int> modality(0, 9);
  for (int i = 0; i < relations; ++i) {
    dipgraph::Relation r;
    // Every actor gets an edge (a spanning chain), then random pairs.
    r.source = i < actors - 1 ? i + 1 : std::uniform_int_distribution<ActorId>(1, actors)(rng);
    r.target = i < actors - 1 ? i + 2 : std::uniform_int_distribution<ActorId>(1, actors)(rng);
    r.cameo = codes[code(rng)].code;
    r.date = dipgraph::DateRange::Day(day(rng));
    int m = modality(rng);
    r.modality = m < 7   ? dipgraph::Modality::kAsserted
                 : m < 9 ? dipgraph::Modality::kPlanned
                         : dipgraph::Modality::kHypothetical;
    kg.AddRelation(r);
  }
  return kg;
}

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Timing {
  double select = 0, write = 0, render = 0, total = 0;
  size_t nodes = 0, edges = 0, svg_bytes = 0;
  std::string layout;
};

Timing RunOnce(const KnowledgeGraph& kg) {
  dipgraph::viz::RenderOptions options;
  options.max_nodes = 100000;
  options.url_template = "/actor/{id}";
  Timing t;
  auto t0 = Clock::now();
  auto sub = dipgraph::viz::SelectSubgraph(kg, options);
  auto t1 = Clock::now();
  std::ostringstream dot;
  dipgraph::viz::WriteDot(kg, *sub, options, dot);
  auto t2 = Clock::now();
  std::string svg;
  dipgraph::Status st = dipgraph::viz::RenderDot(dot.str(), "", "svg", &svg);
  auto t3 = Clock::now();
  if (!st.ok()) {
    std::fprintf(stderr, "render_bench: %s\n", st.message().c_str());
    std::exit(1);
  }
  t.select = Ms(t0, t1), t.write = Ms(t1, t2), t.render = Ms(t2, t3), t.total = Ms(t0, t3);
  t.nodes = sub->actors.size(), t.edges = sub->relations.size(), t.svg_bytes = svg.size();
  size_t at = dot.str().find("layout=\"");
  t.layout = dot.str().substr(at + 8, dot.str().find('"', at + 8) - at - 8);
  return t;
}

void Bench(const char* name, const KnowledgeGraph& kg, int runs) {
  std::vector<Timing> all;
  for (int i = 0; i < runs; ++i) all.push_back(RunOnce(kg));
  std::sort(all.begin(), all.end(),
            [](const Timing& a, const Timing& b) { return a.total < b.total; });
  const Timing& m = all[all.size() / 2];
  std::printf(
      "%-26s %5zu nodes %5zu relations  select %7.1f ms  write %6.1f ms  render(svg) %8.1f ms  "
      "total %8.1f ms  (median of %d, svg %zu bytes, layout %s)\n",
      name, m.nodes, m.edges, m.select, m.write, m.render, m.total, runs, m.svg_bytes,
      m.layout.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  Bench("300 relations, 100 actors", MakeGraph(100, 300, 1), runs);
  Bench("2000 actors, 2500 relations", MakeGraph(2000, 2500, 2), runs);
  return 0;
}
