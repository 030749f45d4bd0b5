// The date resolver: a tokenizer that keeps byte offsets and tags words from a small lexicon, and a
// hand-written scanner that tries the date forms at each token. No regex: it runs on every
// sentence.
#include "src/extract/date_resolver.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>

namespace dipgraph {
namespace {

// ---------------------------------------------------------------------------------------------
// Lexicon

enum class Lex : uint8_t {
  kOther,
  kMonth,       // value: 1-12
  kWeekday,     // value: 0 = Sunday
  kSeason,      // value: first month
  kUnit,        // value: a Unit
  kNumberWord,  // value: the number ("a" = 1)
  kDeictic,     // today, tonight, yesterday, tomorrow; value: days from publication
  kPartOfDay,   // morning, afternoon, evening
  kNight,       // "last night"
  kWeekend,
  kPeriodPart,  // end, beginning, start, middle: "by the end of the year"
  kThis,
  kLast,
  kNext,
  kPrevious,
  kFollowing,
  kThat,
  kSame,
  kThe,
  kAgo,
  kThan,
  kLater,
  kEarlier,
  kBefore,
  kAfter,
  kBetween,
  kOf,
  kTo,  // to, through, until, till: join the ends of "November 19 to 20"
  kAnd,
  kCue,          // other words that may stand before a bare year or month: in, since, by...
  kEventPrefix,  // "Good Friday", "Black Monday" name events, not days
  kNewspaper,    // "Sunday Times"
  kCountNoun,    // "1999 people": plural nouns that do not end in s
};

enum Flag : uint16_t {
  kMonthCue = 1 << 0,   // may stand before a bare month: "in November"
  kYearCue = 1 << 1,    // may stand before a bare year: "since 2014"
  kChain = 1 << 2,      // continues the expression just before it: "in 2008 and 2009"
  kCountCue = 1 << 3,   // often stands before a count: "by 2000 votes"
  kAmbiguous = 1 << 4,  // a month name that is also a common word: may, march, august
  kAbbrev = 1 << 5,     // a month abbreviation, a date only with a day or year after it
  kConj = 1 << 6,       // and, but, or: may follow "the day before"
  kPlural = 1 << 7,     // "days": not "the day before"
};

enum Unit : int8_t { kDay = 1, kWeek, kMonth, kYear, kDecade, kCentury };

struct Entry {
  std::string_view word;
  Lex lex;
  int8_t value;
  uint16_t flags;
};

template <size_t N>
constexpr std::array<Entry, N> SortedByWord(std::array<Entry, N> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.word < b.word; });
  return entries;
}

constexpr uint16_t kCueBoth = kMonthCue | kYearCue;

// One line per kind of word reads better than one line per word.
// clang-format off
constexpr auto kLexicon = SortedByWord(std::to_array<Entry>({
    {"january", Lex::kMonth, 1, 0}, {"february", Lex::kMonth, 2, 0},
    {"march", Lex::kMonth, 3, kAmbiguous}, {"april", Lex::kMonth, 4, 0},
    {"may", Lex::kMonth, 5, kAmbiguous}, {"june", Lex::kMonth, 6, 0}, {"july", Lex::kMonth, 7, 0},
    {"august", Lex::kMonth, 8, kAmbiguous}, {"september", Lex::kMonth, 9, 0},
    {"october", Lex::kMonth, 10, 0}, {"november", Lex::kMonth, 11, 0},
    {"december", Lex::kMonth, 12, 0},
    {"jan", Lex::kMonth, 1, kAbbrev}, {"feb", Lex::kMonth, 2, kAbbrev},
    {"mar", Lex::kMonth, 3, kAbbrev}, {"apr", Lex::kMonth, 4, kAbbrev},
    {"jun", Lex::kMonth, 6, kAbbrev}, {"jul", Lex::kMonth, 7, kAbbrev},
    {"aug", Lex::kMonth, 8, kAbbrev}, {"sep", Lex::kMonth, 9, kAbbrev},
    {"sept", Lex::kMonth, 9, kAbbrev}, {"oct", Lex::kMonth, 10, kAbbrev},
    {"nov", Lex::kMonth, 11, kAbbrev}, {"dec", Lex::kMonth, 12, kAbbrev},
    {"sunday", Lex::kWeekday, 0, 0}, {"monday", Lex::kWeekday, 1, 0},
    {"tuesday", Lex::kWeekday, 2, 0}, {"wednesday", Lex::kWeekday, 3, 0},
    {"thursday", Lex::kWeekday, 4, 0}, {"friday", Lex::kWeekday, 5, 0},
    {"saturday", Lex::kWeekday, 6, 0},
    {"spring", Lex::kSeason, 3, 0}, {"summer", Lex::kSeason, 6, 0}, {"autumn", Lex::kSeason, 9, 0},
    {"fall", Lex::kSeason, 9, 0},
    {"day", Lex::kUnit, kDay, 0}, {"days", Lex::kUnit, kDay, kPlural},
    {"week", Lex::kUnit, kWeek, 0}, {"weeks", Lex::kUnit, kWeek, kPlural},
    {"month", Lex::kUnit, kMonth, 0}, {"months", Lex::kUnit, kMonth, kPlural},
    {"year", Lex::kUnit, kYear, 0}, {"years", Lex::kUnit, kYear, kPlural},
    {"decade", Lex::kUnit, kDecade, 0}, {"decades", Lex::kUnit, kDecade, kPlural},
    {"century", Lex::kUnit, kCentury, 0}, {"centuries", Lex::kUnit, kCentury, kPlural},
    {"weekend", Lex::kWeekend, 0, 0}, {"end", Lex::kPeriodPart, 0, 0},
    {"beginning", Lex::kPeriodPart, 0, 0}, {"start", Lex::kPeriodPart, 0, 0},
    {"middle", Lex::kPeriodPart, 0, 0},
    {"a", Lex::kNumberWord, 1, 0}, {"an", Lex::kNumberWord, 1, 0}, {"one", Lex::kNumberWord, 1, 0},
    {"two", Lex::kNumberWord, 2, 0}, {"three", Lex::kNumberWord, 3, 0},
    {"four", Lex::kNumberWord, 4, 0}, {"five", Lex::kNumberWord, 5, 0},
    {"six", Lex::kNumberWord, 6, 0}, {"seven", Lex::kNumberWord, 7, 0},
    {"eight", Lex::kNumberWord, 8, 0}, {"nine", Lex::kNumberWord, 9, 0},
    {"ten", Lex::kNumberWord, 10, 0}, {"eleven", Lex::kNumberWord, 11, 0},
    {"twelve", Lex::kNumberWord, 12, 0}, {"fifteen", Lex::kNumberWord, 15, 0},
    {"twenty", Lex::kNumberWord, 20, 0}, {"thirty", Lex::kNumberWord, 30, 0},
    {"today", Lex::kDeictic, 0, 0}, {"tonight", Lex::kDeictic, 0, 0},
    {"yesterday", Lex::kDeictic, -1, 0}, {"tomorrow", Lex::kDeictic, 1, 0},
    {"morning", Lex::kPartOfDay, 0, 0}, {"afternoon", Lex::kPartOfDay, 0, 0},
    {"evening", Lex::kPartOfDay, 0, 0}, {"night", Lex::kNight, 0, 0},
    {"this", Lex::kThis, 0, 0}, {"last", Lex::kLast, 0, 0}, {"next", Lex::kNext, 0, 0},
    {"previous", Lex::kPrevious, 0, 0}, {"following", Lex::kFollowing, 0, 0},
    {"that", Lex::kThat, 0, 0}, {"same", Lex::kSame, 0, 0}, {"the", Lex::kThe, 0, kCountCue},
    {"ago", Lex::kAgo, 0, 0}, {"than", Lex::kThan, 0, 0}, {"later", Lex::kLater, 0, 0},
    {"earlier", Lex::kEarlier, 0, 0},
    {"before", Lex::kBefore, 0, kCueBoth}, {"after", Lex::kAfter, 0, kCueBoth},
    {"between", Lex::kBetween, 0, kCueBoth | kCountCue}, {"of", Lex::kOf, 0, kCueBoth | kCountCue},
    {"to", Lex::kTo, 0, kChain | kCountCue}, {"through", Lex::kTo, 0, kCueBoth | kChain},
    {"until", Lex::kTo, 0, kCueBoth}, {"till", Lex::kTo, 0, kCueBoth},
    {"and", Lex::kAnd, 0, kChain | kCountCue | kConj}, {"or", Lex::kCue, 0, kChain | kConj},
    {"but", Lex::kCue, 0, kConj},
    {"in", Lex::kCue, 0, kCueBoth}, {"since", Lex::kCue, 0, kCueBoth},
    {"during", Lex::kCue, 0, kCueBoth}, {"throughout", Lex::kCue, 0, kCueBoth},
    // Their values name the third of a month they pick: "early", "mid", "late September".
    {"early", Lex::kCue, 1, kCueBoth}, {"late", Lex::kCue, 3, kCueBoth},
    {"mid", Lex::kCue, 2, kCueBoth}, {"by", Lex::kCue, 0, kCueBoth | kCountCue},
    {"from", Lex::kCue, 0, kCueBoth | kCountCue}, {"around", Lex::kCue, 0, kYearCue | kCountCue},
    {"circa", Lex::kCue, 0, kYearCue},
    {"good", Lex::kEventPrefix, 0, 0}, {"black", Lex::kEventPrefix, 0, 0},
    {"bloody", Lex::kEventPrefix, 0, 0}, {"times", Lex::kNewspaper, 0, 0},
    {"telegraph", Lex::kNewspaper, 0, 0},
    {"people", Lex::kCountNoun, 0, 0}, {"men", Lex::kCountNoun, 0, 0},
    {"women", Lex::kCountNoun, 0, 0}, {"children", Lex::kCountNoun, 0, 0},
    {"personnel", Lex::kCountNoun, 0, 0}, {"police", Lex::kCountNoun, 0, 0},
    {"staff", Lex::kCountNoun, 0, 0},
}));
// clang-format on

constexpr size_t kLongestWord = 10;  // "throughout"

// Where the words of each first letter sit in kLexicon (sorted, so they are together), and which
// lengths occur among them: most words of a sentence are turned away without a search.
struct LexiconIndex {
  std::array<uint8_t, 27> begin{};
  std::array<uint16_t, 26> lengths{};  // bit n: some word of that letter has n letters
};

constexpr LexiconIndex MakeIndex() {
  static_assert(kLexicon.size() < 256);
  LexiconIndex index;
  for (size_t i = kLexicon.size(); i-- > 0;) {
    const int letter = kLexicon[i].word[0] - 'a';
    index.begin[letter] = static_cast<uint8_t>(i);
    index.lengths[letter] |= static_cast<uint16_t>(1u << kLexicon[i].word.size());
  }
  index.begin[26] = static_cast<uint8_t>(kLexicon.size());
  for (int letter = 25; letter >= 0; --letter) {
    if (index.lengths[letter] == 0) index.begin[letter] = index.begin[letter + 1];
  }
  return index;
}

constexpr LexiconIndex kIndex = MakeIndex();

const Entry* LookUp(std::string_view word) {
  if (word.size() > kLongestWord) return nullptr;
  char lower[kLongestWord];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return nullptr;
    lower[i] = static_cast<char>(c | 0x20);
  }
  const int letter = lower[0] - 'a';
  if (!(kIndex.lengths[letter] & (1u << word.size()))) return nullptr;
  // A short linear scan beats a binary search of memcmp calls on these few short words.
  for (size_t i = kIndex.begin[letter]; i < kIndex.begin[letter + 1]; ++i) {
    const std::string_view w = kLexicon[i].word;
    if (w.size() == word.size() && std::equal(w.begin(), w.end(), lower)) return &kLexicon[i];
  }
  return nullptr;
}

}  // namespace

bool IsTimeNoun(std::string_view word) {
  const Entry* e = LookUp(word);
  if (e == nullptr) return false;
  switch (e->lex) {
    case Lex::kMonth:
    case Lex::kWeekday:
    case Lex::kSeason:
    case Lex::kUnit:
    case Lex::kWeekend:
    case Lex::kDeictic:
    case Lex::kPartOfDay:
    case Lex::kNight:
      return (e->flags & kAmbiguous) == 0;
    default:
      return false;
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens

enum class Kind : uint8_t { kWord, kNumber, kPunct };

struct DateToken {
  uint32_t start = 0, end = 0;  // byte offsets
  Kind kind = Kind::kPunct;
  char punct = 0;  // kPunct: the character, with UTF-8 quotes and dashes folded to ASCII
  Lex lex = Lex::kOther;
  int8_t value = 0;  // lexicon value: month, weekday, unit, count
  uint16_t flags = 0;
  bool capital = false;  // a word written with a capital first letter
  uint8_t digits = 0;    // a plain number's digit count; 0 for "1,000", "9:26", "28-nation", "5km"
  bool ordinal = false;  // "3rd"
  bool decade = false;   // "1980s", "1980's"
  int number = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsLetter(c); }
uint8_t Byte(std::string_view s, size_t i) { return i < s.size() ? static_cast<uint8_t>(s[i]) : 0; }

// Length of the white space at s[i] (ASCII or a UTF-8 no-break space), 0 if none.
size_t SpaceAt(std::string_view s, size_t i) {
  const uint8_t c = Byte(s, i);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  return c == 0xC2 && Byte(s, i + 1) == 0xA0 ? 2 : 0;
}

// Length of the punctuation at s[i], 0 if none; *out gets it, UTF-8 quotes and dashes folded.
size_t PunctAt(std::string_view s, size_t i, char* out) {
  const uint8_t c = Byte(s, i);
  if (c < 0x80) {
    *out = static_cast<char>(c);
    return IsAlnum(*out) || SpaceAt(s, i) ? 0 : 1;
  }
  if (c != 0xE2 || Byte(s, i + 1) != 0x80) return 0;
  switch (Byte(s, i + 2)) {
    case 0x98:
    case 0x99:
      *out = '\'';
      return 3;
    case 0x93:  // en dash: "November 19–20"
      *out = '-';
      return 3;
    case 0x94:  // em dash: a break, never a range
      *out = ';';
      return 3;
    case 0x9C:
    case 0x9D:
      *out = '"';
      return 3;
  }
  return 0;
}

// "1,000", "3.5", "9:26": digits go on past j; the token is no plain number.
size_t SkipNumberTail(std::string_view s, size_t j, DateToken* t) {
  auto three_digits = [&](size_t k) {
    return IsDigit(Byte(s, k)) && IsDigit(Byte(s, k + 1)) && IsDigit(Byte(s, k + 2)) &&
           !IsDigit(Byte(s, k + 3));
  };
  const char c = static_cast<char>(Byte(s, j));
  if (c == ',' && three_digits(j + 1)) {
    while (Byte(s, j) == ',' && three_digits(j + 1)) j += 4;
    t->digits = 0;
  } else if ((c == '.' || c == ':') && IsDigit(Byte(s, j + 1))) {
    for (++j; j < s.size() && (IsAlnum(s[j]) || (s[j] == ':' && IsDigit(Byte(s, j + 1)))); ++j) {
    }
    t->digits = 0;
  } else if (c == '-' && IsLetter(static_cast<char>(Byte(s, j + 1)))) {
    t->digits = 0;  // "28-nation", "10-year": a compound adjective
  }
  return j;
}

// Length of "'s" or "’s" closing a decade ("1980's") at s[j], 0 if none.
size_t DecadeApostrophe(std::string_view s, size_t j) {
  char p;
  const size_t len = Byte(s, j) == '\'' ? 1 : PunctAt(s, j, &p) == 3 && p == '\'' ? 3 : 0;
  if (len == 0 || (Byte(s, j + len) | 0x20) != 's') return 0;
  return IsAlnum(static_cast<char>(Byte(s, j + len + 1))) ? 0 : len + 1;
}

void ReadSuffix(std::string_view suffix, DateToken* t) {
  auto is = [&](std::string_view w) {
    return suffix.size() == w.size() && std::equal(w.begin(), w.end(), suffix.begin(),
                                                   [](char a, char b) { return a == (b | 0x20); });
  };
  if (is("s")) {
    t->decade = true;
  } else if (is("st") || is("nd") || is("rd") || is("th")) {
    t->ordinal = true;
  } else {
    t->digits = 0;  // "5km", "1990x"
  }
}

size_t ScanNumber(std::string_view s, size_t i, std::vector<DateToken>* out) {
  DateToken t;
  t.kind = Kind::kNumber;
  size_t j = i;
  for (; j < s.size() && IsDigit(s[j]); ++j) {
    if (j - i < 9) t.number = t.number * 10 + (s[j] - '0');
  }
  t.digits = static_cast<uint8_t>(std::min<size_t>(j - i, 9));
  size_t suffix_end = j;
  while (suffix_end < s.size() && IsAlnum(s[suffix_end])) ++suffix_end;
  if (suffix_end > j) {
    ReadSuffix(s.substr(j, suffix_end - j), &t);
    j = suffix_end;
  } else if (size_t len = DecadeApostrophe(s, j)) {
    t.decade = true;
    j += len;
  } else {
    j = SkipNumberTail(s, j, &t);
  }
  t.start = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(j);
  out->push_back(t);
  return j;
}

size_t ScanWord(std::string_view s, size_t i, std::vector<DateToken>* out) {
  char unused;
  size_t j = i;
  while (j < s.size()) {
    if (IsAlnum(s[j])) {
      ++j;
    } else if (Byte(s, j) < 0x80 || SpaceAt(s, j) || PunctAt(s, j, &unused)) {
      break;
    } else {
      ++j;  // a UTF-8 letter: "Sánchez" stays one word
    }
  }
  DateToken t;
  t.kind = Kind::kWord;
  t.start = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(j);
  t.capital = s[i] >= 'A' && s[i] <= 'Z';
  if (const Entry* e = LookUp(s.substr(i, j - i))) {
    t.lex = e->lex;
    t.value = e->value;
    t.flags = e->flags;
  }
  out->push_back(t);
  return j;
}

std::vector<DateToken> TokenizeForDates(std::string_view s) {
  std::vector<DateToken> tokens;
  tokens.reserve(s.size() / 5 + 4);
  for (size_t i = 0; i < s.size();) {
    char p;
    if (s[i] == ' ') {
      ++i;
    } else if (size_t len = SpaceAt(s, i)) {
      i += len;
    } else if (size_t len = PunctAt(s, i, &p)) {
      DateToken t;
      t.start = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(i + len);
      t.punct = p;
      tokens.push_back(t);
      i += len;
    } else {
      i = IsDigit(s[i]) ? ScanNumber(s, i, &tokens) : ScanWord(s, i, &tokens);
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

DateRange Interval(int begin, int end) { return DateRange::Interval(begin, end); }

bool ValidDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

// The month `k` months after year/month.
DateRange AddMonths(int year, int month, int k) {
  int total = year * 12 + (month - 1) + k;
  int y = total >= 0 ? total / 12 : (total - 11) / 12;
  return DateRange::Month(y, total - y * 12 + 1);
}

// The Monday of the Monday-Sunday week holding `day`.
int MondayOf(int day) { return day - (Weekday(day) + 6) % 7; }

DateRange WeekOf(int day) { return Interval(MondayOf(day), MondayOf(day) + 6); }

// The date `k` units after `from`, at the precision the unit allows; nullopt when the unit is
// finer than what `from` knows ("a week later" than "1979").
std::optional<DateRange> Offset(const DateRange& from, int unit, int k) {
  int y, m, d;
  CivilFromDays(from.begin, &y, &m, &d);
  switch (unit) {
    case kDay:
    case kWeek:
      if (from.precision != DatePrecision::kDay) return std::nullopt;
      return DateRange::Day(from.begin + k * (unit == kWeek ? 7 : 1));
    case kMonth:
      if (from.precision != DatePrecision::kDay && from.precision != DatePrecision::kMonth)
        return std::nullopt;
      return AddMonths(y, m, k);
    case kYear:
      return DateRange::Year(y + k);
    case kDecade:
      return DateRange::Year(y + 10 * k);
    case kCentury:
      return DateRange::Year(y + 100 * k);
  }
  return std::nullopt;
}

// The `unit` ("that year", "the same day") holding `from`, if `from` is that precise.
std::optional<DateRange> PeriodOf(const DateRange& from, int unit) {
  int y, m, d;
  CivilFromDays(from.begin, &y, &m, &d);
  const DatePrecision p = from.precision;
  if (unit == kDay && p == DatePrecision::kDay) return from;
  if (unit == kMonth && (p == DatePrecision::kDay || p == DatePrecision::kMonth))
    return DateRange::Month(y, m);
  if (unit == kYear && p != DatePrecision::kInterval && p != DatePrecision::kNone)
    return DateRange::Year(y);
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// The scanner

struct MonthDay {
  int month;
  int day;
};

class Resolver {
 public:
  // `tokens` are TokenizeForDates(sentence), read in each tense by a Resolver of its own.
  Resolver(std::string_view sentence, const std::vector<DateToken>& tokens, int published,
           Tense tense)
      : s_(sentence), pub_(published), tense_(tense), t_(tokens) {
    CivilFromDays(std::max(pub_, 0), &py_, &pm_, &pd_);
  }

  std::vector<TimeExpression> Run() &&;

 private:
  // A form read from the token where the scan stands to `end` (one past its last token).
  struct Match {
    size_t end;
    DateRange range;
    bool relative;
  };
  using MaybeMatch = std::optional<Match>;
  enum class CueKind { kNone, kCue, kChain };
  static constexpr size_t kNoToken = static_cast<size_t>(-1);

  MaybeMatch TryAt(size_t i);
  MaybeMatch TryNumber(size_t i);
  MaybeMatch ParseIsoDay(size_t i);
  MaybeMatch ParseDecade(size_t i);
  MaybeMatch ParseBareYear(size_t i);
  MaybeMatch ParseDayFirst(size_t i);
  MaybeMatch ParseMonthFirst(size_t i);
  MaybeMatch ParseBareMonth(size_t i);
  MaybeMatch ParseDays(MonthDay first, std::optional<MonthDay> last, size_t next);
  std::optional<MonthDay> ParseRangeEnd(size_t* next, int month, bool between) const;
  MaybeMatch ParseWeekday(size_t i);
  MaybeMatch ParseExplicitDate(size_t i);
  MaybeMatch ParseSeason(size_t i);
  MaybeMatch ParseShift(size_t i);
  MaybeMatch ParseEarlierLater(size_t i);
  MaybeMatch ParseCount(size_t i);
  MaybeMatch ParseThe(size_t i);
  MaybeMatch ParseDayBeforeAfter(size_t i);
  MaybeMatch ParsePartOfPeriod(size_t i);
  MaybeMatch ParseSamePeriod(size_t i);
  MaybeMatch DayNextToPrevious(int step, size_t end);

  // Token tests.
  bool Word(size_t i, Lex lex) const {
    return i < t_.size() && t_[i].kind == Kind::kWord && t_[i].lex == lex;
  }
  bool Punct(size_t i, char c) const {
    return i < t_.size() && t_[i].kind == Kind::kPunct && t_[i].punct == c;
  }
  size_t Skip(size_t i, char c) const { return Punct(i, c) ? i + 1 : i; }
  bool IsRangeJoin(size_t i, bool between) const {
    return Punct(i, '-') || Word(i, Lex::kTo) || (between && Word(i, Lex::kAnd));
  }
  bool AfterBetween(size_t i) const { return i > 0 && Word(i - 1, Lex::kBetween); }
  bool SingularDay(size_t i) const {
    return Word(i, Lex::kUnit) && t_[i].value == kDay && !(t_[i].flags & kPlural);
  }
  std::optional<int> DayAt(size_t i) const;
  std::optional<int> FullYearAt(size_t i) const;
  int CountAt(size_t i) const;
  bool LooksLikeCount(size_t i) const;
  bool EndsClause(size_t i) const;
  size_t CueIndex(size_t i) const;
  CueKind CueBefore(size_t i, uint16_t flag, bool the_counts) const;
  DateRange PartOfMonth(size_t i, int year, int month) const;

  // Resolution against the publication day.
  int YearForMonth(int month) const;
  int YearForDay(int month, int day) const;
  int WeekdayByTense(int weekday) const;
  int ShiftWeekday(int weekday, int step) const;
  DateRange WeekendByTense() const;
  DateRange ShiftMonthName(int month, int step) const;
  std::optional<DateRange> ShiftUnit(int unit, int step) const;
  std::optional<DateRange> Ago(int unit, int n) const;

  std::string_view s_;
  int pub_;
  Tense tense_;
  const std::vector<DateToken>& t_;
  int py_ = 0, pm_ = 0, pd_ = 0;  // the publication day's year, month, day
  std::vector<TimeExpression> out_;
  size_t last_end_ = kNoToken;  // one past the last token of the last expression found
};

std::vector<TimeExpression> Resolver::Run() && {
  for (size_t i = 0; i < t_.size();) {
    MaybeMatch m = TryAt(i);
    if (!m) {
      ++i;
      continue;
    }
    if (!m->relative || pub_ >= 0) {
      out_.push_back({t_[i].start, t_[m->end - 1].end, m->range, m->relative});
      last_end_ = m->end;
    }
    i = m->end;
  }
  return std::move(out_);
}

Resolver::MaybeMatch Resolver::TryAt(size_t i) {
  if (t_[i].kind == Kind::kNumber) return TryNumber(i);
  if (t_[i].kind != Kind::kWord) return std::nullopt;
  switch (t_[i].lex) {
    case Lex::kMonth:
      return ParseMonthFirst(i);
    case Lex::kWeekday:
      return ParseWeekday(i);
    case Lex::kSeason:
      return ParseSeason(i);
    case Lex::kDeictic:
      return Match{i + 1, DateRange::Day(pub_ + t_[i].value), true};
    case Lex::kThis:
    case Lex::kLast:
    case Lex::kNext:
      return ParseShift(i);
    case Lex::kEarlier:
    case Lex::kLater:
      return ParseEarlierLater(i);
    case Lex::kNumberWord:
      return ParseCount(i);
    case Lex::kThe:
      return ParseThe(i);
    case Lex::kThat:
    case Lex::kSame:
      return ParseSamePeriod(i);
    default:
      return std::nullopt;
  }
}

Resolver::MaybeMatch Resolver::TryNumber(size_t i) {
  if (MaybeMatch m = ParseIsoDay(i)) return m;
  if (MaybeMatch m = ParseDecade(i)) return m;
  if (MaybeMatch m = ParseDayFirst(i)) return m;
  if (MaybeMatch m = ParseCount(i)) return m;
  return ParseBareYear(i);
}

// --- token tests

// A day of the month: "3", "3rd", "19" (not "9:26", "28-nation", "100").
std::optional<int> Resolver::DayAt(size_t i) const {
  if (i >= t_.size() || t_[i].kind != Kind::kNumber || t_[i].decade) return std::nullopt;
  const DateToken& t = t_[i];
  if (t.digits < 1 || t.digits > 2 || t.number < 1 || t.number > 31) return std::nullopt;
  return t.number;
}

// A year inside a full date: 1000-2999.
std::optional<int> Resolver::FullYearAt(size_t i) const {
  if (i >= t_.size() || t_[i].kind != Kind::kNumber) return std::nullopt;
  const DateToken& t = t_[i];
  if (t.digits != 4 || t.ordinal || t.decade || t.number < 1000 || t.number > 2999)
    return std::nullopt;
  return t.number;
}

// "a", "two", "10": the count of "two years later"; 0 if none.
int Resolver::CountAt(size_t i) const {
  if (Word(i, Lex::kNumberWord)) return t_[i].value;
  if (i >= t_.size() || t_[i].kind != Kind::kNumber) return 0;
  const DateToken& t = t_[i];
  return t.digits >= 1 && t.digits <= 3 && !t.ordinal && !t.decade ? t.number : 0;
}

// Whether token i reads as the noun of a count: "2000 votes", "1999 people".
bool Resolver::LooksLikeCount(size_t i) const {
  if (i >= t_.size() || t_[i].kind != Kind::kWord) return false;
  const DateToken& t = t_[i];
  if (t.lex == Lex::kCountNoun) return true;
  std::string_view w = s_.substr(t.start, t.end - t.start);
  return t.lex == Lex::kOther && !t.capital && w.size() >= 4 && w.back() == 's' &&
         w[w.size() - 2] != 's';
}

// The end of a clause: "the day before." / "the day before, ..." / "the day before and ...".
bool Resolver::EndsClause(size_t i) const {
  return i >= t_.size() || t_[i].kind == Kind::kPunct || (t_[i].flags & kConj);
}

// The token that may cue a bare month or year at i: the one before, or the word before the hyphen
// of "mid-2008"; kNoToken at the start.
size_t Resolver::CueIndex(size_t i) const {
  if (i == 0) return kNoToken;
  size_t c = i - 1;
  if (Punct(c, '-') && c > 0 && t_[c - 1].kind == Kind::kWord && t_[c - 1].end == t_[c].start &&
      t_[c].end == t_[i].start)
    --c;
  return c;
}

// Whether the token before i lets a bare month or year there be a date: a cue word with `flag`
// ("in 2008"), "the" when `the_counts` ("the November elections"), or a chain word right after the
// last expression ("in 2008 and 2009", "1979-1989").
Resolver::CueKind Resolver::CueBefore(size_t i, uint16_t flag, bool the_counts) const {
  const size_t c = CueIndex(i);
  if (c == kNoToken) return CueKind::kNone;
  const DateToken& cue = t_[c];
  if (last_end_ == c && ((cue.flags & kChain) || Punct(c, '-'))) return CueKind::kChain;
  if ((cue.flags & flag) || (the_counts && cue.lex == Lex::kThe)) return CueKind::kCue;
  return CueKind::kNone;
}

// --- numbers first

// "2010-11-03".
Resolver::MaybeMatch Resolver::ParseIsoDay(size_t i) {
  if (i + 4 >= t_.size() || t_[i].digits != 4 || !Punct(i + 1, '-') || !Punct(i + 3, '-') ||
      t_[i + 4].end - t_[i].start != 10)
    return std::nullopt;
  std::optional<int> day = ParseDay(s_.substr(t_[i].start, 10));
  if (!day) return std::nullopt;
  return Match{i + 5, DateRange::Day(*day), false};
}

// "the 1980s": ten years.
Resolver::MaybeMatch Resolver::ParseDecade(size_t i) {
  const DateToken& t = t_[i];
  if (!t.decade || t.digits != 4 || t.number % 10 != 0 || t.number < 1000 || t.number > 2990)
    return std::nullopt;
  return Match{i + 1, Interval(DaysFromCivil(t.number, 1, 1), DaysFromCivil(t.number + 9, 12, 31)),
               false};
}

// "in 2008", "since 2014", "between 1980 and 1985", "the 1959 revolution": 1900-2099 and only
// after a cue word.
Resolver::MaybeMatch Resolver::ParseBareYear(size_t i) {
  const DateToken& t = t_[i];
  if (t.digits != 4 || t.ordinal || t.decade || t.number < 1900 || t.number > 2099)
    return std::nullopt;
  const CueKind cue = CueBefore(i, kYearCue, true);
  if (cue == CueKind::kNone) return std::nullopt;
  if (cue == CueKind::kCue && (t_[CueIndex(i)].flags & kCountCue) && LooksLikeCount(i + 1))
    return std::nullopt;  // "by 2000 votes"
  return Match{i + 1, DateRange::Year(t.number), false};
}

// "3 November 2010", "3rd of November", "19-20 November", "between 3 and 5 March".
Resolver::MaybeMatch Resolver::ParseDayFirst(size_t i) {
  std::optional<int> first = DayAt(i);
  if (!first) return std::nullopt;
  size_t j = i + 1;
  std::optional<int> last;
  if (IsRangeJoin(j, AfterBetween(i)) && (last = DayAt(j + 1))) j += 2;
  if (Word(j, Lex::kOf)) ++j;
  if (!Word(j, Lex::kMonth)) return std::nullopt;
  const int month = t_[j].value;
  std::optional<MonthDay> end;
  if (last) end = MonthDay{month, *last};
  return ParseDays({month, *first}, end, j + 1);
}

// --- months first

// "November 3, 2010", "Nov. 19-20", "November 2010", "November of 2010", "in November".
Resolver::MaybeMatch Resolver::ParseMonthFirst(size_t i) {
  const int month = t_[i].value;
  const size_t j = Skip(i + 1, '.');
  if (std::optional<int> day = DayAt(j)) {
    size_t next = j + 1;
    std::optional<MonthDay> last = ParseRangeEnd(&next, month, AfterBetween(i));
    return ParseDays({month, *day}, last, next);
  }
  const size_t k = Word(j, Lex::kOf) ? j + 1 : j;  // no comma: "In November, 2010 was..."
  if (std::optional<int> year = FullYearAt(k))
    return Match{k + 1, PartOfMonth(i, *year, month), false};
  return ParseBareMonth(i);
}

// The month, or its third that a cue before it names: "early September" is its days 1-10, "mid"
// 11-20, "late" 21 to the end.
DateRange Resolver::PartOfMonth(size_t i, int year, int month) const {
  const size_t c = CueIndex(i);
  const int third = c == kNoToken || t_[c].lex != Lex::kCue ? 0 : t_[c].value;
  if (third < 1 || third > 3) return DateRange::Month(year, month);
  const int first = 1 + 10 * (third - 1);
  const int last = third == 3 ? DaysInMonth(year, month) : first + 9;
  return Interval(DaysFromCivil(year, month, first), DaysFromCivil(year, month, last));
}

// "in November", "since March", "mid-November": a month without a year needs a cue word before it
// (and a capital, for may / march / august); the year comes from the tense.
Resolver::MaybeMatch Resolver::ParseBareMonth(size_t i) {
  const DateToken& t = t_[i];
  const bool ambiguous = t.flags & kAmbiguous;
  if ((t.flags & kAbbrev) || (ambiguous && !t.capital)) return std::nullopt;
  if (CueBefore(i, kMonthCue, !ambiguous) == CueKind::kNone) return std::nullopt;
  return Match{i + 1, PartOfMonth(i, YearForMonth(t.value), t.value), true};
}

// The second end of "19-20", "19 to 20", "30 to Dec. 2", "between 3 and 5"; moves *next past it.
std::optional<MonthDay> Resolver::ParseRangeEnd(size_t* next, int month, bool between) const {
  const size_t c = *next;
  if (!IsRangeJoin(c, between)) return std::nullopt;
  if (std::optional<int> day = DayAt(c + 1)) {
    *next = c + 2;
    return MonthDay{month, *day};
  }
  if (!Word(c + 1, Lex::kMonth)) return std::nullopt;
  const size_t d = Skip(c + 2, '.');
  std::optional<int> day = DayAt(d);
  if (!day) return std::nullopt;
  *next = d + 1;
  return MonthDay{t_[c + 1].value, *day};
}

// A day, or an interval of days, whose year follows at `next` ("Nov. 3, 2010") or comes from the
// publication day and tense ("Nov. 3").
Resolver::MaybeMatch Resolver::ParseDays(MonthDay first, std::optional<MonthDay> last,
                                         size_t next) {
  const size_t k = Skip(Skip(next, '.'), ',');
  const std::optional<int> year = FullYearAt(k);
  const bool wraps = last && last->month < first.month;  // "Dec. 30 to Jan. 2"
  const int y1 = year ? *year - (wraps ? 1 : 0) : YearForDay(first.month, first.day);
  if (!ValidDay(y1, first.month, first.day)) return std::nullopt;
  const int begin = DaysFromCivil(y1, first.month, first.day);
  DateRange range = DateRange::Day(begin);
  const int y2 = y1 + (wraps ? 1 : 0);
  if (last && ValidDay(y2, last->month, last->day)) {
    const int end = DaysFromCivil(y2, last->month, last->day);
    if (end > begin) range = Interval(begin, end);
  }
  return Match{year ? k + 1 : next, range, !year};
}

// --- weekdays and seasons

// "on Wednesday", "Tuesday's", "Wednesday, Nov. 3, 2010" (the explicit date decides).
Resolver::MaybeMatch Resolver::ParseWeekday(size_t i) {
  if (i > 0 && Word(i - 1, Lex::kEventPrefix)) return std::nullopt;  // "Good Friday"
  if (Word(i + 1, Lex::kNewspaper)) return std::nullopt;             // "Sunday Times"
  if (MaybeMatch dated = ParseExplicitDate(Skip(i + 1, ','))) return dated;
  return Match{i + 1, DateRange::Day(WeekdayByTense(t_[i].value)), true};
}

// A day written out at i, month first or day first.
Resolver::MaybeMatch Resolver::ParseExplicitDate(size_t i) {
  if (Word(i, Lex::kMonth)) {
    MaybeMatch m = ParseMonthFirst(i);
    if (m && m->range.precision != DatePrecision::kMonth) return m;
    return std::nullopt;
  }
  return DayAt(i) ? ParseDayFirst(i) : std::nullopt;
}

// "the summer of 2008", "spring 1985": three months. A season without a year is no date.
Resolver::MaybeMatch Resolver::ParseSeason(size_t i) {
  const size_t j = Word(i + 1, Lex::kOf) ? i + 2 : i + 1;
  std::optional<int> year = FullYearAt(j);
  if (!year) return std::nullopt;
  const int m = t_[i].value;
  return Match{j + 1, Interval(DaysFromCivil(*year, m, 1), DateRange::Month(*year, m + 2).end),
               false};
}

// --- relative to the publication day

// "last Wednesday", "next November", "this week", "last month", "next year", "last night".
Resolver::MaybeMatch Resolver::ParseShift(size_t i) {
  const int step = Word(i, Lex::kLast) ? -1 : Word(i, Lex::kNext) ? 1 : 0;
  const size_t j = i + 1;
  if (j >= t_.size() || t_[j].kind != Kind::kWord) return std::nullopt;
  const DateToken& w = t_[j];
  std::optional<DateRange> r;
  if (w.lex == Lex::kWeekday) {
    r = DateRange::Day(ShiftWeekday(w.value, step));
  } else if (w.lex == Lex::kMonth && (w.capital || !(w.flags & kAmbiguous))) {
    r = ShiftMonthName(w.value, step);
  } else if (w.lex == Lex::kUnit && !(w.flags & kPlural)) {
    r = ShiftUnit(w.value, step);
  } else if (w.lex == Lex::kWeekend) {
    const int saturday = MondayOf(pub_) + 5 + 7 * step;
    r = Interval(saturday, saturday + 1);
  } else if ((w.lex == Lex::kNight && step < 0) || (w.lex == Lex::kPartOfDay && step == 0)) {
    r = DateRange::Day(pub_ + step);  // "last night", "this morning"
  }
  if (!r) return std::nullopt;
  return Match{j + 1, *r, true};
}

// "earlier this month" (its first day to publication), "later this year", "later that year".
Resolver::MaybeMatch Resolver::ParseEarlierLater(size_t i) {
  if (Word(i + 1, Lex::kThat)) return ParseSamePeriod(i + 1);
  if (!Word(i + 1, Lex::kThis) || !Word(i + 2, Lex::kUnit) || (t_[i + 2].flags & kPlural))
    return std::nullopt;
  std::optional<DateRange> period = ShiftUnit(t_[i + 2].value, 0);
  if (!period) return std::nullopt;
  const bool later = Word(i, Lex::kLater);
  return Match{i + 3, later ? Interval(pub_, period->end) : Interval(period->begin, pub_), true};
}

// "two years ago" (from publication); "a decade later", "three days earlier", "a year after." (from
// the previous expression of the sentence).
Resolver::MaybeMatch Resolver::ParseCount(size_t i) {
  const int n = CountAt(i);
  if (n <= 0 || !Word(i + 1, Lex::kUnit)) return std::nullopt;
  const int unit = t_[i + 1].value;
  const size_t d = i + 2;
  if (Word(d, Lex::kAgo)) {
    std::optional<DateRange> r = Ago(unit, n);
    return r ? MaybeMatch(Match{d + 1, *r, true}) : std::nullopt;
  }
  int sign = Word(d, Lex::kLater) ? 1 : Word(d, Lex::kEarlier) ? -1 : 0;
  if (sign == 0 && (Word(d, Lex::kAfter) || Word(d, Lex::kBefore)) && EndsClause(d + 1))
    sign = Word(d, Lex::kAfter) ? 1 : -1;  // not "two years after the war": that is an event
  if (sign == 0 || out_.empty() || Word(d + 1, Lex::kThan)) return std::nullopt;  // "later than"
  std::optional<DateRange> r = Offset(out_.back().range, unit, sign * n);
  if (!r) return std::nullopt;
  return Match{d + 1, *r, out_.back().relative};
}

Resolver::MaybeMatch Resolver::ParseThe(size_t i) {
  if (MaybeMatch m = ParseDayBeforeAfter(i)) return m;
  if (MaybeMatch m = ParsePartOfPeriod(i)) return m;
  if (Word(i + 1, Lex::kWeekend)) return Match{i + 2, WeekendByTense(), true};
  return ParseSamePeriod(i);
}

// "the day before", "the previous day", "the next day", "the day after tomorrow".
Resolver::MaybeMatch Resolver::ParseDayBeforeAfter(size_t i) {
  if (SingularDay(i + 1) && (Word(i + 2, Lex::kBefore) || Word(i + 2, Lex::kAfter))) {
    const int step = Word(i + 2, Lex::kBefore) ? -1 : 1;
    const size_t j = i + 3;
    if (Word(j, Lex::kDeictic) && t_[j].value == step)  // "the day before yesterday"
      return Match{j + 1, DateRange::Day(pub_ + 2 * step), true};
    if (!EndsClause(j)) return std::nullopt;  // "the day before the summit": an event
    return DayNextToPrevious(step, j);
  }
  const bool before = Word(i + 1, Lex::kPrevious);
  if ((before || Word(i + 1, Lex::kNext) || Word(i + 1, Lex::kFollowing)) && SingularDay(i + 2))
    return DayNextToPrevious(before ? -1 : 1, i + 3);
  return std::nullopt;
}

// "the end of the year" (the year of the previous expression, or else of publication), "the start
// of next month", "the middle of this week": the whole period, as precise as the text is sure of.
Resolver::MaybeMatch Resolver::ParsePartOfPeriod(size_t i) {
  const size_t u = i + 4;
  if (!Word(i + 1, Lex::kPeriodPart) || !Word(i + 2, Lex::kOf) || !Word(u, Lex::kUnit) ||
      (t_[u].flags & kPlural))
    return std::nullopt;
  const int unit = t_[u].value;
  if (Word(i + 3, Lex::kThe) && !out_.empty()) {
    std::optional<DateRange> r = PeriodOf(out_.back().range, unit);
    return r ? MaybeMatch(Match{u + 1, *r, out_.back().relative}) : std::nullopt;
  }
  const bool here = Word(i + 3, Lex::kThe) || Word(i + 3, Lex::kThis);
  const int step = Word(i + 3, Lex::kLast) ? -1 : Word(i + 3, Lex::kNext) ? 1 : 0;
  if (!here && step == 0) return std::nullopt;
  std::optional<DateRange> r = ShiftUnit(unit, step);
  return r ? MaybeMatch(Match{u + 1, *r, true}) : std::nullopt;
}

// The day before or after the previous expression when it is a day; with none, "the day before"
// is the day before publication.
Resolver::MaybeMatch Resolver::DayNextToPrevious(int step, size_t end) {
  if (!out_.empty() && out_.back().range.precision == DatePrecision::kDay)
    return Match{end, DateRange::Day(out_.back().range.begin + step), out_.back().relative};
  if (step < 0) return Match{end, DateRange::Day(pub_ - 1), true};
  return std::nullopt;
}

// "that year", "the same day", "that same month": the period of the previous expression.
Resolver::MaybeMatch Resolver::ParseSamePeriod(size_t i) {
  size_t j = Word(i, Lex::kThe) ? i + 1 : i;
  bool pointed = false;
  for (Lex lex : {Lex::kThat, Lex::kSame}) {
    if (Word(j, lex)) {
      ++j;
      pointed = true;
    }
  }
  if (!pointed || !Word(j, Lex::kUnit) || (t_[j].flags & kPlural) || out_.empty())
    return std::nullopt;
  std::optional<DateRange> r = PeriodOf(out_.back().range, t_[j].value);
  if (!r) return std::nullopt;
  return Match{j + 1, *r, out_.back().relative};
}

// --- resolution

int Resolver::YearForMonth(int month) const {
  switch (tense_) {
    case Tense::kPast:
      return month <= pm_ ? py_ : py_ - 1;
    case Tense::kFuture:
      return month >= pm_ ? py_ : py_ + 1;
    default:
      return month - pm_ > 6 ? py_ - 1 : month - pm_ < -5 ? py_ + 1 : py_;
  }
}

int Resolver::YearForDay(int month, int day) const {
  const int candidate = DaysFromCivil(py_, month, day);
  switch (tense_) {
    case Tense::kPast:
      return candidate > pub_ ? py_ - 1 : py_;
    case Tense::kFuture:
      return candidate < pub_ ? py_ + 1 : py_;
    default:
      return candidate - pub_ > 183 ? py_ - 1 : pub_ - candidate > 182 ? py_ + 1 : py_;
  }
}

int Resolver::WeekdayByTense(int weekday) const {
  const int ahead = (weekday - Weekday(pub_) + 7) % 7;  // 0 when publication is that weekday
  switch (tense_) {
    case Tense::kPast:
      return ahead == 0 ? pub_ : pub_ + ahead - 7;
    case Tense::kFuture:
      return pub_ + (ahead == 0 ? 7 : ahead);
    default:
      return pub_ + (ahead > 3 ? ahead - 7 : ahead);
  }
}

// "last Wednesday" is strictly before publication, "next Wednesday" strictly after.
int Resolver::ShiftWeekday(int weekday, int step) const {
  if (step == 0) return WeekdayByTense(weekday);
  const int ahead = (weekday - Weekday(pub_) + 7) % 7;
  if (step > 0) return pub_ + (ahead == 0 ? 7 : ahead);
  return pub_ - (ahead == 0 ? 7 : 7 - ahead);
}

// "over the weekend": the last one begun by publication, or in the future the next one not over.
DateRange Resolver::WeekendByTense() const {
  int saturday = pub_ - (Weekday(pub_) + 1) % 7;  // the most recent Saturday, publication included
  if (tense_ == Tense::kFuture && saturday + 1 < pub_) saturday += 7;
  return Interval(saturday, saturday + 1);
}

// "last November": the most recent November before the publication month.
DateRange Resolver::ShiftMonthName(int month, int step) const {
  int year = py_;
  if (step < 0) year = month < pm_ ? py_ : py_ - 1;
  if (step > 0) year = month > pm_ ? py_ : py_ + 1;
  return DateRange::Month(year, month);
}

// "this week" (Monday to Sunday), "last month", "next year".
std::optional<DateRange> Resolver::ShiftUnit(int unit, int step) const {
  switch (unit) {
    case kWeek:
      return WeekOf(pub_ + 7 * step);
    case kMonth:
      return AddMonths(py_, pm_, step);
    case kYear:
      return DateRange::Year(py_ + step);
  }
  return std::nullopt;
}

std::optional<DateRange> Resolver::Ago(int unit, int n) const {
  switch (unit) {
    case kDay:
      return DateRange::Day(pub_ - n);
    case kWeek:
      return WeekOf(pub_ - 7 * n);
    case kMonth:
      return AddMonths(py_, pm_, -n);
    case kYear:
      return DateRange::Year(py_ - n);
    case kDecade:
      return DateRange::Year(py_ - 10 * n);
    case kCentury:
      return DateRange::Year(py_ - 100 * n);
  }
  return std::nullopt;
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(std::string_view sentence, int published,
                                                Tense tense) {
  return Resolver(sentence, TokenizeForDates(sentence), published, tense).Run();
}

struct SentenceTimes::State {
  std::string_view sentence;
  int published = -1;
  std::optional<std::vector<DateToken>> tokens;
  std::array<std::optional<std::vector<TimeExpression>>, 4> found;  // by Tense
};

SentenceTimes::SentenceTimes() : state_(std::make_unique<State>()) {}
SentenceTimes::~SentenceTimes() = default;

void SentenceTimes::Reset(std::string_view sentence, int published) {
  state_->sentence = sentence;
  state_->published = published;
  state_->tokens.reset();
  for (auto& f : state_->found) f.reset();
}

const std::vector<TimeExpression>& SentenceTimes::Find(Tense tense) {
  State& st = *state_;
  auto& found = st.found[static_cast<size_t>(tense)];
  if (!found) {
    if (!st.tokens) st.tokens = TokenizeForDates(st.sentence);
    found = Resolver(st.sentence, *st.tokens, st.published, tense).Run();
  }
  return *found;
}

}  // namespace dipgraph
