#include "graph/date.h"

#include <fmt/format.h>

namespace dipgraph {

int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void CivilFromDays(int z, int* year, int* month, int* day) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = static_cast<int>(yoe) + era * 400 + (*month <= 2);
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int Weekday(int days) { return ((days % 7) + 11) % 7; }  // 1970-01-01 was a Thursday

std::string FormatDay(int days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

DateRange DateRange::Month(int year, int month) {
  return {DaysFromCivil(year, month, 1), DaysFromCivil(year, month, DaysInMonth(year, month)),
          DatePrecision::kMonth};
}

DateRange DateRange::Year(int year) {
  return {DaysFromCivil(year, 1, 1), DaysFromCivil(year, 12, 31), DatePrecision::kYear};
}

namespace {

// Exactly `digits` ASCII digits (no sign). A plain loop: event files parse millions of dates, and
// from_chars cost a third of an ICEWS import's date handling.
std::optional<int> ParseInt(std::string_view s, size_t digits) {
  if (s.size() != digits) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::optional<DateRange> ParseOne(std::string_view s) {
  auto year = ParseInt(s.substr(0, 4), 4);
  if (!year || *year < 1) return std::nullopt;
  if (s.size() == 4) return DateRange::Year(*year);
  if (s.size() < 7 || s[4] != '-') return std::nullopt;
  auto month = ParseInt(s.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (s.size() == 7) return DateRange::Month(*year, *month);
  if (s.size() != 10 || s[7] != '-') return std::nullopt;
  auto day = ParseInt(s.substr(8, 2), 2);
  if (!day || *day < 1 || *day > DaysInMonth(*year, *month)) return std::nullopt;
  return DateRange::Day(DaysFromCivil(*year, *month, *day));
}

}  // namespace

std::optional<int> ParseDay(std::string_view text) {
  auto r = ParseOne(text);
  if (!r || r->precision != DatePrecision::kDay) return std::nullopt;
  return r->begin;
}

std::optional<DateRange> ParseDateRange(std::string_view text) {
  if (text.empty()) return DateRange{};
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return ParseOne(text);
  auto a = ParseOne(text.substr(0, slash));
  auto b = ParseOne(text.substr(slash + 1));
  if (!a || !b || a->begin > b->end) return std::nullopt;
  return DateRange::Interval(a->begin, b->end);
}

std::string FormatDateRange(const DateRange& r) {
  int y, m, d;
  CivilFromDays(r.begin, &y, &m, &d);
  switch (r.precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kDay:
      return FormatDay(r.begin);
    case DatePrecision::kMonth:
      return fmt::format("{:04}-{:02}", y, m);
    case DatePrecision::kYear:
      return fmt::format("{:04}", y);
    case DatePrecision::kInterval:
      return FormatDay(r.begin) + "/" + FormatDay(r.end);
  }
  return "";
}

}  // namespace dipgraph
