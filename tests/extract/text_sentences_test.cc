// Plain text as `dipgraph parse` reads it: paragraphs, sentences and words as CoNLL-U sentences.
#include "src/extract/text_sentences.h"

#include <string>
#include <vector>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

// Each sentence as "text | word word ...", a word glued to the next written "word+".
std::vector<std::string> Dump(const std::string& text) {
  std::vector<std::string> out;
  for (const syntax::ConlluSentence& s : SentencesOfText(text)) {
    std::string line = s.comments.back().substr(std::string("# text = ").size()) + " |";
    for (const syntax::ConlluWord& w : s.words) {
      line += " " + w.form + (w.misc == "SpaceAfter=No" ? "+" : "");
    }
    out.push_back(line);
  }
  return out;
}

TEST_CASE("parse input: plain text becomes sentences of words, glued words marked SpaceAfter=No") {
  struct Row {
    std::string text;
    std::vector<std::string> expected;
  };
  std::vector<Row> rows = {
      {"Putin met Merkel in Moscow, officials said.",
       {"Putin met Merkel in Moscow, officials said. | Putin met Merkel in Moscow+ , officials "
        "said+ ."}},
      {"Talks ended. Leaders left.",
       {"Talks ended. | Talks ended+ .", "Leaders left. | Leaders left+ ."}},
      // A blank line ends a paragraph, and with it a sentence without a final period.
      {"Talks ended\n\nLeaders left.",
       {"Talks ended | Talks ended", "Leaders left. | Leaders left+ ."}},
      // A line break inside a sentence is a space in "# text".
      {"Talks\nended.", {"Talks ended. | Talks ended+ ."}},
      {"", {}},
      {"\n\n\n", {}},
  };
  for (const Row& r : rows) CHECK_MESSAGE(Dump(r.text) == r.expected, r.text);
}

TEST_CASE("parse input: sentences are numbered across paragraphs") {
  std::vector<syntax::ConlluSentence> s = SentencesOfText("One here.\n\nTwo here. Three here.");
  REQUIRE(s.size() == 3);
  CHECK(s[0].comments.front() == "# sent_id = 1");
  CHECK(s[2].comments.front() == "# sent_id = 3");
  for (const auto& w : s[2].words) CHECK(w.head == -1);  // not parsed yet
}

}  // namespace
}  // namespace dipgraph
