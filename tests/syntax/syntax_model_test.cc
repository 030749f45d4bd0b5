// The syntax model file and its training: a bad file is a clear error (never a crash), and training
// is reproducible to the byte whatever the number of threads.
#include "src/syntax/syntax_model.h"

#include <zlib.h>

#include <string>
#include <vector>

#include "src/syntax/syntax_trainer.h"
#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::SyntaxModel;
using testing::ReadBytes;

void GzipWrite(const std::string& path, const std::string& bytes) {
  gzFile f = gzopen(path.c_str(), "wb1");
  REQUIRE(f != nullptr);
  if (!bytes.empty()) REQUIRE(gzwrite(f, bytes.data(), bytes.size()) == int(bytes.size()));
  REQUIRE(gzclose(f) == Z_OK);
}

std::string Gunzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  REQUIRE(f != nullptr);
  std::string out;
  char buf[1 << 16];
  for (int n; (n = gzread(f, buf, sizeof buf)) > 0;) out.append(buf, n);
  gzclose(f);
  return out;
}

// Trains on news.conllu with small settings (a fraction of a second) and saves to `path`.
void TrainSmall(int threads, const std::string& path) {
  syntax::TrainSyntaxOptions o;
  o.train_path = testing::NewsConlluPath();
  o.tagger.epochs = 2;
  o.parser.epochs = 2;
  o.folds = 2;
  o.threads = threads;
  Result<SyntaxModel> m = syntax::SyntaxTrainer::Train(o, nullptr);
  REQUIRE_OK(m.status());
  REQUIRE_OK(m->Save(path));
}

Status TrainOn(const std::string& path) {
  syntax::TrainSyntaxOptions o;
  o.train_path = path;
  o.folds = 1;
  o.tagger.epochs = o.parser.epochs = 1;
  return syntax::SyntaxTrainer::Train(o, nullptr).status();
}

TEST_CASE("syntax model: loading a missing file is an error naming the path") {
  testing::TempDir dir;
  std::string path = dir.Path("none.dgsyntax.gz");
  Result<SyntaxModel> m = SyntaxModel::Load(path);
  REQUIRE(!m.ok());
  CHECK(m.status().message().find(path) != std::string::npos);
}

TEST_CASE("syntax model: a file that is not a model says so") {
  testing::TempDir dir;
  GzipWrite(dir.Path("text.gz"), "Putin met Merkel in Moscow on Tuesday.\n");
  testing::WriteBytes(dir.Path("text.txt"), "Putin met Merkel in Moscow on Tuesday.\n");
  GzipWrite(dir.Path("empty.gz"), "");
  GzipWrite(dir.Path("v2.gz"), std::string("DGSYNTAX\x02\0\0\0", 12));
  struct Row {
    std::string file, message;
  };
  for (const Row& r : std::vector<Row>{{"text.gz", "not a dipgraph syntax model"},
                                       {"text.txt", "not a dipgraph syntax model"},
                                       {"empty.gz", "not a dipgraph syntax model"},
                                       {"v2.gz", "syntax model version 2, this build reads"}}) {
    Result<SyntaxModel> m = SyntaxModel::Load(dir.Path(r.file));
    REQUIRE_MESSAGE(!m.ok(), r.file);
    CHECK_MESSAGE(m.status().message().find(dir.Path(r.file) + ": " + r.message) == 0,
                  m.status().message());
  }
}

TEST_CASE("syntax model: a model cut short anywhere is an error, never a crash") {
  testing::TempDir dir;
  std::string bytes = Gunzip(testing::TinyModelPath()), cut = dir.Path("cut.gz");
  REQUIRE(bytes.size() > 100000);
  for (size_t i = 0; i < 60; ++i) {  // 60 cuts spread over the model, and the last byte
    size_t size = i < 59 ? bytes.size() * i / 59 : bytes.size() - 1;
    GzipWrite(cut, bytes.substr(0, size));
    CHECK_MESSAGE(!SyntaxModel::Load(cut).ok(), "cut at " << size << " of " << bytes.size());
  }
  GzipWrite(cut, bytes + "x");
  CHECK(SyntaxModel::Load(cut).status().message().find("bytes after the model") !=
        std::string::npos);
  std::string gz = ReadBytes(testing::TinyModelPath());
  testing::WriteBytes(cut, gz.substr(0, gz.size() / 2));  // the compressed file cut in half
  CHECK(!SyntaxModel::Load(cut).ok());
}

TEST_CASE("syntax model: Save, Load and Save again gives the same bytes") {
  testing::TempDir dir;
  Result<SyntaxModel> m = SyntaxModel::Load(testing::TinyModelPath());
  REQUIRE_OK(m.status());
  REQUIRE_OK(m->Save(dir.Path("again.gz")));
  CHECK(Gunzip(dir.Path("again.gz")) == Gunzip(testing::TinyModelPath()));
  CHECK(m->description().find(" sentences of news.conllu") != std::string::npos);
}

TEST_CASE("syntax trainer: the same data and seed give the same bytes, on one thread or two") {
  testing::TempDir dir;
  TrainSmall(1, dir.Path("one.gz"));
  TrainSmall(2, dir.Path("two.gz"));
  std::string one = ReadBytes(dir.Path("one.gz"));
  CHECK(one.size() > 1000);
  CHECK(one == ReadBytes(dir.Path("two.gz")));
}

TEST_CASE("syntax trainer: a treebank with a word without a head is refused naming the file") {
  // (Cycles are refused the same way: see tests/cli/parse_test.cc.)
  testing::TempDir dir;
  std::string path = dir.Path("untreed.conllu");
  testing::WriteBytes(path, testing::Conllu({"1 Talks talk NOUN NNS _ 2 nsubj _ _",
                                             "2 ended end VERB VBD _ 0 root _ _", "",
                                             "1 Yes yes INTJ UH _ _ _ _ _", ""}));
  Status st = TrainOn(path);
  CHECK(!st.ok());
  CHECK(st.message().find(path + ": sentence 2 is not a tree") == 0);
}

TEST_CASE("syntax trainer: an empty or missing treebank is refused naming the file") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("empty.conllu"), "");
  testing::WriteBytes(dir.Path("comment.conllu"), "# only a comment\n");
  for (const std::string& path :
       {dir.Path("empty.conllu"), dir.Path("comment.conllu"), dir.Path("missing.conllu")}) {
    Status st = TrainOn(path);
    CHECK(!st.ok());
    CHECK_MESSAGE(st.message().find(path) == 0, st.message());
  }
}

}  // namespace

TEST_CASE("syntax trainer: a treebank with a cycle of heads is refused naming the sentence") {
  testing::TempDir dir;
  std::string path = dir.Path("cycle.conllu");
  testing::WriteBytes(path, testing::Conllu({"1 a a X X _ 3 dep _ _", "2 b b X X _ 0 root _ _",
                                             "3 c c X X _ 1 dep _ _", ""}));
  Status st = TrainOn(path);
  CHECK(!st.ok());
  CHECK(st.message().find(path + ": sentence 1 is not a tree") == 0);
}

}  // namespace dipgraph
