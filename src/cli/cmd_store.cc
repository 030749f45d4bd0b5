// stats, export, import: the store as a whole.
#include <fmt/format.h>

#include <map>

#include "graph/cameo.h"
#include "graph/json_io.h"
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

Status RunExport(Context& ctx) {
  std::string format = ctx.args.Get("--format", "json");
  if (format != "json")
    return Status::Usage(fmt::format("--format: unknown format '{}' (known: json)", format));
  if (!ctx.args.positional().empty()) return Status::Usage("export takes no positional arguments");
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  return WriteFileAtomically(ctx.args.Get("-o", "-"),
                             [&](std::ostream& out) { WriteGraphJson(kg, *filter, out); });
}

Status RunImport(Context& ctx) {
  const auto& pos = ctx.args.positional();
  if (pos.size() < 2) return Status::Usage("import needs a FORMAT and at least one FILE");
  if (pos[0] != "json")
    return Status::Usage(fmt::format("unknown import format '{}' (known: json)", pos[0]));
  auto store = Store::Open(ctx.db_path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR((*store)->Load(&kg));
  JsonImportCounts total;
  for (size_t i = 1; i < pos.size(); ++i) {
    auto text = ReadFile(pos[i]);
    if (!text.ok()) return text.status();
    auto counts = ReadGraphJson(*text, pos[i], &kg);
    if (!counts.ok()) return counts.status();
    total.actors_added += counts->actors_added;
    total.actors_merged += counts->actors_merged;
    total.relations_added += counts->relations_added;
    total.relations_merged += counts->relations_merged;
    total.documents += counts->documents;
  }
  DG_RETURN_IF_ERROR((*store)->Save(&kg));
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("documents"), w.Uint64(total.documents);
      w.Key("actors_added"), w.Uint64(total.actors_added);
      w.Key("actors_merged"), w.Uint64(total.actors_merged);
      w.Key("relations_added"), w.Uint64(total.relations_added);
      w.Key("relations_merged"), w.Uint64(total.relations_merged);
      w.EndObject();
    });
  } else {
    *ctx.out << fmt::format(
        "imported into {}: {} documents, {} actors added ({} merged), {} relations added ({} "
        "merged)\n",
        ctx.db_path, total.documents, total.actors_added, total.actors_merged,
        total.relations_added, total.relations_merged);
  }
  return Status::Ok();
}

}  // namespace dipgraph::cli
