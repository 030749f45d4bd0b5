#include "graph/export_gexf.h"

#include "graph/cameo.h"
#include "graph/export_util.h"

namespace dipgraph {

namespace {

struct Attribute {
  const char* id;
  const char* type;  // GEXF attribute type
};

constexpr Attribute kNodeAttributes[] = {
    {"kind", "string"}, {"iso3", "string"}, {"actor_cameo", "string"}, {"aliases", "string"}};
constexpr Attribute kEdgeAttributes[] = {
    {"cameo", "string"},      {"quad_class", "integer"}, {"goldstein", "double"},
    {"date", "string"},       {"location", "string"},    {"modality", "string"},
    {"confidence", "double"}, {"sources", "integer"},    {"documents", "string"}};

void DeclareAttributes(BlockWriter& w, const char* cls, const Attribute* begin,
                       const Attribute* end) {
  w << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const Attribute* a = begin; a != end; ++a)
    w << "      <attribute id=\"" << a->id << "\" title=\"" << a->id << "\" type=\"" << a->type
      << "\"/>\n";
  w << "    </attributes>\n";
}

void Value(std::string* b, const char* key, std::string_view value) {
  *b += "          <attvalue for=\"";
  *b += key;
  *b += "\" value=\"";
  AppendXmlEscaped(value, b);
  *b += "\"/>\n";
}

void WriteNode(std::string* b, const Actor& a) {
  *b += "      <node id=\"n";
  AppendInt(a.id, b);
  *b += "\" label=\"";
  AppendXmlEscaped(a.name, b);
  *b += "\">\n        <attvalues>\n";
  Value(b, "kind", KindName(a.kind));
  if (!a.iso3.empty()) Value(b, "iso3", a.iso3);
  if (!a.cameo.empty()) Value(b, "actor_cameo", a.cameo);
  if (!a.aliases.empty()) {
    std::string joined;
    for (const std::string& s : a.aliases) joined += (joined.empty() ? "" : "|") + s;
    Value(b, "aliases", joined);
  }
  *b += "        </attvalues>\n      </node>\n";
}

void WriteEdge(std::string* b, const Relation& r) {
  const CameoCode* code = LookupCameo(r.cameo);
  std::string v;
  *b += "      <edge id=\"e";
  AppendInt(r.id, b);
  *b += "\" source=\"n";
  AppendInt(r.source, b);
  *b += "\" target=\"n";
  AppendInt(r.target, b);
  *b += "\" label=\"";
  AppendXmlEscaped(code ? code->label : r.cameo, b);
  if (!r.date.empty()) {
    *b += "\" start=\"";
    AppendDay(r.date.begin, b);
    *b += "\" end=\"";
    AppendDay(r.date.end, b);
  }
  *b += "\" weight=\"";
  AppendInt(r.sources, b);
  *b += "\">\n        <attvalues>\n";
  Value(b, "cameo", r.cameo);
  AppendInt(code ? code->quad_class : 0, &v), Value(b, "quad_class", v), v.clear();
  AppendDouble(code ? code->goldstein : 0.0, &v), Value(b, "goldstein", v), v.clear();
  if (!r.date.empty()) Value(b, "date", FormatDateRange(r.date));
  if (!r.location.empty()) Value(b, "location", r.location);
  Value(b, "modality", ModalityName(r.modality));
  AppendDouble(r.confidence, &v), Value(b, "confidence", v), v.clear();
  AppendInt(r.sources, &v), Value(b, "sources", v), v.clear();
  for (const Evidence& e : r.evidence) v += (v.empty() ? "" : "|") + e.document;
  if (!v.empty()) Value(b, "documents", v);
  *b += "        </attvalues>\n      </edge>\n";
}

}  // namespace

void WriteGexf(const KnowledgeGraph& /*kg*/, const ExportSelection& sel, std::ostream& out) {
  BlockWriter w(out);
  w << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
       "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft "
       "http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n"
       "  <meta>\n    <creator>dipgraph</creator>\n  </meta>\n"
       "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  DeclareAttributes(w, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
  DeclareAttributes(w, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));
  w << "    <nodes>\n";
  for (const Actor* a : sel.actors) WriteNode(&w.buf(), *a), w.MaybeFlush();
  w << "    </nodes>\n    <edges>\n";
  for (const Relation* r : sel.relations) WriteEdge(&w.buf(), *r), w.MaybeFlush();
  w << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace dipgraph
