// Inside src/extract: a sentence as the event extractor reads it (the mention at each token, its
// parse) and a pattern matched in it. Shared by the two readings of roles: from the dependency
// tree (tree_roles.h) and from the words' order (surface_roles.h).
#pragma once

#include <string_view>
#include <vector>

#include "src/extract/agent_nouns.h"
#include "src/extract/dependency_tree.h"
#include "src/extract/document_model.h"
#include "src/extract/event_lexicon.h"

namespace dipgraph {

inline bool IsClauseBreak(const Token& t) {
  return t.norm == ";" || t.norm == ":" || t.norm == ".";
}

inline bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "both";
}

// A sentence with, for each token, the mention covering it (-1 if none).
struct View {
  const DocumentModel& doc;
  const Sentence& s;
  std::vector<int> mention_at;
  DependencyTree tree;  // empty when the sentence was not parsed
  View(const DocumentModel& d, const Sentence& sentence, std::vector<Mention> extra)
      : doc(d), s(sentence), tree(sentence.syntax, sentence.tokens), mentions(sentence.mentions) {
    mention_at.assign(s.tokens.size(), -1);
    for (const Mention& m : extra) mentions.push_back(m);
    for (size_t m = 0; m < mentions.size(); ++m)
      for (uint32_t k = mentions[m].begin; k < mentions[m].end; ++k)
        mention_at[k] = static_cast<int>(m);
  }
  const Mention& mention(int m) const { return mentions[m]; }
  // A place with no country behind it cannot act; "Russian" acts only as "Russian officials".
  bool CanAct(int m) const {
    const Mention& x = mention(m);
    if (x.place) return x.country >= 0;
    return !x.adjective || IsAgentNoun(x.end);
  }
  bool IsAgentNoun(size_t k) const;
  std::vector<Mention> mentions;  // the sentence's, plus event anaphora ("the operations")
};

inline bool View::IsAgentNoun(size_t k) const {
  return k < s.tokens.size() &&
         AgentNouns::Get().Find(s.tokens[k].lemma, s.tokens[k].lemma_hash) != nullptr;
}

struct Match {
  const EventPattern* pattern = nullptr;
  std::vector<int> sources, targets;  // mention indexes
  std::vector<size_t> word_tokens;
  size_t anchor = 0, last_word = 0;
  size_t trigger = 0;  // the event word: the first content word ("talk" in "S 's talk with T")
  bool passive = false;
  bool object_taken = false;   // the parse gives the target's place to a non-actor ("the call")
  bool subject_named = false;  // the parse gives the trigger a subject (an actor or not)
  int source_head = -1, target_head = -1;  // tokens the parse gave the slots, or -1
};

// Whether token k, in no mention, is one of the element's lemmas.
inline bool WordMatches(const View& v, size_t k, const PatternElement& e) {
  if (k >= v.s.tokens.size() || v.mention_at[k] >= 0) return false;
  std::string_view lemma = v.s.tokens[k].lemma;
  for (const std::string& l : e.lemmas)
    if (l == lemma) return true;
  return false;
}

}  // namespace dipgraph
