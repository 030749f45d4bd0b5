// The date resolver over tables of sentences: every written form, the tense rules and the traps.
#include "src/extract/date_resolver.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "graph/date.h"

namespace dipgraph {
namespace {

constexpr Tense kPast = Tense::kPast;
constexpr Tense kFuture = Tense::kFuture;
constexpr Tense kUnknown = Tense::kUnknown;
constexpr const char* kWed2010 = "2010-11-03";  // a Wednesday, the day after the mid-terms
constexpr const char* kWed1987 = "1987-03-04";  // a Wednesday, Reuters 1987 style stories
constexpr const char* kUnknownDay = "";

struct Row {
  const char* sentence;
  const char* published;  // ISO day, "" when unknown
  Tense tense;
  const char* expected;  // the resolved ranges, space-separated, left to right
};

// "2010-11-03 1989": what FindTimeExpressions gives, as FormatDateRange texts.
std::string Resolve(const Row& row) {
  std::optional<int> published = ParseDay(row.published);
  std::string out;
  for (const TimeExpression& e :
       FindTimeExpressions(row.sentence, published.value_or(-1), row.tense))
    out += (out.empty() ? "" : " ") + FormatDateRange(e.range);
  return out;
}

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    const std::string context = std::string(row.sentence) + " (published " + row.published + ")";
    INFO(context);
    CHECK(Resolve(row) == std::string(row.expected));
  }
}

TEST_CASE("date resolver: full dates in every written form") {
  CheckRows({
      {"The treaty was signed on November 3, 2010.", kWed2010, kPast, "2010-11-03"},
      {"It was signed Nov. 3, 2010 in Prague.", kWed2010, kPast, "2010-11-03"},
      {"It was signed Nov 3 2010 in Prague.", kWed2010, kPast, "2010-11-03"},
      {"It was signed 3 November 2010 in Prague.", kWed2010, kPast, "2010-11-03"},
      {"It was signed on the 3rd of November, 2010.", kWed2010, kPast, "2010-11-03"},
      {"SIGNED ON NOVEMBER 3, 2010", kWed2010, kPast, "2010-11-03"},
      {"the attacks of sept. 11, 2001", kWed2010, kPast, "2001-09-11"},
      {"He spoke on Wednesday, November 3, 2010, in Paris.", kWed1987, kPast, "2010-11-03"},
      {"The file is dated 2010-11-03.", kWed2010, kPast, "2010-11-03"},
      {"The charter of May 5, 1045 survives.", kWed2010, kPast, "1045-05-05"},
      {"No such day as February 30, 2010.", kWed2010, kPast, ""},
  });
}

TEST_CASE("date resolver: a day without a year takes it from publication and tense") {
  CheckRows({
      {"They met on March 3.", kWed2010, kPast, "2010-03-03"},
      {"They will meet on March 3.", kWed2010, kFuture, "2011-03-03"},
      {"They met on Nov 3.", kWed2010, kPast, "2010-11-03"},
      {"They met on Nov 20.", kWed2010, kPast, "2009-11-20"},
      {"They will meet on Nov 20.", kWed2010, kFuture, "2010-11-20"},
      {"They meet on 20 November.", kWed2010, kUnknown, "2010-11-20"},
  });
}

TEST_CASE("date resolver: ranges of days are intervals") {
  CheckRows({
      {"The summit is on November 19-20.", kWed2010, kFuture, "2010-11-19/2010-11-20"},
      {"The summit is on November 19–20.", kWed2010, kFuture, "2010-11-19/2010-11-20"},
      {"The summit of Nov. 19-20, 2010 ended.", kWed1987, kPast, "2010-11-19/2010-11-20"},
      {"They meet November 19 to 20.", kWed2010, kFuture, "2010-11-19/2010-11-20"},
      {"They met between March 3 and 5.", kWed2010, kPast, "2010-03-03/2010-03-05"},
      {"Talks run from Nov. 30 to Dec. 2.", kWed2010, kFuture, "2010-11-30/2010-12-02"},
      {"Talks run Dec. 30 to Jan. 2.", kWed2010, kFuture, "2010-12-30/2011-01-02"},
      {"Talks ran 19-20 November 2010.", kWed2010, kPast, "2010-11-19/2010-11-20"},
  });
}

TEST_CASE("date resolver: months take their year from the text or from the tense") {
  CheckRows({
      {"He visited in November.", kWed2010, kPast, "2010-11"},
      {"He will visit in November.", kWed2010, kFuture, "2010-11"},
      {"He visited in December.", kWed2010, kPast, "2009-12"},
      {"He will visit in December.", kWed2010, kFuture, "2010-12"},
      {"He visited last November.", kWed2010, kPast, "2009-11"},
      {"He visited last March.", kWed2010, kPast, "2010-03"},
      {"He will visit next November.", kWed2010, kFuture, "2011-11"},
      {"He visited in May.", kWed2010, kPast, "2010-05"},
      {"He visited in mid-November.", kWed2010, kPast, "2010-11-11/2010-11-20"},
      {"He visited in early November.", kWed2010, kPast, "2010-11-01/2010-11-10"},
      {"He visited in late February 2008.", kWed2010, kPast, "2008-02-21/2008-02-29"},
      {"The November 2010 elections.", kWed1987, kPast, "2010-11"},
      {"The Nov. 3, 2010 elections.", kWed1987, kPast, "2010-11-03"},
      {"He was elected in March 1985.", kWed1987, kPast, "1985-03"},
  });
}

TEST_CASE("date resolver: years, decades and seasons") {
  CheckRows({
      {"It joined NATO in 2008.", kWed2010, kPast, "2008"},
      {"The Shah fell in 1979.", kWed2010, kPast, "1979"},
      {"Sanctions apply since 2014.", kWed2010, kPast, "2014"},
      {"It grew between 1980 and 1985.", kWed2010, kPast, "1980 1985"},
      {"It grew from 1980 to 1985.", kWed2010, kPast, "1980 1985"},
      {"Relations froze in the 1980s.", kWed2010, kPast, "1980-01-01/1989-12-31"},
      {"Talks began in the summer of 2008.", kWed2010, kPast, "2008-06-01/2008-08-31"},
      {"Trade grew this year.", kWed2010, kPast, "2010"},
      {"Trade fell last year.", kWed2010, kPast, "2009"},
      {"Trade will grow next year.", kWed2010, kFuture, "2011"},
      {"He left two years ago.", kWed2010, kPast, "2008"},
      {"Cuba changed after the 1959 revolution.", kWed2010, kPast, "1959"},
      {"A deal is due by the end of the year.", kWed2010, kFuture, "2010"},
      {"A deal is due by the end of next month.", kWed2010, kFuture, "2010-12"},
  });
}

TEST_CASE("date resolver: weekdays follow the tense; last and next are strict") {
  CheckRows({
      {"Obama said on Wednesday.", kWed2010, kPast, "2010-11-03"},
      {"Voters will go to the polls on Wednesday.", kWed2010, kFuture, "2010-11-10"},
      {"After Tuesday's mid-term elections.", kWed2010, kPast, "2010-11-02"},
      {"Wednesday's elections were calm.", kWed2010, kPast, "2010-11-03"},
      {"They met on Friday.", kWed2010, kPast, "2010-10-29"},
      {"They meet on Friday.", kWed2010, kFuture, "2010-11-05"},
      {"They meet on Friday.", kWed2010, kUnknown, "2010-11-05"},
      {"They met last Wednesday.", kWed2010, kPast, "2010-10-27"},
      {"They meet next Wednesday.", kWed2010, kFuture, "2010-11-10"},
      {"The dollar fell last Saturday.", kWed1987, kPast, "1987-02-28"},
      {"The dollar fell on Saturday.", kWed1987, kPast, "1987-02-28"},
  });
}

TEST_CASE("date resolver: days, weeks and months around publication") {
  CheckRows({
      {"The company said today.", kWed1987, kPast, "1987-03-04"},
      {"He will speak tonight.", kWed1987, kFuture, "1987-03-04"},
      {"He spoke yesterday.", kWed1987, kPast, "1987-03-03"},
      {"He speaks tomorrow.", kWed1987, kFuture, "1987-03-05"},
      {"He spoke last night.", kWed1987, kPast, "1987-03-03"},
      {"Talks went on this week.", kWed2010, kPast, "2010-11-01/2010-11-07"},
      {"Talks broke down last week.", kWed2010, kPast, "2010-10-25/2010-10-31"},
      {"Talks resume next week.", kWed2010, kFuture, "2010-11-08/2010-11-14"},
      {"Talks broke down last weekend.", kWed2010, kPast, "2010-10-30/2010-10-31"},
      {"Talks broke down over the weekend.", kWed2010, kPast, "2010-10-30/2010-10-31"},
      {"Talks resume over the weekend.", kWed2010, kFuture, "2010-11-06/2010-11-07"},
      {"Exports rose this month.", kWed2010, kPast, "2010-11"},
      {"Exports fell last month.", kWed2010, kPast, "2010-10"},
      {"Exports fell last month.", "2011-01-15", kPast, "2010-12"},
      {"Exports rise next month.", kWed2010, kFuture, "2010-12"},
      {"He arrived earlier this month.", kWed2010, kPast, "2010-11-01/2010-11-03"},
      {"He arrives later this month.", kWed2010, kFuture, "2010-11-03/2010-11-30"},
  });
}

TEST_CASE("date resolver: a decade later counts from the previous expression") {
  CheckRows({
      {"He took power in 1979 and quit in humiliation a decade later.", kWed2010, kPast,
       "1979 1989"},
      {"Elected in 2004, he was re-elected two years later.", kWed2010, kPast, "2004 2006"},
      {"Signed on March 3, 1985, it was ratified a year later.", kWed2010, kPast,
       "1985-03-03 1986"},
      {"Signed in 1990, it lapsed later that year.", kWed2010, kPast, "1990 1990"},
      {"Signed in 1990, it lapsed by the end of the year.", kWed2010, kPast, "1990 1990"},
      {"He said on Wednesday that he had met Putin the day before.", kWed2010, kPast,
       "2010-11-03 2010-11-02"},
      {"He had met Putin the day before.", kWed2010, kPast, "2010-11-02"},
      {"They met the day before the summit.", kWed2010, kPast, ""},
      {"He quit a decade later.", kWed2010, kPast, ""},
      {"He quit two years after the war.", kWed2010, kPast, ""},
      {"Freed in 1990, two decades later than planned.", kWed2010, kPast, "1990"},
  });
}

TEST_CASE("date resolver: modal verbs, marches, counts and clock times are not dates") {
  CheckRows({
      {"Russia may attend the talks.", kWed2010, kPast, ""},
      {"A protest march crossed the capital.", kWed2010, kPast, ""},
      {"The March on Washington.", kWed2010, kPast, ""},
      {"They marched in march.", kWed2010, kPast, ""},
      {"The 28-nation alliance met.", kWed2010, kPast, ""},
      {"It has 100 warheads and SS-20 missiles.", kWed2010, kPast, ""},
      {"It sent 1,000 troops to the G20 summit.", kWed2010, kPast, ""},
      {"At 9:26 AM on Wednesday the quake hit.", kWed2010, kPast, "2010-11-03"},
      {"Leaves turn in the Fall.", kWed2010, kPast, ""},
      {"The Good Friday agreement holds.", kWed2010, kPast, ""},
      {"He won by 2000 votes.", kWed2010, kPast, ""},
      {"A total of 1999 people fled.", kWed2010, kPast, ""},
      {"The 2000 troops left.", kWed2010, kPast, ""},
      {"The town was founded in 1850.", kWed2010, kPast, ""},
      {"The Sunday Times reported it.", kWed2010, kPast, ""},
      {"In November, 2,000 protesters marched.", kWed2010, kPast, "2010-11"},
  });
}

TEST_CASE("date resolver: with no publication day only explicit dates come back") {
  CheckRows({
      {"Obama said on Wednesday.", kUnknownDay, kPast, ""},
      {"They met on Nov 3.", kUnknownDay, kPast, ""},
      {"On November 3, 2010 and again yesterday.", kUnknownDay, kPast, "2010-11-03"},
      {"He took power in 1979 and quit a decade later.", kUnknownDay, kPast, "1979 1989"},
  });
}

TEST_CASE("date resolver: spans cover the date words and relative marks what needs publication") {
  const std::string s =
      "He said on Wednesday, Nov. 3, 2010, that in 2008 and last week a decade later";
  std::vector<TimeExpression> found = FindTimeExpressions(s, *ParseDay(kWed2010), kPast);
  std::vector<std::string> spans;
  for (const TimeExpression& e : found)
    spans.push_back(s.substr(e.start, e.end - e.start) + (e.relative ? " (relative)" : ""));
  CHECK(spans == std::vector<std::string>{"Wednesday, Nov. 3, 2010", "2008", "last week (relative)",
                                          "a decade later (relative)"});
}

}  // namespace
}  // namespace dipgraph
