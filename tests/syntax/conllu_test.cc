// CoNLL-U reading and writing: what `parse --conllu` replaces is the words' annotation only, so
// everything else (comments, multiword tokens, empty nodes) must come back byte for byte.
#include "src/syntax/conllu.h"

#include <string>
#include <vector>

#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::ConlluSentence;
using testing::Conllu;
using testing::ReadConlluText;

// "Iran's envoy didn't go." with two multiword tokens and an empty node, then a one-word sentence.
const std::vector<std::string> kSample = {
    "# sent_id = a",
    "# text = Iran's envoy didn't go.",
    "1-2 Iran's _ _ _ _ _ _ _ _",
    "1 Iran Iran PROPN NNP _ 3 nmod:poss _ SpaceAfter=No",
    "2 's 's PART POS _ 1 case _ _",
    "3 envoy envoy NOUN NN _ 6 nsubj _ _",
    "4-5 didn't _ _ _ _ _ _ _ _",
    "4 did do AUX VBD _ 6 aux _ SpaceAfter=No",
    "5 n't not PART RB _ 6 advmod _ _",
    "6 go go VERB VB _ 0 root _ SpaceAfter=No",
    "6.1 went go VERB VBD _ _ _ 6:conj _",
    "7 . . PUNCT . _ 6 punct _ _",
    "",
    "# sent_id = b",
    "1 Yes yes INTJ UH _ 0 root _ _",
    "",
};

// A compact dump of what was read: comment and word counts, each extra line's id @ its place.
std::string Dump(const std::vector<ConlluSentence>& sentences) {
  std::string out;
  for (const ConlluSentence& s : sentences) {
    out += std::to_string(s.comments.size()) + " comments, " + std::to_string(s.words.size()) +
           " words, heads";
    for (const auto& w : s.words) out += " " + std::to_string(w.head);
    for (const auto& e : s.extras) {
      out += "; " + e.line.substr(0, e.line.find('\t')) + "@" + std::to_string(e.before);
    }
    out += "\n";
  }
  return out;
}

TEST_CASE("conllu: comments, multiword-token lines and empty nodes are kept in place") {
  std::vector<ConlluSentence> read;
  REQUIRE_OK(ReadConlluText(Conllu(kSample), &read));
  CHECK(Dump(read) ==
        "2 comments, 7 words, heads 3 1 6 6 6 0 6; 1-2@0; 4-5@3; 6.1@6\n"
        "1 comments, 1 words, heads 0\n");
  CHECK(read[0].comments[1] == "# text = Iran's envoy didn't go.");
  CHECK(read[0].words[1].form == "'s");
  CHECK(testing::WriteConlluText(read) == Conllu(kSample));
}

TEST_CASE("conllu: news.conllu reads and writes back byte for byte") {
  std::string bytes = testing::ReadBytes(testing::NewsConlluPath());
  std::vector<ConlluSentence> read;
  REQUIRE_OK(ReadConlluText(bytes, &read));
  CHECK(read.size() == 70);
  size_t ranges = 0;
  for (const ConlluSentence& s : read) ranges += s.extras.size();
  CHECK(ranges > 0);  // the file has "1-2 Iran's" lines: the round trip covers them
  CHECK(testing::WriteConlluText(read) == bytes);
}

TEST_CASE("conllu: CRLF, a missing final blank line and runs of blank lines read the same") {
  std::string lf = Conllu(kSample), crlf, unterminated = lf.substr(0, lf.size() - 1), spaced = lf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  spaced.replace(spaced.find("\n\n"), 2, "\n\n\n\n");
  std::vector<ConlluSentence> expected;
  REQUIRE_OK(ReadConlluText(lf, &expected));
  for (const std::string& text : {crlf, unterminated, spaced, "\n" + lf}) {
    std::vector<ConlluSentence> read;
    CHECK_OK(ReadConlluText(text, &read));
    CHECK_MESSAGE(Dump(read) == Dump(expected), text);
  }
}

TEST_CASE("conllu: the last sentence is read when the file ends without a blank line") {
  std::vector<ConlluSentence> read;
  REQUIRE_OK(ReadConlluText("1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_", &read));
  REQUIRE(read.size() == 1);
  CHECK(read[0].words[0].form == "Yes");
  CHECK(read[0].words[0].misc == "_");
}

TEST_CASE("conllu: malformed input is refused naming the file and line") {
  struct Row {
    std::string what, bad_line, where, message;
  };
  // Each bad line comes as line 4, after a good sentence (lines 1-2) and a comment (line 3).
  std::vector<Row> rows = {
      {"9 columns", "1 Yes yes INTJ UH _ 0 root _", "t.conllu:4", "9 tab-separated columns"},
      {"11 columns", "1 Yes yes INTJ UH _ 0 root _ _ _", "t.conllu:4", "11 tab-separated"},
      {"non-numeric HEAD", "1 Yes yes INTJ UH _ one root _ _", "t.conllu:4", "HEAD 'one'"},
      {"negative HEAD", "1 Yes yes INTJ UH _ -1 root _ _", "t.conllu:4", "HEAD '-1'"},
      // Heads are checked once the sentence is read: the error names the sentence's first line.
      {"HEAD past the end", "1 Yes yes INTJ UH _ 2 root _ _", "t.conllu:3", "HEAD 2 is past"},
      {"ids out of order", "2 Yes yes INTJ UH _ 0 root _ _", "t.conllu:4",
       "word id 2 where 1 was expected"},
      {"ID that is no id", "A Yes yes INTJ UH _ 0 root _ _", "t.conllu:4", "ID 'A'"},
      {"only a range line", "1-2 Yes _ _ _ _ _ _ _ _", "t.conllu:3", "without words"},
  };
  for (const Row& r : rows) {
    std::string text = Conllu({"1 Ok ok INTJ UH _ 0 root _ _", "", "# sent_id = 2", r.bad_line});
    std::vector<ConlluSentence> read;
    Status st = ReadConlluText(text, &read);
    CHECK_MESSAGE(!st.ok(), r.what);
    CHECK_MESSAGE(st.message().find(r.where + ": ") != std::string::npos,
                  r.what << ": " << st.message());
    CHECK_MESSAGE(st.message().find(r.message) != std::string::npos,
                  r.what << ": " << st.message());
  }
}

TEST_CASE("conllu: a compressed treebank is read through xz") {
  testing::TempDir dir;
  std::string path = dir.Path("sample.conllu");
  testing::WriteBytes(path, Conllu(kSample));
  std::string out;
  if (testing::RunCommand("xz " + path, &out) != 0) {
    MESSAGE("skipped: xz is absent");
    return;
  }
  std::vector<ConlluSentence> read;
  REQUIRE_OK(syntax::ReadConlluFile(path + ".xz", &read));
  CHECK(testing::WriteConlluText(read) == Conllu(kSample));
}

}  // namespace
}  // namespace dipgraph
