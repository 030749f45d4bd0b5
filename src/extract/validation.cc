#include "src/extract/validation.h"

#include <fmt/format.h>

#include "graph/date.h"
#include "graph/name_key.h"
#include "graph/tsv.h"
#include "src/extract/extractor.h"

namespace dipgraph {

namespace {

std::string Trim(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return std::string(s.substr(a, b - a + 1));
}

// "SOURCE > TARGET | CODE | MODALITY | DATE | LOCATION"
Result<Expectation> ParseExpectation(std::string_view body, const std::string& where) {
  Expectation e;
  e.text = Trim(body);
  auto fields = SplitView(body, '|');
  std::string pair = Trim(fields[0]);
  size_t arrow = pair.find("<>");
  size_t len = 2;
  if (arrow == std::string::npos) arrow = pair.find('>'), len = 1;
  if (arrow == std::string::npos || fields.size() < 2)
    return Status::Invalid(where + ": expected 'SOURCE > TARGET | CODE ...'");
  e.either_way = len == 2;
  e.source = Trim(pair.substr(0, arrow));
  e.target = Trim(pair.substr(arrow + len));
  e.code_prefix = Trim(fields[1]);
  auto field = [&](size_t i) {
    std::string v = i < fields.size() ? Trim(fields[i]) : "";
    return v == "-" ? "" : v;
  };
  e.modality = field(2);
  e.date = field(3);
  e.location = field(4);
  if (!e.date.empty() && !ParseDateRange(e.date))
    return Status::Invalid(fmt::format("{}: bad date '{}'", where, e.date));
  return e;
}

bool NameMatches(const Extraction& x, int entity, const std::string& wanted) {
  const DocEntity& e = x.model.entities[entity];
  std::string key = NameKey(wanted);
  if (NameKey(e.name) == key) return true;
  for (const std::string& a : e.aliases)
    if (NameKey(a) == key) return true;
  return false;
}

bool DateMatches(const DateRange& got, const std::string& wanted) {
  if (wanted.empty()) return true;
  auto w = ParseDateRange(wanted);
  if (!w || got.empty()) return false;
  const int slack = 3;
  return got.Overlaps(*w) && got.begin >= w->begin - slack && got.end <= w->end + slack;
}

bool Matches(const Extraction& x, const ExtractedRelation& r, const Expectation& e, bool strict) {
  bool pair = NameMatches(x, r.source, e.source) && NameMatches(x, r.target, e.target);
  if (!pair && e.either_way)
    pair = NameMatches(x, r.target, e.source) && NameMatches(x, r.source, e.target);
  if (!pair || r.cameo.rfind(e.code_prefix, 0) != 0) return false;
  if (!e.modality.empty() && ModalityName(r.modality) != e.modality) return false;
  if (!strict) return true;
  if (!DateMatches(r.date, e.date)) return false;
  return e.location.empty() || NameKey(r.location) == NameKey(e.location);
}

std::string Describe(const Extraction& x, const ExtractedRelation& r) {
  return fmt::format("{} > {} | {} | {} | {} | {}", x.model.entities[r.source].name,
                     x.model.entities[r.target].name, r.cameo, ModalityName(r.modality),
                     r.date.empty() ? "-" : FormatDateRange(r.date),
                     r.location.empty() ? "-" : r.location);
}

}  // namespace

Result<std::vector<ValidationCase>> ParseValidation(std::string_view content,
                                                    const std::string& source) {
  std::vector<ValidationCase> cases;
  std::string published;
  ValidationCase current;
  int number = 0;
  auto flush = [&] {
    if (!current.text.empty()) cases.push_back(current);
    current = ValidationCase();
  };
  for (std::string_view line : SplitView(content, '\n')) {
    ++number;
    std::string where = fmt::format("{}:{}", source, number);
    std::string l = Trim(line);
    if (l.empty()) {
      flush();
      continue;
    }
    if (l[0] == '#') continue;
    if (l.rfind("@published", 0) == 0) {
      published = Trim(l.substr(10));
      if (!ParseDay(published)) return Status::Invalid(where + ": bad @published date");
      continue;
    }
    size_t colon = l.find(':');
    if (colon == std::string::npos) return Status::Invalid(where + ": expected 'key: value'");
    std::string key = l.substr(0, colon), value = Trim(l.substr(colon + 1));
    if (key == "why") {
      current.why = value;
      current.line = number;
      current.published = published;
    } else if (key == "text") {
      current.text = value;
      if (current.line == 0) current.line = number, current.published = published;
    } else if (key == "expect" && value == "none") {
      current.expect_none = true;
    } else if (key == "expect" || key == "forbid") {
      auto e = ParseExpectation(value, where);
      if (!e.ok()) return e.status();
      (key == "expect" ? current.expect : current.forbid).push_back(*e);
    } else {
      return Status::Invalid(fmt::format("{}: unknown key '{}'", where, key));
    }
  }
  flush();
  return cases;
}

ValidationReport RunValidation(const std::vector<ValidationCase>& cases) {
  ValidationReport report;
  for (const ValidationCase& c : cases) {
    ++report.cases;
    auto x = ExtractDocument({"validation", c.text, c.published, "", ""});
    ValidationFailure f{c.line, c.why, c.text, "", {}};
    if (!x.ok()) {
      f.problem = x.status().message();
      report.failures.push_back(f);
      continue;
    }
    for (const ExtractedRelation& r : x->relations) f.got.push_back(Describe(*x, r));
    for (const Expectation& e : c.expect) {
      ++report.expectations;
      bool met = false;
      for (const ExtractedRelation& r : x->relations) met = met || Matches(*x, r, e, true);
      if (met)
        ++report.expectations_met;
      else
        f.problem += "missing: " + e.text + "\n";
    }
    for (const Expectation& e : c.forbid)
      for (const ExtractedRelation& r : x->relations)
        if (Matches(*x, r, e, false)) {
          ++report.forbidden_hits;
          f.problem += "forbidden: " + e.text + "\n";
        }
    if (c.expect_none && !x->relations.empty()) f.problem += "expected no relation\n";
    if (f.problem.empty())
      ++report.passed;
    else
      report.failures.push_back(std::move(f));
  }
  return report;
}

}  // namespace dipgraph
