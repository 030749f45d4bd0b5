#include "src/extract/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dipgraph {

namespace {

// Abbreviations after which a period does not end a sentence (lowercase, without the period).
constexpr std::array<std::string_view, 52> kAbbreviations = {
    "mr",   "mrs",    "ms",     "dr",   "gen",  "col", "lt",   "sgt", "capt", "cmdr", "adm",
    "gov",  "sen",    "rep",    "rev",  "st",   "jan", "feb",  "mar", "apr",  "jun",  "jul",
    "aug",  "sep",    "sept",   "oct",  "nov",  "dec", "no",   "co",  "corp", "inc",  "ltd",
    "jr",   "sr",     "vs",     "prof", "pres", "maj", "brig", "ft",  "mt",   "gens", "reps",
    "sens", "messrs", "approx", "dept", "est",  "fig", "univ", "cpl"};

// Words that usually start a sentence; after a dotted acronym ("U.S.") they mean a split.
constexpr std::array<std::string_view, 24> kStarters = {
    "The",  "He",  "She", "It",  "They",  "We",    "I",  "A",     "An",    "In",    "But",  "This",
    "That", "His", "Her", "Its", "Their", "There", "On", "After", "While", "Asked", "When", "If"};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The word that ends just before position `dot` (letters, digits and inner periods).
std::string_view WordBefore(std::string_view text, size_t begin, size_t dot) {
  size_t i = dot;
  while (i > begin && (std::isalnum(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '.'))
    --i;
  return text.substr(i, dot - i);
}

std::string_view WordAfter(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
  return text.substr(i, j - i);
}

bool IsAbbreviation(std::string_view word) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

// Skips closing quotes and parentheses (ASCII and curly) after the terminator.
size_t SkipClosers(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    if (text[i] == '"' || text[i] == '\'' || text[i] == ')') {
      ++i;
    } else if (i + 2 < end && static_cast<unsigned char>(text[i]) == 0xE2 &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x9D ||
                static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

// Whether the character at i can open a sentence: an uppercase letter, digit or opening quote.
bool OpensSentence(std::string_view text, size_t i, size_t end) {
  if (i >= end) return false;
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '(' || c == '\'') return true;
  return c == 0xE2 && i + 2 < end && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[i + 2]) == 0x9C ||
          static_cast<unsigned char>(text[i + 2]) == 0x98);
}

// Whether the period at `dot` ends a sentence whose next word starts at `next`.
bool PeriodEnds(std::string_view text, size_t begin, size_t dot, size_t next, size_t end) {
  std::string_view before = WordBefore(text, begin, dot);
  if (before.empty()) return true;
  if (before.size() == 1 && std::isupper(static_cast<unsigned char>(before[0])))
    return false;  // an initial: "George W. Bush"
  if (IsAbbreviation(before)) return false;
  if (before.find('.') != std::string_view::npos) {
    // "U.S." ends a sentence only when a typical sentence opener follows.
    std::string_view after = WordAfter(text, next, end);
    return std::find(kStarters.begin(), kStarters.end(), after) != kStarters.end();
  }
  return true;
}

Span Trim(std::string_view text, size_t a, size_t b) {
  while (a < b && IsSpace(text[a])) ++a;
  while (b > a && IsSpace(text[b - 1])) --b;
  return {a, b};
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, size_t begin, size_t end) {
  std::vector<Span> out;
  size_t start = begin;
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    size_t after = SkipClosers(text, i + 1, end);
    if (after < end && !IsSpace(text[after])) continue;  // "U.S.-led", "3.5"
    size_t next = after;
    while (next < end && IsSpace(text[next])) ++next;
    if (next < end && !OpensSentence(text, next, end)) continue;
    if (c == '.' && next < end && !PeriodEnds(text, begin, i, next, end)) continue;
    Span s = Trim(text, start, after);
    if (s.end > s.start) out.push_back(s);
    start = after;
    i = after - 1;
  }
  Span s = Trim(text, start, end);
  if (s.end > s.start) out.push_back(s);
  return out;
}

}  // namespace dipgraph
