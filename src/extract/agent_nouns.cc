#include "src/extract/agent_nouns.h"

#include "graph/data_files.h"
#include "graph/tsv.h"

namespace dipgraph {

AgentNouns::AgentNouns() {
  ForEachTsvRow(DataFileContent("lexicon/agents.tsv"), [&](const auto& f, int) {
    if (f.size() < 3) return;
    std::string lemma(f[0]);
    by_lemma_[lemma] = AgentNoun{std::string(f[1]), std::string(f[2])};
    lemmas_.push_back(std::move(lemma));
  });
}

const AgentNouns& AgentNouns::Get() {
  static const AgentNouns* table = new AgentNouns();
  return *table;
}

const AgentNoun* AgentNouns::Find(std::string_view lemma, uint32_t hash) const {
  return by_lemma_.Find(lemma, hash);
}

}  // namespace dipgraph
