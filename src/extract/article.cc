#include "src/extract/article.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "graph/date.h"

namespace dipgraph {

namespace {

// Whether the 8 bytes at s are all ASCII and none is NUL (a word-at-a-time test: most news text is
// plain ASCII, and this runs over every byte of every document).
bool PlainAscii8(const unsigned char* s) {
  uint64_t w;
  std::memcpy(&w, s, 8);
  constexpr uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  bool has_zero = ((w - kLow) & ~w & kHigh) != 0;
  return (w & kHigh) == 0 && !has_zero;
}

}  // namespace

Status CheckUtf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n && PlainAscii8(s + i)) {
      i += 8;
      continue;
    }
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (c == 0) return Status::Invalid(fmt::format("NUL byte at byte offset {}", i));
    bool ok = len > 0 && i + len <= n && !(len == 2 && c < 0xC2);
    for (size_t k = 1; ok && k < len; ++k) ok = (s[i + k] & 0xC0) == 0x80;
    if (!ok) return Status::Invalid(fmt::format("invalid UTF-8 at byte offset {}", i));
    i += len;
  }
  return Status::Ok();
}

std::string ContentHash(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int MonthNumber(std::string_view word) {
  std::string w = Lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (kMonths[i].compare(0, w.size(), w) == 0) return static_cast<int>(i) + 1;
  return 0;
}

// The number at *i, or -1 if it has more than max_digits digits (a line of digits must not
// overflow an int); *i moves past every digit either way.
int ReadDigits(std::string_view line, size_t* i, int max_digits) {
  int value = 0, digits = 0;
  for (; *i < line.size() && std::isdigit(static_cast<unsigned char>(line[*i])); ++*i)
    if (++digits <= max_digits) value = value * 10 + (line[*i] - '0');
  return digits <= max_digits ? value : -1;
}

// "Wednesday, " before a date line: the weekday says nothing the date does not.
std::string_view SkipWeekday(std::string_view line) {
  static const std::array<std::string_view, 7> days = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  size_t end = line.find_first_of(", ");
  if (end == std::string_view::npos) return line;
  std::string word = Lower(line.substr(0, end));
  if (std::find(days.begin(), days.end(), std::string_view(word)) == days.end()) return line;
  size_t i = end;
  while (i < line.size() && (line[i] == ',' || line[i] == ' ')) ++i;
  return line.substr(i);
}

// "November 3, 2010 / 9:26 AM / 9 years ago", "March 4, 1987", "Wednesday, March 4, 1987" or
// "4 March 1987": the day, or -1.
int ParseDateLine(std::string_view line) {
  line = SkipWeekday(line);
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return -1;
  int month = MonthNumber(line.substr(0, sp));
  size_t i = sp + 1;
  int day = 0;
  if (month == 0) {  // day first: "4 March 1987"
    size_t d = 0;
    day = ReadDigits(line, &d, 2);
    size_t sp2 = line.find(' ', sp + 1);
    if (d != sp || sp2 == std::string_view::npos) return -1;
    month = MonthNumber(line.substr(sp + 1, sp2 - sp - 1));
    if (month == 0) return -1;
    i = sp2 + 1;
  } else {
    day = ReadDigits(line, &i, 2);
  }
  if (i < line.size() && line[i] == ',') ++i;
  while (i < line.size() && line[i] == ' ') ++i;
  size_t y0 = i;
  int year = ReadDigits(line, &i, 4);
  if (i - y0 != 4 || day < 1 || day > DaysInMonth(year, month)) return -1;
  std::string_view rest = line.substr(i);
  // Only a date line if nothing but a time follows.
  if (!rest.empty() && rest.find('/') == std::string_view::npos && rest.size() > 2) return -1;
  return DaysFromCivil(year, month, day);
}

std::string TitleCase(std::string_view s) {
  std::string out;
  bool start = true;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(static_cast<char>(start ? std::toupper(u) : std::tolower(u)));
    start = c == ' ' || c == '-' || c == '.';
  }
  return out;
}

// "MOSCOW (Reuters) - ", "WASHINGTON, Feb 26 - ", "GENEVA, March 4 - ": the place and the body
// offset after the dash; place empty when there is none.
std::string_view FindDateline(std::string_view para, size_t* body_offset) {
  size_t i = 0;
  while (i < para.size() && (std::isupper(static_cast<unsigned char>(para[i])) || para[i] == ' ' ||
                             para[i] == '.' || para[i] == '\'' || para[i] == '-'))
    ++i;
  std::string_view place = para.substr(0, i);
  while (!place.empty() && (place.back() == ' ' || place.back() == '-')) place.remove_suffix(1);
  if (place.size() < 3) return {};
  size_t dash = para.find(" - ", i > 0 ? i - 1 : 0);
  size_t alt = para.find(" \xE2\x80\x94 ", i > 0 ? i - 1 : 0);  // em dash
  size_t dash_len = 3;
  if (alt != std::string_view::npos && (dash == std::string_view::npos || alt < dash))
    dash = alt, dash_len = 5;
  if (dash == std::string_view::npos || dash > i + 30) return {};
  std::string_view between = para.substr(i, dash - i);
  // What lies between the place and the dash: "(Reuters)", ", Feb 26", nothing.
  for (char c : between)
    if (c == '.' && between.find('(') == std::string_view::npos && between.size() > 20) return {};
  *body_offset = dash + dash_len;
  return place;
}

// Whether s starts with one of the (lowercase) prefixes, ignoring the case of ASCII letters.
bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::string_view p : prefixes) {
    if (s.size() < p.size()) continue;
    size_t k = 0;
    while (k < p.size() && lower(s[k]) == p[k]) ++k;
    if (k == p.size()) return true;
  }
  return false;
}

// Credits, bylines, copyright lines and similar page furniture.
bool IsByline(std::string_view p) {
  if (StartsWithAny(
          p, {"writing by", "reporting by", "(reporting by", "editing by", "additional reporting",
              "(additional reporting", "compiled by", "copyright", "\xC2\xA9",
              "all rights reserved", "our standards", "(editing by", "(writing by", "photo by",
              "graphic by", "(compiled by", "read more", "related coverage", "click here"}))
    return true;
  // "By Jane Doe" alone on a line.
  if (StartsWithAny(p, {"by "}) && p.size() < 60 && p.find('.') == std::string_view::npos)
    return true;
  return false;
}

// Whether p has a letter at all (std::isalpha in the "C" locale): text, not page leftovers.
bool HasLetter(std::string_view p) {
  for (char c : p)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}

bool HasUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// "0 : 0", bullet lists of CSS breakpoint names, lone symbols.
bool IsPageJunk(std::string_view p) {
  if (!HasLetter(p)) return true;
  bool bullets = p.find("\xE2\x80\xA2") != std::string_view::npos;
  bool has_space_words = false;
  size_t lines = 0, token_lines = 0;
  size_t start = 0;
  while (start < p.size()) {
    size_t nl = p.find('\n', start);
    std::string_view line = p.substr(start, nl == std::string_view::npos ? p.npos : nl - start);
    start = nl == std::string_view::npos ? p.size() : nl + 1;
    while (!line.empty() &&
           (line.front() == ' ' || static_cast<unsigned char>(line.front()) >= 0x80))
      line.remove_prefix(1);
    if (line.empty()) continue;
    ++lines;
    bool one_token = line.find(' ') == std::string_view::npos;
    if (one_token && !HasUpper(line)) ++token_lines;
    if (!one_token) {
      has_space_words = true;
      // Without bullets, only a paragraph of one-word lines is junk; this line has two words, so
      // the rest need not be read (most paragraphs end here, at their first line).
      if (!bullets) return false;
    }
  }
  return (bullets && token_lines * 2 >= lines) ||
         (lines > 0 && token_lines == lines && lines > 1) ||
         (!has_space_words && lines == 1 && token_lines == 1 &&
          p.find('-') != std::string_view::npos);
}

// A caption ends with a photo credit: "... 2010. REUTERS/Alexander Natruskin". Returns the length
// of the paragraph without the credit, or npos when there is no credit.
size_t CaptionEnd(std::string_view p) {
  size_t slash = p.rfind('/');
  if (slash == std::string_view::npos || slash + 1 >= p.size()) return std::string_view::npos;
  size_t word = p.rfind(' ', slash);
  word = word == std::string_view::npos ? 0 : word + 1;
  std::string_view agency = p.substr(word, slash - word);
  bool upper = agency.size() >= 2;
  for (char c : agency) upper = upper && (std::isupper(static_cast<unsigned char>(c)) || c == ' ');
  std::string lower = Lower(agency);
  bool known = lower == "reuters" || lower == "ap" || lower == "afp" || lower == "dipgraph" ||
               lower == "photo" || lower == "getty images";
  if (!upper && !known) return std::string_view::npos;
  if (p.size() - slash > 60) return std::string_view::npos;
  return word;
}

struct Paragraph {
  size_t start, end;
};

// Paragraphs are separated by blank lines; the short lines of a header (headline, date line) are
// paragraphs of their own even when no blank line separates them.
std::vector<Paragraph> Paragraphs(const std::string& text) {
  std::vector<Paragraph> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t br = text.find("\n\n", i);
    size_t e = br == std::string::npos ? text.size() : br;
    size_t a = i, b = e;
    while (a < b && std::isspace(static_cast<unsigned char>(text[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
    // Peel short header lines off the front of the paragraph.
    while (a < b) {
      size_t nl = text.find('\n', a);
      if (nl == std::string::npos || nl >= b || nl - a > 120 || text[nl - 1] == '.') break;
      size_t next = nl + 1;
      while (next < b && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
      std::string_view line(text.data() + a, nl - a);
      bool header = ParseDateLine(line) >= 0 ||
                    ParseDateLine(std::string_view(text.data() + next,
                                                   std::min(b, text.find('\n', next)) - next)) >= 0;
      if (!header) break;
      out.push_back({a, nl});
      a = next;
    }
    if (b > a) out.push_back({a, b});
    i = br == std::string::npos ? text.size() : br + 2;
  }
  return out;
}

// Drops a trailing "Reuter" sign-off (Reuters 1987 texts end with it).
size_t StripSignOff(const std::string& text, size_t start, size_t end) {
  std::string_view p(text.data() + start, end - start);
  for (std::string_view sign : {" Reuter", " REUTER", "\nReuter", " Reuters", "\nREUTER"})
    if (p.size() > sign.size() && p.substr(p.size() - sign.size()) == sign)
      return end - sign.size();
  return end;
}

}  // namespace

Article AnalyzeArticle(SourceText src) {
  Article a;
  a.id = ContentHash(src.text);
  a.source = std::move(src.source);
  a.text = std::move(src.text);
  a.title = src.title;
  if (auto day = ParseDay(src.date.substr(0, 10))) a.published = *day;
  a.dateline = src.dateline.empty() ? "" : TitleCase(src.dateline);
  bool body_started = false;
  for (const Paragraph& p : Paragraphs(a.text)) {
    std::string_view para(a.text.data() + p.start, p.end - p.start);
    size_t end = StripSignOff(a.text, p.start, p.end);
    if (!body_started) {
      int day = ParseDateLine(para);
      if (day >= 0) {
        if (a.published < 0) a.published = day;
        continue;
      }
    }
    if (IsByline(para) || IsPageJunk(para)) continue;
    size_t offset = 0;
    std::string_view place = body_started ? std::string_view() : FindDateline(para, &offset);
    if (!place.empty()) {
      if (a.dateline.empty()) a.dateline = TitleCase(place);
      body_started = true;
      // "MOSCOW (Reuters) - Reuters": the sign-off may take all that follows the dash.
      if (p.start + offset < end) a.blocks.push_back({{p.start + offset, end}, BlockKind::kBody});
      continue;
    }
    size_t caption = CaptionEnd(para);
    if (caption != std::string_view::npos) {
      a.blocks.push_back({{p.start, p.start + caption}, BlockKind::kCaption});
      continue;
    }
    bool title = !body_started && a.blocks.empty() && para.find('\n') == std::string_view::npos &&
                 para.size() < 200 && para.back() != '.';
    if (title && a.title.empty()) a.title = std::string(para);
    a.blocks.push_back({{p.start, end}, title ? BlockKind::kTitle : BlockKind::kBody});
    if (!title) body_started = true;
  }
  return a;
}

}  // namespace dipgraph
