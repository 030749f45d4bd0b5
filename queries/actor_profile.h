// actor: one actor's card: kind, aliases, roles, people affiliated with it, first and last seen,
// counts by quad class, top partners.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph {

struct ActorProfileOptions {
  ActorId actor = 0;
  RelationFilter filter{};
  size_t top_partners = 10;
};

struct PartnerCount {
  ActorId partner = 0;
  int count = 0;
};

struct Member {
  ActorId person = 0;
  std::string role;
};

struct ActorProfile {
  ActorId id = 0;
  std::string name, iso3, cameo;
  ActorKind kind = ActorKind::kOther;
  std::vector<std::string> aliases;
  std::vector<Affiliation> roles;   // the actor's own affiliations (role of which actor)
  std::vector<Member> members;      // current (not former) affiliates, id order
  DateRange first_seen, last_seen;  // the earliest and latest dated relation; empty if none
  int relations = 0, undated = 0;
  std::array<int, 5> by_quad{};            // [1..4] quad classes, [0] codes without a quad class
  std::vector<PartnerCount> top_partners;  // most relations first, then id
};

// An unknown actor is Status::NotFound. Relations are those the filter keeps, either direction.
Result<ActorProfile> ProfileActor(const KnowledgeGraph& kg, const ActorProfileOptions& options);

}  // namespace dipgraph
