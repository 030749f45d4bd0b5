// libFuzzer target: the date resolver, in every tense, against a fixed publication day.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/date.h"
#include "src/extract/date_resolver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  int published = dipgraph::DaysFromCivil(2010, 11, 3);
  for (auto tense : {dipgraph::Tense::kPast, dipgraph::Tense::kPresent, dipgraph::Tense::kFuture})
    for (const auto& e : dipgraph::FindTimeExpressions(s, published, tense)) {
      if (e.start > e.end || e.end > s.size()) __builtin_trap();
      if (e.range.begin > e.range.end) __builtin_trap();
    }
  (void)dipgraph::ParseDateRange(s);
  return 0;
}
