// What the exporters share: choosing the filtered part of the graph, escaping untrusted strings
// for XML, CSV and DOT, and a buffer that writes to a stream in large blocks.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace dipgraph {

// What an exporter writes: actors and relations in id order.
struct ExportSelection {
  std::vector<const Actor*> actors;
  std::vector<const Relation*> relations;
  bool everything = false;  // the whole graph (JSON then keeps every document too)
};
// The relations a filter keeps and the actors they touch (every actor when the filter keeps
// everything).
ExportSelection SelectForExport(const KnowledgeGraph& kg, const RelationFilter& filter);
// A part chosen beforehand (an ego network, a pair: viz::SelectSubgraph), ids in id order.
ExportSelection SelectForExport(const KnowledgeGraph& kg, const std::vector<ActorId>& actors,
                                const std::vector<RelationId>& relations);

// Escapes for XML 1.0 text and attribute values: & < > " ' and line breaks as references (so
// attribute values keep them), other control characters dropped, invalid UTF-8 bytes replaced by
// U+FFFD. XML cannot carry those at all.
void AppendXmlEscaped(std::string_view s, std::string* out);
// One RFC 4180 field: quoted (with "" for ") when it holds , " CR or LF, or starts or ends with
// a space.
void AppendCsvField(std::string_view s, std::string* out);
// A DOT double-quoted string, quotes included: \ and " escaped, line breaks as \n.
void AppendDotString(std::string_view s, std::string* out);
// "2014-01-01" without allocating.
void AppendDay(int days, std::string* out);
void AppendInt(int64_t v, std::string* out);
// Shortest form that reads back as the same double.
void AppendDouble(double v, std::string* out);

// Collects output and writes it to `out` in blocks of about 1 MiB.
class BlockWriter {
 public:
  explicit BlockWriter(std::ostream& out) : out_(out) { buf_.reserve(kBlock + 4096); }
  ~BlockWriter() { Flush(); }
  std::string& buf() { return buf_; }
  BlockWriter& operator<<(std::string_view s) {
    buf_.append(s);
    return *this;
  }
  // Call between records.
  void MaybeFlush() {
    if (buf_.size() >= kBlock) Flush();
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  static constexpr size_t kBlock = 1 << 20;
  std::ostream& out_;
  std::string buf_;
};

}  // namespace dipgraph
