#include "src/syntax/syntax_model.h"

#include <malloc.h>
#include <zlib.h>

#include <cstdlib>
#include <sstream>
#include <utility>

#include "src/syntax/binary_io.h"

#ifndef DIPGRAPH_DATA_DIR
#define DIPGRAPH_DATA_DIR "data"
#endif

namespace dipgraph::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'G', 'S', 'Y', 'N', 'T', 'A', 'X'};
constexpr uint32_t kVersion = 1;

Status ReadGzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot open the syntax model");
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, n);
  int err = 0;
  std::string message = n < 0 ? gzerror(f, &err) : "";
  gzclose(f);
  if (n < 0) return Status::Corruption(path + ": " + message);
  return Status::Ok();
}

}  // namespace

std::string SyntaxModel::DefaultPath() {
  const char* env = std::getenv("DIPGRAPH_SYNTAX_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(DIPGRAPH_DATA_DIR) + "/syntax/en_ewt.dgsyntax.gz";
}

Result<SyntaxModel> SyntaxModel::Load(const std::string& path) {
  std::string bytes;
  DG_RETURN_IF_ERROR(ReadGzip(path, &bytes));
  std::istringstream in(std::move(bytes));  // moved, not copied: the model is tens of MB
  char magic[8];
  uint32_t version = 0;
  if (!in.read(magic, 8) || std::string_view(magic, 8) != std::string_view(kMagic, 8)) {
    return Status::Corruption(path + ": not a dipgraph syntax model");
  }
  if (!GetValue(in, &version) || version != kVersion) {
    return Status::Corruption(path + ": syntax model version " + std::to_string(version) +
                              ", this build reads version " + std::to_string(kVersion));
  }
  SyntaxModel m;
  if (!GetString(in, &m.description_)) return Status::Corruption(path + ": cut short");
  Result<Tagger> tagger = Tagger::Read(in);
  if (!tagger.ok()) return tagger.status().WithContext(path);
  Result<Lemmatizer> lemmatizer = Lemmatizer::Read(in);
  if (!lemmatizer.ok()) return lemmatizer.status().WithContext(path);
  Result<Parser> parser = Parser::Read(in);
  if (!parser.ok()) return parser.status().WithContext(path);
  m.tagger_ = std::move(*tagger);
  m.lemmatizer_ = std::move(*lemmatizer);
  m.parser_ = std::move(*parser);
  if (in.peek() != EOF) return Status::Corruption(path + ": bytes after the model");
  in = std::istringstream();
  malloc_trim(0);  // loading's buffers (the file, its arrays) go back to the system, not the heap
  return m;
}

Status SyntaxModel::Save(const std::string& path) const {
  std::ostringstream out;
  out.write(kMagic, 8);
  PutValue(out, kVersion);
  PutString(out, description_);
  tagger_.Write(out);
  lemmatizer_.Write(out);
  parser_.Write(out);
  std::string bytes = out.str();
  std::string tmp = path + ".tmp";
  gzFile f = gzopen(tmp.c_str(), "wb9");
  if (f == nullptr) return Status::IoError(tmp + ": cannot create");
  bool ok = gzwrite(f, bytes.data(), bytes.size()) == static_cast<int>(bytes.size());
  ok = gzclose(f) == Z_OK && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IoError(path + ": cannot write the syntax model");
  }
  return Status::Ok();
}

void SyntaxModel::Analyze(const std::vector<std::string_view>& forms, Analysis* out, bool lemmas,
                          const std::vector<bool>* names) const {
  std::vector<WordInfo> words;
  words.reserve(forms.size());
  for (std::string_view f : forms) words.push_back(DescribeWord(f));
  tagger_.TagStatement(words, &out->tags, names);
  out->lemmas.clear();
  for (size_t i = 0; i < forms.size() && lemmas; ++i) {
    int t = out->tags[i];
    out->lemmas.push_back(lemmatizer_.Lemma(forms[i], tagger_.upos(t), tagger_.xpos(t)));
  }
  out->heads.clear();
  out->labels.clear();
  if (forms.size() <= kMaxParseWords) parser_.Parse(words, out->tags, &out->heads, &out->labels);
}

bool SyntaxModel::Annotate(ConlluSentence* sentence) const {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : sentence->words) forms.push_back(w.form);
  Analysis a;
  Analyze(forms, &a);
  for (size_t i = 0; i < forms.size(); ++i) {
    ConlluWord& w = sentence->words[i];
    w.upos = tagger_.upos(a.tags[i]);
    w.xpos = tagger_.xpos(a.tags[i]);
    w.lemma = a.lemmas[i];
    w.feats = "_";
    w.deps = "_";
    w.head = a.parsed() ? a.heads[i] : -1;
    w.deprel = a.parsed() ? parser_.label(a.labels[i]) : "_";
  }
  return a.parsed();
}

}  // namespace dipgraph::syntax
