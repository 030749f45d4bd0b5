// The table of subcommands. Adding a command: write RunFoo in a cmd_*.cc file and add a row here.
#include "src/cli/command.h"

namespace dipgraph::cli {

const std::vector<OptionSpec>& GlobalOptions() {
  static const std::vector<OptionSpec> options = {
      {"--db", "PATH", "the store (default ./dipgraph.db, or $DIPGRAPH_DB)"},
      {"--json", "", "machine-readable JSON output"},
  };
  return options;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"stats",
       "documents, actors by kind, relations by CAMEO root, date range",
       "stats",
       {},
       RunStats},
      {"export",
       "write the graph (or a filtered part) to a file",
       "export --format json [-o FILE]",
       {{"--format", "F", "json"},
        {"-o", "FILE", "output file (default: standard output)"},
        {"--from", "DATE", "keep relations on or after DATE"},
        {"--to", "DATE", "keep relations on or before DATE"},
        {"--code", "PREFIX", "keep relations whose CAMEO code starts with PREFIX"}},
       RunExport},
      {"import",
       "read event data into the store",
       "import FORMAT FILE... (FORMAT: json)",
       {},
       RunImport},
  };
  return commands;
}

Status LoadGraph(const Context& ctx, KnowledgeGraph* kg) {
  auto store = Store::Open(ctx.db_path, Store::Mode::kReadOnly);
  if (!store.ok()) return store.status();
  return (*store)->Load(kg);
}

}  // namespace dipgraph::cli
