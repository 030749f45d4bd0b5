// Finds the time expressions of a sentence ("Nov. 3, 2010", "last week", "a decade later") and
// resolves them to date ranges against the story's publication day.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "graph/date.h"

namespace dipgraph {

// The tense of the clause, which decides the direction of bare weekdays and months.
enum class Tense { kPast, kPresent, kFuture, kUnknown };

struct TimeExpression {
  size_t start = 0, end = 0;  // byte offsets in the sentence
  DateRange range;            // resolved
  bool relative = false;      // "on Wednesday", "last week", "on March 3" (no year): resolved
                              // against the publication date
};

// Whether a word names a time ("month", "Tuesday", "tomorrow"), never a thing or a party: the
// words time expressions are made of, less those that are also other words ("May", "March").
bool IsTimeNoun(std::string_view word);

// Every time expression in `sentence`, left to right, resolved against `published` (a day number;
// when published < 0, i.e. unknown, relative expressions are not returned).
//
// Direction by `tense` for bare weekdays ("on Wednesday"), months ("in November") and days without
// a year ("on March 3"):
//   past    -> the most recent one on or before publication (the publication day, or month,
//   counts); future  -> weekdays: the next one strictly after publication; months and days: on or
//   after; present, unknown -> the nearest one (weekdays within 3 days, months and days within 6
//   months).
// "last"/"next" are strict ("last Wednesday" in a Wednesday story is a week earlier). "a decade
// later", "the day before", "that year" are resolved against the previous expression of the same
// sentence (and dropped when there is none, except "the day before" -> the day before publication);
// they are relative only when that expression is.
//
// The span [start, end) covers the date words only: "on Wednesday" -> "Wednesday", "in 2008" ->
// "2008", but "last week", "a decade later" and "Wednesday, Nov. 3, 2010" whole.
std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence, int published,
                                                Tense tense);

// FindTimeExpressions of one sentence in the tenses a caller asks for, each found once and the
// sentence's words read once for all of them (an event needs one or two readings, most sentences
// none). Reused from sentence to sentence.
class SentenceTimes {
 public:
  SentenceTimes();
  ~SentenceTimes();
  // Forgets the previous sentence; `sentence` must outlive the next Reset.
  void Reset(std::string_view sentence, int published);
  const std::vector<TimeExpression>& Find(Tense tense);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dipgraph
