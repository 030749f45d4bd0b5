// who-met, relations, timeline, path, ego, rank, actor, dyad, actors: the query commands. Each
// reads its options into the query's Options, runs the pure query (queries/), and prints the
// result as a table or, with --json, as JSON with ids, ISO dates and provenance.
#include <fmt/format.h>

#include <algorithm>

#include "queries/actor_profile.h"
#include "queries/actors.h"
#include "queries/dyad.h"
#include "queries/dyad_svg.h"
#include "queries/ego.h"
#include "queries/path.h"
#include "queries/query_util.h"
#include "queries/rank.h"
#include "queries/relations.h"
#include "queries/resolve.h"
#include "queries/timeline.h"
#include "queries/who_met.h"
#include "src/cli/command.h"
#include "src/cli/output.h"

namespace dipgraph::cli {

namespace {

// ---- Reading arguments ----

Status CheckPositional(const Context& ctx, size_t min, size_t max, const char* what) {
  size_t n = ctx.args.positional().size();
  if (n < min || n > max) return Status::Usage(fmt::format("expected {}", what));
  return Status::Ok();
}

// The positional actors, resolved (an unknown name is NotFound with "did you mean": exit 1).
Status ResolvePositional(const Context& ctx, const KnowledgeGraph& kg, ActorId* a, ActorId* b) {
  const auto& pos = ctx.args.positional();
  auto first = ResolveActor(kg, pos[0]);
  if (!first.ok()) return first.status();
  *a = *first;
  if (b == nullptr || pos.size() < 2) return Status::Ok();
  auto second = ResolveActor(kg, pos[1]);
  if (!second.ok()) return second.status();
  *b = *second;
  return Status::Ok();
}

Result<std::optional<ActorKind>> KindArg(const Args& args) {
  if (!args.Has("--kind")) return std::optional<ActorKind>();
  auto kind = ParseKind(args.Get("--kind"));
  if (!kind)
    return Status::Usage(fmt::format(
        "--kind: '{}' is not one of country, organization, person, location, group, other",
        args.Get("--kind")));
  return std::optional<ActorKind>(kind);
}

// ---- Text ----

std::string Name(const KnowledgeGraph& kg, ActorId id) { return kg.actor(id).name; }

std::string DateText(const DateRange& d) { return d.empty() ? "undated" : FormatDateRange(d); }

std::string Truncate(const std::string& s, size_t n) {
  return s.size() <= n ? s : s.substr(0, n - 3) + "...";
}

void PrintEvidence(const std::vector<EvidenceRef>& evidence, std::ostream& out) {
  for (const EvidenceRef& e : evidence)
    out << fmt::format("      \"{}\" ({}{})\n", Truncate(e.text, 160),
                       e.source.empty() ? "" : e.source + ", ", "doc " + e.document.substr(0, 12));
}

// "2010-11-03  Russia -042 make a visit-> NATO  at Moscow  [planned]"
void PrintRelation(const KnowledgeGraph& kg, const Relation& r, std::ostream& out) {
  std::string extra;
  if (!r.location.empty()) extra += "  at " + r.location;
  if (r.modality != Modality::kAsserted) extra += fmt::format("  [{}]", ModalityName(r.modality));
  if (r.sources > 1) extra += fmt::format("  ({} sources)", r.sources);
  out << fmt::format("  {:<23} {} -{} {}-> {}{}\n", DateText(r.date), Name(kg, r.source), r.cameo,
                     CameoLabel(r.cameo), Name(kg, r.target), extra);
  PrintEvidence(EvidenceOf(kg, r), out);
}

// ---- JSON ----

void JsonDate(JsonWriter& w, const DateRange& d) {
  if (d.empty()) return void(w.Null());
  JsonStr(w, FormatDateRange(d));
}

void JsonActor(JsonWriter& w, const KnowledgeGraph& kg, ActorId id) {
  w.StartObject();
  w.Key("id"), w.Int64(id);
  w.Key("name"), JsonStr(w, kg.actor(id).name);
  w.Key("kind"), JsonStr(w, KindName(kg.actor(id).kind));
  w.EndObject();
}

void JsonEvidence(JsonWriter& w, const std::vector<EvidenceRef>& evidence) {
  w.StartArray();
  for (const EvidenceRef& e : evidence) {
    w.StartObject();
    w.Key("document"), JsonStr(w, e.document);
    w.Key("source"), JsonStr(w, e.source);
    w.Key("text"), JsonStr(w, e.text);
    w.EndObject();
  }
  w.EndArray();
}

void JsonRelation(JsonWriter& w, const KnowledgeGraph& kg, RelationId id) {
  const Relation& r = kg.relation(id);
  w.StartObject();
  w.Key("id"), w.Int64(id);
  w.Key("source"), JsonActor(w, kg, r.source);
  w.Key("target"), JsonActor(w, kg, r.target);
  w.Key("code"), JsonStr(w, r.cameo);
  w.Key("label"), JsonStr(w, CameoLabel(r.cameo));
  w.Key("date"), JsonDate(w, r.date);
  w.Key("place"), JsonStr(w, r.location);
  w.Key("modality"), JsonStr(w, ModalityName(r.modality));
  w.Key("confidence"), w.Double(r.confidence);
  w.Key("sources"), w.Int(r.sources);
  w.Key("evidence"), JsonEvidence(w, EvidenceOf(kg, r));
  w.EndObject();
}

void JsonRelations(JsonWriter& w, const KnowledgeGraph& kg, const std::vector<RelationId>& ids) {
  w.StartArray();
  for (RelationId id : ids) JsonRelation(w, kg, id);
  w.EndArray();
}

// ---- who-met ----

Result<WhoMetOptions> ReadWhoMet(const Context& ctx, const KnowledgeGraph& kg) {
  WhoMetOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.actor, nullptr));
  if (ctx.args.Has("--with")) {
    auto with = ResolveActor(kg, ctx.args.Get("--with"));
    if (!with.ok()) return with.status();
    o.with = *with;
  }
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  o.window = filter->window;
  o.place = ctx.args.Get("--at");
  o.planned = ctx.args.Has("--planned");
  o.calls = ctx.args.Has("--calls");
  o.members = ctx.args.Has("--members");
  return o;
}

void JsonMeetings(JsonWriter& w, const KnowledgeGraph& kg, const WhoMetResult& r) {
  w.StartArray();
  for (const Meeting& m : r.meetings) {
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

void WriteWhoMetJson(const KnowledgeGraph& kg, const WhoMetOptions& o, const WhoMetResult& r,
                     std::ostream& out) {
  WriteJson(out, [&](JsonWriter& w) {
    w.StartObject();
    w.Key("actor"), JsonActor(w, kg, o.actor);
    w.Key("members"), w.StartArray();
    for (ActorId id : r.members) JsonActor(w, kg, id);
    w.EndArray();
    w.Key("meetings"), JsonMeetings(w, kg, r);
    w.Key("partners"), w.StartArray();
    for (const PartnerSummary& p : r.partners) {
      w.StartObject();
      w.Key("partner"), JsonActor(w, kg, p.partner);
      w.Key("count"), w.Int(p.count);
      w.Key("first"), JsonDate(w, p.first);
      w.Key("last"), JsonDate(w, p.last);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  });
}

void PrintWhoMet(const KnowledgeGraph& kg, const WhoMetOptions& o, const WhoMetResult& r,
                 std::ostream& out) {
  out << fmt::format("meetings of {}: {}\n", DescribeActor(kg, o.actor), r.meetings.size());
  for (const Meeting& m : r.meetings) {
    std::string who = m.who == o.actor ? "" : fmt::format("  (by {})", Name(kg, m.who));
    std::string mark = m.modality == Modality::kPlanned ? "  [planned]" : "";
    out << fmt::format("  {:<23} {:<28} {:<16} {} {}{}{}\n", DateText(m.date), Name(kg, m.partner),
                       m.place.empty() ? "-" : m.place, m.code, m.label, mark, who);
    PrintEvidence(m.evidence, out);
  }
  if (o.with != 0 || r.partners.empty()) return;
  out << "\npartners:\n";
  for (const PartnerSummary& p : r.partners)
    out << fmt::format("  {:<28} {:>4}  {} .. {}\n", Name(kg, p.partner), p.count,
                       DateText(p.first), DateText(p.last));
}

}  // namespace

Status RunWhoMet(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 1, 1, "one ACTOR"));
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto options = ReadWhoMet(ctx, kg);
  if (!options.ok()) return options.status();
  auto result = WhoMet(kg, *options);
  if (!result.ok()) return result.status();
  if (ctx.json)
    WriteWhoMetJson(kg, *options, *result, *ctx.out);
  else
    PrintWhoMet(kg, *options, *result, *ctx.out);
  return Status::Ok();
}

// ---- relations, timeline ----

namespace {

Result<RelationsOptions> ReadPair(const Context& ctx, const KnowledgeGraph& kg) {
  RelationsOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.a, &o.b));
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  o.filter = *filter;
  return o;
}

std::string PairTitle(const KnowledgeGraph& kg, ActorId a, ActorId b) {
  return b == 0 ? DescribeActor(kg, a)
                : fmt::format("{} and {}", DescribeActor(kg, a), DescribeActor(kg, b));
}

}  // namespace

Status RunRelations(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 1, 2, "ACTOR [ACTOR]"));
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto o = ReadPair(ctx, kg);
  if (!o.ok()) return o.status();
  auto result = Relations(kg, *o);
  if (!result.ok()) return result.status();
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("actor"), JsonActor(w, kg, o->a);
      w.Key("with"), o->b ? JsonActor(w, kg, o->b) : void(w.Null());
      w.Key("relations"), JsonRelations(w, kg, result->relations);
      w.EndObject();
    });
    return Status::Ok();
  }
  *ctx.out << fmt::format("relations of {}: {}\n", PairTitle(kg, o->a, o->b),
                          result->relations.size());
  for (RelationId id : result->relations) PrintRelation(kg, kg.relation(id), *ctx.out);
  return Status::Ok();
}

Status RunTimeline(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 1, 2, "ACTOR [ACTOR]"));
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto o = ReadPair(ctx, kg);
  if (!o.ok()) return o.status();
  auto t = Timeline(kg, TimelineOptions{o->a, o->b, o->filter});
  if (!t.ok()) return t.status();
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("actor"), JsonActor(w, kg, o->a);
      w.Key("with"), o->b ? JsonActor(w, kg, o->b) : void(w.Null());
      w.Key("months"), w.StartArray();
      for (const TimelineMonth& m : t->months) {
        w.StartObject();
        w.Key("month"), JsonStr(w, FormatMonth(m.month));
        w.Key("relations"), JsonRelations(w, kg, m.relations);
        w.EndObject();
      }
      w.EndArray();
      w.Key("undated"), JsonRelations(w, kg, t->undated);
      w.EndObject();
    });
    return Status::Ok();
  }
  *ctx.out << fmt::format("timeline of {}\n", PairTitle(kg, o->a, o->b));
  for (const TimelineMonth& m : t->months) {
    *ctx.out << fmt::format("\n{} ({})\n", FormatMonth(m.month), m.relations.size());
    for (RelationId id : m.relations) PrintRelation(kg, kg.relation(id), *ctx.out);
  }
  if (!t->undated.empty()) *ctx.out << fmt::format("\nundated ({})\n", t->undated.size());
  for (RelationId id : t->undated) PrintRelation(kg, kg.relation(id), *ctx.out);
  return Status::Ok();
}

// ---- path ----

namespace {

void PrintPaths(const KnowledgeGraph& kg, const PathOptions& o, const PathResult& r,
                std::ostream& out) {
  if (r.paths.empty())
    out << fmt::format("no chain from {} to {} within {} hops\n", Name(kg, o.from), Name(kg, o.to),
                       o.max_hops);
  for (size_t i = 0; i < r.paths.size(); ++i) {
    const ActorPath& p = r.paths[i];
    out << fmt::format("{}chain {} ({} hop{}):\n", i ? "\n" : "", i + 1, p.hops.size(),
                       p.hops.size() == 1 ? "" : "s");
    for (const PathHop& h : p.hops) {
      PrintRelation(kg, kg.relation(h.relation), out);
      if (h.relations > 1) out << fmt::format("      (+{} more between them)\n", h.relations - 1);
    }
  }
  if (r.cut)
    out << fmt::format(
        "note: the search stopped after examining {} relations; there may be "
        "more chains\n",
        r.work);
}

void WritePathsJson(const KnowledgeGraph& kg, const PathOptions& o, const PathResult& r,
                    std::ostream& out) {
  WriteJson(out, [&](JsonWriter& w) {
    w.StartObject();
    w.Key("from"), JsonActor(w, kg, o.from);
    w.Key("to"), JsonActor(w, kg, o.to);
    w.Key("cut"), w.Bool(r.cut);
    w.Key("paths"), w.StartArray();
    for (const ActorPath& p : r.paths) {
      w.StartArray();
      for (const PathHop& h : p.hops) {
        w.StartObject();
        w.Key("from"), JsonActor(w, kg, h.from);
        w.Key("to"), JsonActor(w, kg, h.to);
        w.Key("relations_between"), w.Int(h.relations);
        w.Key("relation"), JsonRelation(w, kg, h.relation);
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
  });
}

}  // namespace

Status RunPath(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 2, 2, "two ACTORs: path A B"));
  auto hops = ctx.args.GetInt("--max-hops", 4, 1, 8);
  if (!hops.ok()) return hops.status();
  auto k = ctx.args.GetInt("--k", 1, 1, 5);
  if (!k.ok()) return k.status();
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  PathOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.from, &o.to));
  if (o.from == o.to) return Status::Usage("path needs two different actors");
  o.max_hops = static_cast<int>(*hops);
  o.k = static_cast<int>(*k);
  o.filter = *filter;
  auto result = FindPaths(kg, o);
  if (!result.ok()) return result.status();
  if (ctx.json)
    WritePathsJson(kg, o, *result, *ctx.out);
  else
    PrintPaths(kg, o, *result, *ctx.out);
  return Status::Ok();
}

// ---- ego ----

Status RunEgo(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 1, 1, "one ACTOR"));
  auto depth = ctx.args.GetInt("--depth", 1, 1, 5);
  if (!depth.ok()) return depth.status();
  auto limit = ctx.args.GetInt("--limit", 100, 0, 1000000000);
  if (!limit.ok()) return limit.status();
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  EgoOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.center, nullptr));
  o.depth = static_cast<int>(*depth);
  o.filter = *filter;
  auto r = Ego(kg, o);
  if (!r.ok()) return r.status();
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("center"), JsonActor(w, kg, o.center);
      w.Key("depth"), w.Int(o.depth);
      w.Key("nodes"), w.StartArray();
      for (const EgoNode& n : r->nodes) {
        w.StartObject();
        w.Key("actor"), JsonActor(w, kg, n.actor);
        w.Key("distance"), w.Int(n.distance);
        w.EndObject();
      }
      w.EndArray();
      w.Key("relations"), JsonRelations(w, kg, r->relations);
      w.EndObject();
    });
    return Status::Ok();
  }
  std::ostream& out = *ctx.out;
  out << fmt::format("ego network of {}, depth {}: {} actors, {} relations\n",
                     DescribeActor(kg, o.center), o.depth, r->nodes.size(), r->relations.size());
  size_t shown = std::min<size_t>(r->nodes.size(), *limit);
  for (size_t i = 0; i < shown; ++i)
    out << fmt::format("  {}  {}\n", r->nodes[i].distance, DescribeActor(kg, r->nodes[i].actor));
  if (shown < r->nodes.size())
    out << fmt::format("  ... and {} more actors (--limit, or --json for all)\n",
                       r->nodes.size() - shown);
  out << "\nrelations:\n";
  shown = std::min<size_t>(r->relations.size(), *limit);
  for (size_t i = 0; i < shown; ++i) PrintRelation(kg, kg.relation(r->relations[i]), out);
  if (shown < r->relations.size())
    out << fmt::format("  ... and {} more relations (--limit, or --json for all)\n",
                       r->relations.size() - shown);
  return Status::Ok();
}

// ---- rank ----

Status RunRank(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 0, 0, "no positional arguments"));
  RankOptions o;
  auto by = ParseRankBy(ctx.args.Get("--by", "degree"));
  if (!by)
    return Status::Usage(fmt::format("--by: '{}' is not one of degree, betweenness, pagerank",
                                     ctx.args.Get("--by")));
  o.by = *by;
  auto kind = KindArg(ctx.args);
  if (!kind.ok()) return kind.status();
  o.kind = *kind;
  auto top = ctx.args.GetInt("--top", 20, 1, 100000);
  if (!top.ok()) return top.status();
  o.top = static_cast<size_t>(*top);
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  o.filter = *filter;
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto r = Rank(kg, o);
  if (!r.ok()) return r.status();
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("by"), JsonStr(w, RankByName(o.by));
      w.Key("sampled"), w.Bool(r->sampled);
      w.Key("sources"), w.Uint64(r->sources);
      w.Key("note"), JsonStr(w, r->note);
      w.Key("actors"), w.StartArray();
      for (const RankedActor& a : r->actors) {
        w.StartObject();
        w.Key("actor"), JsonActor(w, kg, a.actor);
        w.Key("score"), w.Double(a.score);
        w.Key("degree"), w.Uint64(a.degree);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    });
    return Status::Ok();
  }
  *ctx.out << fmt::format("{}\n{:>4}  {:>12}  {:>7}  actor\n", r->note, "rank", RankByName(o.by),
                          "degree");
  for (size_t i = 0; i < r->actors.size(); ++i)
    *ctx.out << fmt::format("{:>4}  {:>12.6g}  {:>7}  {}\n", i + 1, r->actors[i].score,
                            r->actors[i].degree, DescribeActor(kg, r->actors[i].actor));
  return Status::Ok();
}

// ---- actor ----

namespace {

void WriteProfileJson(const KnowledgeGraph& kg, const ActorProfile& p, std::ostream& out) {
  WriteJson(out, [&](JsonWriter& w) {
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
    for (int q = 0; q < 5; ++q) w.Key(kQuadKeys[q]), w.Int(p.by_quad[q]);
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
  });
}

void PrintProfile(const KnowledgeGraph& kg, const ActorProfile& p, std::ostream& out) {
  out << fmt::format("{}\nkind        {}\n", DescribeActor(kg, p.id), KindName(p.kind));
  if (!p.iso3.empty()) out << fmt::format("iso3        {}\n", p.iso3);
  std::string aliases;
  for (const std::string& a : p.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
  if (!aliases.empty()) out << fmt::format("aliases     {}\n", aliases);
  for (const Affiliation& f : p.roles)
    out << fmt::format("role        {} of {}{}\n", f.role.empty() ? "member" : f.role,
                       Name(kg, f.of), f.former ? " (former)" : "");
  for (const Member& m : p.members)
    out << fmt::format("member      {}{}\n", Name(kg, m.person),
                       m.role.empty() ? "" : ", " + m.role);
  out << fmt::format("seen        {} .. {}\n", DateText(p.first_seen), DateText(p.last_seen))
      << fmt::format("relations   {} ({} undated)\n", p.relations, p.undated)
      << fmt::format(
             "  verbal cooperation {}, material cooperation {}, verbal conflict {}, "
             "material conflict {}\n",
             p.by_quad[1], p.by_quad[2], p.by_quad[3], p.by_quad[4]);
  if (!p.top_partners.empty()) out << "top partners\n";
  for (const PartnerCount& c : p.top_partners)
    out << fmt::format("  {:>5}  {}\n", c.count, DescribeActor(kg, c.partner));
}

}  // namespace

Status RunActor(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 1, 1, "one ACTOR"));
  auto top = ctx.args.GetInt("--top", 10, 0, 10000);
  if (!top.ok()) return top.status();
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  ActorProfileOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.actor, nullptr));
  o.filter = *filter;
  o.top_partners = static_cast<size_t>(*top);
  auto p = ProfileActor(kg, o);
  if (!p.ok()) return p.status();
  if (ctx.json)
    WriteProfileJson(kg, *p, *ctx.out);
  else
    PrintProfile(kg, *p, *ctx.out);
  return Status::Ok();
}

// ---- dyad ----

namespace {

void WriteDyadJson(const KnowledgeGraph& kg, const DyadOptions& o, const DyadResult& d,
                   std::ostream& out) {
  WriteJson(out, [&](JsonWriter& w) {
    w.StartObject();
    w.Key("a"), JsonActor(w, kg, o.a);
    w.Key("b"), JsonActor(w, kg, o.b);
    w.Key("total"), w.Int(d.total);
    w.Key("undated"), w.Int(d.undated);
    w.Key("months"), w.StartArray();
    for (const DyadMonth& m : d.months) {
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
  });
}

void PrintDyad(const KnowledgeGraph& kg, const DyadOptions& o, const DyadResult& d,
               std::ostream& out) {
  out << fmt::format("{} and {}: {} relations ({} undated)\n", DescribeActor(kg, o.a),
                     DescribeActor(kg, o.b), d.total, d.undated)
      << fmt::format("{:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}\n", "month", "v.coop", "m.coop",
                     "v.conf", "m.conf", "total", "goldstein");
  for (const DyadMonth& m : d.months)
    out << fmt::format("{:<8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}\n", FormatMonth(m.month),
                       m.quad[0], m.quad[1], m.quad[2], m.quad[3], m.total,
                       m.goldstein_n ? fmt::format("{:+.2f}", m.goldstein) : "-");
}

}  // namespace

Status RunDyad(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 2, 2, "two ACTORs: dyad A B"));
  std::string plot = ctx.args.Get("--plot");
  if (ctx.args.Has("--plot") && plot.empty()) return Status::Usage("--plot needs a FILE.svg");
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  DyadOptions o;
  DG_RETURN_IF_ERROR(ResolvePositional(ctx, kg, &o.a, &o.b));
  if (o.a == o.b) return Status::Usage("dyad needs two different actors");
  o.filter = *filter;
  auto d = Dyad(kg, o);
  if (!d.ok()) return d.status();
  if (!plot.empty()) {
    std::string title = fmt::format("{} and {}: relations per month", Name(kg, o.a), Name(kg, o.b));
    DG_RETURN_IF_ERROR(
        WriteFileAtomically(plot, [&](std::ostream& out) { WriteDyadSvg(*d, title, out); }));
  }
  if (ctx.json)
    WriteDyadJson(kg, o, *d, *ctx.out);
  else
    PrintDyad(kg, o, *d, *ctx.out);
  return Status::Ok();
}

// ---- actors ----

Status RunActors(Context& ctx) {
  DG_RETURN_IF_ERROR(CheckPositional(ctx, 0, 0, "no positional arguments (use --match TEXT)"));
  ActorsOptions o;
  auto kind = KindArg(ctx.args);
  if (!kind.ok()) return kind.status();
  o.kind = *kind;
  o.match = ctx.args.Get("--match");
  auto limit = ctx.args.GetInt("--limit", 0, 0, 1000000000);
  if (!limit.ok()) return limit.status();
  o.limit = static_cast<size_t>(*limit);
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto r = ListActors(kg, o);
  if (!r.ok()) return r.status();
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("matched"), w.Uint64(r->matched);
      w.Key("actors"), w.StartArray();
      for (const ActorEntry& e : r->actors) {
        w.StartObject();
        w.Key("id"), w.Int64(e.actor);
        w.Key("name"), JsonStr(w, kg.actor(e.actor).name);
        w.Key("kind"), JsonStr(w, KindName(kg.actor(e.actor).kind));
        w.Key("aliases"), w.StartArray();
        for (const std::string& a : kg.actor(e.actor).aliases) JsonStr(w, a);
        w.EndArray();
        w.Key("relations"), w.Uint64(e.relations);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    });
    return Status::Ok();
  }
  *ctx.out << fmt::format("{:>7}  {:>9}  {:<13} name\n", "id", "relations", "kind");
  for (const ActorEntry& e : r->actors)
    *ctx.out << fmt::format("{:>7}  {:>9}  {:<13} {}\n", "#" + std::to_string(e.actor), e.relations,
                            KindName(kg.actor(e.actor).kind), kg.actor(e.actor).name);
  if (r->actors.size() < r->matched)
    *ctx.out << fmt::format("... {} of {} shown (--limit)\n", r->actors.size(), r->matched);
  return Status::Ok();
}

}  // namespace dipgraph::cli
