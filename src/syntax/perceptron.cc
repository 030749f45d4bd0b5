#include "src/syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dipgraph::syntax {

void AveragedPerceptron::Score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    auto it = rows_.find(keys[i]);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void AveragedPerceptron::Add(std::vector<Entry>* row, int cls, float delta) {
  for (Entry& e : *row) {
    if (e.cls == static_cast<uint32_t>(cls)) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.w;
      e.stamp = clock_;
      e.w += delta;
      return;
    }
  }
  row->push_back({static_cast<uint32_t>(cls), delta, 0.0, clock_});
}

void AveragedPerceptron::Update(const uint64_t* keys, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    std::vector<Entry>& row = rows_[keys[i]];
    Add(&row, truth, 1.0f);
    Add(&row, guess, -1.0f);
  }
}

LinearModel AveragedPerceptron::Average(float min_weight) const {
  std::vector<uint64_t> keys;
  keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  LinearModel model(num_classes_);
  std::vector<LinearModel::Weight> out;
  double clock = std::max<uint64_t>(clock_, 1);
  for (uint64_t key : keys) {
    out.clear();
    for (const Entry& e : rows_.at(key)) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float avg = static_cast<float>(total / clock);
      if (avg != 0.0f && std::fabs(avg) >= min_weight) out.push_back({e.cls, avg});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.cls < b.cls; });
    model.Add(key, out);
  }
  model.Finish();
  return model;
}

}  // namespace dipgraph::syntax
