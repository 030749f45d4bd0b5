// /api/render.svg: the ego diagram as Graphviz SVG, each actor linking to its page (#/actor/{id}).
// The drawing is bounded before Graphviz runs: depth, actors and relations are capped, and a
// selection past the caps is refused with 413 instead of tying up the (serialized) renderer.
#include <fmt/format.h>

#include <set>
#include <sstream>
#include <tuple>

#include "queries/query_util.h"
#include "src/server/api.h"
#include "viz/dot_writer.h"
#include "viz/render.h"
#include "viz/subgraph.h"

namespace dipgraph::server {

namespace {

constexpr const char* kActorUrl = "#/actor/{id}";

Result<viz::RenderOptions> ReadRenderOptions(const KnowledgeGraph& kg, const RequestParams& p,
                                             const ApiLimits& l) {
  viz::RenderOptions o;
  auto ego = p.Actor(kg, "ego", true);
  if (!ego.ok()) return ego.status();
  auto depth = p.Int("depth", 1, 1, l.max_render_depth);
  if (!depth.ok()) return depth.status();
  auto max_nodes = p.Int("max_nodes", 30, 1, l.max_render_nodes);
  if (!max_nodes.ok()) return max_nodes.status();
  auto legend = p.Flag("legend");
  if (!legend.ok()) return legend.status();
  auto filter = p.Filter("from", "to");
  if (!filter.ok()) return filter.status();
  o.ego = *ego, o.depth = *depth, o.max_nodes = *max_nodes, o.legend = *legend;
  o.filter = *filter;
  o.url_template = kActorUrl;
  return o;
}

// About how many edges the diagram draws: relations folded by pair, direction, quad class and
// modality, as WriteDot folds them. Graphviz's time follows edges, not relations.
size_t FoldedEdges(const KnowledgeGraph& kg, const viz::Subgraph& sub) {
  std::set<std::tuple<ActorId, ActorId, int, Modality>> edges;
  for (RelationId id : sub.relations) {
    const Relation& r = kg.relation(id);
    edges.emplace(r.source, r.target, QuadClassOfCode(r.cameo), r.modality);
  }
  return edges.size();
}

}  // namespace

HttpReply ApiRenderSvg(const KnowledgeGraph& kg, const QueryParams& q, const ApiLimits& l) {
  RequestParams p(
      q, {"ego", "depth", "from", "to", "code", "quad", "modality", "max_nodes", "legend"});
  DG_RETURN_IF_ERROR_REPLY(p.Check(l.max_param_length));
  DG_TRY_REPLY(options, ReadRenderOptions(kg, p, l));
  DG_TRY_REPLY(sub, viz::SelectSubgraph(kg, *options));
  size_t edges = FoldedEdges(kg, *sub);
  if (sub->relations.size() > l.max_render_relations || edges > l.max_render_edges)
    return ErrorReply(
        413, fmt::format("the diagram would draw {} relations in {} edges (at most {} "
                         "in {}); narrow the dates, lower depth or max_nodes",
                         sub->relations.size(), edges, l.max_render_relations, l.max_render_edges));
  std::ostringstream dot;
  viz::WriteDot(kg, *sub, *options, dot);
  std::string svg;
  DG_RETURN_IF_ERROR_REPLY(viz::RenderDot(dot.str(), options->layout, "svg", &svg));
  return HttpReply{200, "image/svg+xml; charset=utf-8", std::move(svg)};
}

}  // namespace dipgraph::server
