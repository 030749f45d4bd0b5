#include "graph/tsv.h"

namespace dipgraph {

std::vector<std::string_view> SplitView(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  for (std::string_view part : SplitView(s, sep))
    if (!part.empty()) out.emplace_back(part);
  return out;
}

void ForEachTsvRow(std::string_view content,
                   const std::function<void(const std::vector<std::string_view>&, int)>& fn) {
  int line_no = 0;
  for (std::string_view line : SplitView(content, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    fn(SplitView(line, '\t'), line_no);
  }
}

}  // namespace dipgraph
