#include "graph/export_csv.h"

#include "graph/cameo.h"
#include "graph/export_util.h"

namespace dipgraph {

namespace {

void Field(std::string* b, std::string_view s, bool last = false) {
  AppendCsvField(s, b);
  *b += last ? "\r\n" : ",";
}

void WriteRow(std::string* b, const KnowledgeGraph& kg, const Relation& r) {
  const CameoCode* code = LookupCameo(r.cameo);
  const Actor& s = kg.actor(r.source);
  const Actor& t = kg.actor(r.target);
  std::string v;
  AppendInt(r.id, &v), Field(b, v), v.clear();
  AppendInt(s.id, &v), Field(b, v), v.clear();
  Field(b, s.name), Field(b, KindName(s.kind));
  AppendInt(t.id, &v), Field(b, v), v.clear();
  Field(b, t.name), Field(b, KindName(t.kind));
  Field(b, r.cameo), Field(b, code ? code->label : "");
  AppendInt(code ? code->quad_class : 0, &v), Field(b, v), v.clear();
  AppendDouble(code ? code->goldstein : 0.0, &v), Field(b, v), v.clear();
  Field(b, FormatDateRange(r.date));
  if (!r.date.empty()) AppendDay(r.date.begin, &v);
  Field(b, v), v.clear();
  if (!r.date.empty()) AppendDay(r.date.end, &v);
  Field(b, v), v.clear();
  Field(b, r.location), Field(b, ModalityName(r.modality));
  AppendDouble(r.confidence, &v), Field(b, v), v.clear();
  AppendInt(r.sources, &v), Field(b, v), v.clear();
  std::string docs, texts;
  for (const Evidence& e : r.evidence) {
    docs += (docs.empty() ? "" : "|") + e.document;
    texts += (texts.empty() ? "" : "|") + e.text;
  }
  Field(b, docs), Field(b, texts, true);
}

}  // namespace

void WriteEdgeCsv(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out) {
  BlockWriter w(out);
  w << "id,source_id,source,source_kind,target_id,target,target_kind,cameo,label,quad_class,"
       "goldstein,date,start,end,location,modality,confidence,sources,documents,evidence\r\n";
  for (const Relation* r : sel.relations) WriteRow(&w.buf(), kg, *r), w.MaybeFlush();
}

}  // namespace dipgraph
