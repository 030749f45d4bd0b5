// Short texts about events shared by the diagram writers: code labels, dates, filter summaries.
// Plain text: callers escape it (viz/dot_escape.h) before it reaches DOT.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace dipgraph::viz {

// The CAMEO label ("make a visit"), or "CAMEO 999" for a code outside the taxonomy.
std::string CodeLabel(std::string_view cameo);
// The Goldstein value of the code, 0 when unknown.
double GoldsteinOf(std::string_view cameo);
// The quad class 1-4 of the code's root, 0 when unknown.
int QuadOf(std::string_view cameo);

// "2010-11-03", "2010-11", "2010-11-19/2010-11-20"; "undated" when empty.
std::string DateText(const DateRange& date);
// "2008-08-08" when begin == end, else "2008-08-08 to 2010-11-20".
std::string SpanText(int begin, int end);

// "dates 2008-01-01 to 2010-12-31; CAMEO 19*; quad 4 (material conflict); planned"; "" when
// the filter keeps everything.
std::string FilterText(const RelationFilter& filter);

}  // namespace dipgraph::viz
