#include "src/extract/extractor.h"

#include "src/extract/actor_recognizer.h"
#include "src/extract/event_extractor.h"
#include "src/extract/event_lexicon.h"
#include "src/extract/sentence_syntax.h"

namespace dipgraph {

namespace {

void SplitAndTokenize(DocumentModel* doc) {
  const Lemmatizer& lemmatizer = EventLexicon::Get().lemmatizer();
  const std::string& text = doc->article.text;
  for (const Block& b : doc->article.blocks) {
    for (const Span& span : SplitSentences(text, b.span.start, b.span.end)) {
      Sentence s;
      s.span = span;
      s.block = b.kind;
      s.tokens = Tokenize(text, span.start, span.end, doc->words.get());
      for (Token& t : s.tokens) {
        t.lemma = t.word ? lemmatizer.LemmaView(t.norm, t.norm_hash, doc->words.get()) : t.norm;
        t.lemma_hash = t.lemma == t.norm ? t.norm_hash : WordHash(t.lemma);
      }
      doc->sentences.push_back(std::move(s));
    }
  }
}

// A document with more sentences that may hold an event than this is a book or an archive in
// one file, not a story: the rest of it is read by the patterns' word order alone, so that its
// cost stays that of the surface reading (see README, "Limits").
constexpr size_t kMaxParsedSentences = 5000;

// Whether a sentence can state an event: two different actors are named in it (a place counts as
// its country), or one and a "he" or "she", and the words of some event pattern occur in it.
// Only these are parsed; a relation needs two sides, and the rest cost no parse.
bool MayHoldEvent(const Sentence& s) {
  if (s.mentions.empty()) return false;
  int first = -1;
  bool two = false;
  for (const Mention& m : s.mentions) {
    int actor = m.place ? m.country : m.entity;
    if (actor < 0) continue;
    if (first < 0) first = actor;
    two = two || actor != first;
  }
  if (first < 0) return false;
  bool pronoun = two;
  for (size_t k = 0; k < s.tokens.size() && !pronoun; ++k)
    pronoun = IsPersonalPronoun(s.tokens[k].norm);
  if (!pronoun) return false;
  std::vector<bool> free(s.tokens.size(), true);
  for (const Mention& m : s.mentions)
    for (uint32_t k = m.begin; k < m.end; ++k) free[k] = false;
  return EventLexicon::Get().WordsOccur(s.tokens, free);
}

void ParseSentences(const SentenceParser& parser, DocumentModel* doc) {
  size_t parsed = 0;
  std::vector<SentenceParser::Unit> units;
  for (Sentence& s : doc->sentences) {
    if (parsed == kMaxParsedSentences) break;
    if (!MayHoldEvent(s)) continue;
    units.clear();
    for (const Mention& m : s.mentions) {
      // A capitalised name ("G7", "NATO"); not "Russian" before a noun, nor a sector group.
      ActorKind kind = doc->entities[m.entity].kind;
      bool name = !m.adjective && s.tokens[m.end - 1].cap && kind != ActorKind::kGroup &&
                  kind != ActorKind::kOther;
      if (m.end - m.begin > 1 || name) units.push_back({m.begin, m.end, name});
    }
    s.syntax = parser.Parse(doc->article.text, s.tokens, units);
    ++parsed;
  }
}

// Drops entities nobody mentions or points to (the country behind "in Lisbon"), renumbering the
// rest in order.
void PruneEntities(Extraction* x) {
  auto& entities = x->model.entities;
  std::vector<bool> keep(entities.size(), false);
  for (size_t i = 0; i < entities.size(); ++i) keep[i] = entities[i].mentions > 0;
  for (const ExtractedRelation& r : x->relations) keep[r.source] = keep[r.target] = true;
  for (size_t i = 0; i < entities.size(); ++i)
    if (keep[i])
      for (const TextAffiliation& a : entities[i].affiliations) keep[a.of] = true;
  std::vector<int> renumber(entities.size(), -1);
  std::vector<DocEntity> kept;
  for (size_t i = 0; i < entities.size(); ++i)
    if (keep[i])
      renumber[i] = static_cast<int>(kept.size()), kept.push_back(std::move(entities[i]));
  for (DocEntity& e : kept)
    for (TextAffiliation& a : e.affiliations) a.of = renumber[a.of];
  for (ExtractedRelation& r : x->relations)
    r.source = renumber[r.source], r.target = renumber[r.target];
  for (Sentence& s : x->model.sentences) {
    std::erase_if(s.mentions, [&](const Mention& m) { return renumber[m.entity] < 0; });
    for (Mention& m : s.mentions) {
      m.entity = renumber[m.entity];
      if (m.country >= 0) m.country = renumber[m.country];
    }
  }
  entities = std::move(kept);
}

}  // namespace

Status LoadExtractionModels() { return SentenceParser::Shared().status(); }

Result<Extraction> ExtractDocument(SourceText source) {
  Status utf8 = CheckUtf8(source.text);
  if (!utf8.ok()) return utf8.WithContext(source.source);
  if (source.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::Invalid(source.source + ": empty document");
  Result<const SentenceParser*> parser = SentenceParser::Shared();
  if (!parser.ok()) return parser.status();
  Extraction x;
  x.model.article = AnalyzeArticle(std::move(source));
  SplitAndTokenize(&x.model);
  RecognizeActors(&x.model);
  ParseSentences(**parser, &x.model);
  x.relations = ExtractEvents(x.model);
  PruneEntities(&x);
  return x;
}

}  // namespace dipgraph
