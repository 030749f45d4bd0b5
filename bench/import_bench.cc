// import_bench: how fast event data comes in and graphs go out.
//
// Measures, each on one core:
//   - importing each readable ICEWS TKG file of ../shared/data (ICEWS14, ICEWS18 valid+test,
//     ICEWS05-15 valid+test) into a fresh graph (parse + actors + same-event merging), then the
//     same into a fresh SQLite store (Store::Save, one transaction);
//   - exporting the ICEWS14 graph as GraphML and GEXF (to memory);
//   - a synthetic TKG file of N rows (default 1,000,000; --rows 20000000 for ICEWS 1995-2020
//     scale) written to a temp file and imported: events/s and peak RSS (getrusage), which
//     should not grow with the file beyond the graph itself.
// The ICEWS measurements run --repeat times (default 5) and report the best and the median run.
// Usage: import_bench [--shared DIR] [--rows N] [--actors N] [--no-store] [--repeat N]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "graph/cameo.h"
#include "graph/export_gexf.h"
#include "graph/export_graphml.h"
#include "graph/import_tkg.h"
#include "graph/importer.h"
#include "graph/store.h"

namespace dipgraph {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// User + system CPU seconds of this process: steadier than wall time on a shared machine.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long PeakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

struct Options {
  std::string shared = "../shared";
  long rows = 1000000;
  long actors = 20000;
  bool store = true;
  int repeat = 5;  // runs of each ICEWS measurement
};

struct SaveResult {
  double seconds = 0;
  double megabytes = 0;  // the store file
  std::string error;     // " ERROR ..." or ""
};

// Saves the whole graph into a new store in the temp directory (one transaction), then deletes it.
SaveResult SaveToFreshStore(KnowledgeGraph* kg) {
  std::string db =
      std::filesystem::temp_directory_path() / ("import_bench_" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(db);
  SaveResult r;
  auto t = Clock::now();
  {
    auto store = Store::Open(db, Store::Mode::kReadWrite);
    Status st = store.ok() ? (*store)->Save(kg) : store.status();
    if (!st.ok()) r.error = " ERROR " + st.message();
  }  // closing checkpoints the WAL into the file
  r.seconds = Seconds(t);
  r.megabytes = std::filesystem::file_size(db) / 1e6;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  return r;
}

// Imports `files` into a fresh graph; returns the seconds taken (0 on error, printed).
double ImportInto(KnowledgeGraph* kg, const std::vector<std::string>& files, ImportCounts* c,
                  double* cpu) {
  auto t = Clock::now();
  double cpu0 = CpuSeconds();
  Importer imp(kg, {});
  TkgFormat tkg;
  for (const std::string& f : files) {
    Status st = imp.ImportFile(f, tkg);
    if (!st.ok()) {
      std::cerr << st.message() << "\n";
      return 0;
    }
  }
  *c = imp.counts();
  *cpu = CpuSeconds() - cpu0;
  return Seconds(t);
}

// Best and median of repeated timings: the machine is shared, and the best run is the one least
// disturbed by others.
struct Timings {
  std::vector<double> runs;
  double Best() const { return *std::min_element(runs.begin(), runs.end()); }
  double Median() const {
    std::vector<double> v = runs;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  }
};

void BenchReadable(const Options& o, const std::string& label,
                   const std::vector<std::string>& files, bool exports) {
  for (const std::string& f : files)
    if (!std::filesystem::exists(f)) {
      std::printf("%-22s skipped: %s is absent\n", label.c_str(), f.c_str());
      return;
    }
  Timings import, save, total, graphml, gexf;
  ImportCounts c;
  size_t relations = 0, actors = 0;
  double megabytes = 0, graphml_mb = 0, gexf_mb = 0;
  std::string error;
  for (int round = 0; round < o.repeat; ++round) {
    KnowledgeGraph kg;
    double cpu = 0;
    import.runs.push_back(ImportInto(&kg, files, &c, &cpu));
    relations = kg.relation_count(), actors = kg.actor_count();
    if (o.store) {
      SaveResult r = SaveToFreshStore(&kg);
      save.runs.push_back(r.seconds);
      total.runs.push_back(import.runs.back() + r.seconds);
      megabytes = r.megabytes, error = r.error;
    }
    if (!exports) continue;
    for (auto [fn, t, mb] : {std::tuple{&WriteGraphml, &graphml, &graphml_mb},
                             std::tuple{&WriteGexf, &gexf, &gexf_mb}}) {
      std::ostringstream out;
      auto start = Clock::now();
      fn(kg, SelectForExport(kg, RelationFilter{}), out);
      t->runs.push_back(Seconds(start));
      *mb = out.str().size() / 1e6;
    }
  }
  std::printf(
      "%-22s %8zu rows  import best %.3f s, median %.3f s  %5.2f M rows/s (best)  (%zu "
      "relations, %zu merged, %zu actors)\n",
      label.c_str(), c.rows_read, import.Best(), import.Median(), c.rows_read / import.Best() / 1e6,
      relations, c.merged, actors);
  if (o.store)
    std::printf(
        "%-22s          into a fresh store: save best %.3f s; import + save best %.3f s, median "
        "%.3f s  %5.2f M rows/s (best)  (%.0f MB)%s\n",
        "", save.Best(), total.Best(), total.Median(), c.rows_read / total.Best() / 1e6, megabytes,
        error.c_str());
  if (!exports) return;
  std::printf("%-22s          export GraphML best %.3f s, median %.3f s  (%.1f MB)\n", "",
              graphml.Best(), graphml.Median(), graphml_mb);
  std::printf("%-22s          export GEXF    best %.3f s, median %.3f s  (%.1f MB)\n", "",
              gexf.Best(), gexf.Median(), gexf_mb);
}

// A TKG file of `rows` rows over `actors` actors, CAMEO names drawn from the table, dates over
// 26 years: the shape of ICEWS 1995-2020.
std::string GenerateTkg(const Options& o) {
  std::string path = std::filesystem::temp_directory_path() /
                     ("import_bench_" + std::to_string(getpid()) + ".tsv");
  std::vector<std::string> relations;
  for (const CameoCode& c : AllCameoCodes())
    if (c.code.size() >= 3) {
      std::string n = c.label;
      for (char& ch : n) ch = ch == ' ' ? '_' : ch;
      relations.push_back(n);
    }
  std::mt19937_64 rng(42);
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::string line;
  for (long i = 0; i < o.rows; ++i) {
    // Skewed actor choice: a few actors carry most events, as in ICEWS.
    auto actor = [&] {
      double u = std::uniform_real_distribution<double>(0, 1)(rng);
      return static_cast<long>(o.actors * u * u * u);
    };
    int day = DaysFromCivil(1995, 1, 1) + static_cast<int>(rng() % (26 * 365));
    line = "Actor_" + std::to_string(actor()) + "\t" + relations[rng() % relations.size()] +
           "\tActor_" + std::to_string(actor()) + "\t" + FormatDay(day) + "\n";
    std::fwrite(line.data(), 1, line.size(), f);
  }
  std::fclose(f);
  return path;
}

void BenchSynthetic(const Options& o) {
  auto t = Clock::now();
  std::string path = GenerateTkg(o);
  double gen = Seconds(t);
  long rss_before = PeakRssMiB();
  KnowledgeGraph kg;
  ImportCounts c;
  double cpu = 0;
  double s = ImportInto(&kg, {path}, &c, &cpu);
  std::printf(
      "synthetic %ld rows (generated in %.1f s, %.0f MB): import %.2f s (cpu %.2f s)  %.2f M "
      "rows/s by cpu  (%zu relations, %zu actors)  peak RSS %ld MiB (before import %ld MiB)\n",
      o.rows, gen, std::filesystem::file_size(path) / 1e6, s, cpu, c.rows_read / cpu / 1e6,
      kg.relation_count(), kg.actor_count(), PeakRssMiB(), rss_before);
  std::filesystem::remove(path);
  if (o.store) {
    SaveResult r = SaveToFreshStore(&kg);
    std::printf("synthetic into a fresh store: save %.2f s (%.0f MB), import + save %.2f s%s\n",
                r.seconds, r.megabytes, s + r.seconds, r.error.c_str());
  }
}

int Main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--shared" && i + 1 < argc)
      o.shared = argv[++i];
    else if (a == "--rows" && i + 1 < argc)
      o.rows = std::stol(argv[++i]);
    else if (a == "--actors" && i + 1 < argc)
      o.actors = std::stol(argv[++i]);
    else if (a == "--no-store")
      o.store = false;
    else if (a == "--repeat" && i + 1 < argc)
      o.repeat = std::max(1, std::stoi(argv[++i]));
    else {
      std::cerr << "usage: import_bench [--shared DIR] [--rows N] [--actors N] [--no-store] "
                   "[--repeat N]\n";
      return 2;
    }
  }
  std::string d = o.shared + "/data/";
  BenchReadable(o, "ICEWS14", {d + "icews14/icews14_readable.tsv"}, true);
  BenchReadable(o, "ICEWS18 valid+test", {d + "icews18/valid.txt", d + "icews18/test.txt"}, false);
  BenchReadable(
      o, "ICEWS05-15 valid+test",
      {d + "icews05-15/icews_2005-2015_valid.txt", d + "icews05-15/icews_2005-2015_test.txt"},
      false);
  BenchReadable(
      o, "all three",
      {d + "icews14/icews14_readable.tsv", d + "icews18/valid.txt", d + "icews18/test.txt",
       d + "icews05-15/icews_2005-2015_valid.txt", d + "icews05-15/icews_2005-2015_test.txt"},
      false);
  if (o.rows > 0) BenchSynthetic(o);
  return 0;
}

}  // namespace
}  // namespace dipgraph

int main(int argc, char** argv) { return dipgraph::Main(argc, argv); }
