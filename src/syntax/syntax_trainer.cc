#include "src/syntax/syntax_trainer.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "src/syntax/headline.h"

namespace dipgraph::syntax {
namespace {

std::vector<ParserExample> GoldExamples(const std::vector<ConlluSentence>& train, const Tagger& t) {
  std::vector<ParserExample> out(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (const ConlluWord& w : train[s].words) {
      out[s].words.push_back(DescribeWord(w.form));
      out[s].heads.push_back(w.head);
      out[s].labels.push_back(w.deprel);
      out[s].tags.push_back(std::max(0, t.TagOf(w.upos, w.xpos)));
    }
  }
  return out;
}

// Tags each sentence of fold f with a tagger trained on the other folds.
void JackknifeTags(const std::vector<ConlluSentence>& train, const TrainSyntaxOptions& o,
                   const Tagger& full, std::vector<ParserExample>* examples) {
  // Never more folds than sentences, so no fold's tagger trains on nothing.
  int folds = static_cast<int>(std::min<size_t>(o.folds, train.size()));
  std::atomic<int> next{0};
  auto work = [&]() {
    for (int f = next++; f < folds; f = next++) {
      std::vector<ConlluSentence> rest;
      for (size_t s = 0; s < train.size(); ++s) {
        if (static_cast<int>(s % folds) != f) rest.push_back(train[s]);
      }
      TaggerOptions to = o.tagger;
      to.seed = o.seed + f + 1;
      Tagger fold = Tagger::Train(rest, to, nullptr);
      std::vector<int> tags;
      for (size_t s = f; s < train.size(); s += folds) {
        fold.Tag((*examples)[s].words, &tags);
        for (size_t i = 0; i < tags.size(); ++i) {  // the fold's tag numbers in the full tag set
          int t = full.TagOf(fold.upos(tags[i]), fold.xpos(tags[i]));
          (*examples)[s].tags[i] = t < 0 ? 0 : t;
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, o.threads); ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
}

// Whether every word has a head and reaches the root (0) by its heads.
bool IsTree(const ConlluSentence& s) {
  int n = static_cast<int>(s.words.size());
  for (int w = 1; w <= n; ++w) {
    int at = w, steps = 0;
    while (at != 0 && steps++ <= n) {
      at = s.words[at - 1].head;
      if (at < 0) return false;
    }
    if (at != 0) return false;
  }
  return true;
}

// Every `every`-th sentence again as a headline (none when every is 0).
void AddHeadlines(int every, std::vector<ConlluSentence>* train) {
  if (every <= 0) return;
  size_t n = train->size();
  for (size_t s = 0; s < n; s += every) {
    std::optional<ConlluSentence> h = AsHeadline((*train)[s]);
    if (h) train->push_back(std::move(*h));
  }
}

}  // namespace

Result<SyntaxModel> SyntaxTrainer::Train(const TrainSyntaxOptions& o,
                                         const std::function<void(const std::string&)>& log) {
  std::vector<ConlluSentence> train;
  DG_RETURN_IF_ERROR(ReadConlluFile(o.train_path, &train));
  if (train.empty()) return Status::Invalid(o.train_path + ": no sentences");
  for (size_t s = 0; s < train.size(); ++s) {
    if (!IsTree(train[s])) {
      return Status::Invalid(o.train_path + ": sentence " + std::to_string(s + 1) +
                             " is not a tree (a word without a head, or a cycle); training "
                             "needs trees");
    }
  }
  SyntaxModel m;
  m.lemmatizer_ = Lemmatizer::Train(train);
  size_t read = train.size();
  AddHeadlines(o.headline_every, &train);
  if (log) {
    log("read " + std::to_string(read) + " sentences from " + o.train_path + "; " +
        std::to_string(train.size() - read) + " more as headlines");
  }
  TaggerOptions to = o.tagger;
  to.seed = o.seed;
  m.tagger_ = Tagger::Train(train, to, log);
  std::vector<ParserExample> examples = GoldExamples(train, m.tagger_);
  if (std::min<size_t>(o.folds, train.size()) > 1) {
    if (log) log("tagging the training set in " + std::to_string(o.folds) + " folds");
    JackknifeTags(train, o, m.tagger_, &examples);
  }
  ParserOptions po = o.parser;
  po.seed = o.seed;
  m.parser_ = Parser::Train(examples, po, log);
  m.description_ = "trained on " + std::to_string(read) + " sentences of " +
                   o.train_path.substr(o.train_path.find_last_of('/') + 1) + "; tagger " +
                   std::to_string(o.tagger.epochs) + " epochs, parser " +
                   std::to_string(o.parser.epochs) + " epochs, " + std::to_string(o.folds) +
                   " jackknife folds, " + std::to_string(train.size() - read) +
                   " of them again as headlines, seed " + std::to_string(o.seed) +
                   ", parser weights under " + std::to_string(o.parser.min_weight).substr(0, 4) +
                   " dropped";
  return m;
}

}  // namespace dipgraph::syntax
