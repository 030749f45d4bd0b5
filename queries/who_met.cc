#include "queries/who_met.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "graph/name_key.h"

namespace dipgraph {

namespace {

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// 04 (consult) and its 040, 042-046 branches; 041 is the telephone.
bool IsMeetingCode(const std::string& c) {
  if (c == "04") return true;
  if (c.size() < 3 || c[0] != '0' || c[1] != '4') return false;
  return c[2] == '0' || (c[2] >= '2' && c[2] <= '6');
}

bool KeepsDateAndPlace(const Relation& r, const WhoMetOptions& o, const std::string& place_key) {
  if (!o.window.empty() && !o.window.Overlaps(r.date)) return false;
  if (!place_key.empty() && NameKey(r.location).find(place_key) == std::string::npos) return false;
  return true;
}

std::vector<ActorId> MembersOf(const KnowledgeGraph& kg, ActorId actor) {
  std::vector<ActorId> out;
  for (const Actor& a : kg.actors())
    for (const Affiliation& f : a.affiliations)
      if (f.of == actor && !f.former && a.id != actor) {
        out.push_back(a.id);
        break;
      }
  return out;
}

Meeting MakeMeeting(const KnowledgeGraph& kg, const Relation& r, ActorId who) {
  Meeting m;
  m.relation = r.id;
  m.who = who;
  m.partner = OtherEnd(r, who);
  m.date = r.date;
  m.place = r.location;
  m.modality = r.modality;
  m.code = r.cameo;
  m.label = CameoLabel(r.cameo);
  m.sources = r.sources;
  m.evidence = EvidenceOf(kg, r);
  return m;
}

void Summarize(WhoMetResult* result) {
  std::map<ActorId, PartnerSummary> by_partner;
  for (const Meeting& m : result->meetings) {
    PartnerSummary& s = by_partner[m.partner];
    s.partner = m.partner;
    ++s.count;
    if (m.date.empty()) continue;
    if (s.first.empty() || m.date.begin < s.first.begin) s.first = m.date;
    if (s.last.empty() || m.date.end > s.last.end) s.last = m.date;
  }
  for (auto& [id, s] : by_partner) result->partners.push_back(s);
  std::stable_sort(
      result->partners.begin(), result->partners.end(),
      [](const PartnerSummary& a, const PartnerSummary& b) { return a.count > b.count; });
}

}  // namespace

bool IsMeeting(const Relation& r, const WhoMetOptions& o) {
  if (r.modality == Modality::kHypothetical || r.modality == Modality::kNegated) return false;
  if (r.modality == Modality::kPlanned && !o.planned) return false;
  if (IsMeetingCode(r.cameo)) return true;
  if (StartsWith(r.cameo, "041")) return o.calls;
  // "Express intent to meet" is only a meeting that is planned, never one that took place.
  return StartsWith(r.cameo, "036") && o.planned && r.modality == Modality::kPlanned;
}

Result<WhoMetResult> WhoMet(const KnowledgeGraph& kg, const WhoMetOptions& o) {
  if (!kg.has_actor(o.actor)) return Status::NotFound(fmt::format("no actor with id {}", o.actor));
  if (o.with != 0 && !kg.has_actor(o.with))
    return Status::NotFound(fmt::format("no actor with id {}", o.with));
  WhoMetResult result;
  if (o.members) result.members = MembersOf(kg, o.actor);
  std::vector<ActorId> side = result.members;
  side.push_back(o.actor);
  std::sort(side.begin(), side.end());
  auto on_side = [&](ActorId id) { return std::binary_search(side.begin(), side.end(), id); };
  std::string place_key = NameKey(o.place);
  // Sort light keys, then build the meetings: Meeting objects are heavy to move.
  std::vector<std::tuple<int64_t, RelationId, ActorId>> hits;
  for (ActorId who : side) {
    ForEachRelationOf(kg, who, [&](RelationId id) {
      const Relation& r = kg.relation(id);
      if (!IsMeeting(r, o)) return;
      ActorId partner = OtherEnd(r, who);
      // Meetings among the actor's own people are not meetings of the actor with anyone.
      if (on_side(partner) || (o.with != 0 && partner != o.with)) return;
      if (KeepsDateAndPlace(r, o, place_key)) hits.emplace_back(DateKey(r), id, who);
    });
  }
  std::sort(hits.begin(), hits.end());
  result.meetings.reserve(hits.size());
  for (const auto& [key, id, who] : hits)
    result.meetings.push_back(MakeMeeting(kg, kg.relation(id), who));
  Summarize(&result);
  return result;
}

}  // namespace dipgraph
