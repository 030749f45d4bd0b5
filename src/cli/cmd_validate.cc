// validate: run the extractor over a validation corpus and print each failure.
#include <fmt/format.h>

#include "src/cli/command.h"
#include "src/cli/output.h"
#include "src/extract/validation.h"

namespace dipgraph::cli {

Status RunValidate(Context& ctx) {
  const auto& pos = ctx.args.positional();
  if (pos.size() != 1) return Status::Usage("validate needs one FILE");
  auto content = ReadFile(pos[0]);
  if (!content.ok()) return content.status();
  auto cases = ParseValidation(*content, pos[0]);
  if (!cases.ok()) return cases.status();
  ValidationReport r = RunValidation(*cases);
  std::ostream& out = *ctx.out;
  if (ctx.json) {
    WriteJson(out, [&](JsonWriter& w) {
      w.StartObject();
      w.Key("cases"), w.Int(r.cases);
      w.Key("passed"), w.Int(r.passed);
      w.Key("expectations"), w.Int(r.expectations);
      w.Key("expectations_met"), w.Int(r.expectations_met);
      w.Key("forbidden_hits"), w.Int(r.forbidden_hits);
      w.Key("failures"), w.StartArray();
      for (const ValidationFailure& f : r.failures) {
        w.StartObject();
        w.Key("line"), w.Int(f.line);
        w.Key("why"), JsonStr(w, f.why);
        w.Key("text"), JsonStr(w, f.text);
        w.Key("problem"), JsonStr(w, f.problem);
        w.Key("got"), w.StartArray();
        for (const std::string& g : f.got) JsonStr(w, g);
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    });
    return Status::Ok();
  }
  if (!ctx.args.Has("--quiet"))
    for (const ValidationFailure& f : r.failures) {
      out << fmt::format("{}:{}: {}\n  {}\n", pos[0], f.line, f.why, f.text);
      out << "  " << f.problem;
      for (const std::string& g : f.got) out << "  got: " << g << "\n";
    }
  out << fmt::format(
      "validation: {} of {} cases pass; {} of {} expected codings found ({:.1f}%); {} forbidden "
      "codings produced\n",
      r.passed, r.cases, r.expectations_met, r.expectations,
      r.expectations ? 100.0 * r.expectations_met / r.expectations : 0.0, r.forbidden_hits);
  return Status::Ok();
}

}  // namespace dipgraph::cli
