// import, export: event data in (ICEWS, TKG, GDELT, our JSON) and graphs out (GraphML, GEXF,
// Neo4j, CSV, DOT, JSON).
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <sstream>

#include "graph/export_csv.h"
#include "graph/export_dot.h"
#include "graph/export_gexf.h"
#include "graph/export_graphml.h"
#include "graph/export_neo4j.h"
#include "graph/import_gdelt.h"
#include "graph/import_icews.h"
#include "graph/import_tkg.h"
#include "graph/importer.h"
#include "graph/json_io.h"
#include "queries/resolve.h"
#include "src/cli/command.h"
#include "src/cli/output.h"
#include "viz/subgraph.h"

namespace dipgraph::cli {

namespace {

// One self-overwriting line on a terminal, redrawn at most ten times a second.
class TerminalProgress : public ImportProgress {
 public:
  explicit TerminalProgress(std::ostream& err) : err_(err) {}
  void Update(const std::string& file, uint64_t done, uint64_t total, size_t rows) override {
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    int pct = total ? static_cast<int>(done * 100 / total) : 100;
    std::string bar(pct / 5, '#');
    err_ << fmt::format("\r\033[K{} [{:<20}] {:3}% {} lines", file, bar, pct, rows) << std::flush;
  }
  void Done() override { err_ << "\r\033[K" << std::flush; }

 private:
  std::ostream& err_;
  std::chrono::steady_clock::time_point last_{};
};

std::unique_ptr<ImportFormat> MakeFormat(const std::string& name) {
  if (name == "icews") return std::make_unique<IcewsFormat>();
  if (name == "tkg") return std::make_unique<TkgFormat>();
  if (name == "gdelt") return std::make_unique<GdeltFormat>();
  return nullptr;
}

Status ImportJsonFiles(const std::vector<std::string>& files, KnowledgeGraph* kg,
                       ImportCounts* counts) {
  for (const std::string& file : files) {
    auto text = ReadFile(file);
    if (!text.ok()) return text.status();
    auto c = ReadGraphJson(*text, file, kg);
    if (!c.ok()) return c.status();
    counts->rows_read += c->relations_added + c->relations_merged;
    counts->imported += c->relations_added;
    counts->merged += c->relations_merged;
    counts->actors_added += c->actors_added;
  }
  return Status::Ok();
}

void PrintImportCounts(const Context& ctx, const ImportCounts& c) {
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("rows_read"), w.Uint64(c.rows_read);
      w.Key("imported"), w.Uint64(c.imported);
      w.Key("merged"), w.Uint64(c.merged);
      w.Key("rejected"), w.Uint64(c.rejected);
      w.Key("skipped"), w.Uint64(c.skipped);
      w.Key("actors_added"), w.Uint64(c.actors_added);
      w.Key("first_rejects"), w.StartArray();
      for (const std::string& s : c.first_rejects) JsonStr(w, s);
      w.EndArray();
      w.EndObject();
    });
    return;
  }
  for (const std::string& s : c.first_rejects) *ctx.err << "rejected: " << s << "\n";
  if (c.rejected > c.first_rejects.size())
    *ctx.err << fmt::format("rejected: ... and {} more\n", c.rejected - c.first_rejects.size());
  *ctx.out << fmt::format(
      "imported into {}: {} rows read, {} imported, {} merged, {} rejected, {} skipped; {} "
      "actors added\n",
      ctx.db_path, c.rows_read, c.imported, c.merged, c.rejected, c.skipped, c.actors_added);
}

}  // namespace

Status RunImport(Context& ctx) {
  const auto& pos = ctx.args.positional();
  if (pos.size() < 2) return Status::Usage("import needs a FORMAT and at least one FILE");
  std::unique_ptr<ImportFormat> format = MakeFormat(pos[0]);
  if (!format && pos[0] != "json")
    return Status::Usage(
        fmt::format("unknown import format '{}' (known: icews, tkg, gdelt, json)", pos[0]));
  auto store = Store::Open(ctx.db_path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR((*store)->Load(&kg));
  std::vector<std::string> files(pos.begin() + 1, pos.end());
  ImportCounts counts;
  if (!format) {
    DG_RETURN_IF_ERROR(ImportJsonFiles(files, &kg, &counts));
  } else {
    std::unique_ptr<TerminalProgress> progress;
    if (isatty(STDERR_FILENO)) progress = std::make_unique<TerminalProgress>(*ctx.err);
    Importer importer(&kg, ImportOptions{ctx.args.Has("--skip-bad")}, progress.get());
    // A bad row stops everything before Save: the store keeps exactly what it held.
    for (const std::string& file : files) DG_RETURN_IF_ERROR(importer.ImportFile(file, *format));
    counts = importer.counts();
  }
  DG_RETURN_IF_ERROR((*store)->Save(&kg));
  PrintImportCounts(ctx, counts);
  return Status::Ok();
}

namespace {

// --ego A [--depth N], --between A B, --actors A,B,... choose a part of the graph as render does;
// --min-weight and --max-nodes thin it as render does. None of them: whatever the filters keep.
bool WantsPart(const Args& args) {
  for (const char* o : {"--ego", "--depth", "--between", "--actors", "--min-weight", "--max-nodes"})
    if (args.Has(o)) return true;
  return false;
}

// The options of viz::SelectSubgraph from the command line, names resolved.
Result<viz::RenderOptions> PartOptions(const Args& args, const KnowledgeGraph& kg,
                                       const RelationFilter& filter) {
  viz::RenderOptions o;
  o.filter = filter;
  o.affiliations = false;  // exactly the chosen actors and the relations among them
  int modes = args.Has("--ego") + args.Has("--between") + args.Has("--actors");
  if (modes > 1) return Status::Usage("give one of --ego, --between, --actors");
  if (args.Has("--depth") && !args.Has("--ego")) return Status::Usage("--depth goes with --ego");
  size_t positional = args.Has("--between") ? 1 : 0;
  if (args.positional().size() != positional)
    return Status::Usage(positional ? "--between needs two actors: --between A B"
                                    : "export takes no positional arguments");
  auto depth = args.GetInt("--depth", 1, 0, 6);
  if (!depth.ok()) return depth.status();
  auto min_weight = args.GetInt("--min-weight", 1, 1, 1000000);
  if (!min_weight.ok()) return min_weight.status();
  auto max_nodes = args.GetInt("--max-nodes", INT32_MAX, 1, INT32_MAX);
  if (!max_nodes.ok()) return max_nodes.status();
  o.depth = static_cast<int>(*depth);
  o.min_weight = static_cast<int>(*min_weight);
  o.max_nodes = static_cast<int>(*max_nodes);
  if (args.Has("--ego")) {
    auto id = ResolveActor(kg, args.Get("--ego"));
    if (!id.ok()) return id.status();
    o.ego = *id;
  }
  if (args.Has("--between")) {
    auto a = ResolveActor(kg, args.Get("--between"));
    if (!a.ok()) return a.status();
    auto b = ResolveActor(kg, args.positional()[0]);
    if (!b.ok()) return b.status();
    o.between_a = *a, o.between_b = *b;
  }
  std::stringstream list(args.Get("--actors"));
  for (std::string name; std::getline(list, name, ',');) {
    if (name.empty()) continue;
    auto id = ResolveActor(kg, name);
    if (!id.ok()) return id.status();
    o.actors.push_back(*id);
  }
  return o;
}

Result<ExportSelection> SelectFromArgs(const Context& ctx, const KnowledgeGraph& kg,
                                       const RelationFilter& filter) {
  if (!WantsPart(ctx.args)) {
    if (!ctx.args.positional().empty())
      return Status::Usage("export takes no positional arguments");
    return SelectForExport(kg, filter);
  }
  auto options = PartOptions(ctx.args, kg, filter);
  if (!options.ok()) return options.status();
  auto part = viz::SelectSubgraph(kg, *options);
  if (!part.ok()) return part.status();
  if (part->left_out > 0)
    *ctx.err << fmt::format("export: {} actors left out by --max-nodes {}\n", part->left_out,
                            options->max_nodes);
  return SelectForExport(kg, part->actors, part->relations);
}

Status ExportNeo4j(const Context& ctx, const KnowledgeGraph& kg, const ExportSelection& sel) {
  std::string dir = ctx.args.Get("-o");
  if (dir.empty() || dir == "-")
    return Status::Usage("--format neo4j writes two files: give their directory with -o DIR");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("{}: cannot create: {}", dir, ec.message()));
  DG_RETURN_IF_ERROR(WriteFileAtomically(
      dir + "/actors.csv", [&](std::ostream& out) { WriteNeo4jActors(kg, sel, out); }));
  DG_RETURN_IF_ERROR(WriteFileAtomically(
      dir + "/relations.csv", [&](std::ostream& out) { WriteNeo4jRelations(kg, sel, out); }));
  *ctx.out << Neo4jImportCommand(dir) << "\n";
  return Status::Ok();
}

using Writer = void (*)(const KnowledgeGraph&, const ExportSelection&, std::ostream&);

Writer WriterFor(const std::string& format) {
  if (format == "json")
    return [](const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out) {
      WriteGraphJson(kg, sel, out);
    };
  if (format == "graphml") return WriteGraphml;
  if (format == "gexf") return WriteGexf;
  if (format == "csv") return WriteEdgeCsv;
  if (format == "dot") return WritePlainDot;
  return nullptr;
}

}  // namespace

Status RunExport(Context& ctx) {
  std::string format = ctx.args.Get("--format", "json");
  Writer writer = WriterFor(format);
  if (!writer && format != "neo4j")
    return Status::Usage(fmt::format(
        "--format: unknown format '{}' (known: json, graphml, gexf, neo4j, csv, dot)", format));
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  auto sel = SelectFromArgs(ctx, kg, *filter);
  if (!sel.ok()) return sel.status();
  if (!writer) return ExportNeo4j(ctx, kg, *sel);
  return WriteFileAtomically(ctx.args.Get("-o", "-"),
                             [&](std::ostream& out) { writer(kg, *sel, out); });
}

}  // namespace dipgraph::cli
