// GDELT event exports (tab-separated, no header): 1.0 daily files with 57 or 58 columns and 2.0
// files with 61, told apart by the column count of each row. Actors come from the name, actor
// code, country and type columns; the source URL becomes provenance; rows with one actor only
// are well-formed but have no relation to import (counted as skipped).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/importer.h"

namespace dipgraph {

class GdeltFormat : public ImportFormat {
 public:
  std::optional<RowError> ImportLine(std::string_view line, Importer& importer) override;

 private:
  std::vector<std::string_view> fields_;
  DayMemo day_{&ParseCompactDay};
  std::string key_;  // reused actor cache key
};

// What a GDELT actor (code "USALEG", name "UNITED STATES", country "USA", type "LEG") stands
// for: a country, a body of a country ("Legislature (United States)"), a person, or a place.
ActorSpec GdeltActorSpec(std::string_view code, std::string_view name, std::string_view country,
                         std::string_view type);

}  // namespace dipgraph
