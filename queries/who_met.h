// who-met: the meetings of an actor (CAMEO 040, 042-046, optionally calls and planned meetings),
// with the other party, date, place, modality, code and evidence, and a summary per partner.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"
#include "queries/query_util.h"

namespace dipgraph {

struct WhoMetOptions {
  ActorId actor = 0;
  ActorId with = 0;      // only meetings with this partner; 0 for any
  DateRange window{};    // keep meetings whose date overlaps it; empty keeps all, undated too
  std::string place{};   // keep meetings whose location contains it (case-insensitive)
  bool planned = false;  // also planned meetings (modality planned; and 036 intent to meet)
  bool calls = false;    // also telephone calls (041)
  bool members = false;  // also the meetings of people affiliated with the actor (not former)
};

struct Meeting {
  RelationId relation = 0;
  ActorId partner = 0;  // the other party
  ActorId who = 0;      // who met: the actor, or with `members` one of its people
  DateRange date;
  std::string place{};
  Modality modality = Modality::kAsserted;
  std::string code, label;
  int sources = 1;
  std::vector<EvidenceRef> evidence;
};

struct PartnerSummary {
  ActorId partner = 0;
  int count = 0;
  DateRange first, last;  // dates of the earliest and latest dated meeting; empty if none dated
};

struct WhoMetResult {
  std::vector<Meeting> meetings;         // by date (undated last), then relation id
  std::vector<PartnerSummary> partners;  // most meetings first, then partner id
  std::vector<ActorId> members;          // with `members`: the people folded in, id order
};

// Whether `r` counts as a meeting under `options` by its code and modality (not date or place).
bool IsMeeting(const Relation& r, const WhoMetOptions& options);

// An unknown actor (or `with`) is Status::NotFound; an actor without meetings gives an empty
// result. Touches only the edges of the actor (and of its members).
Result<WhoMetResult> WhoMet(const KnowledgeGraph& kg, const WhoMetOptions& options);

}  // namespace dipgraph
