// CoNLL-U sentences (Universal Dependencies' file format): read, keep what we do not replace,
// write.
//
// A sentence keeps its comment lines, and its multiword-token ("1-2") and empty-node ("8.1") lines
// verbatim at their places, so `dipgraph parse --conllu` can replace tags, lemmas and trees of the
// words and give back everything else as it was.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "graph/status.h"

namespace dipgraph::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats;
  int head = -1;  // 0 = the root; -1 = none (not parsed)
  std::string deprel, deps, misc;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // "# text = ..." lines, verbatim
  std::vector<ConlluWord> words;
  // Multiword-token and empty-node lines, verbatim, each before the word of index `before`
  // (words.size() = after the last word).
  struct Extra {
    size_t before = 0;
    std::string line;
  };
  std::vector<Extra> extras;
};

// Reads sentences one at a time and hands each to `sink`; stops at the first error of either. A
// malformed line is refused naming `name` and the line number.
Status ReadConllu(std::istream& in, const std::string& name,
                  const std::function<Status(ConlluSentence&)>& sink);

// Reads a whole file (".xz" is read through `xz -dc`).
Status ReadConlluFile(const std::string& path, std::vector<ConlluSentence>* out);

// Writes one sentence and the blank line that ends it.
void WriteConllu(const ConlluSentence& sentence, std::ostream& out);

}  // namespace dipgraph::syntax
