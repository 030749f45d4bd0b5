#include "src/extract/validation.h"

#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace dipgraph {
namespace {

TEST_CASE("validation corpus: the extractor keeps at least the share of codings it reached") {
  std::ifstream in(testing::SourceDir() + "/tests/data/validation.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  auto cases = ParseValidation(ss.str(), "validation.txt");
  REQUIRE_OK(cases.status());
  REQUIRE(cases->size() >= 250);
  ValidationReport r = RunValidation(*cases);
  MESSAGE("validation: " << r.passed << "/" << r.cases << " cases, " << r.expectations_met << "/"
                         << r.expectations << " codings, " << r.forbidden_hits << " forbidden");
  // Floors at the measured level (run `dipgraph validate tests/data/validation.txt` for the
  // failures): raise them as the extractor improves; never lower them to pass.
  CHECK(r.expectations_met >= 261);
  CHECK(r.forbidden_hits == 0);
}

TEST_CASE("validation corpus: malformed lines are errors naming the line") {
  auto r =
      ParseValidation("@published 2010-11-03\n\nwhy: x\ntext: y\nexpect: A and B | 04\n", "v.txt");
  REQUIRE(!r.ok());
  CHECK(r.status().message().find("v.txt:5") != std::string::npos);
  auto bad_date = ParseValidation("@published 2010-13-03\n", "v.txt");
  CHECK(!bad_date.ok());
}

TEST_CASE(
    "validation corpus: an expectation passes only when source, code, modality and date fit") {
  auto cases = ParseValidation(
      "@published 1987-03-04\n\nwhy: meeting\ntext: Reagan met Gorbachev in Geneva today.\n"
      "expect: Ronald Reagan <> Mikhail Gorbachev | 04 | asserted | 1987-03-04 | Geneva\n\n"
      "why: wrong on purpose\ntext: Reagan met Gorbachev in Geneva today.\n"
      "expect: Ronald Reagan > Mikhail Gorbachev | 19 | asserted\n",
      "v.txt");
  REQUIRE_OK(cases.status());
  ValidationReport r = RunValidation(*cases);
  CHECK(r.passed == 1);
  REQUIRE(r.failures.size() == 1);
  CHECK(r.failures[0].problem.find("missing") != std::string::npos);
}

}  // namespace
}  // namespace dipgraph
