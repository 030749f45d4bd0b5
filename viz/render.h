// DOT text to SVG, PNG or PDF with Graphviz in process (libgvc + cgraph). Graphviz's own error
// messages come back in the Status; nothing is printed.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dipgraph::viz {

// The layout engines and output formats the command line offers.
bool IsKnownLayout(std::string_view layout);  // dot neato fdp sfdp circo twopi osage
bool IsKnownFormat(std::string_view format);  // svg png pdf

// Lays out `dot` and renders it into *out. An empty `layout` takes the graph's own `layout`
// attribute, else picks one by size (LayoutFor in viz/subgraph.h); a given one overrides the
// attribute. Invalid DOT, an unknown layout or format are errors carrying Graphviz's message.
// Safe to call from several threads (Graphviz is not: calls are serialized).
Status RenderDot(const std::string& dot, const std::string& layout, const std::string& format,
                 std::string* out);

}  // namespace dipgraph::viz
