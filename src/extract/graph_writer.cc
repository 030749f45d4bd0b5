#include "src/extract/graph_writer.h"

#include "graph/date.h"
#include "src/extract/gazetteer.h"

namespace dipgraph {

namespace {

// The graph actor for a document entity: the one with the same canonical name and kind, else new.
ActorId ActorFor(const DocEntity& e, KnowledgeGraph* kg, IngestCounts* counts) {
  for (ActorId id : kg->FindByName(e.name)) {
    const Actor& a = kg->actor(id);
    if (a.kind == e.kind && a.name == e.name) return id;
  }
  // An actor imported under another spelling of the same name ("BARACK OBAMA").
  for (ActorId id : kg->FindByName(e.name))
    if (kg->actor(id).kind == e.kind) return id;
  // A person imported under a fuller or other spelling ("Sergey Viktorovich Lavrov"), if only one.
  if (e.kind == ActorKind::kPerson)
    if (ActorId id = kg->FindOnePerson(e.name)) return id;
  Actor a;
  a.name = e.name;
  a.kind = e.kind;
  a.iso3 = e.iso3;
  if (e.kind == ActorKind::kCountry || !e.sector.empty()) a.cameo = e.iso3 + e.sector;
  ++counts->actors_added;
  return kg->AddActor(std::move(a));
}

}  // namespace

IngestCounts AddExtraction(const Extraction& x, const std::string& ingested, KnowledgeGraph* kg) {
  IngestCounts counts;
  const Article& art = x.model.article;
  kg->AddDocument({art.id, art.source, art.title,
                   art.published >= 0 ? FormatDay(art.published) : "", art.dateline, ingested});
  std::vector<ActorId> ids;
  for (const DocEntity& e : x.model.entities) ids.push_back(ActorFor(e, kg, &counts));
  for (size_t i = 0; i < ids.size(); ++i) {
    const DocEntity& e = x.model.entities[i];
    for (const std::string& alias : e.aliases) kg->AddAlias(ids[i], alias);
    // Every name the gazetteer knows, so that `who-met Lavrov` finds Sergei Lavrov.
    if (e.gaz >= 0)
      for (const std::string& name : Gazetteer::Get().entry(e.gaz).names)
        kg->AddAlias(ids[i], name);
    for (const TextAffiliation& a : e.affiliations)
      kg->AddAffiliation(ids[i], {ids[a.of], a.role, a.former});
  }
  for (const ExtractedRelation& r : x.relations) {
    Relation rel;
    rel.source = ids[r.source];
    rel.target = ids[r.target];
    rel.cameo = r.cameo;
    rel.date = r.date;
    rel.location = r.location;
    rel.modality = r.modality;
    rel.confidence = r.confidence;
    rel.evidence.push_back(
        {art.id, art.text.substr(r.evidence.start, r.evidence.end - r.evidence.start),
         static_cast<int64_t>(r.evidence.start), static_cast<int64_t>(r.evidence.end)});
    if (RelationId same = kg->FindSameEvent(rel)) {
      kg->MergeInto(same, rel);
      ++counts.relations_merged;
    } else {
      kg->AddRelation(std::move(rel));
      ++counts.relations_added;
    }
  }
  return counts;
}

}  // namespace dipgraph
