#include "src/server/static_files.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace dipgraph::server {

namespace {

bool IsSafeSegment(std::string_view s) {
  if (s.empty() || s.size() > 100 || s[0] == '.') return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::optional<std::string> ContentTypeOf(std::string_view name) {
  static const std::map<std::string_view, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
  };
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  auto it = types.find(name.substr(dot));
  if (it == types.end()) return std::nullopt;
  return it->second;
}

// The relative path, checked segment by segment; nullopt if any segment is not a plain name.
std::optional<std::string> SafeRelative(std::string_view url_path) {
  if (url_path.empty() || url_path[0] != '/' || url_path.size() > 300) return std::nullopt;
  if (url_path == "/") return std::string("index.html");
  std::string rel;
  size_t pos = 1;
  while (pos <= url_path.size()) {
    size_t slash = url_path.find('/', pos);
    if (slash == std::string_view::npos) slash = url_path.size();
    std::string_view seg = url_path.substr(pos, slash - pos);
    if (!IsSafeSegment(seg)) return std::nullopt;
    rel += (rel.empty() ? "" : "/") + std::string(seg);
    pos = slash + 1;
  }
  return rel;
}

}  // namespace

std::optional<StaticFile> ResolveStatic(const std::string& web_dir, std::string_view url_path) {
  namespace fs = std::filesystem;
  auto rel = SafeRelative(url_path);
  if (!rel) return std::nullopt;
  auto type = ContentTypeOf(*rel);
  if (!type) return std::nullopt;
  std::error_code ec;
  fs::path root = fs::canonical(web_dir, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::canonical(root / *rel, ec);
  if (ec || !fs::is_regular_file(file, ec)) return std::nullopt;
  // Symbolic links may not point out of the folder.
  auto [r, f] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  if (r != root.end()) return std::nullopt;
  return StaticFile{file.string(), *type};
}

std::string DefaultWebDir() { return DIPGRAPH_WEB_DIR; }

}  // namespace dipgraph::server
