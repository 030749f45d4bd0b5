// extract_bench: extraction speed of the whole pipeline (document -> actors -> events).
//
// Measures, over a corpus of at least 50 MB: MB/s and sentences/s on one thread, then on N threads
// (the same ExtractAll that `dipgraph extract/ingest --threads N` use), with relations found as a
// check that work was done. Rates are given by wall time and by the process's CPU time: on a
// shared, loaded machine only the CPU figure is comparable from run to run. The corpus is the
// Reuters-21578 diplomacy stories (../shared/data/news, when present) and realistic synthetic wire
// stories generated from templates with real actors, repeated to the requested size.
//
//   bench/extract_bench [--mb 50] [--threads 2] [--shared ../shared] [--corpus mixed|reuters]
//
// --corpus reuters: the Reuters stories alone, repeated (each copy distinct by a trailer line).
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "src/extract/article.h"
#include "src/extract/extractor.h"
#include "src/extract/parallel_extract.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU seconds used so far by the whole process (all threads).
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

const char* const kPeople[] = {
    "Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State John Kerry",
    "German Chancellor Angela Merkel",        "Chinese President Xi Jinping",
    "Indian Prime Minister Narendra Modi",    "Turkish President Tayyip Erdogan",
    "French President Emmanuel Macron",       "Iranian Foreign Minister Mohammad Javad Zarif"};
const char* const kSurnames[] = {"Lavrov", "Kerry",   "Merkel", "Xi",
                                 "Modi",   "Erdogan", "Macron", "Zarif"};
const char* const kStates[] = {"Russia",  "the United States",
                               "Germany", "China",
                               "India",   "Turkey",
                               "France",  "Iran",
                               "Japan",   "Brazil",
                               "NATO",    "the European Union"};
const char* const kCities[] = {"Moscow", "Washington", "Berlin", "Beijing", "New Delhi",
                               "Ankara", "Paris",      "Tehran", "Geneva",  "Vienna"};
const char* const kTemplates[] = {
    "{p} met {q} in {c} on Tuesday to discuss the crisis, officials said.",
    "{S} accused {T} of violating the ceasefire agreement last week.",
    "{s} will visit {c} next month for talks with {q}, the ministry said.",
    "It was unclear whether {s} would speak with {t} during the summit.",
    "{S} and {T} signed an agreement on energy cooperation in {c} on Monday.",
    "{s} told reporters that the talks had been constructive but difficult.",
    "{S} has called on {T} to withdraw its forces from the border region.",
    "Analysts said the economy grew 3.5 percent in the third quarter, above forecasts.",
    "{s} did not meet {t}, a spokesman said on Wednesday.",
    "{S} imposed new sanctions on {T} after the talks collapsed in {c}.",
};

std::string Fill(std::string t, std::mt19937& rng) {
  auto pick = [&](const auto& arr) { return arr[rng() % (sizeof(arr) / sizeof(arr[0]))]; };
  size_t i = rng() % 8, j = (i + 1 + rng() % 7) % 8;
  auto replace = [&](const std::string& key, const std::string& value) {
    for (size_t at; (at = t.find(key)) != std::string::npos;) t.replace(at, key.size(), value);
  };
  replace("{p}", kPeople[i]);
  replace("{q}", kPeople[j]);
  replace("{s}", kSurnames[i]);
  replace("{t}", kSurnames[j]);
  replace("{S}", pick(kStates));
  std::string target = pick(kStates);
  replace("{T}", target);
  replace("{c}", pick(kCities));
  if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
  return t;
}

std::string SyntheticArticle(std::mt19937& rng) {
  static const char* const kMonths[] = {"January", "March", "May", "July", "September", "November"};
  std::string text = fmt::format("Leaders meet amid tension\n{} {}, {} / 10:{:02} AM\n\n",
                                 kMonths[rng() % 6], 1 + rng() % 28, 1990 + rng() % 34, rng() % 60);
  text += fmt::format("{} (dipgraph) - ", "GENEVA");
  for (int para = 0; para < 8; ++para) {
    for (int s = 0; s < 3; ++s) text += Fill(kTemplates[rng() % 10], rng) + " ";
    text += "\n\n";
  }
  return text;
}

std::vector<dipgraph::SourceText> BuildCorpus(size_t target_bytes, const std::string& shared,
                                              bool reuters_only) {
  std::vector<dipgraph::SourceText> docs;
  std::ifstream jsonl(shared + "/data/news/reuters21578-diplomacy.jsonl");
  std::vector<std::string> reuters;
  for (std::string line; std::getline(jsonl, line);) {
    size_t at = line.find("\"text\": \"");
    if (at == std::string::npos) continue;
    std::string text;
    for (size_t i = at + 9; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        ++i;
        text.push_back(line[i] == 'n' ? '\n' : line[i]);
      } else {
        text.push_back(line[i]);
      }
    }
    reuters.push_back("March 4, 1987\n\nGENEVA, March 4 - " + text);
  }
  std::mt19937 rng(42);
  size_t bytes = 0, n = 0;
  while (bytes < target_bytes) {
    bool real = !reuters.empty() && (reuters_only || n % 2 == 0);
    std::string text =
        real ? reuters[(reuters_only ? n : n / 2) % reuters.size()] : SyntheticArticle(rng);
    text += fmt::format("\n\n(story {})", n);  // every document distinct
    bytes += text.size();
    docs.push_back({fmt::format("doc{}", n++), std::move(text), "", "", ""});
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 50;
  int threads = 2;
  std::string shared = "../shared";
  bool reuters_only = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--mb") mb = std::stoul(argv[i + 1]);
    if (a == "--threads") threads = std::stoi(argv[i + 1]);
    if (a == "--shared") shared = argv[i + 1];
    if (a == "--corpus") reuters_only = std::string(argv[i + 1]) == "reuters";
  }
  auto corpus = BuildCorpus(mb << 20, shared, reuters_only);
  size_t bytes = 0;
  for (const auto& d : corpus) bytes += d.text.size();
  fmt::print("corpus: {} documents, {:.1f} MB (Reuters-21578 stories {}{})\n", corpus.size(),
             bytes / 1048576.0,
             std::filesystem::exists(shared + "/data/news") ? "included" : "absent",
             reuters_only ? " alone" : " and synthetic wire stories");

  // One thread.
  (void)dipgraph::ExtractDocument({"warm", "Putin met Merkel.", "", "", ""});
  size_t sentences = 0, relations = 0;
  auto t0 = Clock::now();
  double cpu0 = CpuSeconds();
  for (const auto& d : corpus) {
    auto x = dipgraph::ExtractDocument(d);
    if (!x.ok()) continue;
    sentences += x->model.sentences.size();
    relations += x->relations.size();
  }
  double one = std::chrono::duration<double>(Clock::now() - t0).count();
  double one_cpu = CpuSeconds() - cpu0;
  double megabytes = bytes / 1048576.0;
  fmt::print("1 thread : {:.2f} s, {:.2f} MB/s, {:.0f} sentences/s, {} sentences, {} relations\n",
             one, megabytes / one, sentences / one, sentences, relations);
  fmt::print("1 thread, by CPU time: {:.2f} s, {:.2f} MB/s, {:.0f} sentences/s\n", one_cpu,
             megabytes / one_cpu, sentences / one_cpu);

  // N threads through the same path as the CLI: write the corpus as a JSON-lines file.
  std::string path = std::filesystem::temp_directory_path() / "extract_bench.jsonl";
  {
    std::ofstream out(path);
    for (const auto& d : corpus) {
      std::string escaped;
      for (char c : d.text) {
        if (c == '"' || c == '\\')
          escaped += '\\', escaped += c;
        else if (c == '\n')
          escaped += "\\n";
        else
          escaped += c;
      }
      out << "{\"id\":\"" << d.source << "\",\"text\":\"" << escaped << "\"}\n";
    }
  }
  size_t relations_n = 0;
  t0 = Clock::now();
  cpu0 = CpuSeconds();
  auto st = dipgraph::ExtractAll({path}, threads, [&](dipgraph::ExtractedDocument&& d) {
    relations_n += d.extraction.relations.size();
  });
  double many = std::chrono::duration<double>(Clock::now() - t0).count();
  double many_cpu = CpuSeconds() - cpu0;
  std::filesystem::remove(path);
  if (!st.ok()) return fmt::print(stderr, "{}\n", st.message()), 1;
  fmt::print("{} threads: {:.2f} s, {:.2f} MB/s ({:.2f}x one thread), {} relations\n", threads,
             many, megabytes / many, one / many, relations_n);
  fmt::print("{} threads: {:.2f} s CPU in all threads ({:.2f} CPUs busy on average)\n", threads,
             many_cpu, many_cpu / many);
  return 0;
}
