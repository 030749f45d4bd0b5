// The shipped syntax model (data/syntax/en_ewt.dgsyntax.gz, or $DIPGRAPH_SYNTAX_MODEL): what it
// must get right on news text, and the accuracy floors CI holds it to. Each test is skipped, with
// a message, when the model file is absent.
//
// Floors sit about 3 points under the measured scores, so retraining can move a little without
// failing CI but a real regression cannot pass.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "src/syntax/syntax_model.h"
#include "tests/syntax/syntax_test_util.h"

namespace dipgraph {
namespace {

using syntax::ConlluSentence;
using syntax::SyntaxModel;

// A sentence of space-separated words, annotated by `model`.
ConlluSentence Annotated(const SyntaxModel& model, const std::string& text,
                         bool* parsed = nullptr) {
  ConlluSentence s;
  for (size_t start = 0, end; start < text.size(); start = end + 1) {
    end = std::min(text.find(' ', start), text.size());
    s.words.push_back({.form = text.substr(start, end - start)});
  }
  bool p = model.Annotate(&s);
  if (parsed != nullptr) *parsed = p;
  return s;
}

// "form/UPOS/head/deprel" for each word, space-separated: the model's reading at a glance.
std::string Dump(const ConlluSentence& s) {
  std::string out;
  for (const syntax::ConlluWord& w : s.words) {
    out += (out.empty() ? "" : " ") + w.form + "/" + w.upos + "/" + std::to_string(w.head) + "/" +
           w.deprel;
  }
  return out;
}

struct Scores {
  double upos = 0, uas = 0, las = 0;
  size_t words = 0;
};

// UPOS, UAS and LAS (on the universal part of the relation, before ':') of `model` on `gold`,
// computed as conllu_eval.py does.
Scores Score(const SyntaxModel& model, const std::vector<ConlluSentence>& gold) {
  Scores sc;
  auto universal = [](const std::string& r) { return r.substr(0, r.find(':')); };
  for (const ConlluSentence& g : gold) {
    ConlluSentence s = g;
    model.Annotate(&s);
    for (size_t i = 0; i < g.words.size(); ++i) {
      ++sc.words;
      sc.upos += s.words[i].upos == g.words[i].upos;
      bool head = s.words[i].head == g.words[i].head;
      sc.uas += head;
      sc.las += head && universal(s.words[i].deprel) == universal(g.words[i].deprel);
    }
  }
  for (double* x : {&sc.upos, &sc.uas, &sc.las}) *x = 100.0 * *x / std::max<size_t>(sc.words, 1);
  MESSAGE("upos " << sc.upos << " uas " << sc.uas << " las " << sc.las << " over " << sc.words
                  << " words");
  return sc;
}

TEST_CASE("shipped syntax model: a sentence over kMaxParseWords words is tagged, not parsed") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  std::string words;
  for (size_t i = 0; i < syntax::kMaxParseWords; ++i) words += i % 2 ? "talks " : "envoys ";
  bool parsed = false;
  ConlluSentence longest = Annotated(*model, words + "end", &parsed);
  CHECK(!parsed);
  CHECK(longest.words.size() == syntax::kMaxParseWords + 1);
  for (const syntax::ConlluWord& w : longest.words) {
    CHECK((!w.upos.empty() && w.upos != "_" && !w.lemma.empty()));  // tagged and lemmatized
    CHECK((w.head == -1 && w.deprel == "_"));                       // not parsed
  }
  Annotated(*model, words.substr(0, words.size() - 1), &parsed);  // exactly kMaxParseWords
  CHECK(parsed);
}

TEST_CASE("shipped syntax model: headlines in capitals are tagged and parsed, not guessed at") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  std::vector<ConlluSentence> headlines;
  for (const ConlluSentence& s : testing::ReadNews()) {
    for (const std::string& c : s.comments) {
      if (c.rfind("# tags = ", 0) == 0 && c.find("headline") != std::string::npos) {
        headlines.push_back(s);
      }
    }
  }
  REQUIRE(headlines.size() >= 10);
  Scores sc = Score(*model, headlines);
  // Measured on the 12 headlines (84 words) with the shipped model: UPOS 90.48, UAS 79.76,
  // LAS 73.81. Trained without headline copies of treebank sentences a model had UAS 70.2.
  CHECK(sc.upos >= 87.0);
  CHECK(sc.uas >= 75.0);
  CHECK(sc.las >= 69.0);
}

TEST_CASE("shipped syntax model: a passive gives nsubj:pass, aux:pass and obl:agent") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  ConlluSentence s = Annotated(*model, "The envoy was received by the president .");
  INFO(Dump(s));
  CHECK(s.words[1].deprel == "nsubj:pass");
  CHECK(s.words[2].deprel == "aux:pass");
  CHECK(s.words[3].deprel == "root");
  CHECK(s.words[6].deprel == "obl:agent");
  CHECK(s.words[6].head == 4);
}

TEST_CASE(
    "shipped syntax model: a statement's only verb, spelt like a participle, is its past tense") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  // Greedy tagging reads each of these verbs as a participle (VBN) of a reduced relative clause,
  // which leaves the statement without a verb and its subject and object unattached.
  ConlluSentence s =
      Annotated(*model, "Brazil on February 20 suspended interest payments on its debts .");
  INFO(Dump(s));
  CHECK(s.words[4].xpos == "VBD");
  CHECK(s.words[4].deprel == "root");
  CHECK(s.words[0].deprel == "nsubj");
  ConlluSentence r = Annotated(
      *model, "Thousands of Spanish farmers battled police in the city , organisers said .");
  INFO(Dump(r));
  CHECK(r.words[4].xpos == "VBD");  // the statement before the closing report has its own verb
  CHECK(r.words[5].deprel == "obj");
}

TEST_CASE(
    "shipped syntax model: a verbless headline or a statement with a verb keeps its participles") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  ConlluSentence h = Annotated(*model, "FIVE KILLED IN BEIRUT BLAST");  // no full stop: a headline
  INFO(Dump(h));
  CHECK(h.words[1].xpos == "VBN");
  ConlluSentence s = Annotated(*model, "The accord signed in Geneva last year has expired .");
  INFO(Dump(s));
  CHECK(s.words[2].xpos == "VBN");
  CHECK(s.words[2].deprel == "acl");
}

TEST_CASE("shipped syntax model: a word the caller knows to be a name is never a function word") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  std::vector<std::string_view> forms = {"Rubio",     "met", "G7",     "foreign",
                                         "ministers", "in",  "Canada", "."};
  syntax::Analysis plain, named;
  model->Analyze(forms, &plain, false);
  std::vector<bool> names = {true, false, true, false, false, false, true, false};
  model->Analyze(forms, &named, false, &names);
  const syntax::Tagger& tagger = model->tagger();
  CHECK(tagger.upos(plain.tags[2]) != "PROPN");  // the model alone reads "G7" as a function word
  CHECK(tagger.upos(named.tags[2]) == "PROPN");
  // Names it already tags as nouns keep their tags; other words are untouched.
  for (size_t i : {0, 1, 3, 4, 5, 6, 7}) CHECK(named.tags[i] == plain.tags[i]);
}

TEST_CASE("shipped syntax model: accuracy on news.conllu stays above its floors") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr) return;
  Scores sc = Score(*model, testing::ReadNews());
  CHECK(sc.words >= 1300);  // 1360 words in 70 sentences
  // Measured with the first shipped model (EWT train + 909 headline copies; conllu_eval.py gives
  // the same for `parse --conllu` output): UPOS 96.69, UAS 83.75, LAS 80.81; 96.69, 84.63, 81.69
  // once a verbless statement's participle could be read as a past tense.
  CHECK(sc.upos >= 93.5);
  CHECK(sc.uas >= 80.5);
  CHECK(sc.las >= 77.5);
}

TEST_CASE("shipped syntax model: accuracy on 300 sentences of EWT test stays above its floors") {
  const SyntaxModel* model = testing::ShippedModel();
  if (model == nullptr || !testing::NeedShared()) return;
  std::string path = testing::SharedDir() + "/data/ud-english-ewt/en_ewt-ud-test.conllu.xz";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: no " << path);
    return;
  }
  std::vector<ConlluSentence> gold;
  REQUIRE_OK(syntax::ReadConlluFile(path, &gold));
  gold.resize(std::min<size_t>(gold.size(), 300));
  Scores sc = Score(*model, gold);
  // Measured with the same model, 5224 words: UPOS 96.27, UAS 85.28, LAS 81.41.
  CHECK(sc.upos >= 93.0);
  CHECK(sc.uas >= 82.0);
  CHECK(sc.las >= 78.5);
}

}  // namespace
}  // namespace dipgraph
