#include "queries/timeline.h"

#include "queries/query_util.h"
#include "queries/relations.h"

namespace dipgraph {

Result<TimelineResult> Timeline(const KnowledgeGraph& kg, const TimelineOptions& o) {
  auto rel = Relations(kg, RelationsOptions{o.a, o.b, o.filter});
  if (!rel.ok()) return rel.status();
  TimelineResult result;
  for (RelationId id : rel->relations) {  // already in date order, undated last
    const Relation& r = kg.relation(id);
    if (r.date.empty()) {
      result.undated.push_back(id);
      continue;
    }
    int month = MonthIndex(r.date);
    if (result.months.empty() || result.months.back().month != month)
      result.months.push_back({month, {}});
    result.months.back().relations.push_back(id);
  }
  return result;
}

}  // namespace dipgraph
