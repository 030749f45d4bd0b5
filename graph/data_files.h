// The project's own data files (data/**/*.tsv), compiled into the binary.
#pragma once

#include <string_view>
#include <vector>

namespace dipgraph {

struct DataFile {
  std::string_view path;  // relative to data/, e.g. "gazetteer/countries.tsv"
  std::string_view content;
};

const std::vector<DataFile>& DataFiles();

// The content of data/<path>, or an empty view when there is no such file.
inline std::string_view DataFileContent(std::string_view path) {
  for (const DataFile& f : DataFiles())
    if (f.path == path) return f.content;
  return {};
}

}  // namespace dipgraph
