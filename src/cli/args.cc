#include "src/cli/args.h"

#include <fmt/format.h>

#include <charconv>

#include "graph/name_key.h"

namespace dipgraph::cli {

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
  for (const std::string& c : candidates) {
    int d = EditDistance(word, c, best_distance);
    bool prefix = word.size() >= 3 && c.rfind(word, 0) == 0;
    if (prefix) d = std::min(d, 1);
    if (d < best_distance) best = c, best_distance = d;
  }
  return best.empty() ? "" : fmt::format("; did you mean '{}'?", best);
}

Status Args::Parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
  bool options_done = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (options_done || a.size() < 2 || a[0] != '-' || a == "-") {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs)
      if (s.name == name) spec = &s;
    if (!spec) {
      std::vector<std::string> names;
      for (const OptionSpec& s : specs) names.push_back(s.name);
      return Status::Usage(fmt::format("unknown option '{}'{}", name, DidYouMean(name, names)));
    }
    if (spec->value_name.empty()) {
      if (inline_value) return Status::Usage(fmt::format("option {} takes no value", name));
      values_.emplace(name, "");
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argv.size())
        return Status::Usage(fmt::format("option {} needs a value ({})", name, spec->value_name));
      value = argv[++i];
    }
    values_.emplace(name, value);
  }
  return Status::Ok();
}

std::string Args::Get(const std::string& name, const std::string& fallback) const {
  auto [begin, end] = values_.equal_range(name);
  if (begin == end) return fallback;
  return std::prev(end)->second;  // the last one given wins
}

std::vector<std::string> Args::GetAll(const std::string& name) const {
  std::vector<std::string> out;
  for (auto [it, end] = values_.equal_range(name); it != end; ++it) out.push_back(it->second);
  return out;
}

Result<long> Args::GetInt(const std::string& name, long fallback, long lo, long hi) const {
  if (!Has(name)) return fallback;
  std::string s = Get(name);
  long v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size())
    return Status::Usage(fmt::format("{}: expected a whole number, got '{}'", name, s));
  if (v < lo || v > hi)
    return Status::Usage(fmt::format("{}: {} is out of range ({} to {})", name, v, lo, hi));
  return v;
}

}  // namespace dipgraph::cli
