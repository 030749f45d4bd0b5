#include "src/extract/article.h"

#include "graph/date.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::vector<std::string> BlockTexts(const Article& a, BlockKind kind) {
  std::vector<std::string> out;
  for (const Block& b : a.blocks)
    if (b.kind == kind) out.push_back(a.text.substr(b.span.start, b.span.end - b.span.start));
  return out;
}

Article Read(const std::string& text) { return AnalyzeArticle({"test.txt", text, "", "", ""}); }

TEST_CASE("articles: date line, dateline, caption credit, byline and page junk are furniture") {
  Article a = Read(
      "November 3, 2010 / 9:26 AM / 9 years ago\n\n"
      "NATO head urges new start with Russia\n\n"
      "MOSCOW (Reuters) - NATO and Russia need a new relationship.\n\n"
      "Rasmussen speaks during a meeting with Lavrov in Moscow, November 3, 2010. "
      "REUTERS/Alexander Natruskin\n\n"
      "Writing by Thomas Grove, editing by Mark Trevelyan\n\n"
      "0 : 0\n  \xE2\x80\xA2 narrow-browser-and-phone\n  \xE2\x80\xA2 wide-browser-and-larger");
  CHECK(FormatDay(a.published) == "2010-11-03");
  CHECK(a.dateline == "Moscow");
  CHECK(a.title == "NATO head urges new start with Russia");
  CHECK(BlockTexts(a, BlockKind::kBody) ==
        std::vector<std::string>{"NATO and Russia need a new relationship."});
  CHECK(BlockTexts(a, BlockKind::kCaption) ==
        std::vector<std::string>{
            "Rasmussen speaks during a meeting with Lavrov in Moscow, November 3, 2010. "});
}

TEST_CASE("articles: 1987 wire form with headline and date on consecutive lines") {
  Article a = Read(
      "U.S. PRESENTS MOSCOW WITH DRAFT MISSILE TREATY\nMarch 4, 1987\n\n"
      "GENEVA, March 4 - The United States today handed Soviet negotiators a draft. Reuter");
  CHECK(FormatDay(a.published) == "1987-03-04");
  CHECK(a.dateline == "Geneva");
  CHECK(BlockTexts(a, BlockKind::kBody) ==
        std::vector<std::string>{"The United States today handed Soviet negotiators a draft."});
}

TEST_CASE("articles: a date line may start with its weekday or put the day first") {
  CHECK(FormatDay(Read("Wednesday, April 1, 1987\n\nNATO and Russia met.").published) ==
        "1987-04-01");
  CHECK(FormatDay(Read("1 April 1987\n\nNATO and Russia met.").published) == "1987-04-01");
  CHECK(Read("Tuesday talks\n\nNATO and Russia met.").published == -1);
  CHECK(Read("12 April talks\n\nNATO and Russia met.").published == -1);
}

TEST_CASE("articles: a month followed by a long run of digits is text, not a date line") {
  Article a = Read("March 99999999999999999999, 1987\n\nNATO and Russia met.");
  CHECK(a.published == -1);
  Article b = Read("March 4, 19870\n\nNATO and Russia met.");
  CHECK(b.published == -1);
}

TEST_CASE("articles: a dateline followed only by the sign-off leaves no body block") {
  Article a = Read("Talks\n\nMOSCOW (Reuters) - Reuters\n\nNATO and Russia met.");
  CHECK(a.dateline == "Moscow");
  CHECK(BlockTexts(a, BlockKind::kBody) == std::vector<std::string>{"NATO and Russia met."});
}

TEST_CASE("articles: bylines and credits in their common forms are dropped") {
  for (const char* line : {"By Jane Doe", "(Reporting by Jane Doe; Editing by John Roe)",
                           "Copyright 2010 Reuters", "Additional reporting by Ann Lee"}) {
    Article a = Read(std::string("WASHINGTON, Feb 26 - Talks began.\n\n") + line);
    CHECK_MESSAGE(BlockTexts(a, BlockKind::kBody) == std::vector<std::string>{"Talks began."},
                  line);
    CHECK(a.dateline == "Washington");
  }
}

TEST_CASE("articles: invalid UTF-8 and NUL bytes are reported with their offset") {
  CHECK(CheckUtf8("Moscow \xE2\x80\x94 fine").ok());
  Status bad = CheckUtf8(std::string("abc\xC3(def"));
  REQUIRE(!bad.ok());
  CHECK(bad.message() == "invalid UTF-8 at byte offset 3");
  Status nul = CheckUtf8(std::string("ab\0cd", 5));
  CHECK(nul.message() == "NUL byte at byte offset 2");
  CHECK(!CheckUtf8("\xE2\x80").ok());  // truncated sequence at the end
}

}  // namespace
}  // namespace dipgraph
