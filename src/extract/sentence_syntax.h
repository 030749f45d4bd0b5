// The syntax of a sentence as the extractor reads it: each token's part of speech, head and
// dependency relation from the trained model (src/syntax), reduced to the few distinctions that
// decide who did what to whom.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "src/syntax/syntax_model.h"

namespace dipgraph {

struct Token;

enum class Pos : uint8_t {
  kOther,
  kNoun,
  kPropn,
  kPron,
  kVerb,
  kAux,
  kAdp,
  kAdj,
  kAdv,
  kCconj,
  kSconj,
  kPart,
  kDet,
  kNum,
  kPunct
};

// Universal Dependencies relations, subtypes kept where they change the roles.
enum class Dep : uint8_t {
  kOther,
  kRoot,
  kNsubj,
  kNsubjPass,
  kCsubj,
  kObj,
  kIobj,
  kObl,
  kOblAgent,
  kOblTmod,
  kNmod,
  kNmodPoss,
  kNmodTmod,
  kCase,
  kMark,
  kCc,
  kConj,
  kAppos,
  kAmod,
  kCompound,
  kFlat,
  kXcomp,
  kCcomp,
  kAcl,
  kAclRelcl,
  kAdvcl,
  kAux,
  kAuxPass,
  kCop,
  kDet,
  kNummod,
  kAdvmod,
  kParataxis,
  kPunct
};

struct TokenSyntax {
  int32_t head = -1;  // token index of the head, -1 for the root
  Dep dep = Dep::kOther;
  Pos pos = Pos::kOther;
  bool participle = false;  // a past participle (PTB VBN): "killed" in "a leader killed in ..."
};

// A loaded syntax model and its tags and labels mapped to Pos and Dep once.
class SentenceParser {
 public:
  explicit SentenceParser(syntax::SyntaxModel model);
  // The model at SyntaxModel::DefaultPath(), loaded on first use and shared by all threads.
  static Result<const SentenceParser*> Shared();

  // A run of tokens known to name one actor.
  struct Unit {
    uint32_t begin = 0, end = 0;
    bool name = false;  // a proper name: its word is never tagged as a function word ("G7")
  };

  // Tags and parses the tokens of text; an empty result when the sentence is too long to parse.
  // Each of `units` (sorted, not overlapping) is parsed as one word, its last token: a name with
  // its title ("Egyptian ambassador to Moscow Salah Bassiouni") is one noun to the parser, which
  // was trained on sentences with few such runs. Its other tokens hang from the last as kFlat.
  std::vector<TokenSyntax> Parse(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<Unit>& units = {}) const;

  static Dep DepOf(std::string_view label);
  static Pos PosOf(std::string_view upos);

 private:
  syntax::SyntaxModel model_;
  std::vector<Pos> pos_of_tag_;
  std::vector<bool> participle_tag_;
  std::vector<Dep> dep_of_label_;
};

}  // namespace dipgraph
