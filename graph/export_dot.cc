#include "graph/export_dot.h"

#include "graph/export_util.h"

namespace dipgraph {

namespace {

void Attr(std::string* b, const char* name, std::string_view value, bool first = false) {
  if (!first) *b += ", ";
  *b += name;
  *b += '=';
  AppendDotString(value, b);
}

}  // namespace

void WritePlainDot(const KnowledgeGraph& /*kg*/, const ExportSelection& sel, std::ostream& out) {
  BlockWriter w(out);
  w << "digraph dipgraph {\n";
  std::string v;
  for (const Actor* a : sel.actors) {
    std::string* b = &w.buf();
    *b += "  n";
    AppendInt(a->id, b);
    *b += " [";
    Attr(b, "label", a->name, true);
    Attr(b, "kind", KindName(a->kind));
    if (!a->iso3.empty()) Attr(b, "iso3", a->iso3);
    *b += "];\n";
    w.MaybeFlush();
  }
  for (const Relation* r : sel.relations) {
    std::string* b = &w.buf();
    *b += "  n";
    AppendInt(r->source, b);
    *b += " -> n";
    AppendInt(r->target, b);
    *b += " [";
    Attr(b, "label", r->cameo, true);
    AppendInt(r->id, &v), Attr(b, "id", "e" + v), v.clear();
    if (!r->date.empty()) Attr(b, "date", FormatDateRange(r->date));
    if (!r->location.empty()) Attr(b, "location", r->location);
    Attr(b, "modality", ModalityName(r->modality));
    AppendInt(r->sources, &v), Attr(b, "sources", v), v.clear();
    *b += "];\n";
    w.MaybeFlush();
  }
  w << "}\n";
}

}  // namespace dipgraph
