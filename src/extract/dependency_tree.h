// A parsed sentence as a tree to walk: children of each token, and the few questions the event
// extractor asks of it (who is the subject of this predicate, is it passive, who is the agent).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "src/extract/sentence_syntax.h"
#include "src/extract/token.h"

namespace dipgraph {

class DependencyTree {
 public:
  DependencyTree() = default;
  // `syntax` may be empty (the sentence was not parsed): then empty() is true.
  DependencyTree(const std::vector<TokenSyntax>& syntax, const std::vector<Token>& tokens);
  bool empty() const { return syntax_ == nullptr || syntax_->empty(); }
  size_t size() const { return children_.size(); }

  int head(size_t k) const { return (*syntax_)[k].head; }
  Dep dep(size_t k) const { return (*syntax_)[k].dep; }
  Pos pos(size_t k) const { return (*syntax_)[k].pos; }
  // A past participle without subject or "have" that is passive by its place: describing a noun
  // ("a leader killed in a raid": the leader undergoes it), continuing a passive or a state ("was
  // arrested and charged", "is dead, killed in a raid"), or with a "by" agent ("Britain, backed
  // by Denmark, opposed"). Not when the noun heads the
  // sentence: "Israeli troops fired on villages" is a clause the parser took for a noun phrase.
  bool IsReducedPassive(size_t k) const;
  // The noun or subject that undergoes a reduced passive, or -1.
  int ReducedPassiveSubject(size_t k) const;
  const std::vector<uint32_t>& children(size_t k) const { return children_[k]; }

  // Prepositions, conjunctions, particles: words that point at their head rather than own a slot.
  bool IsFunctionWord(size_t k) const;
  bool IsNominal(size_t k) const;
  // The preposition marking k ("with" in "with Russia"), or "" when none.
  std::string_view CaseOf(size_t k) const;
  // "was received", "were expelled": a passive subject or auxiliary.
  bool IsPassive(size_t k) const;
  // The number of arcs between a and b, or more than `limit` when farther apart.
  size_t Distance(size_t a, size_t b, size_t limit) const;
  // The token that does what predicate k says: its subject, else the subject of the clause it
  // continues ("agreed to meet", "arrived and met", "X, who met"), else for an event noun its
  // possessor or "by" phrase ("Hu's visit", "the visit by Hu"). -1 when there is none.
  int AgentOf(size_t k) const;
  // In the passive: the "by" phrase ("received by X"), or -1.
  int PassiveAgentOf(size_t k) const;
  int ChildWith(size_t k, Dep d) const;  // the first child with relation d, or -1
  // The head of the clause k belongs to: climbing stops at a relative, adverbial, complement or
  // coordinated clause ("X, who arrived on Monday, met Y": "Monday" is in "arrived"'s clause).
  size_t ClauseOf(size_t k) const;
  bool IsAncestor(size_t a, size_t k) const;  // whether a is k or above it
  // The subject of the clause that governs k's clause: "Japan" for "it" in "Japan said it would
  // retaliate". -1 when k's clause is not the complement of another.
  int GoverningSubject(size_t k) const;

 private:
  const std::vector<TokenSyntax>* syntax_ = nullptr;
  const std::vector<Token>* tokens_ = nullptr;
  std::vector<std::vector<uint32_t>> children_;
};

}  // namespace dipgraph
