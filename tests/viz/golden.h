// Golden-file comparison for the viz tests: files under tests/data/golden/. Set
// DIPGRAPH_UPDATE_GOLDEN=1 to rewrite them from the current output (then review the diff).
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/test_util.h"

namespace dipgraph::testing {

inline std::string GoldenPath(const std::string& name) {
  return SourceDir() + "/tests/data/golden/" + name;
}

inline void CheckGolden(const std::string& name, const std::string& actual) {
  const char* update = std::getenv("DIPGRAPH_UPDATE_GOLDEN");
  if (update != nullptr && *update != '\0' && std::string(update) != "0") {
    std::ofstream(GoldenPath(name), std::ios::binary) << actual;
    MESSAGE("rewrote golden file " << name);
    return;
  }
  std::ifstream in(GoldenPath(name), std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing golden file " << GoldenPath(name)
                                                    << " (DIPGRAPH_UPDATE_GOLDEN=1 writes it)");
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK_MESSAGE(expected.str() == actual, "output differs from golden file " << name);
  if (expected.str() != actual) MESSAGE("actual output:\n" << actual);
}

}  // namespace dipgraph::testing
