#include "tests/test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <random>

namespace dipgraph::testing {

std::string SourceDir() { return DIPGRAPH_SOURCE_DIR; }
std::string BinaryPath() { return DIPGRAPH_BINARY; }

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(SourceDir()) / ".." / "shared";
  return std::filesystem::exists(p / "corpus") ? p.lexically_normal().string() : "";
}

bool NeedShared() {
  if (!SharedDir().empty()) return true;
  MESSAGE("skipped: ../shared is absent (this test reads the shared corpus and data)");
  return false;
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("dipgraph-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

ActorId GraphBuilder::Actor(const std::string& name, ActorKind kind) {
  auto ids = kg_.FindByName(name);
  if (!ids.empty()) return ids.front();
  dipgraph::Actor a;
  a.name = name;
  a.kind = kind;
  return kg_.AddActor(a);
}

RelationId GraphBuilder::AddRelation(const std::string& source, const std::string& target,
                                     const std::string& cameo, const std::string& date,
                                     Modality modality) {
  Relation r;
  r.source = Actor(source);
  r.target = Actor(target);
  r.cameo = cameo;
  r.date = ParseDateRange(date).value();
  r.modality = modality;
  return kg_.AddRelation(r);
}

int RunCommand(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) output->append(buf.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace dipgraph::testing
