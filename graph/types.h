// The knowledge graph's records: documents, actors with their affiliations, and relations (dated,
// coded events between two actors) with their provenance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.h"

namespace dipgraph {

using ActorId = int64_t;
using RelationId = int64_t;

enum class ActorKind { kCountry, kOrganization, kPerson, kLocation, kGroup, kOther };
std::string_view KindName(ActorKind kind);
std::optional<ActorKind> ParseKind(std::string_view name);

enum class Modality { kAsserted, kPlanned, kHypothetical, kNegated };
std::string_view ModalityName(Modality m);
std::optional<Modality> ParseModality(std::string_view name);

struct Document {
  std::string id;  // content hash
  std::string source;
  std::string title;
  std::string published;  // ISO date or ""
  std::string dateline;
  std::string ingested;  // ISO timestamp
};

struct Affiliation {
  ActorId of = 0;
  std::string role;  // "foreign minister"
  bool former = false;
  bool operator==(const Affiliation&) const = default;
};

struct Actor {
  ActorId id = 0;
  std::string name;
  ActorKind kind = ActorKind::kOther;
  std::vector<std::string> aliases;
  std::string iso3;   // countries
  std::string cameo;  // CAMEO actor code where known
  std::vector<Affiliation> affiliations;
};

struct Evidence {
  std::string document;  // document id
  std::string text;
  int64_t start = 0;  // byte offsets into the source text
  int64_t end = 0;
  bool operator==(const Evidence&) const = default;
};

// Fields are ordered so that the small ones share padding: an import holds millions of these.
struct Relation {
  RelationId id = 0;
  ActorId source = 0;
  ActorId target = 0;
  std::string cameo;  // 2-4 digits
  DateRange date;
  Modality modality = Modality::kAsserted;
  std::string location;
  double confidence = 1.0;
  int sources = 1;  // how many documents report it
  std::vector<Evidence> evidence;
};

}  // namespace dipgraph
