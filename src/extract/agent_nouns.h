// Agent nouns (data/lexicon/agents.tsv): "officials", "soldiers", "police", "protesters". After a
// nationality they make an actor: the state itself for its organs ("Israeli soldiers": Israel),
// else a group of that country in a CAMEO sector ("Palestinian demonstrators": PSECVL).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "src/extract/word_table.h"

namespace dipgraph {

struct AgentNoun {
  std::string sector;  // CAMEO sector code: GOV, MIL, COP, REB, CVL, BUS...
  std::string label;   // what the group is called after the nationality: "military", "police"
  // Organs of the state (government, military, police, courts, legislature) act for the state
  // itself, as the event data sets count them; other sectors are groups of their own.
  bool state() const {
    return sector == "GOV" || sector == "MIL" || sector == "COP" || sector == "JUD" ||
           sector == "LEG";
  }
};

class AgentNouns {
 public:
  // The table built from the embedded data (built once, shared, immutable).
  static const AgentNouns& Get();
  // The agent noun with this lemma (`hash` is its WordHash), or nullptr.
  const AgentNoun* Find(std::string_view lemma, uint32_t hash) const;
  // Every lemma in the table, so that the lemmatizer knows them as base forms.
  const std::vector<std::string>& lemmas() const { return lemmas_; }

 private:
  AgentNouns();
  WordTable<AgentNoun> by_lemma_;
  std::vector<std::string> lemmas_;
};

}  // namespace dipgraph
