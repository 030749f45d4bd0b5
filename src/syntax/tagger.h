// The part-of-speech tagger: greedy left to right, an averaged perceptron over the word, its
// affixes and shape, two words either side and the two tags before. Each tag is a UPOS with its
// PTB XPOS ("VERB VBN"): the finer tag tells the parser a passive participle from a past tense.
// Frequent words that the training data always tags one way skip the model.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "src/syntax/conllu.h"
#include "src/syntax/linear_model.h"
#include "src/syntax/word_features.h"

namespace dipgraph::syntax {

struct TaggerOptions {
  int epochs = 12;
  uint64_t seed = 1;
  float min_weight = 0.0f;  // drop averaged weights smaller than this
};

class Tagger {
 public:
  int num_tags() const { return static_cast<int>(upos_.size()); }
  const std::string& upos(int tag) const { return upos_[tag]; }
  const std::string& xpos(int tag) const { return xpos_[tag]; }
  int TagOf(const std::string& upos, const std::string& xpos) const;  // -1 when unknown

  // One tag per word, greedily left to right (as training saw them).
  void Tag(const std::vector<WordInfo>& words, std::vector<int>* tags) const;
  // One tag per word of a sentence that states something, as news does: when greedy tagging
  // leaves it (or the statement before a closing ", officials said") without a finite verb, one
  // participle there is read as the past tense it is spelt like, the likeliest by the model.
  // A word flagged in `names` (when given) that would be tagged as a function word is tagged as
  // a proper noun instead.
  void TagStatement(const std::vector<WordInfo>& words, std::vector<int>* tags,
                    const std::vector<bool>* names = nullptr) const;

  static Tagger Train(const std::vector<ConlluSentence>& train, const TaggerOptions& options,
                      const std::function<void(const std::string&)>& log);

  void Write(std::ostream& out) const;
  static Result<Tagger> Read(std::istream& in);
  size_t MemoryBytes() const;

 private:
  std::vector<std::string> upos_, xpos_;
  // The ambiguity class of each word (a hash of the tags training gave it), so that words not yet
  // tagged, to the right, still say what they could be.
  std::vector<uint64_t> Classes(const std::vector<WordInfo>& words) const;
  // Tags words [from, end) greedily, the tags before `from` given.
  void TagFrom(const std::vector<WordInfo>& words, const std::vector<uint64_t>& classes,
               size_t from, std::vector<int>* tags, const std::vector<bool>* names = nullptr) const;
  void ScoreAt(const std::vector<WordInfo>& words, const std::vector<uint64_t>& classes, size_t i,
               const std::vector<int>& tags, float* scores, uint64_t* feats) const;
  void IndexTags();  // fills role_, past_of_ and proper_ from the tag set
  // The words that must hold a finite verb but do not: all of them when none has one, those before
  // a closing report (", officials said.") when only the report has one; 0 when none is missing.
  size_t VerblessStatement(const std::vector<int>& tags) const;

  std::unordered_map<uint64_t, int> tag_dict_;      // lowercase-form hash -> its only tag
  std::unordered_map<uint64_t, uint64_t> classes_;  // lowercase-form hash -> ambiguity class
  LinearModel model_;
  // What each tag is to TagStatement, read once from the tag set instead of string tests per word.
  enum : uint8_t {
    kFinite = 1,  // VBD, VBZ, VBP, MD
    kClosed = 2,  // a function word's: DET, ADP, PRON, NUM, PUNCT, ...
    kComma = 4,
    kStop = 8,  // the full stop of a sentence
  };
  std::vector<uint8_t> role_;  // per tag
  std::vector<int> past_of_;   // per tag: for a participle (VBN), its past tense (VBD); else -1
  int proper_ = -1;            // PROPN NNP
};

}  // namespace dipgraph::syntax
