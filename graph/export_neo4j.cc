#include "graph/export_neo4j.h"

#include <fmt/format.h>

#include "graph/cameo.h"
#include "graph/export_util.h"

namespace dipgraph {

namespace {

void Field(std::string* b, std::string_view s, bool last = false) {
  AppendCsvField(s, b);
  *b += last ? "\n" : ",";
}

// Neo4j separates array items with ';': one inside an item cannot be escaped, so it becomes ','.
std::string ArrayField(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += ';';
    for (char c : s) out += c == ';' ? ',' : c;
  }
  return out;
}

std::string Label(ActorKind kind) {
  std::string k(KindName(kind));
  k[0] = static_cast<char>(k[0] - 'a' + 'A');
  return "Actor;" + k;
}

// Relationship type from the CAMEO root's label: "make public statement" -> MAKE_PUBLIC_STATEMENT.
std::string TypeOf(const std::string& cameo) {
  const CameoCode* root = LookupCameo(cameo.substr(0, 2));
  if (!root) return "RELATION";
  std::string t;
  for (char c : root->label) {
    if (c >= 'a' && c <= 'z')
      t += static_cast<char>(c - 'a' + 'A');
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      t += c;
    else if (!t.empty() && t.back() != '_')
      t += '_';
  }
  while (!t.empty() && t.back() == '_') t.pop_back();
  return t;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

void WriteNeo4jActors(const KnowledgeGraph& /*kg*/, const ExportSelection& sel, std::ostream& out) {
  BlockWriter w(out);
  w << "actorId:ID,name,kind,iso3,cameo,aliases:string[],:LABEL\n";
  std::string v;
  for (const Actor* a : sel.actors) {
    std::string* b = &w.buf();
    AppendInt(a->id, &v), Field(b, v), v.clear();
    Field(b, a->name), Field(b, KindName(a->kind)), Field(b, a->iso3), Field(b, a->cameo);
    Field(b, ArrayField(a->aliases)), Field(b, Label(a->kind), true);
    w.MaybeFlush();
  }
}

void WriteNeo4jRelations(const KnowledgeGraph& /*kg*/, const ExportSelection& sel,
                         std::ostream& out) {
  BlockWriter w(out);
  w << ":START_ID,:END_ID,:TYPE,relationId:long,cameo,label,quad_class:int,goldstein:double,"
       "date,start:date,end:date,location,modality,confidence:double,sources:int,"
       "documents:string[]\n";
  std::string v;
  for (const Relation* r : sel.relations) {
    std::string* b = &w.buf();
    const CameoCode* code = LookupCameo(r->cameo);
    AppendInt(r->source, &v), Field(b, v), v.clear();
    AppendInt(r->target, &v), Field(b, v), v.clear();
    Field(b, TypeOf(r->cameo));
    AppendInt(r->id, &v), Field(b, v), v.clear();
    Field(b, r->cameo), Field(b, code ? code->label : "");
    AppendInt(code ? code->quad_class : 0, &v), Field(b, v), v.clear();
    AppendDouble(code ? code->goldstein : 0.0, &v), Field(b, v), v.clear();
    Field(b, FormatDateRange(r->date));
    if (!r->date.empty()) AppendDay(r->date.begin, &v);
    Field(b, v), v.clear();
    if (!r->date.empty()) AppendDay(r->date.end, &v);
    Field(b, v), v.clear();
    Field(b, r->location), Field(b, ModalityName(r->modality));
    AppendDouble(r->confidence, &v), Field(b, v), v.clear();
    AppendInt(r->sources, &v), Field(b, v), v.clear();
    std::vector<std::string> docs;
    for (const Evidence& e : r->evidence) docs.push_back(e.document);
    Field(b, ArrayField(docs), true);
    w.MaybeFlush();
  }
}

std::string Neo4jImportCommand(const std::string& dir) {
  std::string base = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  return fmt::format(
      "neo4j-admin database import full --nodes={} --relationships={} "
      "--multiline-fields=true neo4j",
      ShellQuote(base + "actors.csv"), ShellQuote(base + "relations.csv"));
}

}  // namespace dipgraph
