#include "src/server/json.h"

namespace dipgraph::server {

std::string BuildJson(const std::function<void(JsonWriter&)>& fn) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  fn(w);
  std::string out;
  out.reserve(buffer.GetSize() + 16);
  for (const char* p = buffer.GetString(); *p; ++p) {
    switch (*p) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += *p;
    }
  }
  return out;
}

std::string JsonError(int status, std::string_view message) {
  return BuildJson([&](JsonWriter& w) {
    w.StartObject();
    w.Key("error"), JsonStr(w, message);
    w.Key("status"), w.Int(status);
    w.EndObject();
  });
}

void JsonStr(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void JsonDate(JsonWriter& w, const DateRange& d) {
  if (d.empty()) return void(w.Null());
  JsonStr(w, FormatDateRange(d));
}

void JsonActor(JsonWriter& w, const KnowledgeGraph& kg, ActorId id) {
  w.StartObject();
  w.Key("id"), w.Int64(id);
  w.Key("name"), JsonStr(w, kg.actor(id).name);
  w.Key("kind"), JsonStr(w, KindName(kg.actor(id).kind));
  w.EndObject();
}

void JsonEvidence(JsonWriter& w, const std::vector<EvidenceRef>& evidence) {
  w.StartArray();
  for (const EvidenceRef& e : evidence) {
    w.StartObject();
    w.Key("document"), JsonStr(w, e.document);
    w.Key("source"), JsonStr(w, e.source);
    w.Key("text"), JsonStr(w, e.text);
    w.EndObject();
  }
  w.EndArray();
}

void JsonRelation(JsonWriter& w, const KnowledgeGraph& kg, RelationId id) {
  const Relation& r = kg.relation(id);
  w.StartObject();
  w.Key("id"), w.Int64(id);
  w.Key("source"), JsonActor(w, kg, r.source);
  w.Key("target"), JsonActor(w, kg, r.target);
  w.Key("code"), JsonStr(w, r.cameo);
  w.Key("label"), JsonStr(w, CameoLabel(r.cameo));
  w.Key("date"), JsonDate(w, r.date);
  w.Key("place"), JsonStr(w, r.location);
  w.Key("modality"), JsonStr(w, ModalityName(r.modality));
  w.Key("confidence"), w.Double(r.confidence);
  w.Key("sources"), w.Int(r.sources);
  w.Key("evidence"), JsonEvidence(w, EvidenceOf(kg, r));
  w.EndObject();
}

void JsonRelations(JsonWriter& w, const KnowledgeGraph& kg, const std::vector<RelationId>& ids,
                   size_t limit) {
  w.StartArray();
  for (size_t i = 0; i < ids.size() && i < limit; ++i) JsonRelation(w, kg, ids[i]);
  w.EndArray();
}

}  // namespace dipgraph::server
