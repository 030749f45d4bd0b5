#include "queries/dyad.h"

#include "graph/cameo.h"
#include "queries/query_util.h"
#include "queries/relations.h"

namespace dipgraph {

namespace {

void Add(const Relation& r, DyadMonth* m) {
  ++m->total;
  if (int q = QuadClassOfCode(r.cameo); q != 0) ++m->quad[q - 1];
  if (const CameoCode* c = LookupCameo(r.cameo)) {
    m->goldstein += c->goldstein;  // a sum until Dyad divides
    ++m->goldstein_n;
  }
}

}  // namespace

Result<DyadResult> Dyad(const KnowledgeGraph& kg, const DyadOptions& o) {
  if (o.a == o.b) return Status::Invalid("a dyad needs two different actors");
  auto rel = Relations(kg, RelationsOptions{o.a, o.b, o.filter});
  if (!rel.ok()) return rel.status();
  DyadResult result;
  for (RelationId id : rel->relations) {  // in date order
    const Relation& r = kg.relation(id);
    ++result.total;
    if (r.date.empty()) {
      ++result.undated;
      continue;
    }
    int month = MonthIndex(r.date);
    if (result.months.empty() || result.months.back().month != month)
      result.months.push_back({.month = month});
    Add(r, &result.months.back());
  }
  for (DyadMonth& m : result.months)
    if (m.goldstein_n > 0) m.goldstein /= m.goldstein_n;
  return result;
}

}  // namespace dipgraph
