// Shared test helpers: CHECK_OK, the shared/ folder, temporary directories, a graph-building
// fixture.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

#define CHECK_OK(expr)                    \
  do {                                    \
    ::dipgraph::Status _s = (expr);       \
    CHECK_MESSAGE(_s.ok(), _s.message()); \
  } while (0)
#define REQUIRE_OK(expr)                    \
  do {                                      \
    ::dipgraph::Status _s = (expr);         \
    REQUIRE_MESSAGE(_s.ok(), _s.message()); \
  } while (0)

namespace dipgraph::testing {

// ../shared beside the project checkout, or "" when absent (a user's clone): tests that need it
// skip themselves with a message.
std::string SharedDir();
// Skips (with a message) when shared/ is absent; true when the caller may go on.
bool NeedShared();
std::string SourceDir();   // the project checkout
std::string BinaryPath();  // the dipgraph executable

// A fresh empty directory under the system temp dir, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string Path(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Builds graphs in tests with domain verbs: AddRelation("Russia", "Georgia", "19", "2008").
class GraphBuilder {
 public:
  ActorId Actor(const std::string& name, ActorKind kind = ActorKind::kCountry);
  RelationId AddRelation(const std::string& source, const std::string& target,
                         const std::string& cameo, const std::string& date,
                         Modality modality = Modality::kAsserted);
  KnowledgeGraph& graph() { return kg_; }

 private:
  KnowledgeGraph kg_;
};

// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int RunCommand(const std::string& command, std::string* output);

}  // namespace dipgraph::testing
