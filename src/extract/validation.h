// The validation corpus (tests/data/validation.txt): sentences with the codings the extractor
// should produce, each with a one-line reason (TABARI's Validate.text idea). Run by a test and by
// `dipgraph validate`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace dipgraph {

struct Expectation {
  std::string source, target;
  bool either_way = false;  // "<>"
  std::string code_prefix;
  std::string modality;  // "" = any
  std::string date;      // "" = not checked
  std::string location;  // "" = not checked
  std::string text;      // the line as written
};

struct ValidationCase {
  int line = 0;
  std::string published;
  std::string why;
  std::string text;
  std::vector<Expectation> expect;  // empty with expect_none: nothing may be extracted
  std::vector<Expectation> forbid;
  bool expect_none = false;
};

struct ValidationFailure {
  int line = 0;
  std::string why, text, problem;
  std::vector<std::string> got;  // what the extractor produced
};

struct ValidationReport {
  int cases = 0, passed = 0;
  int expectations = 0, expectations_met = 0, forbidden_hits = 0;
  std::vector<ValidationFailure> failures;
};

// Parses the file; errors name the line.
Result<std::vector<ValidationCase>> ParseValidation(std::string_view content,
                                                    const std::string& source);
ValidationReport RunValidation(const std::vector<ValidationCase>& cases);

}  // namespace dipgraph
