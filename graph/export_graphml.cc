#include "graph/export_graphml.h"

#include "graph/cameo.h"
#include "graph/export_util.h"

namespace dipgraph {

namespace {

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"name", "node", "string"},       {"kind", "node", "string"},
    {"iso3", "node", "string"},       {"actor_cameo", "node", "string"},
    {"aliases", "node", "string"},    {"cameo", "edge", "string"},
    {"label", "edge", "string"},      {"quad_class", "edge", "int"},
    {"goldstein", "edge", "double"},  {"date", "edge", "string"},
    {"start", "edge", "string"},      {"end", "edge", "string"},
    {"location", "edge", "string"},   {"modality", "edge", "string"},
    {"confidence", "edge", "double"}, {"sources", "edge", "int"},
    {"documents", "edge", "string"},
};

void Data(std::string* b, const char* key, std::string_view value) {
  *b += "      <data key=\"";
  *b += key;
  *b += "\">";
  AppendXmlEscaped(value, b);
  *b += "</data>\n";
}

void WriteNode(std::string* b, const Actor& a) {
  *b += "    <node id=\"n";
  AppendInt(a.id, b);
  *b += "\">\n";
  Data(b, "name", a.name);
  Data(b, "kind", KindName(a.kind));
  if (!a.iso3.empty()) Data(b, "iso3", a.iso3);
  if (!a.cameo.empty()) Data(b, "actor_cameo", a.cameo);
  if (!a.aliases.empty()) {
    std::string joined;
    for (const std::string& s : a.aliases) joined += (joined.empty() ? "" : "|") + s;
    Data(b, "aliases", joined);
  }
  *b += "    </node>\n";
}

void WriteEdge(std::string* b, const Relation& r) {
  const CameoCode* code = LookupCameo(r.cameo);
  std::string v;
  *b += "    <edge id=\"e";
  AppendInt(r.id, b);
  *b += "\" source=\"n";
  AppendInt(r.source, b);
  *b += "\" target=\"n";
  AppendInt(r.target, b);
  *b += "\">\n";
  Data(b, "cameo", r.cameo);
  Data(b, "label", code ? code->label : "");
  AppendInt(code ? code->quad_class : 0, &v), Data(b, "quad_class", v), v.clear();
  AppendDouble(code ? code->goldstein : 0.0, &v), Data(b, "goldstein", v), v.clear();
  if (!r.date.empty()) {
    if (r.date.precision == DatePrecision::kDay)
      AppendDay(r.date.begin, &v);
    else
      v = FormatDateRange(r.date);
    Data(b, "date", v), v.clear();
    AppendDay(r.date.begin, &v), Data(b, "start", v), v.clear();
    AppendDay(r.date.end, &v), Data(b, "end", v), v.clear();
  }
  if (!r.location.empty()) Data(b, "location", r.location);
  Data(b, "modality", ModalityName(r.modality));
  AppendDouble(r.confidence, &v), Data(b, "confidence", v), v.clear();
  AppendInt(r.sources, &v), Data(b, "sources", v), v.clear();
  for (const Evidence& e : r.evidence) v += (v.empty() ? "" : "|") + e.document;
  if (!v.empty()) Data(b, "documents", v);
  *b += "    </edge>\n";
}

}  // namespace

void WriteGraphml(const KnowledgeGraph& /*kg*/, const ExportSelection& sel, std::ostream& out) {
  BlockWriter w(out);
  w << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
       "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
       "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    w << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.id
      << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  w << "  <graph id=\"dipgraph\" edgedefault=\"directed\">\n";
  for (const Actor* a : sel.actors) WriteNode(&w.buf(), *a), w.MaybeFlush();
  for (const Relation* r : sel.relations) WriteEdge(&w.buf(), *r), w.MaybeFlush();
  w << "  </graph>\n</graphml>\n";
}

}  // namespace dipgraph
