#include "queries/query_util.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "graph/cameo.h"

namespace dipgraph {

size_t DegreeOf(const KnowledgeGraph& kg, ActorId actor) {
  size_t n = 0;
  ForEachRelationOf(kg, actor, [&](RelationId) { ++n; });
  return n;
}

int QuadClassOfCode(const std::string& cameo) {
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' || cameo[1] > '9')
    return 0;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return root >= 1 && root <= 20 ? QuadClassOfRoot(root) : 0;
}

bool DateOrder(const Relation& a, const Relation& b) {
  if (a.date.empty() != b.date.empty()) return b.date.empty();
  if (a.date.begin != b.date.begin) return a.date.begin < b.date.begin;
  return a.id < b.id;
}

int64_t DateKey(const Relation& r) {
  return r.date.empty() ? std::numeric_limits<int64_t>::max() : r.date.begin;
}

void SortByDate(const KnowledgeGraph& kg, std::vector<RelationId>* ids) {
  // Keys first: a comparator that reads relations would miss the cache twice per comparison.
  std::vector<std::pair<int64_t, RelationId>> keyed;
  keyed.reserve(ids->size());
  for (RelationId id : *ids) keyed.emplace_back(DateKey(kg.relation(id)), id);
  std::sort(keyed.begin(), keyed.end());
  for (size_t i = 0; i < keyed.size(); ++i) (*ids)[i] = keyed[i].second;
}

int MonthIndex(const DateRange& date) {
  int y = 0, m = 0, d = 0;
  CivilFromDays(date.begin, &y, &m, &d);
  return y * 12 + (m - 1);
}

std::string FormatMonth(int month_index) {
  return fmt::format("{:04}-{:02}", month_index / 12, month_index % 12 + 1);
}

std::vector<EvidenceRef> EvidenceOf(const KnowledgeGraph& kg, const Relation& r) {
  std::vector<EvidenceRef> out;
  out.reserve(r.evidence.size());
  for (const Evidence& e : r.evidence) {
    const Document* doc = kg.FindDocument(e.document);
    out.push_back({e.document, doc ? doc->source : "", e.text});
  }
  return out;
}

std::string CameoLabel(const std::string& cameo) {
  const CameoCode* c = LookupCameo(cameo);
  return c ? c->label : "";
}

}  // namespace dipgraph
