// render: relationship diagrams (ego network, pair, actor list, timeline) as SVG, PNG, PDF or DOT.
#include <fmt/format.h>

#include <sstream>

#include "queries/resolve.h"
#include "src/cli/command.h"
#include "src/cli/output.h"
#include "viz/dot_writer.h"
#include "viz/render.h"
#include "viz/timeline.h"

namespace dipgraph::cli {

namespace {

constexpr long kMaxDepth = 6;
constexpr long kMaxNodesLimit = 100000;

// What the command line asked for, checked before the store is opened.
struct RenderRequest {
  viz::RenderOptions options;
  std::string ego, between_a, between_b, timeline_a, timeline_b;
  std::vector<std::string> actors;
  std::string format, path;
};

std::vector<std::string> SplitCommas(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream ss(list);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

Result<std::string> FormatOf(const Args& args, const std::string& path) {
  if (args.Has("--format")) {
    std::string f = args.Get("--format");
    if (f != "dot" && !viz::IsKnownFormat(f))
      return Status::Usage(fmt::format("--format: unknown format '{}' (svg, png, pdf, dot)", f));
    return f;
  }
  if (path == "-") return std::string("svg");
  size_t dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (ext == "gv") ext = "dot";
  if (ext == "dot" || viz::IsKnownFormat(ext)) return ext;
  return Status::Usage(fmt::format("cannot tell the format of '{}': give --format", path));
}

// --between A B and --timeline A B: A is the option's value, B the one positional argument.
Status ReadPairs(const Args& args, RenderRequest* req) {
  const auto& pos = args.positional();
  bool between = args.Has("--between"), timeline = args.Has("--timeline");
  if (between && timeline) return Status::Usage("--between and --timeline exclude each other");
  if (!between && !timeline) {
    if (!pos.empty()) return Status::Usage(fmt::format("unexpected argument '{}'", pos[0]));
    return Status::Ok();
  }
  const char* name = between ? "--between" : "--timeline";
  if (pos.size() != 1) return Status::Usage(fmt::format("{} needs two actors: {} A B", name, name));
  (between ? req->between_a : req->timeline_a) = args.Get(name);
  (between ? req->between_b : req->timeline_b) = pos[0];
  return Status::Ok();
}

Status ReadNumbers(const Args& args, viz::RenderOptions* o) {
  auto depth = args.GetInt("--depth", 1, 0, kMaxDepth);
  if (!depth.ok()) return depth.status();
  auto min_weight = args.GetInt("--min-weight", 1, 1, 1000000);
  if (!min_weight.ok()) return min_weight.status();
  auto max_nodes = args.GetInt("--max-nodes", 60, 1, kMaxNodesLimit);
  if (!max_nodes.ok()) return max_nodes.status();
  o->depth = static_cast<int>(*depth);
  o->min_weight = static_cast<int>(*min_weight);
  o->max_nodes = static_cast<int>(*max_nodes);
  return Status::Ok();
}

Result<RenderRequest> ReadRequest(const Args& args) {
  RenderRequest req;
  if (!args.Has("-o")) return Status::Usage("-o FILE is required (- for standard output)");
  req.path = args.Get("-o");
  auto format = FormatOf(args, req.path);
  if (!format.ok()) return format.status();
  req.format = *format;
  DG_RETURN_IF_ERROR(ReadPairs(args, &req));
  req.ego = args.Get("--ego");
  req.actors = SplitCommas(args.Get("--actors"));
  int modes =
      !req.ego.empty() + !req.between_a.empty() + !req.actors.empty() + !req.timeline_a.empty();
  if (modes > 1) return Status::Usage("give one of --ego, --between, --actors, --timeline");
  if (args.Has("--depth") && req.ego.empty()) return Status::Usage("--depth goes with --ego");
  DG_RETURN_IF_ERROR(ReadNumbers(args, &req.options));
  auto filter = FilterFromArgs(args);
  if (!filter.ok()) return filter.status();
  req.options.filter = *filter;
  req.options.layout = args.Get("--layout");
  if (!req.options.layout.empty() && !viz::IsKnownLayout(req.options.layout))
    return Status::Usage(
        fmt::format("--layout: unknown layout '{}' (dot, neato, fdp, sfdp, circo, "
                    "twopi, osage)",
                    req.options.layout));
  req.options.fold = !args.Has("--no-fold");
  req.options.legend = !args.Has("--no-legend");
  req.options.affiliations = !args.Has("--no-affiliations");
  req.options.title = args.Get("--title");
  req.options.url_template = args.Get("--url-template");
  return req;
}

Status ResolveAll(const KnowledgeGraph& kg, RenderRequest* req, ActorId* timeline_a,
                  ActorId* timeline_b) {
  auto one = [&](const std::string& name, ActorId* out) -> Status {
    if (name.empty()) return Status::Ok();
    auto id = ResolveActor(kg, name);
    if (!id.ok()) return id.status();
    *out = *id;
    return Status::Ok();
  };
  DG_RETURN_IF_ERROR(one(req->ego, &req->options.ego));
  DG_RETURN_IF_ERROR(one(req->between_a, &req->options.between_a));
  DG_RETURN_IF_ERROR(one(req->between_b, &req->options.between_b));
  DG_RETURN_IF_ERROR(one(req->timeline_a, timeline_a));
  DG_RETURN_IF_ERROR(one(req->timeline_b, timeline_b));
  for (const std::string& name : req->actors) {
    ActorId id = 0;
    DG_RETURN_IF_ERROR(one(name, &id));
    req->options.actors.push_back(id);
  }
  return Status::Ok();
}

Status WriteOutput(const RenderRequest& req, const std::string& dot, const std::string& layout) {
  if (req.format == "dot")
    return WriteFileAtomically(req.path, [&](std::ostream& out) { out << dot; });
  std::string data;
  DG_RETURN_IF_ERROR(viz::RenderDot(dot, layout, req.format, &data));
  return WriteFileAtomically(req.path, [&](std::ostream& out) {
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
  });
}

}  // namespace

Status RunRender(Context& ctx) {
  auto req = ReadRequest(ctx.args);
  if (!req.ok()) return req.status();
  KnowledgeGraph kg;
  DG_RETURN_IF_ERROR(LoadGraph(ctx, &kg));
  ActorId timeline_a = 0, timeline_b = 0;
  DG_RETURN_IF_ERROR(ResolveAll(kg, &*req, &timeline_a, &timeline_b));
  std::ostringstream dot;
  if (timeline_a != 0) {
    viz::WriteTimelineDot(kg, timeline_a, timeline_b, req->options.filter, dot);
    return WriteOutput(*req, dot.str(), req->options.layout);
  }
  auto sub = viz::SelectSubgraph(kg, req->options);
  if (!sub.ok()) return sub.status();
  if (sub->left_out > 0)
    *ctx.err << fmt::format(
        "render: {} actors left out by --max-nodes {} (the most connected are drawn)\n",
        sub->left_out, req->options.max_nodes);
  if (sub->relations.empty()) *ctx.err << "render: no relations match; the diagram is empty\n";
  viz::WriteDot(kg, *sub, req->options, dot);
  return WriteOutput(*req, dot.str(), req->options.layout);
}

}  // namespace dipgraph::cli
