// Where articles come from: plain-text files, directories (recursively, in name order), JSON lines
// files (`{"id","date","title","text"}` per line) and standard input ("-").
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "graph/status.h"
#include "src/extract/article.h"

namespace dipgraph {

// Calls `sink` for each document in `paths`, in order, streaming (one JSON line at a time). A
// document that cannot be read (a broken JSON line, an unreadable file inside a directory) comes
// to `sink` with a non-ok status naming file and line, and reading goes on. A path that does not
// exist stops everything with an error. `sink` returns false to stop early.
Status ReadSources(const std::vector<std::string>& paths,
                   const std::function<bool(SourceText&&, const Status&)>& sink);

}  // namespace dipgraph
