// Graphs for the query tests: a small hand-made one with people, places, modalities and
// evidence, and random skewed ones (fixed seed) for comparing queries with a naive scan.
#pragma once

#include <random>
#include <string>

#include "graph/knowledge_graph.h"
#include "tests/test_util.h"

namespace dipgraph::testing {

// Adds actors on first mention (by name) and relations with place, modality and evidence.
class QueryGraph {
 public:
  ActorId Actor(const std::string& name, ActorKind kind = ActorKind::kCountry) {
    return builder_.Actor(name, kind);
  }
  ActorId Person(const std::string& name, const std::string& of, const std::string& role,
                 bool former = false) {
    ActorId id = Actor(name, ActorKind::kPerson);
    kg().AddAffiliation(id, Affiliation{Actor(of), role, former});
    return id;
  }
  RelationId Add(const std::string& a, const std::string& b, const std::string& code,
                 const std::string& date, const std::string& place = "",
                 Modality modality = Modality::kAsserted, const std::string& evidence = "") {
    Relation r;
    r.source = Actor(a);
    r.target = Actor(b);
    r.cameo = code;
    r.date = ParseDateRange(date).value();
    r.location = place;
    r.modality = modality;
    if (!evidence.empty()) {
      std::string doc = "doc-" + std::to_string(kg().documents().size() + 1);
      kg().AddDocument(Document{doc, "wire/" + doc + ".txt", evidence, "", "", ""});
      r.evidence.push_back(Evidence{doc, evidence, 0, static_cast<int64_t>(evidence.size())});
    }
    return kg().AddRelation(r);
  }
  KnowledgeGraph& kg() { return builder_.graph(); }

 private:
  GraphBuilder builder_;
};

// A random graph with a realistic skew: a few hub actors take part in about half the events.
// Codes mix meetings, calls, intents and conflict; dates are days, months or missing; some
// people are affiliated (some formerly) with the hubs.
inline KnowledgeGraph RandomGraph(uint32_t seed, int actors, int relations) {
  static const char* kCodes[] = {"040", "042", "043", "0431", "044", "046", "041",  "036",
                                 "04",  "190", "051", "112",  "010", "173", "0451", "057"};
  static const char* kPlaces[] = {"", "", "Moscow", "Geneva", "Paris", "New York"};
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint32_t>(n)); };
  KnowledgeGraph kg;
  for (int i = 0; i < actors; ++i) {
    dipgraph::Actor a;
    a.name = "Actor " + std::to_string(i);
    a.kind = i < 5        ? ActorKind::kCountry
             : i % 3 == 0 ? ActorKind::kPerson
                          : ActorKind::kOrganization;
    ActorId id = kg.AddActor(a);
    if (i >= 5 && i % 7 == 0)
      kg.AddAffiliation(id, Affiliation{1 + pick(5), "minister", i % 14 == 0});
  }
  auto actor = [&] { return 1 + (pick(2) == 0 ? pick(5) : pick(actors)); };
  for (int i = 0; i < relations; ++i) {
    Relation r;
    r.source = actor();
    r.target = pick(50) == 0 ? r.source : actor();
    r.cameo = kCodes[pick(16)];
    int day = DaysFromCivil(2010, 1, 1) + pick(900);
    int kind = pick(10);
    if (kind < 7)
      r.date = DateRange::Day(day);
    else if (kind < 9)
      r.date = DateRange::Interval(day, day + pick(40));
    r.location = kPlaces[pick(6)];
    r.modality = static_cast<Modality>(pick(5) < 3 ? 0 : pick(4));
    kg.AddRelation(r);
  }
  return kg;
}

}  // namespace dipgraph::testing
