// Helpers of the syntax tests: CoNLL-U from and to strings, the hand-annotated news test set, a
// tiny model trained on it in a fraction of a second, and the shipped model when it is present.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "src/syntax/conllu.h"
#include "src/syntax/syntax_model.h"
#include "src/syntax/syntax_trainer.h"
#include "tests/test_util.h"

namespace dipgraph::testing {

inline std::string NewsConlluPath() { return SourceDir() + "/tests/data/syntax/news.conllu"; }

inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// CoNLL-U lines written with single spaces between columns (comments keep theirs), joined with
// tabs and newlines: keeps samples readable in the source.
inline std::string Conllu(const std::vector<std::string>& lines) {
  std::string out;
  for (std::string line : lines) {
    if (line.empty() || line[0] != '#') {
      for (char& c : line) c = c == ' ' ? '\t' : c;
    }
    out += line + "\n";
  }
  return out;
}

inline Status ReadConlluText(const std::string& text, std::vector<syntax::ConlluSentence>* out,
                             const std::string& name = "t.conllu") {
  std::istringstream in(text);
  return syntax::ReadConllu(in, name, [&](syntax::ConlluSentence& s) {
    out->push_back(s);
    return Status::Ok();
  });
}

inline std::string WriteConlluText(const std::vector<syntax::ConlluSentence>& sentences) {
  std::ostringstream out;
  for (const syntax::ConlluSentence& s : sentences) syntax::WriteConllu(s, out);
  return out.str();
}

inline std::vector<syntax::ConlluSentence> ReadNews() {
  std::vector<syntax::ConlluSentence> out;
  Status st = syntax::ReadConlluFile(NewsConlluPath(), &out);
  REQUIRE_MESSAGE(st.ok(), st.message());
  return out;
}

// A model trained on news.conllu with one epoch each (about 0.2 s), once per test run: for tests
// of the model file and the command line, which need a model but not a good one.
inline const std::string& TinyModelPath() {
  static TempDir dir;
  static const std::string path = [] {
    syntax::TrainSyntaxOptions o;
    o.train_path = NewsConlluPath();
    o.folds = 1;
    o.tagger.epochs = 1;
    o.parser.epochs = 1;
    Result<syntax::SyntaxModel> m = syntax::SyntaxTrainer::Train(o, nullptr);
    REQUIRE_MESSAGE(m.ok(), m.status().message());
    std::string p = dir.Path("tiny.dgsyntax.gz");
    Status st = m->Save(p);
    REQUIRE_MESSAGE(st.ok(), st.message());
    return p;
  }();
  return path;
}

// The shipped model (SyntaxModel::DefaultPath()), loaded once (that takes seconds); nullptr, with
// a message saying the test is skipped, when the file is absent. A file that does not load fails
// each test that asks for it.
inline const syntax::SyntaxModel* ShippedModel() {
  struct Loaded {
    std::unique_ptr<syntax::SyntaxModel> model;
    std::string error;
  };
  static const Loaded loaded = [] {
    Loaded l;
    std::string path = syntax::SyntaxModel::DefaultPath();
    if (!std::filesystem::exists(path)) return l;
    Result<syntax::SyntaxModel> m = syntax::SyntaxModel::Load(path);
    if (m.ok()) l.model = std::make_unique<syntax::SyntaxModel>(std::move(*m));
    l.error = m.status().message();
    return l;
  }();
  if (!loaded.error.empty()) FAIL(loaded.error);
  if (!loaded.model) MESSAGE("skipped: no syntax model at " << syntax::SyntaxModel::DefaultPath());
  return loaded.model.get();
}

}  // namespace dipgraph::testing
