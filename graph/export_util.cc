#include "graph/export_util.h"

#include <charconv>
#include <set>

namespace dipgraph {

ExportSelection SelectForExport(const KnowledgeGraph& kg, const RelationFilter& filter) {
  ExportSelection sel;
  bool everything = filter.window.empty() && filter.code_prefix.empty() && filter.quad_class == 0 &&
                    filter.modalities == 0;
  std::vector<bool> touched(kg.actor_count() + 1, everything);
  for (const Relation& r : kg.relations()) {
    if (!everything && !filter.Matches(r)) continue;
    sel.relations.push_back(&r);
    touched[r.source] = touched[r.target] = true;
  }
  for (const Actor& a : kg.actors())
    if (touched[a.id]) sel.actors.push_back(&a);
  sel.everything = everything;
  return sel;
}

ExportSelection SelectForExport(const KnowledgeGraph& kg, const std::vector<ActorId>& actors,
                                const std::vector<RelationId>& relations) {
  ExportSelection sel;
  for (ActorId id : actors) sel.actors.push_back(&kg.actor(id));
  for (RelationId id : relations) sel.relations.push_back(&kg.relation(id));
  return sel;
}

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0.
size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
      (c == 0xF4 && c1 >= 0x90))
    return 0;  // overlong, surrogate, or beyond U+10FFFF
  return n;
}

}  // namespace

void AppendXmlEscaped(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '&':
        *out += "&amp;";
        continue;
      case '<':
        *out += "&lt;";
        continue;
      case '>':
        *out += "&gt;";
        continue;
      case '"':
        *out += "&quot;";
        continue;
      case '\'':
        *out += "&apos;";
        continue;
      case '\n':
        *out += "&#10;";
        continue;
      case '\r':
        *out += "&#13;";
        continue;
      case '\t':
        *out += "&#9;";
        continue;
      default:
        break;
    }
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) continue;
    if (u < 0x80) {
      out->push_back(c);
      continue;
    }
    size_t n = Utf8Length(s, i);
    if (n == 0) {
      *out += "\xEF\xBF\xBD";
      continue;
    }
    out->append(s.substr(i, n));
    i += n - 1;
  }
}

void AppendCsvField(std::string_view s, std::string* out) {
  bool quote = !s.empty() && (s.front() == ' ' || s.back() == ' ');
  for (char c : s) quote = quote || c == ',' || c == '"' || c == '\n' || c == '\r';
  if (!quote) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendDotString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (c == '\n') {
      *out += "\\n";
    } else if (c != '\r') {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

void AppendDay(int days, std::string* out) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  char buf[10] = {static_cast<char>('0' + y / 1000 % 10),
                  static_cast<char>('0' + y / 100 % 10),
                  static_cast<char>('0' + y / 10 % 10),
                  static_cast<char>('0' + y % 10),
                  '-',
                  static_cast<char>('0' + m / 10),
                  static_cast<char>('0' + m % 10),
                  '-',
                  static_cast<char>('0' + d / 10),
                  static_cast<char>('0' + d % 10)};
  out->append(buf, sizeof buf);
}

void AppendInt(int64_t v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

void AppendDouble(double v, std::string* out) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

}  // namespace dipgraph
