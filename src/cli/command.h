// The subcommand table: name, one-line help, options, and the function that runs it.
#pragma once

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"
#include "graph/store.h"
#include "src/cli/args.h"

namespace dipgraph::cli {

struct Context {
  Args args;
  std::string db_path;  // --db, $DIPGRAPH_DB, or ./dipgraph.db
  bool json = false;    // --json
  std::ostream* out = &std::cout;
  std::ostream* err = &std::cerr;
};

struct Command {
  std::string name;
  std::string summary;  // one line for `dipgraph --help`
  std::string usage;    // "who-met ACTOR [options]"
  std::vector<OptionSpec> options;
  Status (*run)(Context& ctx);
};

const std::vector<Command>& Commands();
const std::vector<OptionSpec>& GlobalOptions();

// Opens the store at ctx.db_path read-only and loads it.
Status LoadGraph(const Context& ctx, KnowledgeGraph* kg);

// The command functions, one file per group (cmd_*.cc).
Status RunStats(Context& ctx);
Status RunExport(Context& ctx);
Status RunImport(Context& ctx);
Status RunExtract(Context& ctx);
Status RunIngest(Context& ctx);
Status RunValidate(Context& ctx);
Status RunRender(Context& ctx);
// Queries (cmd_query.cc).
Status RunWhoMet(Context& ctx);
Status RunRelations(Context& ctx);
Status RunTimeline(Context& ctx);
Status RunPath(Context& ctx);
Status RunEgo(Context& ctx);
Status RunRank(Context& ctx);
Status RunActor(Context& ctx);
Status RunDyad(Context& ctx);
Status RunActors(Context& ctx);
Status RunServe(Context& ctx);  // the web explorer (cmd_serve.cc)
// The syntax layer (cmd_syntax.cc).
Status RunParse(Context& ctx);
Status RunTrainSyntax(Context& ctx);

}  // namespace dipgraph::cli
