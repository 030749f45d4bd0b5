#include "src/syntax/transition_system.h"

namespace dipgraph::syntax {

ParseState::ParseState(int num_words)
    : n_(num_words),
      stack_{0},
      on_stack_(num_words + 1, 0),
      head_(num_words + 1, -1),
      label_(num_words + 1, -1),
      children_(num_words + 1) {
  on_stack_[0] = 1;
  stack_.reserve(num_words + 1);
}

void ParseState::Shift() {
  on_stack_[buffer_] = 1;
  stack_.push_back(buffer_++);
}

void ParseState::Left(int label) {
  int s0 = stack_.back();
  stack_.pop_back();
  on_stack_[s0] = 0;
  AddArc(buffer_, s0, label);
}

void ParseState::Right(int label) {
  int s0 = stack_.back();
  stack_.pop_back();
  on_stack_[s0] = 0;
  AddArc(stack_.back(), s0, label);
}

void ParseState::AddArc(int head, int dep, int label) {
  head_[dep] = head;
  label_[dep] = label;
  Children& c = children_[head];
  uint64_t bit = label < 64 ? 1ull << label : 0;
  if (dep < head) {
    if (c.left1 < 0 || dep < c.left1) {
      c.left2 = c.left1;
      c.left1 = dep;
    } else if (c.left2 < 0 || dep < c.left2) {
      c.left2 = dep;
    }
    if (c.num_left < 255) ++c.num_left;
    c.left_labels |= bit;
  } else {
    if (c.right1 < 0 || dep > c.right1) {
      c.right2 = c.right1;
      c.right1 = dep;
    } else if (c.right2 < 0 || dep > c.right2) {
      c.right2 = dep;
    }
    if (c.num_right < 255) ++c.num_right;
    c.right_labels |= bit;
  }
}

int ParseState::DependentsIn(int from, int to, int head, const std::vector<int>& gold) const {
  int count = 0;
  for (int w = from; w <= to; ++w) count += gold[w] == head;
  return count;
}

int ParseState::Cost(Move move, const std::vector<int>& gold) const {
  int s0 = Stack(0), s1 = Stack(1);
  switch (move) {
    case Move::kShift: {
      int b = buffer_, cost = 0;
      if (gold[b] != s0 && gold[b] >= 0 && gold[b] < b && on_stack_[gold[b]]) ++cost;
      for (int w : stack_) cost += w > 0 && gold[w] == b;
      return cost;
    }
    case Move::kLeft: {
      int h = gold[s0];
      int cost = (h != buffer_ && (h == s1 || h > buffer_)) ? 1 : 0;
      return cost + DependentsIn(buffer_, n_, s0, gold);
    }
    case Move::kRight: {
      int h = gold[s0];
      int cost = h >= buffer_ ? 1 : 0;
      return cost + DependentsIn(buffer_, n_, s0, gold);
    }
  }
  return 0;
}

namespace {

bool Dominates(const std::vector<int>& heads, int h, int w) {
  for (int steps = 0; w > 0 && steps < static_cast<int>(heads.size()); ++steps) {
    if (w == h) return true;
    w = heads[w];
  }
  return w == h;
}

bool NonProjective(const std::vector<int>& heads, int d) {
  int h = heads[d];
  int lo = h < d ? h : d, hi = h < d ? d : h;
  for (int k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, h, k)) return true;
  }
  return false;
}

}  // namespace

void Projectivize(std::vector<int>* heads) {
  int n = static_cast<int>(heads->size()) - 1;
  while (true) {
    int best = -1, best_span = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      int h = (*heads)[d];
      if (h <= 0) continue;
      int span = h < d ? d - h : h - d;
      if (span < best_span && NonProjective(*heads, d)) best = d, best_span = span;
    }
    if (best < 0) return;
    int lifted = (*heads)[(*heads)[best]];
    if (lifted == (*heads)[best] || lifted < 0) return;  // not a tree: nothing more to lift
    (*heads)[best] = lifted;
  }
}

}  // namespace dipgraph::syntax
