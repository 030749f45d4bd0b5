#include "src/extract/sentence_syntax.h"

#include <mutex>
#include <string>
#include <unordered_map>

#include "src/extract/token.h"

namespace dipgraph {

SentenceParser::SentenceParser(syntax::SyntaxModel model) : model_(std::move(model)) {
  for (int t = 0; t < model_.tagger().num_tags(); ++t) {
    pos_of_tag_.push_back(PosOf(model_.tagger().upos(t)));
    participle_tag_.push_back(model_.tagger().xpos(t) == "VBN");
  }
  for (int l = 0; l < model_.parser().num_labels(); ++l)
    dep_of_label_.push_back(DepOf(model_.parser().label(l)));
}

Result<const SentenceParser*> SentenceParser::Shared() {
  static std::once_flag once;
  static std::unique_ptr<SentenceParser> parser;
  static Status status;
  std::call_once(once, [] {
    Result<syntax::SyntaxModel> model =
        syntax::SyntaxModel::Load(syntax::SyntaxModel::DefaultPath());
    if (!model.ok()) {
      status = model.status();
      return;
    }
    parser = std::make_unique<SentenceParser>(std::move(*model));
  });
  if (!status.ok()) return status;
  return parser.get();
}

std::vector<TokenSyntax> SentenceParser::Parse(std::string_view text,
                                               const std::vector<Token>& tokens,
                                               const std::vector<Unit>& units) const {
  // word_of[k]: the parser's word for token k; token_of[w]: the token that word stands for.
  std::vector<int> word_of(tokens.size());
  std::vector<uint32_t> token_of;
  std::vector<std::string_view> forms;
  std::vector<bool> names;  // per word: a known name's
  forms.reserve(tokens.size());
  size_t u = 0;
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    while (u < units.size() && units[u].end <= k) ++u;
    bool in_unit = u < units.size() && units[u].begin <= k;
    bool inside = in_unit && k + 1 < units[u].end;
    word_of[k] = static_cast<int>(forms.size());
    if (inside) continue;
    names.push_back(in_unit && units[u].name);
    const Token& t = tokens[k];
    std::string_view form = text.substr(t.start, t.end - t.start);
    // Curly quotes and long dashes: the treebank writes them plain, as the normal form does.
    bool ascii = true;
    for (char c : form) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    forms.push_back(ascii ? form : t.norm);
    token_of.push_back(k);
  }
  syntax::Analysis a;
  model_.Analyze(forms, &a, /*lemmas=*/false, &names);
  std::vector<TokenSyntax> out;
  if (!a.parsed()) return out;
  out.resize(tokens.size());
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    int w = word_of[k];
    if (token_of[w] != k) {  // inside a unit: hangs from the unit's last token
      out[k].head = static_cast<int32_t>(token_of[w]);
      out[k].dep = Dep::kFlat;
      out[k].pos = Pos::kPropn;
      continue;
    }
    out[k].head = a.heads[w] > 0 ? static_cast<int32_t>(token_of[a.heads[w] - 1]) : -1;
    out[k].dep = dep_of_label_[a.labels[w]];
    out[k].pos = pos_of_tag_[a.tags[w]];
    out[k].participle = participle_tag_[a.tags[w]];
  }
  return out;
}

Dep SentenceParser::DepOf(std::string_view label) {
  static const std::unordered_map<std::string_view, Dep> deps = {{"root", Dep::kRoot},
                                                                 {"nsubj", Dep::kNsubj},
                                                                 {"nsubj:pass", Dep::kNsubjPass},
                                                                 {"csubj", Dep::kCsubj},
                                                                 {"obj", Dep::kObj},
                                                                 {"iobj", Dep::kIobj},
                                                                 {"obl", Dep::kObl},
                                                                 {"obl:agent", Dep::kOblAgent},
                                                                 {"obl:tmod", Dep::kOblTmod},
                                                                 {"obl:npmod", Dep::kObl},
                                                                 {"nmod", Dep::kNmod},
                                                                 {"nmod:poss", Dep::kNmodPoss},
                                                                 {"nmod:tmod", Dep::kNmodTmod},
                                                                 {"nmod:npmod", Dep::kNmod},
                                                                 {"case", Dep::kCase},
                                                                 {"mark", Dep::kMark},
                                                                 {"cc", Dep::kCc},
                                                                 {"conj", Dep::kConj},
                                                                 {"appos", Dep::kAppos},
                                                                 {"amod", Dep::kAmod},
                                                                 {"compound", Dep::kCompound},
                                                                 {"flat", Dep::kFlat},
                                                                 {"xcomp", Dep::kXcomp},
                                                                 {"ccomp", Dep::kCcomp},
                                                                 {"acl", Dep::kAcl},
                                                                 {"acl:relcl", Dep::kAclRelcl},
                                                                 {"advcl", Dep::kAdvcl},
                                                                 {"aux", Dep::kAux},
                                                                 {"aux:pass", Dep::kAuxPass},
                                                                 {"cop", Dep::kCop},
                                                                 {"det", Dep::kDet},
                                                                 {"nummod", Dep::kNummod},
                                                                 {"advmod", Dep::kAdvmod},
                                                                 {"parataxis", Dep::kParataxis},
                                                                 {"punct", Dep::kPunct}};
  auto it = deps.find(label);
  return it == deps.end() ? Dep::kOther : it->second;
}

Pos SentenceParser::PosOf(std::string_view upos) {
  static const std::unordered_map<std::string_view, Pos> tags = {
      {"NOUN", Pos::kNoun},   {"PROPN", Pos::kPropn}, {"PRON", Pos::kPron}, {"VERB", Pos::kVerb},
      {"AUX", Pos::kAux},     {"ADP", Pos::kAdp},     {"ADJ", Pos::kAdj},   {"ADV", Pos::kAdv},
      {"CCONJ", Pos::kCconj}, {"SCONJ", Pos::kSconj}, {"PART", Pos::kPart}, {"DET", Pos::kDet},
      {"NUM", Pos::kNum},     {"PUNCT", Pos::kPunct}};
  auto it = tags.find(upos);
  return it == tags.end() ? Pos::kOther : it->second;
}

}  // namespace dipgraph
