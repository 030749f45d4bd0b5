#include "graph/knowledge_graph.h"

#include <algorithm>

#include "graph/cameo.h"
#include "graph/name_key.h"

namespace dipgraph {

unsigned ModalityBit(Modality m) { return 1u << static_cast<unsigned>(m); }

bool RelationFilter::Matches(const Relation& r) const {
  if (!window.empty() && !window.Overlaps(r.date)) return false;
  if (!code_prefix.empty() && r.cameo.compare(0, code_prefix.size(), code_prefix) != 0)
    return false;
  if (modalities != 0 && (modalities & ModalityBit(r.modality)) == 0) return false;
  if (quad_class != 0) {
    int root = r.cameo.size() >= 2 ? (r.cameo[0] - '0') * 10 + (r.cameo[1] - '0') : 0;
    if (root < 1 || root > 20) return false;
    if (QuadClassOfRoot(root) != quad_class) return false;
  }
  return true;
}

ActorId KnowledgeGraph::AddActor(Actor actor) {
  actor.id = static_cast<ActorId>(actors_.size()) + 1;
  boost::add_vertex(VertexData{actor.id}, graph_);
  std::vector<std::string> names = actor.aliases;
  names.push_back(actor.name);
  actor.aliases.clear();
  ActorId id = actor.id;
  actors_.push_back(std::move(actor));
  actor_changed_.push_back(false);
  MarkActor(id);
  // Canonical name first so it is never listed as its own alias.
  IndexName(id, actors_.back().name);
  for (const std::string& n : names) AddAlias(id, n);
  return id;
}

void KnowledgeGraph::IndexName(ActorId id, const std::string& name) {
  auto add = [id](std::vector<ActorId>& ids) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  add(by_name_[NameKey(name)]);
  if (actors_[id - 1].kind == ActorKind::kPerson) add(by_person_[PersonKey(name)]);
}

void KnowledgeGraph::AddAlias(ActorId id, const std::string& alias) {
  Actor& a = actors_[id - 1];
  if (alias.empty() || alias == a.name) return;
  if (std::find(a.aliases.begin(), a.aliases.end(), alias) != a.aliases.end()) return;
  a.aliases.push_back(alias);
  MarkActor(id);
  IndexName(id, alias);
}

void KnowledgeGraph::AddAffiliation(ActorId id, const Affiliation& affiliation) {
  auto& list = actors_[id - 1].affiliations;
  if (std::find(list.begin(), list.end(), affiliation) != list.end()) return;
  list.push_back(affiliation);
  MarkActor(id);
}

RelationId KnowledgeGraph::AddRelation(Relation relation) {
  relation.id = static_cast<RelationId>(relations_.size()) + 1;
  boost::add_edge(Vertex(relation.source), Vertex(relation.target), EdgeData{relation.id}, graph_);
  relations_.push_back(std::move(relation));
  relation_changed_.push_back(false);
  MarkRelation(relations_.back().id);
  return relations_.back().id;
}

void KnowledgeGraph::PrefetchVertices(ActorId source, ActorId target) const {
  __builtin_prefetch(&graph_.m_vertices[Vertex(source)]);
  __builtin_prefetch(&graph_.m_vertices[Vertex(target)]);
}

void KnowledgeGraph::PrefetchEdgeLists(ActorId source, ActorId target) const {
  const auto& out = graph_.out_edge_list(Vertex(source));
  const auto& in = in_edge_list(const_cast<Graph&>(graph_), Vertex(target));
  __builtin_prefetch(out.data() + out.size(), 1);
  __builtin_prefetch(in.data() + in.size(), 1);
}

void KnowledgeGraph::ReserveRelations(size_t more) {
  relations_.reserve(relations_.size() + more);
  graph_.m_edges.reserve(graph_.m_edges.size() + more);
  relation_changed_.reserve(relations_.size() + more);
  changed_relations_.reserve(changed_relations_.size() + more);
}

void KnowledgeGraph::AddDocument(Document doc) {
  std::string id = doc.id;
  if (documents_.emplace(id, std::move(doc)).second) changed_documents_.push_back(id);
}

const Document* KnowledgeGraph::FindDocument(const std::string& id) const {
  auto it = documents_.find(id);
  return it == documents_.end() ? nullptr : &it->second;
}

namespace {

bool SameEvent(const Relation& a, const Relation& b) {
  if (a.cameo.substr(0, 2) != b.cameo.substr(0, 2) || a.modality != b.modality) return false;
  if (a.date.empty() != b.date.empty()) return false;
  return a.date.empty() || a.date.Overlaps(b.date);
}

bool IsMutualRoot(const std::string& cameo) {
  // Meetings, cooperation and fighting read the same from either side.
  return cameo.rfind("04", 0) == 0 || cameo.rfind("05", 0) == 0 || cameo.rfind("06", 0) == 0 ||
         cameo.rfind("19", 0) == 0;
}

}  // namespace

RelationId KnowledgeGraph::FindSameEvent(const Relation& r) const {
  if (!has_actor(r.source) || !has_actor(r.target)) return 0;
  for (RelationId id : OutRelations(r.source)) {
    const Relation& o = relation(id);
    if (o.target == r.target && SameEvent(o, r)) return id;
  }
  if (!IsMutualRoot(r.cameo)) return 0;
  for (RelationId id : OutRelations(r.target)) {
    const Relation& o = relation(id);
    if (o.target == r.source && SameEvent(o, r)) return id;
  }
  return 0;
}

void KnowledgeGraph::MergeInto(RelationId id, const Relation& report) {
  Relation& r = relations_[id - 1];
  MarkRelation(id);
  bool new_document = true;
  for (const Evidence& e : report.evidence) {
    for (const Evidence& have : r.evidence)
      if (have.document == e.document) new_document = false;
    if (std::find(r.evidence.begin(), r.evidence.end(), e) == r.evidence.end())
      r.evidence.push_back(e);
  }
  if (new_document) r.sources += report.sources;
  // The more specific code and date win.
  if (report.cameo.size() > r.cameo.size()) r.cameo = report.cameo;
  if (r.location.empty()) r.location = report.location;
  if (!report.date.empty() && report.date.end - report.date.begin < r.date.end - r.date.begin)
    r.date = report.date;
  r.confidence = std::max(r.confidence, report.confidence);
}

namespace {

std::vector<ActorId> SortedIds(const std::unordered_map<std::string, std::vector<ActorId>>& index,
                               const std::string& key) {
  auto it = index.find(key);
  if (it == index.end()) return {};
  std::vector<ActorId> ids = it->second;
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::vector<ActorId> KnowledgeGraph::FindPerson(std::string_view name) const {
  std::vector<ActorId> ids = SortedIds(by_person_, PersonKey(name));
  std::erase_if(ids, [&](ActorId id) {
    const Actor& a = actor(id);
    if (SamePersonName(a.name, name)) return false;
    for (const std::string& alias : a.aliases)
      if (SamePersonName(alias, name)) return false;
    return true;
  });
  return ids;
}

ActorId KnowledgeGraph::FindOnePerson(std::string_view name) const {
  std::vector<ActorId> ids = FindPerson(name);
  return ids.size() == 1 ? ids[0] : 0;
}

std::vector<ActorId> KnowledgeGraph::FindByName(std::string_view name) const {
  return SortedIds(by_name_, NameKey(name));
}

std::vector<RelationId> KnowledgeGraph::OutRelations(ActorId id) const {
  std::vector<RelationId> out;
  for (auto [it, end] = boost::out_edges(Vertex(id), graph_); it != end; ++it)
    out.push_back(graph_[*it].relation);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<RelationId> KnowledgeGraph::InRelations(ActorId id) const {
  std::vector<RelationId> out;
  for (auto [it, end] = boost::in_edges(Vertex(id), graph_); it != end; ++it)
    out.push_back(graph_[*it].relation);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<RelationId> KnowledgeGraph::RelationsOf(ActorId id) const {
  std::vector<RelationId> out = OutRelations(id);
  std::vector<RelationId> in = InRelations(id);
  out.insert(out.end(), in.begin(), in.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace dipgraph

namespace dipgraph {

void KnowledgeGraph::MarkActor(ActorId id) {
  if (actor_changed_[id - 1]) return;
  actor_changed_[id - 1] = true;
  changed_actors_.push_back(id);
}

void KnowledgeGraph::MarkRelation(RelationId id) {
  if (relation_changed_[id - 1]) return;
  relation_changed_[id - 1] = true;
  changed_relations_.push_back(id);
}

void KnowledgeGraph::ClearChanges() {
  for (ActorId id : changed_actors_) actor_changed_[id - 1] = false;
  for (RelationId id : changed_relations_) relation_changed_[id - 1] = false;
  changed_actors_.clear();
  changed_relations_.clear();
  changed_documents_.clear();
}

}  // namespace dipgraph
