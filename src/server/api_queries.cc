// The query endpoints: who-met, relations, timeline, path and dyad. Each reads its parameters into
// the query's Options, runs the pure query (queries/), and writes the CLI's JSON shape.
#include <fmt/format.h>

#include "queries/dyad.h"
#include "queries/path.h"
#include "queries/query_util.h"
#include "queries/relations.h"
#include "queries/timeline.h"
#include "queries/who_met.h"
#include "src/server/api.h"
#include "src/server/json.h"

namespace dipgraph::server {

namespace {

constexpr int kDefaultRows = 500;

void JsonMeetings(JsonWriter& w, const KnowledgeGraph& kg, const WhoMetResult& r, size_t limit) {
  w.StartArray();
  for (size_t i = 0; i < r.meetings.size() && i < limit; ++i) {
    const Meeting& m = r.meetings[i];
    w.StartObject();
    w.Key("relation"), w.Int64(m.relation);
    w.Key("partner"), JsonActor(w, kg, m.partner);
    w.Key("who"), JsonActor(w, kg, m.who);
    w.Key("date"), JsonDate(w, m.date);
    w.Key("place"), JsonStr(w, m.place);
    w.Key("modality"), JsonStr(w, ModalityName(m.modality));
    w.Key("planned"), w.Bool(m.modality == Modality::kPlanned);
    w.Key("code"), JsonStr(w, m.code);
    w.Key("label"), JsonStr(w, m.label);
    w.Key("sources"), w.Int(m.sources);
    w.Key("evidence"), JsonEvidence(w, m.evidence);
    w.EndObject();
  }
  w.EndArray();
}

void JsonPartners(JsonWriter& w, const KnowledgeGraph& kg, const WhoMetResult& r) {
  w.StartArray();
  for (const PartnerSummary& p : r.partners) {
    w.StartObject();
    w.Key("partner"), JsonActor(w, kg, p.partner);
    w.Key("count"), w.Int(p.count);
    w.Key("first"), JsonDate(w, p.first);
    w.Key("last"), JsonDate(w, p.last);
    w.EndObject();
  }
  w.EndArray();
}

void JsonOptionalActor(JsonWriter& w, const KnowledgeGraph& kg, ActorId id) {
  if (id == 0) return void(w.Null());
  JsonActor(w, kg, id);
}

}  // namespace

// ---- /api/who-met?actor=&with=&from=&to=&at=&planned=&calls=&members=&limit= ----

HttpReply ApiWhoMet(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"actor", "with", "from", "to", "at", "planned", "calls", "members", "limit"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  WhoMetOptions o;
  DG_TRY_REPLY(actor, p.Actor(kg, "actor", true));
  DG_TRY_REPLY(with, p.Actor(kg, "with", false));
  DG_TRY_REPLY(window, p.Window("from", "to"));
  DG_TRY_REPLY(planned, p.Flag("planned"));
  DG_TRY_REPLY(calls, p.Flag("calls"));
  DG_TRY_REPLY(members, p.Flag("members"));
  DG_TRY_REPLY(limit, p.Int("limit", kDefaultRows, 1, l.max_rows));
  o.actor = *actor, o.with = *with, o.window = *window, o.place = p.Get("at");
  o.planned = *planned, o.calls = *calls, o.members = *members;
  DG_TRY_REPLY(r, WhoMet(kg, o));
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("actor"), JsonActor(w, kg, o.actor);
    w.Key("with"), JsonOptionalActor(w, kg, o.with);
    w.Key("total"), w.Uint64(r->meetings.size());
    w.Key("members"), w.StartArray();
    for (ActorId id : r->members) JsonActor(w, kg, id);
    w.EndArray();
    w.Key("meetings"), JsonMeetings(w, kg, *r, static_cast<size_t>(*limit));
    w.Key("partners"), JsonPartners(w, kg, *r);
    w.EndObject();
  }));
}

// ---- /api/relations?actor=&with=&from=&to=&code=&quad=&modality=&limit= ----

HttpReply ApiRelations(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"actor", "with", "from", "to", "code", "quad", "modality", "limit"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  DG_TRY_REPLY(a, p.Actor(kg, "actor", true));
  DG_TRY_REPLY(b, p.Actor(kg, "with", false));
  DG_TRY_REPLY(filter, p.Filter("from", "to"));
  DG_TRY_REPLY(limit, p.Int("limit", kDefaultRows, 1, l.max_rows));
  DG_TRY_REPLY(r, Relations(kg, RelationsOptions{*a, *b, *filter}));
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("actor"), JsonActor(w, kg, *a);
    w.Key("with"), JsonOptionalActor(w, kg, *b);
    w.Key("total"), w.Uint64(r->relations.size());
    w.Key("relations"), JsonRelations(w, kg, r->relations, static_cast<size_t>(*limit));
    w.EndObject();
  }));
}

// ---- /api/timeline?actor=&with=&from=&to=&code=&quad=&modality=&limit= ----

HttpReply ApiTimeline(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"actor", "with", "from", "to", "code", "quad", "modality", "limit"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  DG_TRY_REPLY(a, p.Actor(kg, "actor", true));
  DG_TRY_REPLY(b, p.Actor(kg, "with", false));
  DG_TRY_REPLY(filter, p.Filter("from", "to"));
  DG_TRY_REPLY(limit, p.Int("limit", kDefaultRows, 1, l.max_rows));
  DG_TRY_REPLY(t, Timeline(kg, TimelineOptions{*a, *b, *filter}));
  size_t left = static_cast<size_t>(*limit), total = t->undated.size();
  for (const TimelineMonth& m : t->months) total += m.relations.size();
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("actor"), JsonActor(w, kg, *a);
    w.Key("with"), JsonOptionalActor(w, kg, *b);
    w.Key("total"), w.Uint64(total);
    w.Key("months"), w.StartArray();
    for (const TimelineMonth& m : t->months) {
      w.StartObject();
      w.Key("month"), JsonStr(w, FormatMonth(m.month));
      w.Key("count"), w.Uint64(m.relations.size());
      w.Key("relations"), JsonRelations(w, kg, m.relations, left);
      left -= std::min(left, m.relations.size());
      w.EndObject();
    }
    w.EndArray();
    w.Key("undated"), JsonRelations(w, kg, t->undated, left);
    w.EndObject();
  }));
}

// ---- /api/path?from=&to=&max_hops=&k=&start=&end=&code=&quad=&modality= ----
// from and to are the two actors, so the date window is start/end here.

HttpReply ApiPath(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"from", "to", "max_hops", "k", "start", "end", "code", "quad", "modality"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  PathOptions o;
  DG_TRY_REPLY(from, p.Actor(kg, "from", true));
  DG_TRY_REPLY(to, p.Actor(kg, "to", true));
  if (*from == *to) return ErrorReply(400, "from and to are the same actor");
  DG_TRY_REPLY(hops, p.Int("max_hops", 4, 1, l.max_path_hops));
  DG_TRY_REPLY(k, p.Int("k", 1, 1, l.max_path_k));
  DG_TRY_REPLY(filter, p.Filter("start", "end"));
  o.from = *from, o.to = *to, o.max_hops = *hops, o.k = *k, o.filter = *filter;
  o.max_work = l.max_path_work;
  DG_TRY_REPLY(r, FindPaths(kg, o));
  if (r->cut && r->paths.empty())
    return ErrorReply(503,
                      fmt::format("the path search was cut off after examining {} relations "
                                  "without finding a chain; narrow the dates or lower max_hops",
                                  r->work));
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("from"), JsonActor(w, kg, o.from);
    w.Key("to"), JsonActor(w, kg, o.to);
    w.Key("max_hops"), w.Int(o.max_hops);
    w.Key("cut"), w.Bool(r->cut);
    w.Key("paths"), w.StartArray();
    for (const ActorPath& path : r->paths) {
      w.StartArray();
      for (const PathHop& h : path.hops) {
        w.StartObject();
        w.Key("from"), JsonActor(w, kg, h.from);
        w.Key("to"), JsonActor(w, kg, h.to);
        w.Key("relations"), w.Int(h.relations);
        w.Key("relation"), JsonRelation(w, kg, h.relation);
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
  }));
}

// ---- /api/dyad?a=&b=&from=&to=&code=&quad=&modality= ----

HttpReply ApiDyad(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(q, {"a", "b", "from", "to", "code", "quad", "modality"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  DG_TRY_REPLY(a, p.Actor(kg, "a", true));
  DG_TRY_REPLY(b, p.Actor(kg, "b", true));
  if (*a == *b) return ErrorReply(400, "a and b are the same actor");
  DG_TRY_REPLY(filter, p.Filter("from", "to"));
  DG_TRY_REPLY(d, Dyad(kg, DyadOptions{*a, *b, *filter}));
  return JsonReply(BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("a"), JsonActor(w, kg, *a);
    w.Key("b"), JsonActor(w, kg, *b);
    w.Key("total"), w.Int(d->total);
    w.Key("undated"), w.Int(d->undated);
    w.Key("months"), w.StartArray();
    for (const DyadMonth& m : d->months) {
      w.StartObject();
      w.Key("month"), JsonStr(w, FormatMonth(m.month));
      w.Key("verbal_cooperation"), w.Int(m.quad[0]);
      w.Key("material_cooperation"), w.Int(m.quad[1]);
      w.Key("verbal_conflict"), w.Int(m.quad[2]);
      w.Key("material_conflict"), w.Int(m.quad[3]);
      w.Key("total"), w.Int(m.total);
      w.Key("goldstein_mean"), m.goldstein_n ? void(w.Double(m.goldstein)) : void(w.Null());
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }));
}

}  // namespace dipgraph::server
