#include "src/extract/extraction_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/cameo.h"

namespace dipgraph {

std::string ActorRef(int entity) { return "a" + std::to_string(entity + 1); }

struct ExtractionJsonWriter::Impl {
  // Written to a buffer and handed to the stream a document at a time: a stream takes chars
  // one call each.
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w;
  std::ostream& out;
  bool explain;
  bool finished = false;
  Impl(std::ostream& o, bool e) : w(buffer), out(o), explain(e) { w.SetIndent(' ', 1); }
  void Flush() {
    out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
    buffer.Clear();
  }

  void Str(std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void StrOrNull(std::string_view s) { s.empty() ? (void)w.Null() : Str(s); }

  void Actor(const DocEntity& e, int index) {
    w.StartObject();
    w.Key("id"), Str(ActorRef(index));
    w.Key("name"), Str(e.name);
    w.Key("kind"), Str(KindName(e.kind));
    w.Key("aliases"), w.StartArray();
    for (const std::string& a : e.aliases) Str(a);
    w.EndArray();
    w.Key("mentions"), w.Int(e.mentions);
    w.Key("affiliations"), w.StartArray();
    for (const TextAffiliation& a : e.affiliations) {
      w.StartObject();
      w.Key("of"), Str(ActorRef(a.of));
      w.Key("role"), Str(a.role);
      w.Key("former"), w.Bool(a.former);
      w.EndObject();
    }
    w.EndArray();
    if (!e.iso3.empty()) {
      w.Key("codes"), w.StartObject();
      w.Key("iso3"), Str(e.iso3);
      if (!e.sector.empty()) w.Key("cameo"), Str(e.iso3 + e.sector);
      w.EndObject();
    }
    if (!e.sector.empty()) w.Key("sector"), Str(e.sector);
    if (explain) w.Key("explain"), Str(e.explain);
    w.EndObject();
  }

  void Relation(const Extraction& x, const ExtractedRelation& r) {
    const CameoCode* code = LookupCameo(r.cameo);
    w.StartObject();
    w.Key("source"), Str(ActorRef(r.source));
    w.Key("target"), Str(ActorRef(r.target));
    w.Key("cameo"), Str(r.cameo);
    w.Key("label"), Str(code ? code->label : "");
    w.Key("quad_class"), w.Int(code ? code->quad_class : 0);
    w.Key("goldstein"), w.Double(code ? code->goldstein : 0);
    w.Key("date"), StrOrNull(FormatDateRange(r.date));
    w.Key("location"), StrOrNull(r.location);
    w.Key("modality"), Str(ModalityName(r.modality));
    w.Key("evidence"), w.StartObject();
    const std::string& text = x.model.article.text;
    w.Key("text"),
        Str(std::string_view(text).substr(r.evidence.start, r.evidence.end - r.evidence.start));
    w.Key("start"), w.Uint64(r.evidence.start);
    w.Key("end"), w.Uint64(r.evidence.end);
    // Why the edge exists: the event word and the heads the parse gave its roles.
    w.Key("trigger"), Str(r.trigger);
    w.Key("source_head"), StrOrNull(r.source_head);
    w.Key("target_head"), StrOrNull(r.target_head);
    w.EndObject();
    w.Key("confidence"), w.Double(r.confidence);
    if (explain) w.Key("explain"), Str(r.explain);
    w.EndObject();
  }
};

ExtractionJsonWriter::ExtractionJsonWriter(std::ostream& out, bool explain)
    : impl_(new Impl(out, explain)) {
  impl_->w.StartObject();
  impl_->w.Key("documents");
  impl_->w.StartArray();
}

ExtractionJsonWriter::~ExtractionJsonWriter() = default;

void ExtractionJsonWriter::Add(const Extraction& x) {
  auto& w = impl_->w;
  const Article& a = x.model.article;
  w.StartObject();
  w.Key("id"), impl_->Str(a.id);
  w.Key("source"), impl_->Str(a.source);
  w.Key("title"), impl_->StrOrNull(a.title);
  w.Key("published"), impl_->StrOrNull(a.published >= 0 ? FormatDay(a.published) : "");
  w.Key("dateline"), impl_->StrOrNull(a.dateline);
  w.Key("actors"), w.StartArray();
  for (size_t i = 0; i < x.model.entities.size(); ++i)
    impl_->Actor(x.model.entities[i], static_cast<int>(i));
  w.EndArray();
  w.Key("relations"), w.StartArray();
  for (const ExtractedRelation& r : x.relations) impl_->Relation(x, r);
  w.EndArray();
  w.EndObject();
  impl_->Flush();
}

void ExtractionJsonWriter::Finish() {
  if (impl_->finished) return;
  impl_->w.EndArray();
  impl_->w.EndObject();
  impl_->Flush();
  impl_->out << '\n';
  impl_->finished = true;
}

}  // namespace dipgraph
