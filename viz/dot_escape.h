// Quoting text for DOT. Every string from the graph (names, aliases, roles, labels, evidence)
// goes through one of these before it reaches DOT, so no input can end a string, add an attribute
// or an edge, or be read by Graphviz as an escape (\N, \G) or an entity (&amp;).
#pragma once

#include <string>
#include <string_view>

namespace dipgraph::viz {

// A double-quoted DOT string that Graphviz shows as exactly `text` in a label: escapes quotes and
// backslashes, writes & as &amp; (Graphviz decodes entities in labels), newlines as \n line
// breaks; other control characters become spaces and invalid UTF-8 becomes U+FFFD.
std::string DotLabel(std::string_view text);

// The same for tooltips, where Graphviz expands \N even after an escaped backslash: a backslash is
// shown as U+FF3C (fullwidth reverse solidus).
std::string DotTooltip(std::string_view text);

// A double-quoted DOT string for a value that is not shown text (a URL): quotes and backslashes
// escaped, control characters dropped.
std::string DotQuoted(std::string_view text);

// Valid UTF-8 (invalid bytes replaced by U+FFFD) and control characters other than \n as spaces.
std::string CleanUtf8(std::string_view text);

// At most `max_chars` code points of `text`, with "…" added when it was cut.
std::string Snippet(std::string_view text, size_t max_chars);

}  // namespace dipgraph::viz
