// Reading our TAB-separated data files: '#' comment lines, '|' separated lists.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph {

std::vector<std::string_view> SplitView(std::string_view s, char sep);
std::vector<std::string> SplitList(std::string_view s, char sep = '|');

// Calls fn(fields, line_number) for every non-empty, non-comment line.
void ForEachTsvRow(std::string_view content,
                   const std::function<void(const std::vector<std::string_view>&, int)>& fn);

}  // namespace dipgraph
