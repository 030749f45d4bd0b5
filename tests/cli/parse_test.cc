// `dipgraph parse` and `dipgraph train-syntax`, run as the real binary. The model is a tiny one
// trained on news.conllu for these tests (see TinyModelPath): they check the command's input and
// output, not the model's accuracy (tests/syntax/shipped_model_test.cc does that).
#include <string>
#include <vector>

#include "src/syntax/conllu.h"
#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::ConlluSentence;
using testing::RunCommand;

std::string Dipgraph(const std::string& args) { return testing::BinaryPath() + " " + args; }

// `dipgraph parse --model TINY args`: its exit code, and its standard output read as CoNLL-U.
struct Parsed {
  int exit_code = -1;
  std::string out;
  std::vector<ConlluSentence> sentences;
};

Parsed Parse(const std::string& args, const std::string& stdin_from = "") {
  Parsed p;
  std::string cmd = Dipgraph("parse --model " + testing::TinyModelPath() + " " + args);
  if (!stdin_from.empty()) cmd += " < " + stdin_from;
  p.exit_code = RunCommand("{ " + cmd + " 2>/dev/null; }", &p.out);  // standard output only
  Status st = testing::ReadConlluText(p.out, &p.sentences, "output");
  CHECK_MESSAGE(st.ok(), st.message());
  return p;
}

// Whether `s` is one tree: every head set and in range, one word on the root.
bool OneTree(const ConlluSentence& s) {
  int roots = 0;
  for (const syntax::ConlluWord& w : s.words) {
    if (w.head < 0 || w.head > static_cast<int>(s.words.size())) return false;
    roots += w.head == 0;
  }
  return roots == 1;
}

// The multiword-token and empty-node lines, each with its place.
std::vector<std::string> Extras(const ConlluSentence& s) {
  std::vector<std::string> out;
  for (const auto& e : s.extras) out.push_back(std::to_string(e.before) + " " + e.line);
  return out;
}

TEST_CASE("parse: plain text becomes one CoNLL-U tree per sentence with its # text") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("a.txt"),
                      "Putin met Merkel in Moscow, officials said. The talks ended.\n\n"
                      "A second\nparagraph follows.\n");
  Parsed p = Parse(dir.Path("a.txt"));
  CHECK(p.exit_code == 0);
  REQUIRE(p.sentences.size() == 3);
  CHECK(p.sentences[0].comments.back() == "# text = Putin met Merkel in Moscow, officials said.");
  CHECK(p.sentences[2].comments.back() == "# text = A second paragraph follows.");
  CHECK(p.sentences[0].words[4].form == "Moscow");
  CHECK(p.sentences[0].words[4].misc == "SpaceAfter=No");  // before the comma
  CHECK(p.sentences[0].words[3].misc == "_");
  for (const ConlluSentence& s : p.sentences) {
    CHECK(OneTree(s));
    for (const syntax::ConlluWord& w : s.words) CHECK(!w.upos.empty());
  }
}

TEST_CASE("parse --conllu: comments, multiword lines and words stay as they were") {
  std::vector<ConlluSentence> gold = testing::ReadNews();
  Parsed p = Parse("--conllu " + testing::NewsConlluPath());
  CHECK(p.exit_code == 0);
  REQUIRE(p.sentences.size() == gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    const ConlluSentence &in = gold[i], &out = p.sentences[i];
    CHECK(out.comments == in.comments);
    CHECK(Extras(out) == Extras(in));
    REQUIRE(out.words.size() == in.words.size());
    for (size_t w = 0; w < in.words.size(); ++w) {
      CHECK(out.words[w].form == in.words[w].form);
      CHECK(out.words[w].misc == in.words[w].misc);
    }
    CHECK(OneTree(out));
  }
}

TEST_CASE("parse: - reads standard input, as text or as CoNLL-U") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("a.txt"), "The envoy was received by the president.\n");
  CHECK(Parse("-", dir.Path("a.txt")).out == Parse(dir.Path("a.txt")).out);
  Parsed from_stdin = Parse("--conllu -", testing::NewsConlluPath());
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.sentences.size() == 70);
  CHECK(from_stdin.out == Parse("--conllu " + testing::NewsConlluPath()).out);
}

TEST_CASE("parse: a sentence over 500 words is tagged, not parsed, with a warning") {
  testing::TempDir dir;
  std::string text;
  for (int i = 0; i < 501; ++i) text += i % 2 ? "talks " : "envoys ";
  testing::WriteBytes(dir.Path("long.txt"), text + "\n\nThe talks ended.\n");
  std::string out;
  CHECK(
      RunCommand(Dipgraph("parse --model " + testing::TinyModelPath() + " " + dir.Path("long.txt")),
                 &out) == 0);
  CHECK(out.find("sentence 1 has 501 words (over 500): tagged, not parsed") != std::string::npos);
  Parsed p = Parse(dir.Path("long.txt"));
  REQUIRE(p.sentences.size() == 2);
  CHECK(p.sentences[0].words[500].head == -1);
  CHECK(p.sentences[0].words[500].deprel == "_");
  CHECK(p.sentences[0].words[500].upos != "_");
  CHECK(OneTree(p.sentences[1]));
}

TEST_CASE("parse and train-syntax: bad calls and bad files are clear errors, exit 1 or 2") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("bad.conllu"), "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tno\n");
  std::string model = " --model " + testing::TinyModelPath() + " ";
  struct Case {
    std::string what, args, message;
    int exit_code;
  };
  std::vector<Case> cases = {
      {"missing text file", "parse" + model + dir.Path("none.txt"), dir.Path("none.txt"), 1},
      {"missing CoNLL-U file", "parse --conllu" + model + dir.Path("none.conllu"),
       dir.Path("none.conllu") + ": no such file", 1},
      {"malformed CoNLL-U", "parse --conllu" + model + dir.Path("bad.conllu"),
       dir.Path("bad.conllu") + ":2: 2 tab-separated columns", 1},
      {"no FILE", "parse", "parse needs one FILE", 2},
      {"two FILEs", "parse a.txt b.txt", "parse needs one FILE", 2},
      {"missing model", "parse --model /nonexistent/m.gz " + testing::NewsConlluPath(),
       "/nonexistent/m.gz", 1},
      {"model that is a text", "parse --model " + testing::NewsConlluPath() + " -",
       "not a dipgraph syntax model", 1},
      {"train-syntax without --train", "train-syntax -o " + dir.Path("m.gz"), "needs --train", 2},
      {"missing treebank", "train-syntax --train " + dir.Path("none.conllu") + " -o x.gz",
       dir.Path("none.conllu"), 1},
      {"folds out of range", "train-syntax --train x.conllu -o x.gz --folds 0", "--folds", 2},
      {"train-syntax without -o", "train-syntax --train x.conllu", "needs -o", 2},
  };
  for (const Case& c : cases) {
    std::string out;
    int rc = RunCommand(Dipgraph(c.args) + " < /dev/null", &out);
    CHECK_MESSAGE(rc == c.exit_code, c.what << ": exit " << rc << "\n" << out);
    CHECK_MESSAGE(out.find(c.message) != std::string::npos, c.what << ":\n" << out);
  }
}

TEST_CASE("parse: a directory is an error, not an empty parse") {
  testing::TempDir dir;
  for (const char* flags : {"", "--conllu "}) {
    std::string out;
    int rc = RunCommand(
        Dipgraph("parse --model " + testing::TinyModelPath() + " " + flags + dir.Path("")), &out);
    CHECK_MESSAGE(rc == 1, flags << "exit " << rc << "\n" << out);
    CHECK_MESSAGE(out.find(dir.Path("")) != std::string::npos, out);
  }
}

TEST_CASE("parse: without --model reads the model named by $DIPGRAPH_SYNTAX_MODEL") {
  std::string out, file = testing::NewsConlluPath();
  CHECK(RunCommand("DIPGRAPH_SYNTAX_MODEL=" + testing::TinyModelPath() + " " +
                       Dipgraph("parse --conllu " + file + " >/dev/null"),
                   &out) == 0);
  CHECK(RunCommand("DIPGRAPH_SYNTAX_MODEL=/nonexistent/env.gz " + Dipgraph("parse " + file),
                   &out) == 1);
  CHECK(out.find("/nonexistent/env.gz") != std::string::npos);
}

TEST_CASE("train-syntax: writes a model that parse then reads") {
  testing::TempDir dir;
  std::string out, model = dir.Path("m.dgsyntax.gz");
  REQUIRE(RunCommand(Dipgraph("train-syntax --train " + testing::NewsConlluPath() + " -o " + model +
                              " --tagger-epochs 1 --parser-epochs 1 --folds 2"),
                     &out) == 0);
  CHECK(out.find("wrote " + model + ": trained on ") != std::string::npos);
  CHECK(out.find(" sentences of news.conllu") != std::string::npos);
  CHECK(RunCommand(Dipgraph("parse --model " + model + " --conllu " + testing::NewsConlluPath() +
                            " >/dev/null"),
                   &out) == 0);
}

// Jackknifing with more folds than sentences leaves a fold's tagger with nothing to learn from.
TEST_CASE("train-syntax: a treebank with fewer sentences than folds still trains") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("one.conllu"),
                      testing::Conllu({"1 Talks talk NOUN NNS _ 2 nsubj _ _",
                                       "2 ended end VERB VBD _ 0 root _ _", ""}));
  std::string out;
  int rc = RunCommand(Dipgraph("train-syntax --train " + dir.Path("one.conllu") + " -o " +
                               dir.Path("m.gz") + " --tagger-epochs 1 --parser-epochs 1 --folds 2"),
                      &out);
  CHECK_MESSAGE(rc == 0, "exit " << rc << "\n" << out);
}

// A word that heads itself (or any cycle) is no tree; projectivizing it must not loop forever.
TEST_CASE("train-syntax: a treebank whose word is its own head is refused, not looped on") {
  testing::TempDir dir;
  testing::WriteBytes(dir.Path("loop.conllu"),
                      testing::Conllu({"1 a a X X _ 1 dep _ _", "2 b b X X _ 0 root _ _",
                                       "3 c c X X _ 1 dep _ _", ""}));
  std::string out;
  int rc = RunCommand(
      "timeout 5 " + Dipgraph("train-syntax --train " + dir.Path("loop.conllu") + " -o " +
                              dir.Path("m.gz") + " --folds 1 --tagger-epochs 1"),
      &out);
  CHECK_MESSAGE(rc == 1, "exit " << rc << " (124: timed out)\n" << out);
  CHECK_MESSAGE(out.find(dir.Path("loop.conllu")) != std::string::npos, out);
}

TEST_CASE("parse --conllu: conllu_eval.py aligns its output with the gold file") {
  std::string eval = testing::SharedDir() + "/eval/conllu_eval.py", out;
  if (testing::SharedDir().empty() || RunCommand("python3 --version", &out) != 0) {
    MESSAGE("skipped: needs python3 and ../shared/eval/conllu_eval.py");
    return;
  }
  testing::TempDir dir;
  std::string parsed = dir.Path("parsed.conllu");
  REQUIRE(RunCommand(Dipgraph("parse --model " + testing::TinyModelPath() + " --conllu " +
                              testing::NewsConlluPath() + " > " + parsed),
                     &out) == 0);
  CHECK(RunCommand("python3 " + eval + " " + testing::NewsConlluPath() + " " + parsed, &out) == 0);
  CHECK_MESSAGE(out.find("upos=") == 0, out);
}

}  // namespace
}  // namespace dipgraph

namespace dipgraph {
namespace {

TEST_CASE("extract and ingest: a missing syntax model is an error naming it, before any input") {
  testing::TempDir dir;
  std::string art = dir.Path("a.txt");
  { std::ofstream(art) << "Lavrov met Kerry in Geneva.\n"; }
  std::string out;
  std::string env = "DIPGRAPH_SYNTAX_MODEL=" + dir.Path("missing.dgsyntax.gz") + " ";
  CHECK(testing::RunCommand(env + testing::BinaryPath() + " extract --json " + art, &out) == 1);
  CHECK_MESSAGE(out.find("missing.dgsyntax.gz: cannot open the syntax model") != std::string::npos,
                out);
  CHECK(testing::RunCommand(
            env + testing::BinaryPath() + " ingest --db " + dir.Path("s.db") + " " + art, &out) ==
        1);
  CHECK_MESSAGE(out.find("missing.dgsyntax.gz") != std::string::npos, out);
}

}  // namespace
}  // namespace dipgraph
