// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez and Satta 2011) with its dynamic
// oracle (Goldberg and Nivre 2013). The stack starts with the root (0) and words are 1..n:
// SHIFT pushes the next word; LEFT-l makes the next word the head of the stack's top and pops it;
// RIGHT-l makes the word below the top its head and pops it. A RIGHT from the root is allowed only
// once every word is shifted, so the result is always one tree with one root.
#pragma once

#include <cstdint>
#include <vector>

namespace dipgraph::syntax {

// Actions are numbered 0 = SHIFT, 1 + l = LEFT-l, 1 + L + l = RIGHT-l for L labels.
enum class Move { kShift, kLeft, kRight };

struct Children {
  int left1 = -1, left2 = -1;    // leftmost and second leftmost dependents
  int right1 = -1, right2 = -1;  // rightmost and second rightmost
  uint8_t num_left = 0, num_right = 0;
  uint64_t left_labels = 0, right_labels = 0;  // bit sets of their labels
};

class ParseState {
 public:
  explicit ParseState(int num_words);

  int num_words() const { return n_; }
  bool Done() const { return stack_.size() == 1 && buffer_ > n_; }
  // The stack from the top (0 = top), -1 when shorter; the buffer from its front, -1 past the end.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  const Children& children(int word) const { return children_[word]; }
  int head(int word) const { return head_[word]; }
  int label(int word) const { return label_[word]; }

  bool CanShift() const { return buffer_ <= n_; }
  bool CanLeft() const { return stack_.size() >= 2 && buffer_ <= n_; }
  // A RIGHT onto the root only as the very last move.
  bool CanRight() const { return stack_.size() >= 3 || (stack_.size() == 2 && buffer_ > n_); }
  bool RightIsRoot() const { return stack_.size() == 2; }

  void Shift();
  void Left(int label);
  void Right(int label);

  // The number of gold arcs each move would make unreachable (heads[w], w = 1..n; 0 = root;
  // the gold tree must be projective).
  int Cost(Move move, const std::vector<int>& gold_heads) const;

 private:
  void AddArc(int head, int dependent, int label);
  int DependentsIn(int from, int to, int head, const std::vector<int>& gold_heads) const;

  int n_;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<char> on_stack_;
  std::vector<int> head_, label_;
  std::vector<Children> children_;
};

// Lifts non-projective arcs (a dependent moves up to its head's head) until the tree is
// projective; heads[w] for w = 1..n, heads[0] unused.
void Projectivize(std::vector<int>* heads);

}  // namespace dipgraph::syntax
