#include "viz/timeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "viz/dot_escape.h"
#include "viz/event_text.h"
#include "viz/style.h"

namespace dipgraph::viz {

namespace {

constexpr size_t kSnippetChars = 90;
constexpr size_t kWrapChars = 32;

std::vector<RelationId> PairEvents(const KnowledgeGraph& kg, ActorId a, ActorId b,
                                   const RelationFilter& filter) {
  std::vector<RelationId> ids;
  for (RelationId id : kg.RelationsOf(a)) {
    const Relation& r = kg.relation(id);
    bool pair = (r.source == a && r.target == b) || (r.source == b && r.target == a);
    if (pair && IsDrawn(r.modality) && filter.Matches(r)) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end(), [&](RelationId x, RelationId y) {
    const Relation &p = kg.relation(x), &q = kg.relation(y);
    return std::tuple(p.date.empty(), p.date.begin, p.date.end, p.id) <
           std::tuple(q.date.empty(), q.date.begin, q.date.end, q.id);
  });
  return ids;
}

// Breaks `text` into lines of about `width` bytes at spaces; whitespace runs become one space.
std::string Wrap(const std::string& text, size_t width) {
  std::string out, word;
  size_t line = 0;
  auto flush = [&] {
    if (word.empty()) return;
    if (line > 0 && line + 1 + word.size() > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ', ++line;
    }
    out += word, line += word.size();
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

std::string EventLabel(const KnowledgeGraph& kg, const Relation& r) {
  std::string label = fmt::format("{}\n{} ({})\n{} -> {}", DateText(r.date), CodeLabel(r.cameo),
                                  r.cameo, kg.actor(r.source).name, kg.actor(r.target).name);
  if (r.modality != Modality::kAsserted) label += fmt::format("\n[{}]", ModalityName(r.modality));
  if (!r.evidence.empty())
    label += "\n\"" + Wrap(Snippet(r.evidence.front().text, kSnippetChars), kWrapChars) + "\"";
  return label;
}

}  // namespace

void WriteTimelineDot(const KnowledgeGraph& kg, ActorId a, ActorId b, const RelationFilter& filter,
                      std::ostream& out) {
  std::vector<RelationId> ids = PairEvents(kg, a, b, filter);
  std::string title = fmt::format("{} and {}: {} event{}", kg.actor(a).name, kg.actor(b).name,
                                  ids.size(), ids.size() == 1 ? "" : "s");
  std::string filter_text = FilterText(filter);
  if (!filter_text.empty()) title += "\n" + filter_text;
  out << "digraph timeline {\n";
  out << fmt::format(
      "  graph [label={}, labelloc=t, fontname=\"{}\", fontsize=14, layout=\"dot\", rankdir=LR, "
      "nodesep=0.3, ranksep=0.3];\n",
      DotLabel(title), kFontName);
  out << fmt::format(
      "  node [shape=box, fontname=\"{}\", fontsize=10, fillcolor=\"#ffffff\", penwidth=2];\n",
      kFontName);
  out << "  edge [color=\"#999999\", arrowsize=0.6];\n";
  if (ids.empty()) out << "  none [label=\"no events\", shape=plaintext];\n";
  for (RelationId id : ids) {
    const Relation& r = kg.relation(id);
    out << fmt::format("  e{} [label={}, color=\"{}\", style=\"rounded,filled,{}\"];\n", id,
                       DotLabel(EventLabel(kg, r)), GoldsteinColor(GoldsteinOf(r.cameo)),
                       LineStyleOf(r.modality));
  }
  for (size_t i = 1; i < ids.size(); ++i) out << fmt::format("  e{} -> e{};\n", ids[i - 1], ids[i]);
  out << "}\n";
}

}  // namespace dipgraph::viz
