// What a diagram shows: RenderOptions, and the pure selection step that picks the actors and
// relations to draw (an ego network, a pair, a list of actors, or everything the filter keeps).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph::viz {

// Graphviz's dot draws the clearest diagrams but its time explodes with edges: on a 2-core
// machine 60 labelled edges take 0.1 s, 120 take 2 s and 240 take a minute. Past these sizes
// diagrams use sfdp (300 labelled edges in 0.2 s); past kLargeGraphNodes edge labels move into
// tooltips.
inline constexpr size_t kDotMaxEdges = 60;
inline constexpr size_t kLargeGraphNodes = 150;

struct RenderOptions {
  // At most one of ego, between and actors; none of them draws all that the filter keeps.
  ActorId ego = 0;
  int depth = 1;
  ActorId between_a = 0, between_b = 0;
  std::vector<ActorId> actors;
  RelationFilter filter;
  int min_weight = 1;        // pairs with fewer matching events than this are left out
  int max_nodes = 60;        // keeps the most connected actors
  bool fold = true;          // one edge per direction, quad class and modality
  std::string layout;        // "" picks one by size (LayoutFor)
  std::string title;         // "" states the selection and the filter
  std::string url_template;  // "/actor/{id}" links each node in SVG; "" for no links
  bool legend = true;
  bool affiliations = true;  // adds each drawn person's current state or organization
};

struct Subgraph {
  std::vector<ActorId> actors;        // id order
  std::vector<RelationId> relations;  // id order; both ends in `actors`, never negated
  size_t left_out = 0;                // actors dropped by max_nodes
};

// The actors and relations to draw. Relations must match options.filter, must not be negated, and
// their pair (either direction) must have at least min_weight such relations. An ego network is a
// breadth-first search over those relations up to `depth` steps. When more than max_nodes actors
// qualify, the named actors (ego, pair, list) are kept and the rest are ranked by how many drawn
// relations they have (ties: lower id first); actors left without relations are dropped too and
// counted in left_out. With `affiliations`, the current state or organization of every drawn
// actor is drawn too (with the relations it has among the drawn actors), so that a person is seen
// beside whom they act for. Unknown actor ids and contradictory options are errors; an actor
// without relations gives a subgraph holding just that actor.
Result<Subgraph> SelectSubgraph(const KnowledgeGraph& kg, const RenderOptions& options);

// `requested` when given, else "dot" for up to kDotMaxEdges edges and kLargeGraphNodes nodes,
// "sfdp" beyond.
std::string LayoutFor(size_t node_count, size_t edge_count, const std::string& requested);

}  // namespace dipgraph::viz
