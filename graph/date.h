// Calendar dates as day numbers, and the date ranges (with precision) that events carry.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dipgraph {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
int DaysFromCivil(int year, int month, int day);
void CivilFromDays(int days, int* year, int* month, int* day);
int DaysInMonth(int year, int month);
// 0 = Sunday ... 6 = Saturday.
int Weekday(int days);
std::string FormatDay(int days);  // "2010-11-03"

enum class DatePrecision { kNone, kDay, kMonth, kYear, kInterval };

// An event date: a closed interval of days plus how precisely the text gave it.
struct DateRange {
  int begin = 0;
  int end = 0;
  DatePrecision precision = DatePrecision::kNone;

  bool empty() const { return precision == DatePrecision::kNone; }
  bool Overlaps(const DateRange& o) const {
    return !empty() && !o.empty() && begin <= o.end && o.begin <= end;
  }
  bool operator==(const DateRange&) const = default;

  static DateRange Day(int days) { return {days, days, DatePrecision::kDay}; }
  static DateRange Month(int year, int month);
  static DateRange Year(int year);
  static DateRange Interval(int begin, int end) { return {begin, end, DatePrecision::kInterval}; }
};

// ISO 8601 forms: "2010-11-03", "2010-11", "2008", "2010-11-19/2010-11-20"; "" is an empty range.
std::optional<DateRange> ParseDateRange(std::string_view text);
std::string FormatDateRange(const DateRange& range);

// Parses a single day "YYYY-MM-DD" (checking month and day), or nullopt.
std::optional<int> ParseDay(std::string_view text);

}  // namespace dipgraph
