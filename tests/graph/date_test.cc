#include "graph/date.h"

#include "tests/test_util.h"

namespace dipgraph {
namespace {

TEST_CASE("dates: ISO forms parse and format back to the same text") {
  for (const char* s :
       {"2010-11-03", "2010-11", "2008", "2010-11-19/2010-11-20", "1979-02-28", "2000-02-29", ""}) {
    auto r = ParseDateRange(s);
    REQUIRE_MESSAGE(r.has_value(), s);
    CHECK(FormatDateRange(*r) == s);
  }
}

TEST_CASE("dates: impossible dates are rejected") {
  for (const char* s : {"2010-13-01", "2010-13-45", "2010-02-30", "1900-02-29", "10-11-03",
                        "2010-1-3", "2010-11-20/2010-11-19", "yesterday", "2010-11-03x"})
    CHECK_MESSAGE(!ParseDateRange(s).has_value(), s);
}

TEST_CASE("dates: weekdays and month lengths") {
  CHECK(Weekday(DaysFromCivil(2010, 11, 3)) == 3);  // a Wednesday
  CHECK(Weekday(DaysFromCivil(1987, 3, 4)) == 3);
  CHECK(Weekday(DaysFromCivil(1969, 12, 31)) == 3);
  CHECK(DaysInMonth(2008, 2) == 29);
  CHECK(DateRange::Month(2010, 10).end - DateRange::Month(2010, 10).begin == 30);
}

}  // namespace
}  // namespace dipgraph
