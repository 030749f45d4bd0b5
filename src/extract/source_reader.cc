#include "src/extract/source_reader.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace dipgraph {

namespace {

namespace fs = std::filesystem;

bool IsJsonLines(const std::string& path) {
  return path.size() > 6 && (path.compare(path.size() - 6, 6, ".jsonl") == 0 ||
                             path.compare(path.size() - 7, 7, ".ndjson") == 0);
}

std::string Field(const rapidjson::Value& o, const char* key) {
  auto it = o.FindMember(key);
  if (it == o.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

Status ParseJsonLine(const std::string& line, const std::string& where, SourceText* out) {
  rapidjson::Document d;
  d.Parse(line.data(), line.size());
  if (d.HasParseError())
    return Status::Invalid(fmt::format("{}: invalid JSON at column {}: {}", where,
                                       d.GetErrorOffset() + 1,
                                       rapidjson::GetParseError_En(d.GetParseError())));
  if (!d.IsObject()) return Status::Invalid(where + ": expected a JSON object");
  if (!d.HasMember("text") || !d["text"].IsString())
    return Status::Invalid(where + ": field \"text\" is missing or not a string");
  out->text = Field(d, "text");
  out->date = Field(d, "date");
  out->title = Field(d, "title");
  out->dateline = Field(d, "dateline");
  std::string id = Field(d, "id");
  out->source = id.empty() ? where : where + " (" + id + ")";
  if (!out->title.empty()) out->text = out->title + "\n\n" + out->text;
  return Status::Ok();
}

bool ReadJsonLines(std::istream& in, const std::string& name,
                   const std::function<bool(SourceText&&, const Status&)>& sink) {
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    SourceText src;
    Status st = ParseJsonLine(line, fmt::format("{}:{}", name, number), &src);
    if (!sink(std::move(src), st)) return false;
  }
  return true;
}

bool ReadPlain(std::istream& in, const std::string& name,
               const std::function<bool(SourceText&&, const Status&)>& sink) {
  std::ostringstream ss;
  ss << in.rdbuf();
  SourceText src;
  src.source = name;
  src.text = ss.str();
  return sink(std::move(src), Status::Ok());
}

bool ReadFile(const std::string& path,
              const std::function<bool(SourceText&&, const Status&)>& sink) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    SourceText src;
    src.source = path;
    return sink(std::move(src),
                Status::IoError(fmt::format("{}: cannot open: {}", path, std::strerror(errno))));
  }
  return IsJsonLines(path) ? ReadJsonLines(in, path, sink) : ReadPlain(in, path, sink);
}

}  // namespace

Status ReadSources(const std::vector<std::string>& paths,
                   const std::function<bool(SourceText&&, const Status&)>& sink) {
  for (const std::string& path : paths) {
    if (path == "-") {
      std::string first;
      std::stringstream all;
      all << std::cin.rdbuf();
      std::string text = all.str();
      bool jsonl = !text.empty() && text[text.find_first_not_of(" \t\r\n") == std::string::npos
                                             ? 0
                                             : text.find_first_not_of(" \t\r\n")] == '{';
      std::istringstream in(text);
      if (!(jsonl ? ReadJsonLines(in, "-", sink) : ReadPlain(in, "-", sink))) return Status::Ok();
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st))
      return Status::NotFound(fmt::format("{}: no such file or directory", path));
    if (!fs::is_directory(st)) {
      if (!ReadFile(path, sink)) return Status::Ok();
      continue;
    }
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    if (ec) return Status::IoError(fmt::format("{}: cannot list: {}", path, ec.message()));
    std::sort(files.begin(), files.end());
    for (const std::string& f : files)
      if (!ReadFile(f, sink)) return Status::Ok();
  }
  return Status::Ok();
}

}  // namespace dipgraph
