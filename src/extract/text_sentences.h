// Plain text as the syntax layer's input: paragraphs (blank-line separated), sentences (our
// splitter) and words (our tokenizer) as CoNLL-U sentences with "# text" and SpaceAfter=No, ready
// for SyntaxModel::Annotate.
#pragma once

#include <string_view>
#include <vector>

#include "src/syntax/conllu.h"

namespace dipgraph {

std::vector<syntax::ConlluSentence> SentencesOfText(std::string_view text);

}  // namespace dipgraph
