// Compact JSON for the web API: a rapidjson writer into a string, the graph's records in the same
// shapes as `dipgraph ... --json`, and escaping that keeps < > & out of the bytes sent.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "queries/query_util.h"

namespace dipgraph::server {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// Runs fn with a writer and returns the text, with every < > & written as \u003c \u003e \u0026
// (they can only occur inside strings), so a response sniffed as HTML still holds no markup.
std::string BuildJson(const std::function<void(JsonWriter&)>& fn);

// {"error": message, "status": code}
std::string JsonError(int status, std::string_view message);

void JsonStr(JsonWriter& w, std::string_view s);
void JsonDate(JsonWriter& w, const DateRange& d);                     // "2010-11-03" or null
void JsonActor(JsonWriter& w, const KnowledgeGraph& kg, ActorId id);  // {id, name, kind}
void JsonEvidence(JsonWriter& w, const std::vector<EvidenceRef>& evidence);
void JsonRelation(JsonWriter& w, const KnowledgeGraph& kg, RelationId id);
// The first `limit` relations of `ids`.
void JsonRelations(JsonWriter& w, const KnowledgeGraph& kg, const std::vector<RelationId>& ids,
                   size_t limit);

}  // namespace dipgraph::server
