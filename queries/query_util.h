// Small pieces every query shares: walking one actor's relations without copies, quad classes,
// months, date order, and the provenance of a relation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace dipgraph {

// Calls fn(RelationId) once for every relation leaving or entering `actor` (a self-loop once),
// straight from the adjacency lists: touches only that actor's edges.
template <typename Fn>
void ForEachRelationOf(const KnowledgeGraph& kg, ActorId actor, Fn&& fn) {
  const KnowledgeGraph::Graph& g = kg.graph();
  size_t v = KnowledgeGraph::Vertex(actor);
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) fn(g[*it].relation);
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
    if (boost::source(*it, g) != v) fn(g[*it].relation);
}

// Whether `filter` keeps every relation, so a caller need not read relations to apply it.
inline bool KeepsAll(const RelationFilter& f) {
  return f.window.empty() && f.code_prefix.empty() && f.quad_class == 0 && f.modalities == 0;
}

// The number of relations of `actor` in both directions (a self-loop once).
size_t DegreeOf(const KnowledgeGraph& kg, ActorId actor);

// 1-4 from the code's root ("042" -> 1, "190" -> 4), 0 when the code has no valid root.
int QuadClassOfCode(const std::string& cameo);

// The other end of `r` seen from `actor` (itself for a self-loop).
inline ActorId OtherEnd(const Relation& r, ActorId actor) {
  return r.source == actor ? r.target : r.source;
}

// Date order: by first day, undated last, then by id.
bool DateOrder(const Relation& a, const Relation& b);
// A number that sorts like DateOrder's date part (undated last).
int64_t DateKey(const Relation& r);
void SortByDate(const KnowledgeGraph& kg, std::vector<RelationId>* ids);

// A month as year * 12 + (month - 1), from the first day of a date range.
int MonthIndex(const DateRange& date);
std::string FormatMonth(int month_index);  // "2010-11"

// One piece of evidence with its document's source (file or URL), ready to print.
struct EvidenceRef {
  std::string document;  // document id
  std::string source;    // "" when the document is not in the graph
  std::string text;
};
std::vector<EvidenceRef> EvidenceOf(const KnowledgeGraph& kg, const Relation& r);

// The label of a CAMEO code, or "" when it is not in the taxonomy.
std::string CameoLabel(const std::string& cameo);

}  // namespace dipgraph
