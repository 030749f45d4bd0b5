// ingest: extract articles and write what they say into the store, in one transaction.
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include "src/cli/command.h"
#include "src/cli/output.h"
#include "src/cli/progress.h"
#include "src/extract/extractor.h"
#include "src/extract/graph_writer.h"
#include "src/extract/parallel_extract.h"

namespace dipgraph::cli {

namespace {

struct Summary {
  size_t new_documents = 0, present = 0, failed = 0;
  IngestCounts counts;
};

size_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") continue;
    if (fs::is_regular_file(p, ec)) total += fs::file_size(p, ec);
    if (!fs::is_directory(p, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
         it.increment(ec))
      if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

std::string Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void PrintSummary(const Context& ctx, const Summary& s, const KnowledgeGraph& kg) {
  if (ctx.json) {
    WriteJson(*ctx.out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("documents_new"), w.Uint64(s.new_documents);
      w.Key("documents_present"), w.Uint64(s.present);
      w.Key("documents_failed"), w.Uint64(s.failed);
      w.Key("actors_added"), w.Uint64(s.counts.actors_added);
      w.Key("relations_added"), w.Uint64(s.counts.relations_added);
      w.Key("relations_merged"), w.Uint64(s.counts.relations_merged);
      w.Key("actors_total"), w.Uint64(kg.actor_count());
      w.Key("relations_total"), w.Uint64(kg.relation_count());
      w.EndObject();
    });
    return;
  }
  *ctx.out << fmt::format(
      "ingested into {}: {} new documents, {} already present, {} failed; {} actors added, {} "
      "relations added, {} merged into existing ones (store: {} actors, {} relations)\n",
      ctx.db_path, s.new_documents, s.present, s.failed, s.counts.actors_added,
      s.counts.relations_added, s.counts.relations_merged, kg.actor_count(), kg.relation_count());
}

}  // namespace

Status RunIngest(Context& ctx) {
  const auto& paths = ctx.args.positional();
  if (paths.empty()) return Status::Usage("ingest needs at least one FILE, directory or -");
  auto threads = ctx.args.GetInt("--threads", 1, 1, 256);
  if (!threads.ok()) return threads.status();
  auto store = Store::Open(ctx.db_path, Store::Mode::kReadWrite);
  if (!store.ok()) return store.status();
  DG_RETURN_IF_ERROR(LoadExtractionModels());
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR((*store)->Load(&kg));
  Summary s;
  std::string now = Now();
  Progress progress("ingest: documents", InputBytes(paths));
  Status st = ExtractAll(paths, static_cast<int>(*threads), [&](ExtractedDocument&& d) {
    progress.Step(d.bytes);
    if (!d.status.ok()) {
      ++s.failed;
      progress.Finish();
      *ctx.err << "dipgraph ingest: " << d.status.message() << "\n";
      return;
    }
    if (kg.FindDocument(d.extraction.model.article.id)) {
      ++s.present;
      return;
    }
    ++s.new_documents;
    IngestCounts c = AddExtraction(d.extraction, now, &kg);
    s.counts.actors_added += c.actors_added;
    s.counts.relations_added += c.relations_added;
    s.counts.relations_merged += c.relations_merged;
  });
  progress.Finish();
  DG_RETURN_IF_ERROR(st);
  if (s.failed > 0 && !ctx.args.Has("--skip-bad"))
    return Status::Invalid(fmt::format(
        "{} document(s) could not be read; nothing was written (--skip-bad ingests the others)",
        s.failed));
  DG_RETURN_IF_ERROR((*store)->Save(&kg));
  PrintSummary(ctx, s, kg);
  return Status::Ok();
}

}  // namespace dipgraph::cli
