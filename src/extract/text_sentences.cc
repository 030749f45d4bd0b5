#include "src/extract/text_sentences.h"

#include <string>

#include "src/extract/sentence_splitter.h"
#include "src/extract/token.h"

namespace dipgraph {

std::vector<syntax::ConlluSentence> SentencesOfText(std::string_view text) {
  std::vector<syntax::ConlluSentence> out;
  WordStore words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    for (const Span& span : SplitSentences(text, start, end)) {
      std::vector<Token> tokens = Tokenize(text, span.start, span.end, &words);
      if (tokens.empty()) continue;
      syntax::ConlluSentence s;
      std::string sentence_text(text.substr(span.start, span.end - span.start));
      for (char& c : sentence_text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      }
      s.comments.push_back("# sent_id = " + std::to_string(out.size() + 1));
      s.comments.push_back("# text = " + sentence_text);
      for (size_t i = 0; i < tokens.size(); ++i) {
        syntax::ConlluWord w;
        w.form = std::string(text.substr(tokens[i].start, tokens[i].end - tokens[i].start));
        bool glued = i + 1 < tokens.size() && tokens[i + 1].start == tokens[i].end;
        w.misc = glued ? "SpaceAfter=No" : "_";
        s.words.push_back(std::move(w));
      }
      out.push_back(std::move(s));
    }
    start = end + 2;
  }
  return out;
}

}  // namespace dipgraph
