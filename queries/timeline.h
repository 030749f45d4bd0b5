// timeline: the events of an actor (or of a pair) in date order, grouped by month.
#pragma once

#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct TimelineOptions {
  ActorId a = 0;
  ActorId b = 0;  // only events between a and b; 0 for all of a's
  RelationFilter filter{};
};

struct TimelineMonth {
  int month = 0;                      // MonthIndex of the events' first day
  std::vector<RelationId> relations;  // by first day, then id
};

struct TimelineResult {
  std::vector<TimelineMonth> months;  // ascending; months without events are left out
  std::vector<RelationId> undated;    // id order
};

// An unknown actor is Status::NotFound; no event gives an empty timeline.
Result<TimelineResult> Timeline(const KnowledgeGraph& kg, const TimelineOptions& options);

}  // namespace dipgraph
