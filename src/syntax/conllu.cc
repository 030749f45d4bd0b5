#include "src/syntax/conllu.h"

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

namespace dipgraph::syntax {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return cols;
    start = tab + 1;
  }
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Parses a word line into `word`; the caller has checked it has 10 columns and a plain id.
Status ParseWord(const std::vector<std::string>& cols, size_t expected_id, ConlluWord* word) {
  if (std::stoul(cols[0]) != expected_id) {
    return Status::Invalid("word id " + cols[0] + " where " + std::to_string(expected_id) +
                           " was expected");
  }
  if (cols[1].empty()) return Status::Invalid("empty FORM");
  word->form = cols[1];
  word->lemma = cols[2];
  word->upos = cols[3];
  word->xpos = cols[4];
  word->feats = cols[5];
  if (cols[6] == "_") {
    word->head = -1;
  } else if (AllDigits(cols[6]) && cols[6].size() < 7) {
    word->head = std::stoi(cols[6]);
  } else {
    return Status::Invalid("HEAD '" + cols[6] + "' is not a number");
  }
  word->deprel = cols[7];
  word->deps = cols[8];
  word->misc = cols[9];
  return Status::Ok();
}

Status CheckHeads(const ConlluSentence& s) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    int head = s.words[i].head;
    if (head > static_cast<int>(s.words.size())) {
      return Status::Invalid("HEAD " + std::to_string(head) + " is past the sentence's " +
                             std::to_string(s.words.size()) + " words");
    }
    if (head == static_cast<int>(i) + 1) {
      return Status::Invalid("word " + std::to_string(head) + " is its own head");
    }
  }
  return Status::Ok();
}

}  // namespace

Status ReadConllu(std::istream& in, const std::string& name,
                  const std::function<Status(ConlluSentence&)>& sink) {
  ConlluSentence sentence;
  std::string line;
  size_t line_no = 0, sentence_line = 1;
  auto flush = [&]() -> Status {
    if (sentence.words.empty() && sentence.extras.empty() && sentence.comments.empty()) {
      return Status::Ok();
    }
    if (sentence.words.empty()) {
      return Status::Invalid(name + ":" + std::to_string(sentence_line) +
                             ": a sentence without words");
    }
    DG_RETURN_IF_ERROR(
        CheckHeads(sentence).WithContext(name + ":" + std::to_string(sentence_line)));
    DG_RETURN_IF_ERROR(sink(sentence));
    sentence = ConlluSentence();
    return Status::Ok();
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      DG_RETURN_IF_ERROR(flush());
      sentence_line = line_no + 1;
      continue;
    }
    if (line[0] == '#') {
      sentence.comments.push_back(line);
      continue;
    }
    std::vector<std::string> cols = SplitTabs(line);
    std::string where = name + ":" + std::to_string(line_no);
    if (cols.size() != 10) {
      return Status::Invalid(where + ": " + std::to_string(cols.size()) +
                             " tab-separated columns, CoNLL-U has 10");
    }
    if (!AllDigits(cols[0])) {
      bool range = cols[0].find('-') != std::string::npos,
           empty = cols[0].find('.') != std::string::npos;
      if (!range && !empty)
        return Status::Invalid(where + ": ID '" + cols[0] + "' is not a word id");
      sentence.extras.push_back({sentence.words.size(), line});
      continue;
    }
    if (cols[0].size() > 6) return Status::Invalid(where + ": ID '" + cols[0] + "' is too large");
    ConlluWord word;
    DG_RETURN_IF_ERROR(ParseWord(cols, sentence.words.size() + 1, &word).WithContext(where));
    sentence.words.push_back(std::move(word));
  }
  if (in.bad()) return Status::IoError(name + ": read error");
  return flush();
}

Status ReadConlluFile(const std::string& path, std::vector<ConlluSentence>* out) {
  auto sink = [&](ConlluSentence& s) {
    out->push_back(std::move(s));
    return Status::Ok();
  };
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".xz") == 0) {
    std::string cmd = "xz -dc '" + path + "'";
    if (path.find('\'') != std::string::npos) return Status::Invalid(path + ": quote in file name");
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    if (!pipe) return Status::IoError(path + ": cannot run xz");
    std::string text;
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) text.append(buf, n);
    if (pclose(pipe.release()) != 0) return Status::IoError(path + ": xz -dc failed");
    std::istringstream in(std::move(text));
    return ReadConllu(in, path, sink);
  }
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open");
  return ReadConllu(in, path, sink);
}

void WriteConllu(const ConlluSentence& s, std::ostream& out) {
  for (const std::string& c : s.comments) out << c << '\n';
  size_t extra = 0;
  for (size_t i = 0; i <= s.words.size(); ++i) {
    while (extra < s.extras.size() && s.extras[extra].before == i)
      out << s.extras[extra++].line << '\n';
    if (i == s.words.size()) break;
    const ConlluWord& w = s.words[i];
    out << i + 1 << '\t' << w.form << '\t' << w.lemma << '\t' << w.upos << '\t' << w.xpos << '\t'
        << w.feats << '\t' << (w.head < 0 ? std::string("_") : std::to_string(w.head)) << '\t'
        << w.deprel << '\t' << w.deps << '\t' << w.misc << '\n';
  }
  out << '\n';
}

}  // namespace dipgraph::syntax
