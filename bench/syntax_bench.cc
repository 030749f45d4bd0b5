// syntax_bench: speed of the tagger and the parser on one core, and the loaded model's memory.
//
// Inputs: the EWT test split (gold tokenization) and the Reuters-21578 diplomacy stories (our own
// sentence splitter and tokenizer), both from ../shared/data when present. For each input it times
// tagging alone (word features, truecasing of headlines, tags) and parsing alone (the tagger's
// tags given), over --repeat passes, and prints the best and median tokens per second. Memory is
// the model's own tables (SyntaxModel::MemoryBytes) and the process's resident-set growth while
// loading it. Rates are by wall time (best and median) and by this thread's CPU time (median).
//
//   bench/syntax_bench [--model FILE] [--shared ../shared] [--repeat 5]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "src/extract/article.h"
#include "src/extract/source_reader.h"
#include "src/extract/text_sentences.h"
#include "src/syntax/syntax_model.h"

namespace {

using dipgraph::syntax::ConlluSentence;
using dipgraph::syntax::SyntaxModel;
using dipgraph::syntax::WordInfo;
using Clock = std::chrono::steady_clock;

long ResidentKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

struct Input {
  std::string name;
  std::vector<std::vector<WordInfo>> words;
  std::vector<std::vector<int>> tags;
  size_t tokens = 0;
};

Input Prepare(const std::string& name, const std::vector<ConlluSentence>& sentences,
              const SyntaxModel& model) {
  Input in{name};
  for (const ConlluSentence& s : sentences) {
    if (s.words.size() > dipgraph::syntax::kMaxParseWords) continue;
    in.words.emplace_back();
    for (const auto& w : s.words) in.words.back().push_back(dipgraph::syntax::DescribeWord(w.form));
    in.tags.emplace_back();
    model.tagger().Tag(in.words.back(), &in.tags.back());
    in.tokens += s.words.size();
  }
  return in;
}

// This thread's CPU seconds: on a shared virtual machine less noisy than the wall clock.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Rates {
  double best = 0, median = 0, median_cpu = 0;  // tokens per second
};

// Best and median tokens per second of `pass` over `repeat` runs, by wall and by CPU time.
template <typename F>
Rates Rate(size_t tokens, int repeat, F pass) {
  std::vector<double> wall, cpu;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = Clock::now();
    double c0 = CpuSeconds();
    pass();
    cpu.push_back(tokens / (CpuSeconds() - c0));
    wall.push_back(tokens / std::chrono::duration<double>(Clock::now() - t0).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  return {wall.back(), wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void Measure(const Input& in, const std::vector<ConlluSentence>& sentences,
             const SyntaxModel& model, int repeat) {
  std::vector<int> tags, heads, labels;
  auto tag = Rate(in.tokens, repeat, [&]() {
    for (const ConlluSentence& s : sentences) {
      if (s.words.size() > dipgraph::syntax::kMaxParseWords) continue;
      std::vector<WordInfo> words;
      for (const auto& w : s.words) words.push_back(dipgraph::syntax::DescribeWord(w.form));
      model.tagger().Tag(words, &tags);
    }
  });
  auto parse = Rate(in.tokens, repeat, [&]() {
    for (size_t i = 0; i < in.words.size(); ++i)
      model.parser().Parse(in.words[i], in.tags[i], &heads, &labels);
  });
  fmt::print(
      "{:<26} {:>6} tokens  tagger best {:>6.0f}, median {:>6.0f} (CPU {:>6.0f}) tok/s;  "
      "parser best {:>6.0f}, median {:>6.0f} (CPU {:>6.0f}) tok/s\n",
      in.name, in.tokens, tag.best, tag.median, tag.median_cpu, parse.best, parse.median,
      parse.median_cpu);
}

}  // namespace

int main(int argc, char** argv) {
  std::string model_path = SyntaxModel::DefaultPath(), shared = "../shared";
  int repeat = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--model")) model_path = argv[i + 1];
    if (!std::strcmp(argv[i], "--shared")) shared = argv[i + 1];
    if (!std::strcmp(argv[i], "--repeat")) repeat = std::max(1, std::atoi(argv[i + 1]));
  }
  long rss0 = ResidentKb();
  auto t0 = Clock::now();
  auto model = SyntaxModel::Load(model_path);
  if (!model.ok()) {
    fmt::print(stderr, "{}\n", model.status().message());
    return 1;
  }
  fmt::print("model {}: loaded in {:.2f} s; tables {:.1f} MB; resident set grew {:.1f} MB\n",
             model_path, std::chrono::duration<double>(Clock::now() - t0).count(),
             model->MemoryBytes() / 1e6, (ResidentKb() - rss0) / 1e3);
  std::string ewt = shared + "/data/ud-english-ewt/en_ewt-ud-test.conllu.xz";
  if (std::filesystem::exists(ewt)) {
    std::vector<ConlluSentence> sentences;
    if (dipgraph::syntax::ReadConlluFile(ewt, &sentences).ok()) {
      Measure(Prepare("EWT test (gold tokens)", sentences, *model), sentences, *model, repeat);
    }
  }
  std::string news = shared + "/data/news/reuters21578-diplomacy.jsonl";
  if (std::filesystem::exists(news)) {
    std::vector<ConlluSentence> sentences;
    dipgraph::ReadSources({news}, [&](dipgraph::SourceText&& src, const dipgraph::Status& st) {
      if (!st.ok()) return true;
      dipgraph::Article a = dipgraph::AnalyzeArticle(std::move(src));
      for (auto& s : dipgraph::SentencesOfText(a.text)) sentences.push_back(std::move(s));
      return true;
    });
    Measure(Prepare("Reuters 1987 (our tokens)", sentences, *model), sentences, *model, repeat);
  }
  return 0;
}
