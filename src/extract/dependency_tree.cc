#include "src/extract/dependency_tree.h"

namespace dipgraph {

DependencyTree::DependencyTree(const std::vector<TokenSyntax>& syntax,
                               const std::vector<Token>& tokens)
    : syntax_(&syntax), tokens_(&tokens) {
  children_.resize(syntax.size());
  for (size_t k = 0; k < syntax.size(); ++k)
    if (syntax[k].head >= 0) children_[syntax[k].head].push_back(static_cast<uint32_t>(k));
}

bool DependencyTree::IsFunctionWord(size_t k) const {
  Pos p = pos(k);
  Dep d = dep(k);
  return p == Pos::kAdp || p == Pos::kCconj || p == Pos::kSconj || p == Pos::kPart ||
         d == Dep::kCase || d == Dep::kCc || d == Dep::kMark;
}

bool DependencyTree::IsNominal(size_t k) const {
  return pos(k) == Pos::kNoun || pos(k) == Pos::kPropn || pos(k) == Pos::kPron;
}

int DependencyTree::ChildWith(size_t k, Dep d) const {
  for (uint32_t c : children_[k])
    if (dep(c) == d) return static_cast<int>(c);
  return -1;
}

std::string_view DependencyTree::CaseOf(size_t k) const {
  int c = ChildWith(k, Dep::kCase);
  return c < 0 ? std::string_view() : (*tokens_)[c].norm;
}

bool DependencyTree::IsPassive(size_t k) const {
  return ChildWith(k, Dep::kNsubjPass) >= 0 || ChildWith(k, Dep::kAuxPass) >= 0 ||
         IsReducedPassive(k);
}

namespace {
bool IsHave(std::string_view w) { return w == "has" || w == "have" || w == "had" || w == "'ve"; }
}  // namespace

bool DependencyTree::IsReducedPassive(size_t k) const {
  if (!(*syntax_)[k].participle || head(k) < 0 || ChildWith(k, Dep::kNsubj) >= 0) return false;
  for (uint32_t c : children_[k])
    if (dep(c) == Dep::kAux && IsHave((*tokens_)[c].norm)) return false;
  size_t h = head(k);
  bool by_agent = ChildWith(k, Dep::kOblAgent) >= 0;  // "Britain, backed by Denmark, opposed"
  switch (dep(k)) {
    case Dep::kAcl:
      return head(h) >= 0;
    case Dep::kConj:
    case Dep::kAdvcl:
      return by_agent || pos(h) == Pos::kAdj || IsPassive(h);
    default:
      return false;
  }
}

int DependencyTree::ReducedPassiveSubject(size_t k) const {
  if (!IsReducedPassive(k)) return -1;
  if (dep(k) == Dep::kAcl) return head(k);
  int subject = ChildWith(head(k), Dep::kNsubjPass);
  return subject >= 0 ? subject : ChildWith(head(k), Dep::kNsubj);
}

size_t DependencyTree::Distance(size_t a, size_t b, size_t limit) const {
  // Ancestors of a with their depth below a, then climb from b until one is met.
  std::vector<std::pair<size_t, size_t>> up;
  size_t k = a;
  for (size_t d = 0; d <= limit; ++d) {
    up.emplace_back(k, d);
    if (head(k) < 0) break;
    k = head(k);
  }
  k = b;
  for (size_t d = 0; d <= limit; ++d) {
    for (auto [node, da] : up)
      if (node == k) return da + d;
    if (head(k) < 0) break;
    k = head(k);
  }
  return limit + 1;
}

int DependencyTree::PassiveAgentOf(size_t k) const {
  for (uint32_t c : children_[k])
    if (dep(c) == Dep::kOblAgent || (dep(c) == Dep::kObl && CaseOf(c) == "by"))
      return static_cast<int>(c);
  return -1;
}

size_t DependencyTree::ClauseOf(size_t k) const {
  for (size_t steps = 0; steps < children_.size() && head(k) >= 0; ++steps) {
    Dep d = dep(k);
    bool boundary = d == Dep::kAclRelcl || d == Dep::kAcl || d == Dep::kAdvcl || d == Dep::kCcomp ||
                    d == Dep::kCsubj || d == Dep::kParataxis ||
                    (d == Dep::kConj && pos(k) == Pos::kVerb);
    if (boundary) return k;
    k = head(k);
  }
  return k;
}

bool DependencyTree::IsAncestor(size_t a, size_t k) const {
  for (size_t steps = 0; steps <= children_.size(); ++steps) {
    if (k == a) return true;
    if (head(k) < 0) return false;
    k = head(k);
  }
  return false;
}

int DependencyTree::GoverningSubject(size_t k) const {
  if (head(k) < 0) return -1;
  size_t clause = head(k);
  for (int step = 0; step < 2; ++step) {
    Dep d = dep(clause);
    // Only a reported clause: "X said it would", not "X passed a bill but it was vetoed".
    if (head(clause) < 0 || d != Dep::kCcomp) return -1;
    clause = head(clause);
    int subject = ChildWith(clause, Dep::kNsubj);
    if (subject >= 0 && subject != static_cast<int>(k)) return subject;
  }
  return -1;
}

int DependencyTree::AgentOf(size_t k) const {
  for (int step = 0; step < 4; ++step) {
    int subject = ChildWith(k, Dep::kNsubj);
    // "Funaro, who flies to Washington": the relative pronoun stands for the noun described.
    bool relative = subject >= 0 && (dep(k) == Dep::kAclRelcl || dep(k) == Dep::kAcl) &&
                    IsRelativePronoun((*tokens_)[subject].norm) && head(k) >= 0;
    if (relative) return head(k);
    if (subject >= 0) return subject;
    if (IsNominal(k)) {
      int poss = ChildWith(k, Dep::kNmodPoss);
      if (poss >= 0) return poss;
      for (uint32_t c : children_[k])
        if (dep(c) == Dep::kNmod && (CaseOf(c) == "by" || CaseOf(c) == "of")) return c;
      return -1;
    }
    if (IsPassive(k) || head(k) < 0) return -1;
    switch (dep(k)) {
      case Dep::kAcl:
      case Dep::kAclRelcl:
        return head(k);  // "Hu, who met Obama": Hu
      case Dep::kXcomp: {
        // "urged Japan to open its market": an open clause's subject is the object above it.
        int object = ChildWith(head(k), Dep::kObj);
        if (object < 0) object = ChildWith(head(k), Dep::kIobj);
        if (object >= 0 && static_cast<size_t>(object) < k) return object;
        // "Egypt and the Soviet Union are expected to sign": the raised subject of a passive.
        int raised = ChildWith(head(k), Dep::kNsubjPass);
        if (raised >= 0) return raised;
        k = head(k);
        break;
      }
      case Dep::kConj:
      case Dep::kAdvcl:
        k = head(k);
        break;
      default:
        return -1;
    }
  }
  return -1;
}

}  // namespace dipgraph
