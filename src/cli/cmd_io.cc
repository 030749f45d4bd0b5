// import, export: event data in (ICEWS, TKG, GDELT, our JSON) and graphs out (GraphML, GEXF,
// Neo4j, CSV, DOT, JSON).
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>

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
#include "src/cli/command.h"
#include "src/cli/output.h"

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

Status ExportNeo4j(const Context& ctx, const KnowledgeGraph& kg, const RelationFilter& filter) {
  std::string dir = ctx.args.Get("-o");
  if (dir.empty() || dir == "-")
    return Status::Usage("--format neo4j writes two files: give their directory with -o DIR");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("{}: cannot create: {}", dir, ec.message()));
  DG_RETURN_IF_ERROR(WriteFileAtomically(
      dir + "/actors.csv", [&](std::ostream& out) { WriteNeo4jActors(kg, filter, out); }));
  DG_RETURN_IF_ERROR(WriteFileAtomically(
      dir + "/relations.csv", [&](std::ostream& out) { WriteNeo4jRelations(kg, filter, out); }));
  *ctx.out << Neo4jImportCommand(dir) << "\n";
  return Status::Ok();
}

using Writer = void (*)(const KnowledgeGraph&, const RelationFilter&, std::ostream&);

Writer WriterFor(const std::string& format) {
  if (format == "json")
    return [](const KnowledgeGraph& kg, const RelationFilter& f, std::ostream& out) {
      WriteGraphJson(kg, f, out);
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
  if (!ctx.args.positional().empty()) return Status::Usage("export takes no positional arguments");
  auto filter = FilterFromArgs(ctx.args);
  if (!filter.ok()) return filter.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  if (!writer) return ExportNeo4j(ctx, kg, *filter);
  return WriteFileAtomically(ctx.args.Get("-o", "-"),
                             [&](std::ostream& out) { writer(kg, *filter, out); });
}

}  // namespace dipgraph::cli
