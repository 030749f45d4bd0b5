// Command-line options of one subcommand: declared specs, parsing with "did you mean", --help text.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "graph/status.h"

namespace dipgraph::cli {

struct OptionSpec {
  std::string name;        // "--from"
  std::string value_name;  // "DATE"; empty for a flag
  std::string help;
};

class Args {
 public:
  // Parses argv (without the command name). Unknown options are a usage error with a suggestion.
  Status Parse(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs);

  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> GetAll(const std::string& name) const;
  // An integer option within [lo, hi]; a usage error otherwise.
  Result<long> GetInt(const std::string& name, long fallback, long lo, long hi) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::multimap<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

// "unknown X 'foo'; did you mean 'bar'?" when a candidate is close.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace dipgraph::cli
