// Headline English for training. Headlines are written in capitals and drop articles and the
// auxiliaries of tense and voice ("FOUR KILLED IN BEIRUT BLAST", "IRAN READY FOR TALKS"), which a
// treebank of web text hardly shows. AsHeadline rewrites a treebank sentence that way, keeping
// its tree, so that training shows the tagger and parser such sentences with their gold analysis.
#pragma once

#include <optional>

#include "src/syntax/conllu.h"

namespace dipgraph::syntax {

// The sentence in capitals without its articles, forms of "be" that are auxiliaries or copulas,
// and final full stop (each only when no other word depends on it); nullopt when the sentence has
// fewer than 3 or more than 25 words.
std::optional<ConlluSentence> AsHeadline(const ConlluSentence& sentence);

}  // namespace dipgraph::syntax
