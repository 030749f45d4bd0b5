// extract: run the extraction pipeline over articles and print what it found (no store).
#include <fmt/format.h>

#include <map>

#include "graph/cameo.h"
#include "src/cli/command.h"
#include "src/extract/extraction_json.h"
#include "src/extract/extractor.h"
#include "src/extract/parallel_extract.h"

namespace dipgraph::cli {

namespace {

void PrintSummary(const Extraction& x, bool explain, std::ostream& out) {
  const Article& a = x.model.article;
  out << fmt::format("== {}\n   published {}  dateline {}  title {}\n", a.source,
                     a.published >= 0 ? FormatDay(a.published) : "?",
                     a.dateline.empty() ? "?" : a.dateline, a.title.empty() ? "?" : a.title);
  out << fmt::format("   actors ({}):\n", x.model.entities.size());
  for (const DocEntity& e : x.model.entities) {
    std::string roles;
    for (const TextAffiliation& f : e.affiliations)
      roles += fmt::format("{}{}{} of {}", roles.empty() ? "" : "; ", f.former ? "former " : "",
                           f.role, x.model.entities[f.of].name);
    out << fmt::format("     {:<28} {:<12} x{:<3} {}{}\n", e.name, KindName(e.kind), e.mentions,
                       roles, explain ? "  [" + e.explain + "]" : "");
  }
  out << fmt::format("   relations ({}):\n", x.relations.size());
  for (const ExtractedRelation& r : x.relations) {
    const CameoCode* c = LookupCameo(r.cameo);
    out << fmt::format("     {} -{} {}-> {}  {} {}{}\n", x.model.entities[r.source].name, r.cameo,
                       c ? c->label : "", x.model.entities[r.target].name,
                       r.date.empty() ? "(no date)" : FormatDateRange(r.date),
                       ModalityName(r.modality), r.location.empty() ? "" : " at " + r.location);
    if (explain)
      out << "       " << r.explain << "\n       \""
          << std::string_view(a.text).substr(r.evidence.start, r.evidence.end - r.evidence.start)
          << "\"\n";
  }
}

}  // namespace

Status RunExtract(Context& ctx) {
  const auto& paths = ctx.args.positional();
  if (paths.empty()) return Status::Usage("extract needs at least one FILE, directory or -");
  auto threads = ctx.args.GetInt("--threads", 1, 1, 256);
  if (!threads.ok()) return threads.status();
  bool explain = ctx.args.Has("--explain");
  DG_RETURN_IF_ERROR(LoadExtractionModels());
  std::unique_ptr<ExtractionJsonWriter> json;
  if (ctx.json) json = std::make_unique<ExtractionJsonWriter>(*ctx.out, explain);
  int failed = 0;
  Status st = ExtractAll(paths, static_cast<int>(*threads), [&](ExtractedDocument&& d) {
    if (!d.status.ok()) {
      *ctx.err << "dipgraph extract: " << d.status.message() << "\n";
      ++failed;
      return;
    }
    if (json)
      json->Add(d.extraction);
    else
      PrintSummary(d.extraction, explain, *ctx.out);
  });
  if (json) json->Finish();
  DG_RETURN_IF_ERROR(st);
  if (failed > 0) return Status::Invalid(fmt::format("{} document(s) could not be read", failed));
  return Status::Ok();
}

}  // namespace dipgraph::cli
