#include "src/cli/output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "graph/types.h"

namespace dipgraph::cli {

void WriteJson(std::ostream& out, const std::function<void(JsonWriter&)>& fn) {
  rapidjson::OStreamWrapper os(out);
  JsonWriter w(os);
  w.SetIndent(' ', 1);
  fn(w);
  out << '\n';
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(fmt::format("{}: read error", path));
  return ss.str();
}

Status WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& fn) {
  if (path == "-") {
    fn(std::cout);
    std::cout.flush();
    return Status::Ok();
  }
  std::string tmp = fmt::format("{}.tmp{}", path, getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out)
      return Status::IoError(fmt::format("{}: cannot write: {}", path, std::strerror(errno)));
    fn(out);
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return Status::IoError(fmt::format("{}: write failed", path));
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string err = std::strerror(errno);
    std::remove(tmp.c_str());
    return Status::IoError(fmt::format("{}: cannot write: {}", path, err));
  }
  return Status::Ok();
}

namespace {

Status ParseDateOption(const Args& args, const std::string& name, DateRange* out) {
  if (!args.Has(name)) return Status::Ok();
  auto r = ParseDateRange(args.Get(name));
  if (!r || r->empty())
    return Status::Usage(
        fmt::format("{}: '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", name, args.Get(name)));
  *out = *r;
  return Status::Ok();
}

}  // namespace

Result<RelationFilter> FilterFromArgs(const Args& args) {
  RelationFilter f;
  DateRange from, to;
  DG_RETURN_IF_ERROR(ParseDateOption(args, "--from", &from));
  DG_RETURN_IF_ERROR(ParseDateOption(args, "--to", &to));
  if (!from.empty() || !to.empty()) {
    int begin = from.empty() ? DaysFromCivil(1, 1, 1) : from.begin;
    int end = to.empty() ? DaysFromCivil(9999, 12, 31) : to.end;
    if (begin > end) return Status::Usage("--from is after --to");
    f.window = DateRange::Interval(begin, end);
  }
  f.code_prefix = args.Get("--code");
  for (char c : f.code_prefix)
    if (c < '0' || c > '9' || f.code_prefix.size() > 4)
      return Status::Usage(fmt::format("--code: '{}' is not a CAMEO code prefix", f.code_prefix));
  if (args.Has("--quad")) {
    auto q = args.GetInt("--quad", 0, 1, 4);
    if (!q.ok()) return q.status();
    f.quad_class = static_cast<int>(*q);
  }
  for (const std::string& m : args.GetAll("--modality")) {
    auto mod = ParseModality(m);
    if (!mod)
      return Status::Usage(fmt::format(
          "--modality: '{}' is not one of asserted, planned, hypothetical, negated", m));
    f.modalities |= ModalityBit(*mod);
  }
  return f;
}

}  // namespace dipgraph::cli
