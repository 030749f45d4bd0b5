// The page's files (web/): a URL path to a file inside the web folder and its content type, or
// nothing. Only plain names of letters, digits, '-', '_' and '.' are served, none starting with
// '.', so "..", absolute paths, backslashes and (already decoded) %2e%2e never leave the folder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dipgraph::server {

struct StaticFile {
  std::string path;          // on disk
  std::string content_type;  // by extension
};

// "/" is index.html. nullopt for a path that is not allowed, names an unknown type, or is not a
// regular file inside `web_dir` (after resolving symbolic links).
std::optional<StaticFile> ResolveStatic(const std::string& web_dir, std::string_view url_path);

// The folder holding index.html in the source tree this binary was built from.
std::string DefaultWebDir();

}  // namespace dipgraph::server
