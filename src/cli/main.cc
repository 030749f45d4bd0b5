// dipgraph: the command-line front. Dispatches to the subcommand table (src/cli/commands.cc).
#include <fmt/format.h>
#include <cstdlib>
#include <iostream>

#include "src/cli/command.h"

namespace dipgraph::cli {
namespace {

void PrintOverview(std::ostream& out) {
  out << "dipgraph: a diplomatic-relations knowledge graph from news text\n\n"
         "usage: dipgraph COMMAND [options]   (dipgraph help COMMAND, dipgraph COMMAND --help)\n\n"
         "commands:\n";
  for (const Command& c : Commands()) out << fmt::format("  {:<12} {}\n", c.name, c.summary);
  out << "\nglobal options:\n";
  for (const OptionSpec& o : GlobalOptions())
    out << fmt::format("  {:<18} {}\n", o.name + (o.value_name.empty() ? "" : " " + o.value_name),
                       o.help);
}

void PrintCommandHelp(const Command& c, std::ostream& out) {
  out << fmt::format("usage: dipgraph {}\n\n{}\n", c.usage, c.summary);
  if (!c.options.empty()) out << "\noptions:\n";
  for (const OptionSpec& o : c.options)
    out << fmt::format("  {:<22} {}\n", o.name + (o.value_name.empty() ? "" : " " + o.value_name),
                       o.help);
  out << "\nglobal options: --db PATH (default ./dipgraph.db or $DIPGRAPH_DB), --json, --help\n";
}

const Command* FindCommand(const std::string& name) {
  for (const Command& c : Commands())
    if (c.name == name) return &c;
  return nullptr;
}

int UnknownCommand(const std::string& name) {
  std::vector<std::string> names;
  for (const Command& c : Commands()) names.push_back(c.name);
  std::cerr << fmt::format("dipgraph: unknown command '{}'{}\n", name, DidYouMean(name, names))
            << "run 'dipgraph --help' for the list of commands\n";
  return 2;
}

int Run(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  // Global options may come before the command too: `dipgraph --db x.db who-met Lavrov`.
  std::vector<std::string> leading;
  while (!words.empty() && (words[0] == "--db" || words[0] == "--json")) {
    size_t n = words[0] == "--db" && words.size() > 1 ? 2 : 1;
    leading.insert(leading.end(), words.begin(), words.begin() + n);
    words.erase(words.begin(), words.begin() + n);
  }
  if (!leading.empty() && !words.empty())
    words.insert(words.begin() + 1, leading.begin(), leading.end());
  if (words.empty() || words[0] == "--help" || words[0] == "-h") {
    PrintOverview(words.empty() ? std::cerr : std::cout);
    return words.empty() ? 2 : 0;
  }
  if (words[0] == "help") {
    if (words.size() < 2) return PrintOverview(std::cout), 0;
    const Command* c = FindCommand(words[1]);
    if (!c) return UnknownCommand(words[1]);
    PrintCommandHelp(*c, std::cout);
    return 0;
  }
  const Command* cmd = FindCommand(words[0]);
  if (!cmd) return UnknownCommand(words[0]);
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (const std::string& w : rest)
    if (w == "--help" || w == "-h") return PrintCommandHelp(*cmd, std::cout), 0;

  Context ctx;
  std::vector<OptionSpec> specs = cmd->options;
  specs.insert(specs.end(), GlobalOptions().begin(), GlobalOptions().end());
  Status st = ctx.args.Parse(rest, specs);
  if (st.ok()) {
    const char* env_db = std::getenv("DIPGRAPH_DB");
    ctx.db_path = ctx.args.Get("--db", env_db && *env_db ? env_db : "dipgraph.db");
    ctx.json = ctx.args.Has("--json");
    st = cmd->run(ctx);
  }
  if (st.ok()) return 0;
  std::cerr << "dipgraph " << cmd->name << ": " << st.message() << "\n";
  if (st.code() == Status::Code::kUsage) {
    std::cerr << "usage: dipgraph " << cmd->usage << " (see dipgraph " << cmd->name << " --help)\n";
    return 2;
  }
  return 1;
}

}  // namespace
}  // namespace dipgraph::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return dipgraph::cli::Run(argc, argv);
}
