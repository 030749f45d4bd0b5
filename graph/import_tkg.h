// Temporal knowledge-graph quadruples as published for TKG research (ICEWS14, ICEWS18,
// ICEWS05-15): `head \t relation \t tail \t YYYY-MM-DD`, an optional header, an optional fifth
// column (the split) that is ignored. Relation names are CAMEO event names ("Make_a_visit").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/cameo.h"
#include "graph/importer.h"

namespace dipgraph {

class TkgFormat : public ImportFormat {
 public:
  bool IsHeader(std::string_view first_line) const override;
  std::optional<RowError> ImportLine(std::string_view line, Importer& importer) override;

 private:
  std::vector<std::string_view> fields_;
  DayMemo day_{&ParseDay};
  StringTable<const CameoCode*> relations_;  // by relation name as written; nullptr: no match
};

// "Barack_Obama" -> "Barack Obama", "Foreign_Affairs_(France)" -> "Foreign Affairs (France)".
std::string NormalizeTkgName(std::string_view raw);

// The CAMEO code whose label matches a relation name case- and punctuation-insensitively
// ("Make_a_visit" -> 042; "Consult" -> 040 rather than the root 04), or a known variant; nullptr
// when nothing matches.
const CameoCode* CameoForRelationName(std::string_view name);

}  // namespace dipgraph
