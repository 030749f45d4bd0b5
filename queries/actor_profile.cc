#include "queries/actor_profile.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "queries/query_util.h"

namespace dipgraph {

namespace {

void CopyCard(const Actor& a, ActorProfile* p) {
  p->id = a.id;
  p->name = a.name;
  p->iso3 = a.iso3;
  p->cameo = a.cameo;
  p->kind = a.kind;
  p->aliases = a.aliases;
  p->roles = a.affiliations;
}

std::vector<Member> MembersOf(const KnowledgeGraph& kg, ActorId id) {
  std::vector<Member> out;
  for (const Actor& a : kg.actors())
    for (const Affiliation& f : a.affiliations)
      if (f.of == id && !f.former && a.id != id) {
        out.push_back({a.id, f.role});
        break;
      }
  return out;
}

void Count(const Relation& r, ActorProfile* p) {
  ++p->relations;
  ++p->by_quad[QuadClassOfCode(r.cameo)];
  if (r.date.empty()) return void(++p->undated);
  if (p->first_seen.empty() || r.date.begin < p->first_seen.begin) p->first_seen = r.date;
  if (p->last_seen.empty() || r.date.end > p->last_seen.end) p->last_seen = r.date;
}

}  // namespace

Result<ActorProfile> ProfileActor(const KnowledgeGraph& kg, const ActorProfileOptions& o) {
  if (!kg.has_actor(o.actor)) return Status::NotFound(fmt::format("no actor with id {}", o.actor));
  ActorProfile p;
  CopyCard(kg.actor(o.actor), &p);
  p.members = MembersOf(kg, o.actor);
  std::unordered_map<ActorId, int> partners;
  ForEachRelationOf(kg, o.actor, [&](RelationId id) {
    const Relation& r = kg.relation(id);
    if (!o.filter.Matches(r)) return;
    Count(r, &p);
    if (ActorId other = OtherEnd(r, o.actor); other != o.actor) ++partners[other];
  });
  for (auto [id, n] : partners) p.top_partners.push_back({id, n});
  auto more = [](const PartnerCount& a, const PartnerCount& b) {
    return a.count != b.count ? a.count > b.count : a.partner < b.partner;
  };
  size_t keep = std::min(o.top_partners, p.top_partners.size());
  std::partial_sort(p.top_partners.begin(), p.top_partners.begin() + keep, p.top_partners.end(),
                    more);
  p.top_partners.resize(keep);
  return p;
}

}  // namespace dipgraph
