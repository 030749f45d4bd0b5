// The averaged perceptron and the linear model it produces: learning, averaging, and the model's
// binary form (what the syntax model file is mostly made of).
#include "src/syntax/linear_model.h"

#include <cmath>
#include <random>
#include <sstream>
#include <vector>

#include "src/syntax/perceptron.h"
#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::AveragedPerceptron;
using syntax::LinearModel;

struct Item {
  std::vector<uint64_t> keys;
  int cls;
};

template <typename Model>
int Classify(const Model& m, const Item& item) {
  std::vector<float> scores(m.num_classes());
  m.Score(item.keys.data(), item.keys.size(), scores.data());
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// A model of `features` random keys (added to `keys` when given), each with weights for about a
// third of `classes` classes.
LinearModel RandomModel(std::mt19937_64& rng, int features, int classes,
                        std::vector<uint64_t>* keys = nullptr) {
  LinearModel m(classes);
  std::vector<LinearModel::Weight> row;
  for (int f = 0; f < features; ++f) {
    row.clear();
    for (int c = 0; c < classes; ++c) {
      if (rng() % 3 == 0) row.push_back({static_cast<uint32_t>(c), (rng() % 2000) / 100.0f - 10});
    }
    uint64_t key = rng();
    m.Add(key, row);
    if (keys != nullptr) keys->push_back(key);
  }
  m.Finish();
  return m;
}

std::string Bytes(const LinearModel& m) {
  std::ostringstream out;
  m.Write(out);
  return out.str();
}

TEST_CASE(
    "syntax perceptron: learns a separable three-class problem, averaged model gets all right") {
  // Classes 1-3; class 0 is never the answer, so a tie (argmax gives it to class 0) is a mistake.
  // Key 1 is on every item (a bias), 2 and 3 on some; 10 + c only on items of class c.
  std::vector<Item> items = {{{1, 2, 11}, 1}, {{1, 3, 11}, 1}, {{1, 2, 12}, 2},
                             {{1, 12}, 2},    {{1, 3, 13}, 3}, {{1, 2, 3, 13}, 3}};
  AveragedPerceptron p(4);
  for (int epoch = 0; epoch < 10; ++epoch) {
    for (const Item& item : items) {
      int guess = Classify(p, item);
      p.Tick();
      p.Update(item.keys.data(), item.keys.size(), item.cls, guess);
    }
  }
  LinearModel m = p.Average(0.0f);
  for (const Item& item : items) CHECK(Classify(m, item) == item.cls);
  CHECK(Classify(m, {{99}, 1}) == 0);  // unknown keys score nothing
}

TEST_CASE("syntax perceptron: an averaged weight is its mean over the instances seen") {
  AveragedPerceptron p(2);
  uint64_t key = 7;
  p.Tick();
  p.Update(&key, 1, 0, 1);  // after instance 1 of 4: +1 for class 0, -1 for class 1
  p.Tick();
  p.Tick();
  p.Tick();
  float scores[2] = {0, 0};
  p.Average(0.0f).Score(&key, 1, scores);
  CHECK(scores[0] == doctest::Approx(0.75));  // held for 3 of the 4 instances
  CHECK(scores[1] == doctest::Approx(-0.75));
  CHECK(p.Average(0.8f).num_features() == 0);  // below min_weight: dropped
}

TEST_CASE("syntax linear model: Write then Read gives the same scores and the same bytes") {
  std::mt19937_64 rng(42);
  std::vector<uint64_t> known;
  LinearModel m = RandomModel(rng, 500, 7, &known);
  std::istringstream in(Bytes(m));
  Result<LinearModel> read = LinearModel::Read(in);
  REQUIRE_OK(read.status());
  CHECK(Bytes(*read) == Bytes(m));
  CHECK(read->num_features() == m.num_features());
  for (int i = 0; i < 1000; ++i) {  // two of the model's keys and a new one
    uint64_t k[3] = {known[rng() % known.size()], rng(), known[rng() % known.size()]};
    std::vector<float> a(7), b(7);
    m.Score(k, 3, a.data());
    read->Score(k, 3, b.data());
    CHECK(a == b);
  }
}

TEST_CASE("syntax linear model: Read of a truncated model is a Corruption status, never a crash") {
  std::mt19937_64 rng(7);
  std::string bytes = Bytes(RandomModel(rng, 40, 5));
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    std::istringstream in(bytes.substr(0, cut));
    Result<LinearModel> read = LinearModel::Read(in);
    REQUIRE_MESSAGE(!read.ok(), "cut at " << cut << " of " << bytes.size());
    CHECK(read.status().code() == Status::Code::kCorruption);
  }
}

TEST_CASE("syntax linear model: Read refuses a bad magic, no classes and a class out of range") {
  std::mt19937_64 rng(3);
  std::string bytes = Bytes(RandomModel(rng, 20, 5));  // uses classes 0-4
  // The block opens with a 4-byte magic and a 4-byte class count.
  std::string bad_magic = bytes, no_classes = bytes, fewer_classes = bytes;
  bad_magic[0] ^= 1;
  no_classes[4] = 0;
  fewer_classes[4] = 2;
  for (const std::string& b : {bad_magic, no_classes, fewer_classes}) {
    std::istringstream in(b);
    CHECK(LinearModel::Read(in).status().code() == Status::Code::kCorruption);
  }
}

TEST_CASE("syntax linear model: Pruned drops exactly the weights below the threshold") {
  std::mt19937_64 rng(5);
  std::vector<uint64_t> keys;
  LinearModel m = RandomModel(rng, 200, 6, &keys);
  LinearModel pruned = m.Pruned(4.0f);
  CHECK(pruned.num_features() < m.num_features());
  for (uint64_t key : keys) {
    std::vector<float> full(6), kept(6);
    m.Score(&key, 1, full.data());
    pruned.Score(&key, 1, kept.data());
    for (int c = 0; c < 6; ++c) CHECK(kept[c] == (std::fabs(full[c]) >= 4.0f ? full[c] : 0.0f));
  }
}

}  // namespace
}  // namespace dipgraph
