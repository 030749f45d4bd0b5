// KnowledgeGraph: actors and dated relation edges in a Boost.Graph multigraph. Start here.
//
// Actors and relations get dense domain ids (1, 2, 3, ...) that never change while the graph lives;
// callers never see Boost descriptors. Name lookup folds case and punctuation (graph/name_key.h).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/huge_pages.h"
#include "graph/types.h"

namespace dipgraph {

// Which relations a query or view keeps. Empty fields keep everything.
struct RelationFilter {
  DateRange window;         // keep relations whose date overlaps it (undated ones are dropped)
  std::string code_prefix;  // "04" keeps 040..046 and 0411...
  int quad_class = 0;       // 1-4, 0 for any
  unsigned modalities = 0;  // bit (1 << Modality); 0 for any
  bool Matches(const Relation& r) const;
};

unsigned ModalityBit(Modality m);

class KnowledgeGraph {
 public:
  struct VertexData {
    ActorId actor = 0;
  };
  struct EdgeData {
    RelationId relation = 0;
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData,
                                      EdgeData, boost::no_property, boost::vecS>;

  // Adds an actor and gives it the next dense id (ids are never reused: actors are not removed).
  ActorId AddActor(Actor actor);
  // Adds a name under which FindByName finds the actor.
  void AddAlias(ActorId id, const std::string& alias);
  void AddAffiliation(ActorId id, const Affiliation& affiliation);
  RelationId AddRelation(Relation relation);
  // Start loading what AddRelation between these actors will touch: the actors' vertex records,
  // then (once those have arrived) the ends of their edge lists. Bulk importers call them a few
  // events ahead; otherwise every AddRelation waits on cache misses.
  void PrefetchVertices(ActorId source, ActorId target) const;
  void PrefetchEdgeLists(ActorId source, ActorId target) const;
  // Makes room for `more` relations beyond those held: importers that know a file's size avoid
  // moving every relation each time the array grows.
  void ReserveRelations(size_t more);
  void AddDocument(Document doc);

  // The relation that reports the same event (same actors, either way for symmetric codes; same
  // CAMEO root; overlapping or both missing dates; same modality), or 0.
  RelationId FindSameEvent(const Relation& r) const;
  // Folds another report of an event into an existing relation: counts the source, keeps evidence.
  void MergeInto(RelationId id, const Relation& report);

  size_t actor_count() const { return actors_.size(); }
  size_t relation_count() const { return relations_.size(); }
  const Actor& actor(ActorId id) const { return actors_[id - 1]; }
  const Relation& relation(RelationId id) const { return relations_[id - 1]; }
  bool has_actor(ActorId id) const { return id >= 1 && id <= static_cast<ActorId>(actors_.size()); }
  const std::vector<Actor>& actors() const { return actors_; }
  using RelationArray = std::vector<Relation, HugePageAllocator<Relation>>;
  const RelationArray& relations() const { return relations_; }
  const std::map<std::string, Document>& documents() const { return documents_; }
  const Document* FindDocument(const std::string& id) const;

  // Every actor whose name or alias folds to the same key as `name`, in id order.
  std::vector<ActorId> FindByName(std::string_view name) const;
  // Every person with a name or alias that SamePersonName finds to be `name` ("Sergey Viktorovich
  // Lavrov" finds "Sergei Lavrov"), in id order. For matching people across sources once
  // FindByName has found nothing.
  std::vector<ActorId> FindPerson(std::string_view name) const;
  // The one person FindPerson finds, or 0 when none or several (then guessing would merge two).
  ActorId FindOnePerson(std::string_view name) const;
  // Relations leaving / entering an actor, in id order.
  std::vector<RelationId> OutRelations(ActorId id) const;
  std::vector<RelationId> InRelations(ActorId id) const;
  // Both directions, in id order; each relation once.
  std::vector<RelationId> RelationsOf(ActorId id) const;

  const Graph& graph() const { return graph_; }

  // What changed since the last ClearChanges(): the store writes only these.
  const std::vector<ActorId>& changed_actors() const { return changed_actors_; }
  const std::vector<RelationId>& changed_relations() const { return changed_relations_; }
  const std::vector<std::string>& changed_documents() const { return changed_documents_; }
  void ClearChanges();
  static size_t Vertex(ActorId id) { return static_cast<size_t>(id - 1); }

  struct EdgeKeep {
    const KnowledgeGraph* kg = nullptr;
    const RelationFilter* filter = nullptr;
    bool operator()(const Graph::edge_descriptor& e) const {
      return filter->Matches(kg->relation(kg->graph_[e].relation));
    }
  };
  using View = boost::filtered_graph<Graph, EdgeKeep>;
  // A view of the graph that keeps only the relations `filter` matches. Both must outlive it.
  View Filtered(const RelationFilter& filter) const {
    return View(graph_, EdgeKeep{this, &filter});
  }

 private:
  Graph graph_;
  std::vector<Actor> actors_;
  RelationArray relations_;
  std::unordered_map<std::string, std::vector<ActorId>> by_name_;
  std::unordered_map<std::string, std::vector<ActorId>> by_person_;  // people only, by PersonKey
  void IndexName(ActorId id, const std::string& name);
  std::map<std::string, Document> documents_;
  std::vector<ActorId> changed_actors_;
  std::vector<RelationId> changed_relations_;
  std::vector<std::string> changed_documents_;
  std::vector<bool> actor_changed_, relation_changed_;
  void MarkActor(ActorId id);
  void MarkRelation(RelationId id);
};

}  // namespace dipgraph
