#include "src/extract/sentence_splitter.h"

#include <string>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, 0, text.size()))
    out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST_CASE("sentences: abbreviations, initials and dotted acronyms do not end a sentence") {
  struct Row {
    std::string text;
    std::vector<std::string> expected;
  };
  std::vector<Row> rows = {
      {"U.S. President Barack Obama met Medvedev. They talked.",
       {"U.S. President Barack Obama met Medvedev.", "They talked."}},
      {"He met George W. Bush in Washington.", {"He met George W. Bush in Washington."}},
      {"Gen. David Petraeus and Mr. Karzai spoke on Nov. 3 in Kabul.",
       {"Gen. David Petraeus and Mr. Karzai spoke on Nov. 3 in Kabul."}},
      {"Troops left the U.S. The president said so.",
       {"Troops left the U.S.", "The president said so."}},
      {"Aid flows to the U.S. embassy in Kabul.", {"Aid flows to the U.S. embassy in Kabul."}},
      {"\"We will meet,\" he said. \"It is time.\" She agreed.",
       {"\"We will meet,\" he said.", "\"It is time.\"", "She agreed."}},
      {"Talks ended (they had lasted hours.) Then leaders left.",
       {"Talks ended (they had lasted hours.)", "Then leaders left."}},
      {"Growth was 3.5 percent. Why? Nobody knows!",
       {"Growth was 3.5 percent.", "Why?", "Nobody knows!"}},
      {"\xE2\x80\x9CThe meeting is an opportunity,\xE2\x80\x9D Rasmussen told reporters.",
       {"\xE2\x80\x9CThe meeting is an opportunity,\xE2\x80\x9D Rasmussen told reporters."}},
  };
  for (const Row& r : rows) CHECK_MESSAGE(Split(r.text) == r.expected, r.text);
}

}  // namespace
}  // namespace dipgraph
