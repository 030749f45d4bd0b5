#include "src/syntax/parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <random>

#include "src/syntax/binary_io.h"
#include "src/syntax/feature_key.h"
#include "src/syntax/perceptron.h"
#include "src/syntax/transition_system.h"

namespace dipgraph::syntax {
namespace {

constexpr int kMaxFeatures = 112;
constexpr uint64_t kNoWord = 0x5bd1e995u;
constexpr int kNoTag = 0, kRootTag = 1;  // tag features are tag + 2

// A position of the configuration: its word hash, tag and label (0 = none).
struct Slot {
  uint64_t w = kNoWord;
  int p = kNoTag;
  int l = 0;
  uint64_t sfx = 0;  // hash of the last three letters
};

struct Sentence {
  const std::vector<WordInfo>& words;
  const std::vector<int>& tags;
  Slot At(const ParseState& st, int word) const {
    if (word < 0) return Slot();
    if (word == 0) return Slot{kNoWord + 1, kRootTag, 0, 1};
    const WordInfo& w = words[word - 1];
    return Slot{w.lower, tags[word - 1] + 2, st.label(word) + 1, w.suffix[2]};
  }
};

int Bucket(int distance) { return distance < 5 ? distance : distance < 10 ? 5 : 6; }

size_t Features(const Sentence& sent, const ParseState& st, uint64_t* out) {
  int s0i = st.Stack(0), s1i = st.Stack(1), b0i = st.Buffer(0);
  const Children none;
  const Children& s0c = s0i >= 0 ? st.children(s0i) : none;
  const Children& s1c = s1i >= 0 ? st.children(s1i) : none;
  const Children& b0c = b0i >= 0 ? st.children(b0i) : none;
  Slot s0 = sent.At(st, s0i), s1 = sent.At(st, s1i), s2 = sent.At(st, st.Stack(2));
  Slot b0 = sent.At(st, b0i), b1 = sent.At(st, st.Buffer(1)), b2 = sent.At(st, st.Buffer(2));
  Slot s0l1 = sent.At(st, s0c.left1), s0l2 = sent.At(st, s0c.left2);
  Slot s0r1 = sent.At(st, s0c.right1), s0r2 = sent.At(st, s0c.right2);
  Slot s1l1 = sent.At(st, s1c.left1), s1r1 = sent.At(st, s1c.right1);
  Slot b0l1 = sent.At(st, b0c.left1), b0l2 = sent.At(st, b0c.left2);
  int d = s0i > 0 && b0i > 0 ? Bucket(b0i - s0i) : 7;
  int d1 = s0i > 0 && s1i > 0 ? Bucket(s0i - s1i) : 7;
  size_t k = 0;
  auto add = [&](uint64_t key) { out[k++] = key; };
  // Single positions.
  add(Key(1, s0.w, s0.p));
  add(Key(2, s0.w));
  add(Key(3, s0.p));
  add(Key(4, b0.w, b0.p));
  add(Key(5, b0.w));
  add(Key(6, b0.p));
  add(Key(7, b1.w, b1.p));
  add(Key(8, b1.w));
  add(Key(9, b1.p));
  add(Key(10, b2.w, b2.p));
  add(Key(11, b2.p));
  add(Key(12, s1.w, s1.p));
  add(Key(13, s1.w));
  add(Key(14, s1.p));
  add(Key(15, s2.p));
  add(Key(16, s2.w, s2.p));
  // Pairs: the stack's top with the buffer's front, and with the word below it.
  add(Key(17, s0.w, s0.p, MixKey(b0.w, b0.p)));
  add(Key(18, s0.w, s0.p, b0.w));
  add(Key(19, s0.w, b0.w, b0.p));
  add(Key(20, s0.w, s0.p, b0.p));
  add(Key(21, s0.p, b0.w, b0.p));
  add(Key(22, s0.w, b0.w));
  add(Key(23, s0.p, b0.p));
  add(Key(24, b0.p, b1.p));
  add(Key(25, s1.w, s0.w));
  add(Key(26, s1.p, s0.p));
  add(Key(27, s1.w, s1.p, s0.p));
  add(Key(28, s1.p, s0.w, s0.p));
  add(Key(29, s1.w, s1.p, MixKey(s0.w, s0.p)));
  add(Key(30, s1.p, b0.p));
  add(Key(31, s1.w, b0.w));
  // Triples of tags.
  add(Key(32, b0.p, b1.p, b2.p));
  add(Key(33, s0.p, b0.p, b1.p));
  add(Key(34, s1.p, s0.p, b0.p));
  add(Key(35, s0.p, s0l1.p, b0.p));
  add(Key(36, s0.p, s0r1.p, b0.p));
  add(Key(37, s0.p, b0.p, b0l1.p));
  add(Key(38, s1.p, s0.p, s0l1.p));
  add(Key(39, s1.p, s0.p, s0r1.p));
  add(Key(40, s1.p, s1r1.p, s0.p));
  add(Key(41, s1.p, s1l1.p, s0.p));
  add(Key(42, s2.p, s1.p, s0.p));
  add(Key(43, s1.p, s0.p, b1.p));
  // Distances.
  add(Key(44, s0.w, d));
  add(Key(45, s0.p, d));
  add(Key(46, b0.w, d));
  add(Key(47, b0.p, d));
  add(Key(48, s0.w, b0.w, d));
  add(Key(49, s0.p, b0.p, d));
  add(Key(50, s1.p, s0.p, d1));
  add(Key(51, s1.w, s0.w, d1));
  // Valency.
  add(Key(52, s0.w, s0c.num_right));
  add(Key(53, s0.p, s0c.num_right));
  add(Key(54, s0.w, s0c.num_left));
  add(Key(55, s0.p, s0c.num_left));
  add(Key(56, b0.w, b0c.num_left));
  add(Key(57, b0.p, b0c.num_left));
  add(Key(58, s1.p, s1c.num_right));
  add(Key(59, s1.p, s1c.num_left));
  // Dependents.
  add(Key(60, s0l1.w));
  add(Key(61, s0l1.p));
  add(Key(62, s0l1.l));
  add(Key(63, s0r1.w));
  add(Key(64, s0r1.p));
  add(Key(65, s0r1.l));
  add(Key(66, b0l1.w));
  add(Key(67, b0l1.p));
  add(Key(68, b0l1.l));
  add(Key(69, s0l2.p, s0l2.l));
  add(Key(70, s0r2.p, s0r2.l));
  add(Key(71, b0l2.p, b0l2.l));
  add(Key(72, s1l1.p, s1l1.l));
  add(Key(73, s1r1.p, s1r1.l));
  add(Key(74, s0.p, s0l1.l, s0l2.l));
  add(Key(75, s0.p, s0r1.l, s0r2.l));
  add(Key(76, b0.p, b0l1.l, b0l2.l));
  // Label sets.
  add(Key(77, s0.w, s0c.left_labels));
  add(Key(78, s0.p, s0c.left_labels));
  add(Key(79, s0.w, s0c.right_labels));
  add(Key(80, s0.p, s0c.right_labels));
  add(Key(81, b0.w, b0c.left_labels));
  add(Key(82, b0.p, b0c.left_labels));
  add(Key(83, s1.p, s1c.right_labels));
  // The whole neighbourhood at once, and where the sentence ends.
  add(Key(84, s0.p, b0.p, MixKey(s1.p, b1.p)));
  add(Key(85, s0.w, b0.p, b1.p));
  add(Key(86, s0.p, b0.w, b1.p));
  add(Key(87, s0.p, b0i < 0, st.stack_size()));
  // Unknown words by their endings; more of the buffer; what lies between the two candidates.
  add(Key(88, s0.sfx, s0.p));
  add(Key(89, b0.sfx, b0.p));
  add(Key(90, b0.w, b1.w));
  add(Key(91, b0.p, b1.w));
  add(Key(92, b0.w, b1.p));
  add(Key(93, s0.w, b0.w, b1.w));
  Slot after_s0 = s0i > 0 && s0i + 1 < b0i ? sent.At(st, s0i + 1) : Slot();
  Slot before_b0 = s0i >= 0 && b0i > 1 && b0i - 1 > s0i ? sent.At(st, b0i - 1) : Slot();
  add(Key(94, s0.p, b0.p, MixKey(after_s0.p, before_b0.p)));
  add(Key(95, s1.w, s1.p, b0.p));
  add(Key(96, s1l1.w, s1r1.w));
  return k;
}

bool Valid(const ParseState& st, int action, int num_labels, int root) {
  if (action == 0) return st.CanShift();
  int label = (action - 1) % num_labels;
  if (action <= num_labels) return st.CanLeft() && label != root;
  return st.CanRight() && (label == root) == st.RightIsRoot();
}

void Apply(ParseState* st, int action, int num_labels) {
  if (action == 0) {
    st->Shift();
  } else if (action <= num_labels) {
    st->Left(action - 1);
  } else {
    st->Right(action - 1 - num_labels);
  }
}

int BestValid(const ParseState& st, const std::vector<float>& scores, int num_labels, int root) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  auto consider = [&](int a) {
    if (scores[a] > best_score) best = a, best_score = scores[a];
  };
  if (st.CanShift()) consider(0);
  if (st.CanLeft()) {
    for (int l = 0; l < num_labels; ++l) {
      if (l != root) consider(1 + l);
    }
  }
  if (st.CanRight()) {
    if (st.RightIsRoot()) {
      consider(1 + num_labels + root);
    } else {
      for (int l = 0; l < num_labels; ++l) {
        if (l != root) consider(1 + num_labels + l);
      }
    }
  }
  return best;
}

// Whether `action` loses no reachable gold arc (nor the gold label of the arc it makes).
bool ZeroCost(const ParseState& st, int action, int num_labels, const std::vector<int>& heads,
              const std::vector<int>& labels) {
  if (action == 0) return st.Cost(Move::kShift, heads) == 0;
  bool left = action <= num_labels;
  int label = (action - 1) % num_labels;
  int s0 = st.Stack(0), head = left ? st.Buffer(0) : st.Stack(1);
  if (st.Cost(left ? Move::kLeft : Move::kRight, heads) != 0) return false;
  return heads[s0] != head || labels[s0] == label;
}

}  // namespace

void Parser::Parse(const std::vector<WordInfo>& words, const std::vector<int>& tags,
                   std::vector<int>* heads, std::vector<int>* labels) const {
  int n = static_cast<int>(words.size());
  ParseState st(n);
  Sentence sent{words, tags};
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(num_actions());
  while (!st.Done()) {
    if (!st.CanLeft() && !st.CanRight()) {  // only the root on the stack: nothing to choose
      st.Shift();
      continue;
    }
    size_t k = Features(sent, st, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(feats, k, scores.data());
    Apply(&st, BestValid(st, scores, num_labels(), root_label_), num_labels());
  }
  heads->resize(n);
  labels->resize(n);
  for (int w = 1; w <= n; ++w) {
    (*heads)[w - 1] = st.head(w);
    (*labels)[w - 1] = st.label(w);
  }
}

Parser Parser::Train(const std::vector<ParserExample>& train, const ParserOptions& options,
                     const std::function<void(const std::string&)>& log) {
  Parser parser;
  std::map<std::string, int> label_ids;
  // Gold trees with 1-based arrays and label numbers; projective.
  std::vector<std::vector<int>> heads(train.size()), labels(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    heads[s].push_back(-1);
    labels[s].push_back(-1);
    for (size_t i = 0; i < train[s].words.size(); ++i) {
      auto [it, added] = label_ids.insert({train[s].labels[i], parser.num_labels()});
      if (added) parser.labels_.push_back(train[s].labels[i]);
      heads[s].push_back(train[s].heads[i]);
      labels[s].push_back(it->second);
    }
    Projectivize(&heads[s]);
  }
  parser.root_label_ = label_ids.count("root") ? label_ids["root"] : 0;
  int L = parser.num_labels(), root = parser.root_label_;
  AveragedPerceptron perceptron(parser.num_actions());
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(parser.num_actions());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    size_t right = 0, moves = 0;
    for (size_t s : order) {
      ParseState st(static_cast<int>(train[s].words.size()));
      Sentence sent{train[s].words, train[s].tags};
      while (!st.Done()) {
        size_t k = Features(sent, st, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        perceptron.Score(feats, k, scores.data());
        int guess = BestValid(st, scores, L, root);
        int best_gold = -1;
        float gold_score = -std::numeric_limits<float>::infinity();
        for (int a = 0; a < parser.num_actions(); ++a) {
          if (scores[a] > gold_score && Valid(st, a, L, root) &&
              ZeroCost(st, a, L, heads[s], labels[s])) {
            best_gold = a, gold_score = scores[a];
          }
        }
        if (best_gold < 0) best_gold = guess;  // every move loses an arc: nothing to learn here
        perceptron.Tick();
        bool correct = ZeroCost(st, guess, L, heads[s], labels[s]) || best_gold == guess;
        if (!correct) perceptron.Update(feats, k, best_gold, guess);
        right += correct;
        ++moves;
        bool explore = epoch > 0 && coin(rng) < options.explore;
        Apply(&st, correct || explore ? guess : best_gold, L);
      }
    }
    if (log) {
      log("parser epoch " + std::to_string(epoch + 1) + ": moves right " +
          std::to_string(100.0 * right / std::max<size_t>(moves, 1)).substr(0, 5) + "%");
    }
    std::shuffle(order.begin(), order.end(), rng);
  }
  parser.model_ = perceptron.Average(options.min_weight);
  return parser;
}

void Parser::Write(std::ostream& out) const {
  PutStrings(out, labels_);
  PutValue(out, static_cast<uint32_t>(root_label_));
  model_.Write(out);
}

Result<Parser> Parser::Read(std::istream& in) {
  Parser p;
  uint32_t root = 0;
  if (!GetStrings(in, &p.labels_) || p.labels_.empty() || p.labels_.size() > 200 ||
      !GetValue(in, &root) || root >= p.labels_.size()) {
    return Status::Corruption("parser: bad label set");
  }
  p.root_label_ = static_cast<int>(root);
  Result<LinearModel> model = LinearModel::Read(in);
  if (!model.ok()) return model.status().WithContext("parser");
  if (model->num_classes() != p.num_actions()) return Status::Corruption("parser: class count");
  p.model_ = std::move(*model);
  return p;
}

}  // namespace dipgraph::syntax
