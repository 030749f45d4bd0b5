// Test helper: a sentence or two as the body of a wire story, extracted, one line per relation.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "src/extract/extractor.h"
#include "tests/test_util.h"

namespace dipgraph::testing {

// Extracts `text` as a Reuters story from Moscow published on `published` ("November 3, 2010")
// and describes each relation with `describe`; the lines sorted.
inline std::vector<std::string> StoryRelations(
    const std::string& text, const std::string& published,
    const std::function<std::string(const Extraction&, const ExtractedRelation&)>& describe) {
  auto x = ExtractDocument({"t.txt", published + "\n\nMOSCOW (Reuters) - " + text, "", "", ""});
  REQUIRE(x.ok());
  std::vector<std::string> out;
  for (const ExtractedRelation& r : x->relations) out.push_back(describe(*x, r));
  std::sort(out.begin(), out.end());
  return out;
}

// "Source -code-> Target".
inline std::string Edge(const Extraction& x, const ExtractedRelation& r) {
  return x.model.entities[r.source].name + " -" + r.cameo + "-> " + x.model.entities[r.target].name;
}

}  // namespace dipgraph::testing
