// What the extractor knows about one document while it works: sentences with their tokens and
// actor mentions, and the document's entities (one per real actor).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/types.h"
#include "src/extract/article.h"
#include "src/extract/sentence_syntax.h"
#include "src/extract/token.h"

namespace dipgraph {

struct Mention {
  uint32_t begin = 0, end = 0;  // token range in the sentence
  int entity = -1;              // index into DocumentModel::entities
  bool place = false;           // a place named as a place ("a trip to Moscow")
  int country = -1;             // for places: the entity of their country, or -1
  bool adjective = false;       // "Russian": stands for the state only before an agent noun
  int also = -1;                // a second entity, for "the operations" of two actors
};

struct Sentence {
  Span span;
  BlockKind block = BlockKind::kBody;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  // sorted by begin, not overlapping
  // One per token when the sentence was parsed (it may hold an event), else empty.
  std::vector<TokenSyntax> syntax;
};

struct TextAffiliation {
  int of = -1;  // entity
  std::string role;
  bool former = false;
  bool operator==(const TextAffiliation&) const = default;
};

struct DocEntity {
  int gaz = -1;  // gazetteer entry, or -1 for people the gazetteer does not know
  std::string name;
  ActorKind kind = ActorKind::kOther;
  std::string iso3;
  std::string sector;  // for a group of a country in a CAMEO sector ("Israeli soldiers": MIL)
  std::vector<std::string> aliases;
  int mentions = 0;
  std::vector<TextAffiliation> affiliations;
  std::string explain;  // which entry or pattern produced it
};

struct DocumentModel {
  Article article;
  // The words the tokens view (shared by copies of the model, never moved).
  std::shared_ptr<WordStore> words = std::make_shared<WordStore>();
  std::vector<Sentence> sentences;
  std::vector<DocEntity> entities;
  int dateline_country = -1;  // the entity of the dateline's country in its day ("here"), or -1
};

}  // namespace dipgraph
