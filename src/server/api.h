// The JSON API of `dipgraph serve`: one function from (graph, route, query string) to a reply, so
// tests call it directly and the HTTP layer (web_server.h) only moves bytes.
//
// Routes: actors, actor/{id}, who-met, relations, path, timeline, dyad, stats, render.svg. Bad
// parameters are 400 with {"error": ...}; unknown actors 404; a request whose cost passes the
// limits below is refused with 413 (too big to draw) or 503 (search cut off), never left running.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "src/server/params.h"

namespace dipgraph::server {

struct HttpReply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

struct ApiLimits {
  size_t max_param_length = 200;
  int max_rows = 2000;  // meetings or relations listed in one reply (`limit`, default 500)
  int max_render_depth = 3;
  int max_render_nodes = 100;
  size_t max_render_relations = 50'000;  // relations drawn (folded into fewer edges)
  size_t max_render_edges = 1500;        // folded edges: Graphviz's time grows with them
  int max_path_hops = 6;
  int max_path_k = 5;
  size_t max_path_work = 2'000'000;  // relations a path search may examine
};

// Answers GET /api/{route}. Never throws: a std exception becomes a 500 reply.
HttpReply HandleApi(const KnowledgeGraph& kg, std::string_view route, const QueryParams& params,
                    const ApiLimits& limits = {});

// Reply helpers shared by the endpoint files.
HttpReply JsonReply(std::string body);
HttpReply ErrorReply(int status, std::string_view message);
HttpReply StatusReply(const Status& status);  // NotFound 404, Invalid/Usage 400, else 500
int HttpStatusOf(const Status& status);

// Endpoints (api.cc, api_queries.cc, api_render.cc).
HttpReply ApiActors(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiActor(const KnowledgeGraph& kg, std::string_view id, const QueryParams& q,
                   const ApiLimits& l);
HttpReply ApiStats(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiWhoMet(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiRelations(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiTimeline(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiPath(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiDyad(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);
HttpReply ApiRenderSvg(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l);

}  // namespace dipgraph::server

// Inside an endpoint: evaluates a Result<T> into `var`, or returns its error as a reply.
#define DG_TRY_REPLY(var, expr) \
  auto var = (expr);            \
  if (!var.ok()) return ::dipgraph::server::StatusReply(var.status())

// Inside an endpoint: returns a failed Status as a reply.
#define DG_RETURN_IF_ERROR_REPLY(expr)                          \
  do {                                                          \
    ::dipgraph::Status _st = (expr);                            \
    if (!_st.ok()) return ::dipgraph::server::StatusReply(_st); \
  } while (0)
