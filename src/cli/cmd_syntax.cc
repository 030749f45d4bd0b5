// parse and train-syntax: the syntax layer on its own, for scoring against a treebank and for
// retraining the model.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "src/cli/command.h"
#include "src/cli/output.h"
#include "src/extract/text_sentences.h"
#include "src/syntax/syntax_model.h"
#include "src/syntax/syntax_trainer.h"

namespace dipgraph::cli {
namespace {

using syntax::ConlluSentence;

// A file given by name must exist and not be a directory; checked before the model loads, so
// that a mistyped name is reported first and at once.
Status CheckInput(const std::string& path) {
  if (path == "-") return Status::Ok();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  if (!std::filesystem::exists(path, ec)) return Status::IoError(path + ": no such file");
  return Status::Ok();
}

Result<std::string> ReadInput(const std::string& path) {
  if (path != "-") return ReadFile(path);
  std::ostringstream text;
  text << std::cin.rdbuf();
  if (std::cin.bad()) return Status::IoError("standard input: read error");
  return text.str();
}

Result<syntax::SyntaxModel> LoadModel(const Context& ctx) {
  return syntax::SyntaxModel::Load(ctx.args.Get("--model", syntax::SyntaxModel::DefaultPath()));
}

}  // namespace

Status RunParse(Context& ctx) {
  const auto& pos = ctx.args.positional();
  if (pos.size() != 1) return Status::Usage("parse needs one FILE (or - for standard input)");
  DG_RETURN_IF_ERROR(CheckInput(pos[0]));
  Result<syntax::SyntaxModel> model = LoadModel(ctx);
  if (!model.ok()) return model.status();
  std::string name = pos[0] == "-" ? "standard input" : pos[0];
  size_t count = 0;
  auto emit = [&](ConlluSentence& s) {
    ++count;
    if (!model->Annotate(&s)) {
      *ctx.err << fmt::format(
          "warning: {}: sentence {} has {} words (over {}): tagged, not parsed\n", name, count,
          s.words.size(), syntax::kMaxParseWords);
    }
    syntax::WriteConllu(s, *ctx.out);
    return Status::Ok();
  };
  if (ctx.args.Has("--conllu")) {
    if (pos[0] == "-") return syntax::ReadConllu(std::cin, name, emit);
    std::ifstream in(pos[0]);
    if (!in) return Status::IoError(pos[0] + ": cannot open");
    return syntax::ReadConllu(in, pos[0], emit);
  }
  Result<std::string> text = ReadInput(pos[0]);
  if (!text.ok()) return text.status();
  for (ConlluSentence& s : SentencesOfText(*text)) DG_RETURN_IF_ERROR(emit(s));
  return Status::Ok();
}

Status RunTrainSyntax(Context& ctx) {
  syntax::TrainSyntaxOptions o;
  o.train_path = ctx.args.Get("--train");
  if (o.train_path.empty()) return Status::Usage("train-syntax needs --train FILE.conllu[.xz]");
  // No default: a forgotten -o must not overwrite the shipped model.
  std::string out_path = ctx.args.Get("-o");
  if (out_path.empty()) return Status::Usage("train-syntax needs -o MODEL (where to write it)");
  auto tagger_epochs = ctx.args.GetInt("--tagger-epochs", o.tagger.epochs, 1, 100);
  auto parser_epochs = ctx.args.GetInt("--parser-epochs", o.parser.epochs, 1, 100);
  auto folds = ctx.args.GetInt("--folds", o.folds, 1, 50);
  auto seed = ctx.args.GetInt("--seed", 1, 0, 1L << 40);
  auto threads = ctx.args.GetInt("--threads", o.threads, 1, 64);
  auto headlines = ctx.args.GetInt("--headline-every", o.headline_every, 0, 1000000);
  for (const auto* r : {&tagger_epochs, &parser_epochs, &folds, &seed, &threads, &headlines}) {
    if (!r->ok()) return r->status();
  }
  o.tagger.epochs = *tagger_epochs;
  o.parser.epochs = *parser_epochs;
  o.folds = *folds;
  o.seed = *seed;
  o.threads = *threads;
  o.headline_every = static_cast<int>(*headlines);
  if (ctx.args.Has("--min-weight")) {
    std::string v = ctx.args.Get("--min-weight");
    char* end = nullptr;
    double w = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || *end != '\0' || !(w >= 0 && w < 1000)) {
      return Status::Usage("--min-weight: expected a number from 0 to 1000, got '" + v + "'");
    }
    o.parser.min_weight = static_cast<float>(w);
  }
  auto log = [&](const std::string& line) { *ctx.err << line << std::endl; };
  Result<syntax::SyntaxModel> model = syntax::SyntaxTrainer::Train(o, log);
  if (!model.ok()) return model.status();
  DG_RETURN_IF_ERROR(model->Save(out_path));
  *ctx.out << fmt::format("wrote {}: {}\n", out_path, model->description());
  return Status::Ok();
}

}  // namespace dipgraph::cli
