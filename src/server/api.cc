// The API router and the endpoints about actors and the store as a whole.
#include "src/server/api.h"

#include <exception>
#include <map>

#include "queries/actor_profile.h"
#include "queries/actors.h"
#include "src/server/json.h"

namespace dipgraph::server {

namespace {

using Endpoint = HttpReply (*)(const KnowledgeGraph&, const QueryParams&, const ApiLimits&);

const std::map<std::string_view, Endpoint>& Endpoints() {
  static const std::map<std::string_view, Endpoint> endpoints = {
      {"actors", ApiActors},       {"stats", ApiStats},          {"who-met", ApiWhoMet},
      {"relations", ApiRelations}, {"timeline", ApiTimeline},    {"path", ApiPath},
      {"dyad", ApiDyad},           {"render.svg", ApiRenderSvg},
  };
  return endpoints;
}

HttpReply Route(const KnowledgeGraph& kg, std::string_view route, const QueryParams& q,
                const ApiLimits& l) {
  if (route.starts_with("actor/")) return ApiActor(kg, route.substr(6), q, l);
  auto it = Endpoints().find(route);
  if (it == Endpoints().end()) return ErrorReply(404, "no such API endpoint");
  return it->second(kg, q, l);
}

}  // namespace

HttpReply HandleApi(const KnowledgeGraph& kg, std::string_view route, const QueryParams& params,
                    const ApiLimits& limits) {
  try {
    return Route(kg, route, params, limits);
  } catch (const std::exception& e) {
    return ErrorReply(500, std::string("internal error: ") + e.what());
  }
}

HttpReply JsonReply(std::string body) {
  return HttpReply{200, "application/json", std::move(body)};
}

HttpReply ErrorReply(int status, std::string_view message) {
  return HttpReply{status, "application/json", JsonError(status, message)};
}

int HttpStatusOf(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return 200;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kInvalidArgument:
    case Status::Code::kUsage:
      return 400;
    default:
      return 500;
  }
}

HttpReply StatusReply(const Status& status) {
  return ErrorReply(HttpStatusOf(status), status.message());
}

// ---- /api/actors?q=&kind=&limit= ----

HttpReply ApiActors(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"q", "kind", "limit"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  ActorsOptions o;
  o.match = p.Get("q");
  if (p.Has("kind")) {
    o.kind = ParseKind(p.Get("kind"));
    if (!o.kind)
      return ErrorReply(400,
                        "kind: not one of country, organization, person, location, group, other");
  }
  DG_TRY_REPLY(limit, p.Int("limit", 20, 1, 200));
  o.limit = static_cast<size_t>(*limit);
  DG_TRY_REPLY(r, ListActors(kg, o));
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("matched"), w.Uint64(r->matched);
    w.Key("actors"), w.StartArray();
    for (const ActorEntry& e : r->actors) {
      const Actor& a = kg.actor(e.actor);
      w.StartObject();
      w.Key("id"), w.Int64(e.actor);
      w.Key("name"), JsonStr(w, a.name);
      w.Key("kind"), JsonStr(w, KindName(a.kind));
      w.Key("aliases"), w.StartArray();
      for (const std::string& alias : a.aliases) JsonStr(w, alias);
      w.EndArray();
      w.Key("relations"), w.Uint64(e.relations);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }));
}

// ---- /api/actor/{id}?from=&to=&top= ----

namespace {

void JsonProfile(JsonWriter& w, const KnowledgeGraph& kg, const ActorProfile& p) {
  w.StartObject();
  w.Key("id"), w.Int64(p.id);
  w.Key("name"), JsonStr(w, p.name);
  w.Key("kind"), JsonStr(w, KindName(p.kind));
  w.Key("iso3"), JsonStr(w, p.iso3);
  w.Key("cameo"), JsonStr(w, p.cameo);
  w.Key("aliases"), w.StartArray();
  for (const std::string& a : p.aliases) JsonStr(w, a);
  w.EndArray();
  w.Key("roles"), w.StartArray();
  for (const Affiliation& f : p.roles) {
    w.StartObject();
    w.Key("of"), JsonActor(w, kg, f.of);
    w.Key("role"), JsonStr(w, f.role);
    w.Key("former"), w.Bool(f.former);
    w.EndObject();
  }
  w.EndArray();
  w.Key("members"), w.StartArray();
  for (const Member& m : p.members) {
    w.StartObject();
    w.Key("person"), JsonActor(w, kg, m.person);
    w.Key("role"), JsonStr(w, m.role);
    w.EndObject();
  }
  w.EndArray();
  w.Key("first_seen"), JsonDate(w, p.first_seen);
  w.Key("last_seen"), JsonDate(w, p.last_seen);
  w.Key("relations"), w.Int(p.relations);
  w.Key("undated"), w.Int(p.undated);
  w.Key("by_quad"), w.StartObject();
  static const char* kQuadKeys[5] = {"none", "verbal_cooperation", "material_cooperation",
                                     "verbal_conflict", "material_conflict"};
  for (int i = 0; i < 5; ++i) w.Key(kQuadKeys[i]), w.Int(p.by_quad[i]);
  w.EndObject();
  w.Key("top_partners"), w.StartArray();
  for (const PartnerCount& c : p.top_partners) {
    w.StartObject();
    w.Key("partner"), JsonActor(w, kg, c.partner);
    w.Key("relations"), w.Int(c.count);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// A path segment that must be a positive decimal id.
ActorId ParsePathId(std::string_view text) {
  if (text.empty() || text.size() > 12) return 0;
  ActorId id = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    id = id * 10 + (c - '0');
  }
  return id;
}

}  // namespace

HttpReply ApiActor(const KnowledgeGraph& kg, std::string_view id_text, const QueryParams& q,
                   const ApiLimits& l) {
  RequestParams p(q, {"from", "to", "top"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  ActorId id = ParsePathId(id_text);
  if (id == 0) return ErrorReply(400, "/api/actor/{id}: the id must be a positive number");
  if (!kg.has_actor(id)) return ErrorReply(404, "no actor with id " + std::to_string(id));
  ActorProfileOptions o;
  o.actor = id;
  DG_TRY_REPLY(filter, p.Filter("from", "to"));
  o.filter = *filter;
  DG_TRY_REPLY(top, p.Int("top", 10, 0, 100));
  o.top_partners = static_cast<size_t>(*top);
  DG_TRY_REPLY(profile, ProfileActor(kg, o));
  return JsonReply(BuildJson([&](JsonWriter& w) { JsonProfile(w, kg, *profile); }));
}

// ---- /api/stats ----

HttpReply ApiStats(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  std::map<std::string, size_t> by_kind, by_root;
  for (const Actor& a : kg.actors()) ++by_kind[std::string(KindName(a.kind))];
  int first = 0, last = 0;
  bool dated = false;
  for (const Relation& r : kg.relations()) {
    ++by_root[r.cameo.substr(0, 2)];
    if (r.date.empty()) continue;
    if (!dated || r.date.begin < first) first = r.date.begin;
    if (!dated || r.date.end > last) last = r.date.end;
    dated = true;
  }
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("documents"), w.Uint64(kg.documents().size());
    w.Key("actors"), w.Uint64(kg.actor_count());
    w.Key("relations"), w.Uint64(kg.relation_count());
    w.Key("actors_by_kind"), w.StartObject();
    for (const auto& [k, n] : by_kind) JsonStr(w, k), w.Uint64(n);
    w.EndObject();
    w.Key("relations_by_root"), w.StartObject();
    for (const auto& [k, n] : by_root) JsonStr(w, k), w.Uint64(n);
    w.EndObject();
    w.Key("first_date"), dated ? JsonStr(w, FormatDay(first)) : void(w.Null());
    w.Key("last_date"), dated ? JsonStr(w, FormatDay(last)) : void(w.Null());
    w.EndObject();
  }));
}

}  // namespace dipgraph::server
