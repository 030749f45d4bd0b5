// stats: the store as a whole. (import and export are in cmd_io.cc.)
#include <fmt/format.h>

#include <map>

#include "graph/cameo.h"
#include "src/cli/command.h"
#include "src/cli/output.h"

namespace dipgraph::cli {

namespace {

struct StatsResult {
  size_t documents = 0, actors = 0, relations = 0;
  std::map<std::string, size_t> by_kind;
  std::map<std::string, size_t> by_root;
  std::string first, last;
};

StatsResult ComputeStats(const KnowledgeGraph& kg) {
  StatsResult s;
  s.documents = kg.documents().size();
  s.actors = kg.actor_count();
  s.relations = kg.relation_count();
  for (const Actor& a : kg.actors()) ++s.by_kind[std::string(KindName(a.kind))];
  int first = 0, last = 0;
  bool any = false;
  for (const Relation& r : kg.relations()) {
    ++s.by_root[r.cameo.substr(0, 2)];
    if (r.date.empty()) continue;
    if (!any || r.date.begin < first) first = r.date.begin;
    if (!any || r.date.end > last) last = r.date.end;
    any = true;
  }
  if (any) s.first = FormatDay(first), s.last = FormatDay(last);
  return s;
}

std::string RootLabel(const std::string& root) {
  const CameoCode* c = LookupCameo(root);
  return c ? c->label : "?";
}

}  // namespace

Status RunStats(Context& ctx) {
  if (!ctx.args.positional().empty()) return Status::Usage("stats takes no arguments");
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  StatsResult s = ComputeStats(kg);
  std::ostream& out = *ctx.out;
  if (ctx.json) {
    WriteJson(out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("documents"), w.Uint64(s.documents);
      w.Key("actors"), w.Uint64(s.actors);
      w.Key("relations"), w.Uint64(s.relations);
      w.Key("actors_by_kind"), w.StartObject();
      for (const auto& [k, n] : s.by_kind) w.Key(k.c_str()), w.Uint64(n);
      w.EndObject();
      w.Key("relations_by_root"), w.StartObject();
      for (const auto& [k, n] : s.by_root) w.Key(k.c_str()), w.Uint64(n);
      w.EndObject();
      w.Key("first_date"), s.first.empty() ? w.Null() : (JsonStr(w, s.first), true);
      w.Key("last_date"), s.last.empty() ? w.Null() : (JsonStr(w, s.last), true);
      w.EndObject();
    });
    return Status::Ok();
  }
  out << fmt::format("store      {}\ndocuments  {}\nactors     {}\n", ctx.db_path, s.documents,
                     s.actors);
  for (const auto& [k, n] : s.by_kind) out << fmt::format("  {:<13} {}\n", k, n);
  out << fmt::format("relations  {}\n", s.relations);
  for (const auto& [k, n] : s.by_root) out << fmt::format("  {} {:<32} {}\n", k, RootLabel(k), n);
  if (!s.first.empty()) out << fmt::format("dates      {} .. {}\n", s.first, s.last);
  return Status::Ok();
}

}  // namespace dipgraph::cli
