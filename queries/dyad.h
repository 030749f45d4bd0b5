// dyad: how two actors' relations develop month by month: counts of the four quad classes and
// the mean Goldstein value.
#pragma once

#include <array>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct DyadOptions {
  ActorId a = 0, b = 0;
  RelationFilter filter{};
};

struct DyadMonth {
  int month = 0;              // MonthIndex
  std::array<int, 4> quad{};  // [0] verbal cooperation .. [3] material conflict
  int total = 0;              // every relation of the month, with or without a quad class
  double goldstein = 0;       // mean over the relations whose code has a Goldstein value
  int goldstein_n = 0;
};

struct DyadResult {
  std::vector<DyadMonth> months;  // ascending, only months with relations
  int undated = 0;
  int total = 0;
};

// Unknown actors are Status::NotFound, a == b Status::Invalid; a pair without relations gives
// no months. Both directions count.
Result<DyadResult> Dyad(const KnowledgeGraph& kg, const DyadOptions& options);

}  // namespace dipgraph
