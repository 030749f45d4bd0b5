// ICEWS coded event files (tab-separated, a header, 20 columns: Event ID ... Longitude). Sectors
// give an actor's kind and its affiliation to a country; Story ID and sentence number become
// provenance; the place and coordinates become the relation's location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/importer.h"

namespace dipgraph {

class IcewsFormat : public ImportFormat {
 public:
  bool IsHeader(std::string_view first_line) const override;
  std::optional<RowError> ImportLine(std::string_view line, Importer& importer) override;

 private:
  std::vector<std::string_view> fields_;
  DayMemo day_{&ParseDay};
};

// The actor an ICEWS name stands for, from the name's shape ("Police (India)", "Barack Obama",
// "China"), its sectors ("Government,Police"; "" or "NA" when none) and its country. Shared with
// the TKG importer, whose names are ICEWS names.
ActorSpec IcewsActorSpec(std::string name, std::string_view sectors, std::string_view country);

// The most telling sector of a comma-separated list ("Foreign Ministry" over "Government"), or "".
std::string MainSector(std::string_view sectors);

}  // namespace dipgraph
