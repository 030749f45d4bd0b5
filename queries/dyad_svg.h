// A small SVG line chart of a dyad: one line per quad class over the months, and the mean
// Goldstein value on its own scale. Written by hand (no plotting library), deterministic.
#pragma once

#include <ostream>
#include <string>

#include "queries/dyad.h"

namespace dipgraph {

// Months without relations between the first and the last are drawn as zero. `title` is escaped.
void WriteDyadSvg(const DyadResult& dyad, const std::string& title, std::ostream& out);

// Escapes & < > " ' for SVG/XML text and attributes.
std::string XmlEscape(const std::string& text);

}  // namespace dipgraph
