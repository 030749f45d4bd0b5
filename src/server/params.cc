#include "src/server/params.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <sstream>

#include "queries/resolve.h"

namespace dipgraph::server {

namespace {

Result<DateRange> ParseDateParam(const std::string& name, const std::string& value) {
  auto r = ParseDateRange(value);
  if (!r || r->empty())
    return Status::Invalid(
        fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", name, value));
  return *r;
}

Status ParseModalities(const std::string& list, unsigned* bits) {
  std::stringstream ss(list);
  for (std::string m; std::getline(ss, m, ',');) {
    auto mod = ParseModality(m);
    if (!mod)
      return Status::Invalid(
          fmt::format("modality: '{}' is not one of asserted, planned, hypothetical, negated", m));
    *bits |= ModalityBit(*mod);
  }
  return Status::Ok();
}

}  // namespace

Status RequestParams::Check(size_t max_length) const {
  for (auto it = params_.begin(); it != params_.end(); ++it) {
    const std::string& name = it->first;
    if (std::find(allowed_.begin(), allowed_.end(), name) == allowed_.end()) {
      std::string expected;
      for (const std::string& a : allowed_) expected += (expected.empty() ? "" : ", ") + a;
      return Status::Invalid(fmt::format("unknown parameter '{}' (expected: {})", name,
                                         expected.empty() ? "none" : expected));
    }
    if (params_.count(name) > 1) return Status::Invalid(fmt::format("'{}' given twice", name));
    if (it->second.size() > max_length)
      return Status::Invalid(fmt::format("'{}' is longer than {} bytes", name, max_length));
  }
  return Status::Ok();
}

bool RequestParams::Has(const std::string& name) const { return params_.count(name) > 0; }

std::string RequestParams::Get(const std::string& name) const {
  auto it = params_.find(name);
  return it == params_.end() ? "" : it->second;
}

Result<ActorId> RequestParams::Actor(const KnowledgeGraph& kg, const std::string& name,
                                     bool required) const {
  std::string value = Get(name);
  if (value.empty()) {
    if (required)
      return Status::Invalid(fmt::format("'{}' is required (an actor id or name)", name));
    return ActorId{0};
  }
  auto id = ResolveActor(kg, value);
  if (!id.ok()) return id.status().WithContext(name);
  return *id;
}

Result<int> RequestParams::Int(const std::string& name, int fallback, int lo, int hi) const {
  if (!Has(name) || Get(name).empty()) return fallback;
  std::string value = Get(name);
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < lo || n > hi)
    return Status::Invalid(
        fmt::format("{}: '{}' is not a whole number from {} to {}", name, value, lo, hi));
  return n;
}

Result<bool> RequestParams::Flag(const std::string& name) const {
  std::string v = Get(name);
  if (v == "1" || v == "true" || v == "yes" || v == "on") return true;
  if (v.empty() || v == "0" || v == "false" || v == "no" || v == "off") return false;
  return Status::Invalid(fmt::format("{}: '{}' is not true or false", name, v));
}

Result<DateRange> RequestParams::Window(const std::string& from, const std::string& to) const {
  DateRange a, b;
  if (!Get(from).empty()) {
    auto r = ParseDateParam(from, Get(from));
    if (!r.ok()) return r.status();
    a = *r;
  }
  if (!Get(to).empty()) {
    auto r = ParseDateParam(to, Get(to));
    if (!r.ok()) return r.status();
    b = *r;
  }
  if (a.empty() && b.empty()) return DateRange{};
  int begin = a.empty() ? DaysFromCivil(1, 1, 1) : a.begin;
  int end = b.empty() ? DaysFromCivil(9999, 12, 31) : b.end;
  if (begin > end) return Status::Invalid(fmt::format("'{}' is after '{}'", from, to));
  return DateRange::Interval(begin, end);
}

Result<RelationFilter> RequestParams::Filter(const std::string& from, const std::string& to) const {
  RelationFilter f;
  auto window = Window(from, to);
  if (!window.ok()) return window.status();
  f.window = *window;
  f.code_prefix = Get("code");
  bool digits = std::all_of(f.code_prefix.begin(), f.code_prefix.end(),
                            [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || f.code_prefix.size() > 4)
    return Status::Invalid(fmt::format("code: '{}' is not a CAMEO code prefix", f.code_prefix));
  auto quad = Int("quad", 0, 1, 4);
  if (!quad.ok()) return quad.status();
  f.quad_class = *quad;
  DG_RETURN_IF_ERROR(ParseModalities(Get("modality"), &f.modalities));
  return f;
}

}  // namespace dipgraph::server
