// Helpers shared by the command functions: files, JSON writing, filters from options.
#pragma once

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "graph/status.h"
#include "src/cli/args.h"

namespace dipgraph::cli {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;
inline void JsonStr(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
// Runs fn with a JSON writer on `out`, then ends the line.
void WriteJson(std::ostream& out, const std::function<void(JsonWriter&)>& fn);

Result<std::string> ReadFile(const std::string& path);
// Writes through a temporary file renamed into place, so a failed write leaves no half file.
// "-" writes to standard output.
Status WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& fn);

// --from/--to/--code/--quad/--modality into a filter; bad values are usage errors naming the
// option.
Result<RelationFilter> FilterFromArgs(const Args& args);

}  // namespace dipgraph::cli
