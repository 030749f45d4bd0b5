#include "graph/json_io.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <set>

#include "graph/cameo.h"

namespace dipgraph {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void Str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void WriteDocument(Writer& w, const Document& d) {
  w.StartObject();
  w.Key("id"), Str(w, d.id);
  w.Key("source"), Str(w, d.source);
  w.Key("title"), Str(w, d.title);
  w.Key("published"), Str(w, d.published);
  w.Key("dateline"), Str(w, d.dateline);
  w.Key("ingested"), Str(w, d.ingested);
  w.EndObject();
}

void WriteActor(Writer& w, const Actor& a) {
  w.StartObject();
  w.Key("id"), w.Int64(a.id);
  w.Key("name"), Str(w, a.name);
  w.Key("kind"), Str(w, KindName(a.kind));
  w.Key("aliases"), w.StartArray();
  for (const std::string& s : a.aliases) Str(w, s);
  w.EndArray();
  w.Key("codes"), w.StartObject();
  if (!a.iso3.empty()) w.Key("iso3"), Str(w, a.iso3);
  if (!a.cameo.empty()) w.Key("cameo"), Str(w, a.cameo);
  w.EndObject();
  w.Key("affiliations"), w.StartArray();
  for (const Affiliation& f : a.affiliations) {
    w.StartObject();
    w.Key("of"), w.Int64(f.of);
    w.Key("role"), Str(w, f.role);
    w.Key("former"), w.Bool(f.former);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WriteRelation(Writer& w, const Relation& r) {
  const CameoCode* code = LookupCameo(r.cameo);
  w.StartObject();
  w.Key("id"), w.Int64(r.id);
  w.Key("source"), w.Int64(r.source);
  w.Key("target"), w.Int64(r.target);
  w.Key("cameo"), Str(w, r.cameo);
  w.Key("label"), Str(w, code ? code->label : "");
  w.Key("quad_class"), w.Int(code ? code->quad_class : 0);
  w.Key("goldstein"), w.Double(code ? code->goldstein : 0.0);
  w.Key("date");
  if (r.date.empty())
    w.Null();
  else
    Str(w, FormatDateRange(r.date));
  w.Key("location");
  if (r.location.empty())
    w.Null();
  else
    Str(w, r.location);
  w.Key("modality"), Str(w, ModalityName(r.modality));
  w.Key("confidence"), w.Double(r.confidence);
  w.Key("sources"), w.Int(r.sources);
  w.Key("evidence"), w.StartArray();
  for (const Evidence& e : r.evidence) {
    w.StartObject();
    w.Key("document"), Str(w, e.document);
    w.Key("text"), Str(w, e.text);
    w.Key("start"), w.Int64(e.start);
    w.Key("end"), w.Int64(e.end);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void WriteGraphJson(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out) {
  rapidjson::OStreamWrapper os(out);
  Writer w(os);
  w.SetIndent(' ', 1);
  std::set<std::string> docs;
  if (!sel.everything)
    for (const Relation* r : sel.relations)
      for (const Evidence& e : r->evidence) docs.insert(e.document);
  w.StartObject();
  w.Key("format"), w.String("dipgraph");
  w.Key("version"), w.Int(1);
  w.Key("documents"), w.StartArray();
  for (const auto& [id, d] : kg.documents())
    if (sel.everything || docs.count(id)) WriteDocument(w, d);
  w.EndArray();
  w.Key("actors"), w.StartArray();
  for (const Actor* a : sel.actors) WriteActor(w, *a);
  w.EndArray();
  w.Key("relations"), w.StartArray();
  for (const Relation* r : sel.relations) WriteRelation(w, *r);
  w.EndArray();
  w.EndObject();
  out << '\n';
}

void WriteGraphJson(const KnowledgeGraph& kg, const RelationFilter& filter, std::ostream& out) {
  WriteGraphJson(kg, SelectForExport(kg, filter), out);
}

namespace {

// Field readers that name the JSON path at fault.
class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}
  Status Fail(const std::string& path, const std::string& what) const {
    return Status::Invalid(fmt::format("{}: {}: {}", source_, path, what));
  }
  Status String(const rapidjson::Value& o, const char* key, const std::string& path,
                std::string* out, bool nullable = false) const {
    if (!o.IsObject()) return Fail(path, "expected an object");
    auto it = o.FindMember(key);
    if (it == o.MemberEnd() || (nullable && it->value.IsNull())) {
      if (nullable || it != o.MemberEnd()) return Status::Ok();
      return Fail(path + "." + key, "missing");
    }
    if (!it->value.IsString()) return Fail(path + "." + key, "expected a string");
    out->assign(it->value.GetString(), it->value.GetStringLength());
    return Status::Ok();
  }
  Status Int(const rapidjson::Value& o, const char* key, const std::string& path,
             int64_t* out) const {
    if (!o.IsObject()) return Fail(path, "expected an object");
    auto it = o.FindMember(key);
    if (it == o.MemberEnd()) return Fail(path + "." + key, "missing");
    if (!it->value.IsInt64()) return Fail(path + "." + key, "expected an integer");
    *out = it->value.GetInt64();
    return Status::Ok();
  }
  const rapidjson::Value* Array(const rapidjson::Value& o, const char* key) const {
    if (!o.IsObject()) return nullptr;
    auto it = o.FindMember(key);
    return it != o.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
  }

 private:
  std::string source_;
};

struct Parsed {
  std::vector<Document> documents;
  std::vector<Actor> actors;  // ids as in the file
  std::vector<Relation> relations;
};

Status ParseDocuments(const Reader& rd, const rapidjson::Value& root, Parsed* p) {
  const rapidjson::Value* docs = rd.Array(root, "documents");
  if (!docs) return rd.Fail("documents", "missing or not an array");
  for (rapidjson::SizeType i = 0; i < docs->Size(); ++i) {
    const auto& o = (*docs)[i];
    std::string path = fmt::format("documents[{}]", i);
    if (!o.IsObject()) return rd.Fail(path, "expected an object");
    Document d;
    DG_RETURN_IF_ERROR(rd.String(o, "id", path, &d.id));
    DG_RETURN_IF_ERROR(rd.String(o, "source", path, &d.source));
    DG_RETURN_IF_ERROR(rd.String(o, "title", path, &d.title, true));
    DG_RETURN_IF_ERROR(rd.String(o, "published", path, &d.published, true));
    DG_RETURN_IF_ERROR(rd.String(o, "dateline", path, &d.dateline, true));
    DG_RETURN_IF_ERROR(rd.String(o, "ingested", path, &d.ingested, true));
    p->documents.push_back(std::move(d));
  }
  return Status::Ok();
}

Status ParseActor(const Reader& rd, const rapidjson::Value& o, const std::string& path, Actor* a) {
  if (!o.IsObject()) return rd.Fail(path, "expected an object");
  DG_RETURN_IF_ERROR(rd.Int(o, "id", path, &a->id));
  DG_RETURN_IF_ERROR(rd.String(o, "name", path, &a->name));
  if (a->name.empty()) return rd.Fail(path + ".name", "empty");
  std::string kind;
  DG_RETURN_IF_ERROR(rd.String(o, "kind", path, &kind));
  auto k = ParseKind(kind);
  if (!k) return rd.Fail(path + ".kind", "unknown kind '" + kind + "'");
  a->kind = *k;
  if (const rapidjson::Value* al = rd.Array(o, "aliases"))
    for (const auto& v : al->GetArray())
      if (v.IsString()) a->aliases.emplace_back(v.GetString(), v.GetStringLength());
  auto codes = o.FindMember("codes");
  if (codes != o.MemberEnd() && codes->value.IsObject()) {
    DG_RETURN_IF_ERROR(rd.String(codes->value, "iso3", path + ".codes", &a->iso3, true));
    DG_RETURN_IF_ERROR(rd.String(codes->value, "cameo", path + ".codes", &a->cameo, true));
  }
  if (const rapidjson::Value* af = rd.Array(o, "affiliations")) {
    for (rapidjson::SizeType j = 0; j < af->Size(); ++j) {
      std::string fp = fmt::format("{}.affiliations[{}]", path, j);
      if (!(*af)[j].IsObject()) return rd.Fail(fp, "expected an object");
      Affiliation f;
      DG_RETURN_IF_ERROR(rd.Int((*af)[j], "of", fp, &f.of));
      DG_RETURN_IF_ERROR(rd.String((*af)[j], "role", fp, &f.role, true));
      auto former = (*af)[j].FindMember("former");
      f.former =
          former != (*af)[j].MemberEnd() && former->value.IsBool() && former->value.GetBool();
      a->affiliations.push_back(std::move(f));
    }
  }
  return Status::Ok();
}

Status ParseRelation(const Reader& rd, const rapidjson::Value& o, const std::string& path,
                     Relation* r) {
  if (!o.IsObject()) return rd.Fail(path, "expected an object");
  DG_RETURN_IF_ERROR(rd.Int(o, "source", path, &r->source));
  DG_RETURN_IF_ERROR(rd.Int(o, "target", path, &r->target));
  DG_RETURN_IF_ERROR(rd.String(o, "cameo", path, &r->cameo));
  if (!LookupCameo(r->cameo))
    return rd.Fail(path + ".cameo", "unknown CAMEO code '" + r->cameo + "'");
  std::string date, modality;
  DG_RETURN_IF_ERROR(rd.String(o, "date", path, &date, true));
  auto range = ParseDateRange(date);
  if (!range) return rd.Fail(path + ".date", "not an ISO 8601 date or interval: '" + date + "'");
  r->date = *range;
  DG_RETURN_IF_ERROR(rd.String(o, "location", path, &r->location, true));
  DG_RETURN_IF_ERROR(rd.String(o, "modality", path, &modality));
  auto m = ParseModality(modality);
  if (!m) return rd.Fail(path + ".modality", "unknown modality '" + modality + "'");
  r->modality = *m;
  auto conf = o.FindMember("confidence");
  if (conf != o.MemberEnd() && conf->value.IsNumber()) r->confidence = conf->value.GetDouble();
  auto sources = o.FindMember("sources");
  if (sources != o.MemberEnd() && sources->value.IsInt()) r->sources = sources->value.GetInt();
  if (const rapidjson::Value* ev = rd.Array(o, "evidence")) {
    for (rapidjson::SizeType j = 0; j < ev->Size(); ++j) {
      std::string ep = fmt::format("{}.evidence[{}]", path, j);
      Evidence e;
      DG_RETURN_IF_ERROR(rd.String((*ev)[j], "document", ep, &e.document));
      DG_RETURN_IF_ERROR(rd.String((*ev)[j], "text", ep, &e.text));
      DG_RETURN_IF_ERROR(rd.Int((*ev)[j], "start", ep, &e.start));
      DG_RETURN_IF_ERROR(rd.Int((*ev)[j], "end", ep, &e.end));
      r->evidence.push_back(std::move(e));
    }
  }
  return Status::Ok();
}

Status ParseAll(const Reader& rd, const rapidjson::Value& root, Parsed* p) {
  if (!root.IsObject()) return rd.Fail("(top)", "expected an object");
  DG_RETURN_IF_ERROR(ParseDocuments(rd, root, p));
  const rapidjson::Value* actors = rd.Array(root, "actors");
  if (!actors) return rd.Fail("actors", "missing or not an array");
  std::set<int64_t> ids;
  for (rapidjson::SizeType i = 0; i < actors->Size(); ++i) {
    Actor a;
    DG_RETURN_IF_ERROR(ParseActor(rd, (*actors)[i], fmt::format("actors[{}]", i), &a));
    if (!ids.insert(a.id).second) return rd.Fail(fmt::format("actors[{}].id", i), "duplicate id");
    p->actors.push_back(std::move(a));
  }
  for (size_t i = 0; i < p->actors.size(); ++i)
    for (const Affiliation& f : p->actors[i].affiliations)
      if (!ids.count(f.of))
        return rd.Fail(fmt::format("actors[{}].affiliations", i), "unknown actor id");
  const rapidjson::Value* rels = rd.Array(root, "relations");
  if (!rels) return rd.Fail("relations", "missing or not an array");
  for (rapidjson::SizeType i = 0; i < rels->Size(); ++i) {
    Relation r;
    std::string path = fmt::format("relations[{}]", i);
    DG_RETURN_IF_ERROR(ParseRelation(rd, (*rels)[i], path, &r));
    if (!ids.count(r.source)) return rd.Fail(path + ".source", "unknown actor id");
    if (!ids.count(r.target)) return rd.Fail(path + ".target", "unknown actor id");
    p->relations.push_back(std::move(r));
  }
  return Status::Ok();
}

// The existing actor with this name and kind, or 0.
ActorId SameActor(const KnowledgeGraph& kg, const Actor& a) {
  for (ActorId id : kg.FindByName(a.name))
    if (kg.actor(id).kind == a.kind && kg.actor(id).name == a.name) return id;
  return 0;
}

}  // namespace

Result<JsonImportCounts> ReadGraphJson(std::string_view json, const std::string& source,
                                       KnowledgeGraph* kg) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError())
    return Status::Invalid(fmt::format("{}: byte {}: invalid JSON: {}", source,
                                       doc.GetErrorOffset(),
                                       rapidjson::GetParseError_En(doc.GetParseError())));
  Reader rd(source);
  Parsed p;
  DG_RETURN_IF_ERROR(ParseAll(rd, doc, &p));

  JsonImportCounts counts;
  for (Document& d : p.documents) {
    if (!kg->FindDocument(d.id)) ++counts.documents;
    kg->AddDocument(std::move(d));
  }
  std::map<int64_t, ActorId> id_map;
  for (Actor& a : p.actors) {
    ActorId have = SameActor(*kg, a);
    if (have) {
      for (const std::string& alias : a.aliases) kg->AddAlias(have, alias);
      ++counts.actors_merged;
    }
    id_map[a.id] = have ? have
                        : (++counts.actors_added,
                           kg->AddActor(Actor{0, a.name, a.kind, a.aliases, a.iso3, a.cameo, {}}));
  }
  for (const Actor& a : p.actors)
    for (Affiliation f : a.affiliations) {
      f.of = id_map[f.of];
      kg->AddAffiliation(id_map[a.id], f);
    }
  for (Relation& r : p.relations) {
    r.source = id_map[r.source];
    r.target = id_map[r.target];
    if (RelationId same = kg->FindSameEvent(r)) {
      kg->MergeInto(same, r);
      ++counts.relations_merged;
    } else {
      kg->AddRelation(std::move(r));
      ++counts.relations_added;
    }
  }
  return counts;
}

}  // namespace dipgraph
