#include "src/syntax/tagger.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <random>

#include "src/syntax/binary_io.h"
#include "src/syntax/feature_key.h"
#include "src/syntax/perceptron.h"

namespace dipgraph::syntax {
namespace {

constexpr int kMaxFeatures = 48;
constexpr uint64_t kNone = 0x9d2c5680u;  // the hash that stands for "no word here"
// A word is put in the tag dictionary when seen this often and (nearly) always with one tag.
constexpr int kDictMinCount = 20;
constexpr double kDictMinShare = 0.995;
constexpr int kClassMinCount = 10;
// A statement has at least this many words (a shorter line is a fragment, a name, a dateline).
constexpr size_t kMinStatementWords = 4;
// A closing report (", officials said.", ", the agency reported.") has at most this many words.
constexpr size_t kMaxReportWords = 6;

uint64_t LowerAt(const std::vector<WordInfo>& w, int i) {
  return i < 0 || i >= static_cast<int>(w.size()) ? kNone + i : w[i].lower;
}

uint64_t ClassAt(const std::vector<uint64_t>& c, int i) {
  return i < 0 || i >= static_cast<int>(c.size()) ? kNone + i : c[i];
}

// The features of word i given the tags of the two words before it (-1: none) and the ambiguity
// classes of all words.
size_t Features(const std::vector<WordInfo>& w, const std::vector<uint64_t>& c, int i, int t1,
                int t2, uint64_t* out) {
  const WordInfo& x = w[i];
  int n = static_cast<int>(w.size());
  size_t k = 0;
  out[k++] = Key(1, 0);
  out[k++] = Key(2, x.lower);
  for (int s = 0; s < 5; ++s) out[k++] = Key(3 + s, x.suffix[s]);
  for (int p = 0; p < 3; ++p) out[k++] = Key(8 + p, x.prefix[p]);
  out[k++] = Key(11, x.shape);
  out[k++] = Key(12, x.flags, i == 0);
  out[k++] = Key(13, LowerAt(w, i - 1));
  out[k++] = Key(14, LowerAt(w, i - 2));
  out[k++] = Key(15, LowerAt(w, i + 1));
  out[k++] = Key(16, LowerAt(w, i + 2));
  out[k++] = Key(17, i > 0 ? w[i - 1].suffix[2] : kNone);
  out[k++] = Key(18, i + 1 < n ? w[i + 1].suffix[2] : kNone);
  out[k++] = Key(19, t1 + 1);
  out[k++] = Key(20, t1 + 1, t2 + 1);
  out[k++] = Key(21, t1 + 1, x.lower);
  out[k++] = Key(22, LowerAt(w, i - 1), x.lower);
  out[k++] = Key(23, x.lower, LowerAt(w, i + 1));
  out[k++] = Key(24, i + 1 < n ? w[i + 1].shape : kNone);
  out[k++] = Key(25, i > 0 ? w[i - 1].shape : kNone);
  out[k++] = Key(26, t1 + 1, x.suffix[2]);
  out[k++] = Key(27, LowerAt(w, i + 1), LowerAt(w, i + 2));
  out[k++] = Key(28, i + 1 < n ? w[i + 1].suffix[1] : kNone, x.suffix[1]);
  out[k++] = Key(29, t1 + 1, LowerAt(w, i + 1));
  out[k++] = Key(30, i + 2 < n ? w[i + 2].shape : kNone, i + 1 < n ? w[i + 1].flags : 99);
  out[k++] = Key(31, ClassAt(c, i));
  out[k++] = Key(32, ClassAt(c, i + 1));
  out[k++] = Key(33, ClassAt(c, i + 2));
  out[k++] = Key(34, ClassAt(c, i), ClassAt(c, i + 1));
  out[k++] = Key(35, t1 + 1, ClassAt(c, i + 1));
  out[k++] = Key(36, t1 + 1, ClassAt(c, i), ClassAt(c, i + 1));
  out[k++] = Key(37, x.lower, ClassAt(c, i + 1));
  return k;
}

int Best(const float* scores, int n) {
  return static_cast<int>(std::max_element(scores, scores + n) - scores);
}

}  // namespace

std::vector<uint64_t> Tagger::Classes(const std::vector<WordInfo>& words) const {
  std::vector<uint64_t> out(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = classes_.find(words[i].lower);
    out[i] = it == classes_.end() ? words[i].suffix[1] + 7 : it->second;  // unknown: its ending
  }
  return out;
}

int Tagger::TagOf(const std::string& upos, const std::string& xpos) const {
  for (size_t t = 0; t < upos_.size(); ++t) {
    if (upos_[t] == upos && xpos_[t] == xpos) return static_cast<int>(t);
  }
  return -1;
}

void Tagger::Tag(const std::vector<WordInfo>& words, std::vector<int>* tags) const {
  tags->assign(words.size(), 0);
  TagFrom(words, Classes(words), 0, tags);
}

void Tagger::TagFrom(const std::vector<WordInfo>& words, const std::vector<uint64_t>& classes,
                     size_t from, std::vector<int>* tags, const std::vector<bool>* names) const {
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(num_tags());
  for (size_t i = from; i < words.size(); ++i) {
    auto known = tag_dict_.find(words[i].lower);
    if (known != tag_dict_.end()) {
      (*tags)[i] = known->second;
    } else {
      ScoreAt(words, classes, i, *tags, scores.data(), feats);
      (*tags)[i] = Best(scores.data(), num_tags());
    }
    // "meetings with G7/DT foreign ministers": a known name is no function word.
    if (names != nullptr && (*names)[i] && (role_[(*tags)[i]] & kClosed) && proper_ >= 0)
      (*tags)[i] = proper_;
  }
}

void Tagger::ScoreAt(const std::vector<WordInfo>& words, const std::vector<uint64_t>& classes,
                     size_t i, const std::vector<int>& tags, float* scores, uint64_t* feats) const {
  int t1 = i > 0 ? tags[i - 1] : -1, t2 = i > 1 ? tags[i - 2] : -1;
  size_t n = Features(words, classes, static_cast<int>(i), t1, t2, feats);
  std::fill(scores, scores + num_tags(), 0.0f);
  model_.Score(feats, n, scores);
}

size_t Tagger::VerblessStatement(const std::vector<int>& tags) const {
  size_t n = tags.size(), last_comma = n, first_finite = n;
  if (n == 0 || !(role_[tags.back()] & kStop)) return 0;  // a headline, a caption, a list item
  for (size_t i = 0; i < n; ++i) {
    if (role_[tags[i]] & kComma) last_comma = i;
    if (first_finite == n && (role_[tags[i]] & kFinite)) first_finite = i;
  }
  if (first_finite == n) return n;
  bool report = last_comma < first_finite && n - last_comma - 1 <= kMaxReportWords;
  return report ? last_comma : 0;
}

void Tagger::TagStatement(const std::vector<WordInfo>& words, std::vector<int>* tags,
                          const std::vector<bool>* names) const {
  tags->assign(words.size(), 0);
  std::vector<uint64_t> classes = Classes(words);
  TagFrom(words, classes, 0, tags, names);
  size_t end = VerblessStatement(*tags);
  if (end < kMinStatementWords) return;
  // Of the words read as participles, the one whose past-tense reading the model puts closest to
  // it: English writes both alike ("suspended"), and the greedy pass, seeing only the words before
  // it, takes a noun and a participle for a reduced relative clause far more often than news uses
  // one without a main verb.
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(num_tags());
  size_t best_word = 0;
  float best_gap = std::numeric_limits<float>::max();
  for (size_t i = 1; i < end; ++i) {
    int past = past_of_[(*tags)[i]];
    if (past < 0) continue;
    ScoreAt(words, classes, i, *tags, scores.data(), feats);
    float gap = scores[(*tags)[i]] - scores[past];
    if (gap < best_gap) best_gap = gap, best_word = i;
  }
  if (best_word == 0) return;
  (*tags)[best_word] = past_of_[(*tags)[best_word]];
  TagFrom(words, classes, best_word + 1, tags, names);
}

void Tagger::IndexTags() {
  role_.assign(upos_.size(), 0);
  past_of_.assign(upos_.size(), -1);
  for (size_t t = 0; t < upos_.size(); ++t) {
    const std::string& x = xpos_[t];
    const std::string& u = upos_[t];
    if (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") role_[t] |= kFinite;
    if (u == "DET" || u == "ADP" || u == "CCONJ" || u == "SCONJ" || u == "PRON" || u == "AUX" ||
        u == "PART" || u == "NUM" || u == "PUNCT" || u == "SYM" || u == "INTJ")
      role_[t] |= kClosed;
    if (x == ",") role_[t] |= kComma;
    if (x == ".") role_[t] |= kStop;  // also "?" and "!", as PTB tags them
    if (x == "VBN") past_of_[t] = TagOf(u, "VBD");
  }
  proper_ = TagOf("PROPN", "NNP");
}

Tagger Tagger::Train(const std::vector<ConlluSentence>& train, const TaggerOptions& options,
                     const std::function<void(const std::string&)>& log) {
  Tagger tagger;
  // Tag set in order of first appearance, so it depends only on the data.
  std::map<std::pair<std::string, std::string>, int> tag_ids;
  std::vector<std::vector<WordInfo>> words(train.size());
  std::vector<std::vector<int>> gold(train.size());
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  for (size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& w : train[s].words) {
      auto [it, added] = tag_ids.insert({{w.upos, w.xpos}, tagger.num_tags()});
      if (added) {
        tagger.upos_.push_back(w.upos);
        tagger.xpos_.push_back(w.xpos);
      }
      words[s].push_back(DescribeWord(w.form));
      gold[s].push_back(it->second);
      ++counts[words[s].back().lower][it->second];
    }
  }
  for (const auto& [word, by_tag] : counts) {
    int total = 0, top = 0, top_tag = 0;
    for (auto [tag, c] : by_tag) {
      total += c;
      if (c > top) top = c, top_tag = tag;
    }
    if (total >= kDictMinCount && top >= kDictMinShare * total) tagger.tag_dict_[word] = top_tag;
    uint64_t cls = 0x3c6ef372u;
    for (auto [tag, c] : by_tag) {
      if (c * 20 >= total) cls = MixKey(cls, tag + 1);  // tags of at least 5% of its uses
    }
    // Rare words keep the class of unknown words: a class that names the one tag a word was seen
    // with would be learnt as the answer, and at run time rare words are mostly new ones.
    if (total >= kClassMinCount) tagger.classes_[word] = cls;
  }
  std::vector<std::vector<uint64_t>> classes(train.size());
  for (size_t s = 0; s < train.size(); ++s) classes[s] = tagger.Classes(words[s]);
  AveragedPerceptron perceptron(tagger.num_tags());
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  uint64_t feats[kMaxFeatures];
  std::vector<float> scores(tagger.num_tags());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    size_t right = 0, seen = 0;
    for (size_t s : order) {
      int t1 = -1, t2 = -1;
      for (size_t i = 0; i < words[s].size(); ++i) {
        int truth = gold[s][i], guess;
        auto known = tagger.tag_dict_.find(words[s][i].lower);
        if (known != tagger.tag_dict_.end()) {
          guess = known->second;
        } else {
          size_t n = Features(words[s], classes[s], static_cast<int>(i), t1, t2, feats);
          std::fill(scores.begin(), scores.end(), 0.0f);
          perceptron.Score(feats, n, scores.data());
          guess = Best(scores.data(), tagger.num_tags());
          perceptron.Tick();
          perceptron.Update(feats, n, truth, guess);
        }
        right += guess == truth;
        ++seen;
        t2 = t1;
        t1 = guess;
      }
    }
    if (log) {
      log("tagger epoch " + std::to_string(epoch + 1) + ": training accuracy " +
          std::to_string(100.0 * right / std::max<size_t>(seen, 1)).substr(0, 5) + "%");
    }
    std::shuffle(order.begin(), order.end(), rng);
  }
  tagger.model_ = perceptron.Average(options.min_weight);
  tagger.IndexTags();
  return tagger;
}

void Tagger::Write(std::ostream& out) const {
  PutStrings(out, upos_);
  PutStrings(out, xpos_);
  std::vector<std::pair<uint64_t, int>> dict(tag_dict_.begin(), tag_dict_.end());
  std::sort(dict.begin(), dict.end());
  PutValue(out, static_cast<uint32_t>(dict.size()));
  for (auto [word, tag] : dict) {
    PutValue(out, word);
    PutValue(out, static_cast<uint16_t>(tag));
  }
  std::vector<std::pair<uint64_t, uint64_t>> classes(classes_.begin(), classes_.end());
  std::sort(classes.begin(), classes.end());
  PutValue(out, static_cast<uint32_t>(classes.size()));
  for (auto [word, cls] : classes) {
    PutValue(out, word);
    PutValue(out, cls);
  }
  model_.Write(out);
}

Result<Tagger> Tagger::Read(std::istream& in) {
  Tagger t;
  uint32_t n = 0;
  if (!GetStrings(in, &t.upos_) || !GetStrings(in, &t.xpos_) || t.upos_.size() != t.xpos_.size() ||
      t.upos_.empty() || !GetValue(in, &n)) {
    return Status::Corruption("tagger: bad tag set");
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t word = 0;
    uint16_t tag = 0;
    if (!GetValue(in, &word) || !GetValue(in, &tag) || tag >= t.upos_.size()) {
      return Status::Corruption("tagger: bad tag dictionary");
    }
    t.tag_dict_[word] = tag;
  }
  if (!GetValue(in, &n)) return Status::Corruption("tagger: bad word classes");
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t word = 0, cls = 0;
    if (!GetValue(in, &word) || !GetValue(in, &cls))
      return Status::Corruption("tagger: bad word classes");
    t.classes_[word] = cls;
  }
  Result<LinearModel> model = LinearModel::Read(in);
  if (!model.ok()) return model.status().WithContext("tagger");
  if (model->num_classes() != t.num_tags()) return Status::Corruption("tagger: class count");
  t.model_ = std::move(*model);
  t.IndexTags();
  return t;
}

size_t Tagger::MemoryBytes() const {
  return model_.MemoryBytes() + (tag_dict_.size() + classes_.size()) * 32;
}

}  // namespace dipgraph::syntax
