#include "src/extract/token.h"

namespace dipgraph {

namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a UTF-8 sequence starting with c (1 for invalid lead bytes).
size_t Utf8Length(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Curly quotes, primes and dashes as ASCII; other multibyte characters count as letters.
char AsciiPunct(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = std::min(Utf8Length(c), s.size() - i);
  if (*len == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x98 || d == 0x99) return '\'';
    if (d == 0x9C || d == 0x9D) return '"';
    if (d == 0x93 || d == 0x94) return '-';
    if (d == 0xA2) return '*';  // bullet
    if (d == 0xA6) return '.';  // ellipsis
  }
  if (*len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) return ' ';
  return 0;
}

bool IsLetterAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlnum(c);
  size_t len;
  return AsciiPunct(s, i, &len) == 0;
}

// Scans a word from i: letters, digits, and ' . - & joining letters. Returns its end.
size_t WordEnd(std::string_view s, size_t i, size_t end) {
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t len;
      char p = AsciiPunct(s, i, &len);
      if (p == 0) {
        i += len;
        continue;
      }
      // A curly apostrophe inside a word ("Russia’s" is split later, "Mu’ammar" kept).
      if (p == '\'' && i + len < end && IsLetterAt(s, i + len)) {
        i += len;
        continue;
      }
      return i;
    }
    if (IsAsciiAlnum(c)) {
      ++i;
      continue;
    }
    bool joins = (c == '\'' || c == '-' || c == '&' || c == '.' || c == ',' || c == ':') &&
                 i + 1 < end && IsLetterAt(s, i + 1);
    if (c == '.' && i + 1 < end && s[i + 1] != ' ' && IsLetterAt(s, i + 1)) joins = true;
    if ((c == ',' || c == ':') && !(i > 0 && isdigit(static_cast<unsigned char>(s[i - 1])) &&
                                    isdigit(static_cast<unsigned char>(s[i + 1]))))
      joins = false;  // 1,000 and 9:26 stay one token; "a,b" does not
    if (!joins) return i;
    ++i;
  }
  return i;
}

// Builds the tokens of one span.
struct Tokenizer {
  std::string_view text;
  WordStore* words;
  std::vector<Token>* out;

  // One pass over text[start, end): the normalised form (lowercase ASCII, curly quotes and dashes
  // made ASCII) written into the store, its hash, and the case of the letters.
  void Push(size_t start, size_t end) {
    std::string_view raw = text.substr(start, end - start);
    char* norm = words->Reserve(raw.size());  // never longer than the raw text
    size_t n = 0;
    WordHasher hash;
    int letters = 0, uppers = 0;
    for (size_t i = 0; i < raw.size();) {
      unsigned char c = static_cast<unsigned char>(raw[i]);
      char o = static_cast<char>(c);
      size_t len = 1;
      if (c >= 'A' && c <= 'Z') {
        ++letters, ++uppers;
        o = static_cast<char>(c - 'A' + 'a');
      } else if (c >= 'a' && c <= 'z') {
        ++letters;
      } else if (c >= 0x80) {
        char p = AsciiPunct(raw, i, &len);
        if (p)
          o = p;
        else
          len = 1;  // other multibyte characters are kept byte by byte
      }
      norm[n++] = o;
      hash.Add(o);
      i += len;
    }
    Token t;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.norm = words->Commit(n);
    t.norm_hash = hash.Value();
    t.word = IsLetterAt(text, start);
    t.cap = raw[0] >= 'A' && raw[0] <= 'Z';
    t.upper = letters >= 2 && letters == uppers;
    out->push_back(t);
  }

  // Splits clitics off a word token: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't".
  void PushWord(size_t start, size_t end) {
    Push(start, end);
    std::string_view norm = out->back().norm;
    auto ends_with = [&](std::string_view suffix) {
      return norm.size() > suffix.size() && norm.substr(norm.size() - suffix.size()) == suffix;
    };
    size_t tail = 0;  // bytes of the original text that form the clitic
    if (ends_with("'s"))
      tail = text.substr(end - 2, 2) == "'s" || text.substr(end - 2, 2) == "'S" ? 2 : 4;
    else if (ends_with("n't"))
      tail = text[end - 2] == '\'' ? 3 : 5;
    else if (ends_with("s'"))
      tail = text[end - 1] == '\'' ? 1 : 3;
    if (tail == 0 || tail >= end - start) return;
    out->pop_back();  // rare: the word is pushed again as two tokens
    Push(start, end - tail);
    Push(end - tail, end);
  }
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end, WordStore* words) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 1);
  Tokenizer tok{text, words, &out};
  size_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    size_t len = 1;
    char p = c >= 0x80 ? AsciiPunct(text, i, &len) : 0;
    if (p == ' ') {
      i += len;
      continue;
    }
    if (IsLetterAt(text, i)) {
      size_t e = WordEnd(text, i, end);
      // A word ending in '.' followed by more letters was joined ("U.S."); include a final '.'
      // when the word already holds one (abbreviation) or is a single capital (initial).
      if (e < end && text[e] == '.') {
        std::string_view w = text.substr(i, e - i);
        bool initial = w.size() == 1 && isupper(static_cast<unsigned char>(w[0]));
        if (w.find('.') != std::string_view::npos || initial) ++e;
      }
      tok.PushWord(i, e);
      i = e;
      continue;
    }
    tok.Push(i, i + len);
    i += len;
  }
  return out;
}

}  // namespace dipgraph
