// The arc-hybrid transition system and its dynamic oracle, checked against the gold trees of
// news.conllu: zero-cost moves rebuild each tree, costs count exactly the arcs a move loses, and
// any sequence of valid moves ends in one tree with one root.
#include "src/syntax/transition_system.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::Move;
using syntax::ParseState;

// A gold tree in the transition system's terms: heads[w] and labels[w] for w = 1..n ([0] unused).
struct Tree {
  std::vector<int> heads = {-1}, labels = {-1};
  int size() const { return static_cast<int>(heads.size()) - 1; }
};

std::vector<Tree> NewsTrees() {
  std::map<std::string, int> label_ids;
  std::vector<Tree> trees;
  for (const syntax::ConlluSentence& s : testing::ReadNews()) {
    Tree t;
    for (const syntax::ConlluWord& w : s.words) {
      t.heads.push_back(w.head);
      t.labels.push_back(label_ids.emplace(w.deprel, label_ids.size()).first->second);
    }
    trees.push_back(t);
  }
  return trees;
}

bool Valid(const ParseState& st, Move m) {
  return m == Move::kShift ? st.CanShift() : m == Move::kLeft ? st.CanLeft() : st.CanRight();
}

// Applies `m`, giving the arc it makes the gold label of its dependent.
void Apply(ParseState* st, Move m, const Tree& gold) {
  if (m == Move::kShift) return st->Shift();
  int label = gold.labels[st->Stack(0)];
  m == Move::kLeft ? st->Left(label) : st->Right(label);
}

constexpr Move kMoves[] = {Move::kShift, Move::kLeft, Move::kRight};

// Takes the first valid zero-cost move (SHIFT, LEFT, RIGHT); false when every valid move has a
// cost.
bool OracleStep(ParseState* st, const Tree& gold) {
  for (Move m : kMoves) {
    if (Valid(*st, m) && st->Cost(m, gold.heads) == 0) {
      Apply(st, m, gold);
      return true;
    }
  }
  return false;
}

// Follows the oracle to the end; false when it got stuck.
bool FollowOracle(ParseState* st, const Tree& gold) {
  while (!st->Done()) {
    if (!OracleStep(st, gold)) return false;
  }
  return true;
}

int WrongHeads(const ParseState& st, const Tree& gold) {
  int wrong = 0;
  for (int w = 1; w <= gold.size(); ++w) wrong += st.head(w) != gold.heads[w];
  return wrong;
}

// The naive reference: an arc h -> d is projective when h dominates every word between them.
bool IsProjective(const std::vector<int>& heads) {
  for (int d = 1; d < static_cast<int>(heads.size()); ++d) {
    int h = heads[d];
    for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
      int a = k;
      while (a != 0 && a != h) a = heads[a];
      if (a != h) return false;
    }
  }
  return true;
}

TEST_CASE("parser transitions: zero-cost moves rebuild every gold tree of news.conllu") {
  for (Tree gold : NewsTrees()) {
    syntax::Projectivize(&gold.heads);
    ParseState st(gold.size());
    REQUIRE(FollowOracle(&st, gold));
    for (int w = 1; w <= gold.size(); ++w) {
      CHECK(st.head(w) == gold.heads[w]);
      CHECK(st.label(w) == gold.labels[w]);
    }
  }
}

// The gold arcs still reachable from `st`: the oracle's best tree from here, as wrong heads.
int BestLoss(const ParseState& st, const Tree& gold) {
  ParseState end = st;
  REQUIRE(FollowOracle(&end, gold));
  return WrongHeads(end, gold);
}

TEST_CASE("parser transitions: each move's cost is exactly the gold arcs it makes unreachable") {
  int checked = 0;
  for (Tree gold : NewsTrees()) {
    syntax::Projectivize(&gold.heads);
    ParseState st(gold.size());
    // A path that makes a costly move every third step where it can, and checks every valid move
    // of every state it passes: best loss after the move = best loss before + the move's cost.
    for (int step = 0; !st.Done(); ++step) {
      int loss = BestLoss(st, gold);
      Move costly = Move::kShift;
      bool has_costly = false;
      for (Move m : kMoves) {
        if (!Valid(st, m)) continue;
        ParseState after = st;
        Apply(&after, m, gold);
        CHECK(BestLoss(after, gold) == loss + st.Cost(m, gold.heads));
        if (st.Cost(m, gold.heads) > 0 && !has_costly) costly = m, has_costly = true;
        ++checked;
      }
      if (step % 3 == 0 && has_costly) {
        Apply(&st, costly, gold);
      } else {
        REQUIRE(OracleStep(&st, gold));
      }
    }
  }
  CHECK(checked > 3000);
}

TEST_CASE("parser transitions: Projectivize keeps projective trees and lifts crossing arcs") {
  struct Row {
    std::string what;
    std::vector<int> heads, expected;
  };
  std::vector<Row> rows = {
      {"a chain", {-1, 2, 0, 2}, {-1, 2, 0, 2}},
      {"one word", {-1, 0}, {-1, 0}},
      // "A hearing is scheduled on the issue today": "on" hangs from "hearing" across "is
      // scheduled"; lifted, it hangs from "scheduled".
      {"hearing ... on the issue", {-1, 2, 4, 4, 0, 2, 7, 5, 4}, {-1, 2, 4, 4, 0, 4, 7, 5, 4}},
      {"two crossing arcs", {-1, 0, 4, 1, 1, 3}, {-1, 0, 1, 1, 1, 1}},
      // 5 -> 3 crosses 1 -> 4 and is lifted to 2 -> 3; 2 -> 5 still crosses it and is lifted too.
      {"an arc lifted twice", {-1, 0, 1, 5, 1, 2}, {-1, 0, 1, 2, 1, 1}},
  };
  for (const Row& r : rows) {
    std::vector<int> heads = r.heads;
    syntax::Projectivize(&heads);
    CHECK_MESSAGE(heads == r.expected, r.what);
    CHECK_MESSAGE(IsProjective(heads), r.what);
  }
}

TEST_CASE("parser transitions: Projectivize leaves news.conllu's trees projective, one root") {
  for (Tree gold : NewsTrees()) {
    std::vector<int> before = gold.heads;
    syntax::Projectivize(&gold.heads);
    CHECK(IsProjective(gold.heads));
    if (IsProjective(before)) CHECK(gold.heads == before);
    CHECK(std::count(gold.heads.begin(), gold.heads.end(), 0) == 1);
  }
}

TEST_CASE("parser transitions: always taking the first valid move ends with one root") {
  using Order = std::vector<Move>;
  for (const Order& order : {Order{Move::kShift, Move::kLeft, Move::kRight},
                             Order{Move::kLeft, Move::kRight, Move::kShift},
                             Order{Move::kRight, Move::kLeft, Move::kShift},
                             Order{Move::kLeft, Move::kShift, Move::kRight}}) {
    for (int n = 1; n <= 12; ++n) {
      ParseState st(n);
      for (int steps = 0; !st.Done() && steps < 2 * n; ++steps) {
        Move m = *std::find_if(order.begin(), order.end(), [&](Move m) { return Valid(st, m); });
        m == Move::kShift ? st.Shift() : m == Move::kLeft ? st.Left(0) : st.Right(0);
      }
      CHECK(st.Done());  // every parse is exactly 2n moves
      int roots = 0, unattached = 0;
      for (int w = 1; w <= n; ++w) roots += st.head(w) == 0, unattached += st.head(w) < 0;
      CHECK_MESSAGE(roots == 1, n << " words, order starting " << int(order[0]));
      CHECK(unattached == 0);
    }
  }
}

}  // namespace
}  // namespace dipgraph
