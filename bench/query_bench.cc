// query_bench: how fast the queries answer on a large graph, and against NetworkX on ICEWS14.
//
// Measures, on one core:
//   - a generated graph of N relations (default 1,000,000) over A actors (default 50,000) with
//     a realistic skew (10 hub actors take part in about 60% of the events): build time, peak
//     memory (getrusage ru_maxrss), resident memory and bytes per relation;
//   - store save and load of that graph (SQLite, relations/s), unless --no-store;
//   - who-met of one actor (p50, p99; actors drawn uniformly, by event, and the top hub),
//     relations of one actor in a year and of a pair, timeline, path (k = 1 and 3), ego depth 1
//     and 2, rank by degree, PageRank and sampled betweenness, and a "did you mean" miss;
//   - on ../shared/data/icews14/icews14_readable.tsv (read here with a plain TSV reader): load,
//     one actor's meetings in a month, its sorted timeline, its radius-2 ego network and
//     PageRank, beside bench/networkx_baseline.py run on the same file in the same run (through
//     popen, with /usr/bin/python3 and Debian's python3-networkx), as ratios.
// Usage: query_bench [--relations N] [--actors N] [--shared DIR] [--no-store] [--no-networkx]
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/cameo.h"
#include "graph/import_tkg.h"
#include "graph/store.h"
#include "queries/ego.h"
#include "queries/path.h"
#include "queries/query_util.h"
#include "queries/rank.h"
#include "queries/relations.h"
#include "queries/resolve.h"
#include "queries/timeline.h"
#include "queries/who_met.h"

namespace dipgraph {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

long PeakRssKiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

long RssKiB() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

struct Options {
  long relations = 1000000;
  long actors = 50000;
  std::string shared = "../shared";
  bool store = true;
  bool networkx = true;
};

// ---- the generated graph ----

KnowledgeGraph Generate(const Options& o) {
  static const char* kMeet[] = {"040", "042", "043", "044", "045", "046", "0431", "0421"};
  static const char* kPlaces[] = {"Moscow", "Geneva", "Brussels", "Beijing", "New York"};
  std::vector<std::string> codes;
  for (const CameoCode& c : AllCameoCodes()) codes.push_back(c.code);
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> u(0, 1);
  KnowledgeGraph kg;
  for (long i = 0; i < o.actors; ++i) {
    Actor a;
    a.name = "Actor " + std::to_string(i);
    a.kind = i < 200 ? ActorKind::kCountry : i % 3 ? ActorKind::kPerson : ActorKind::kOrganization;
    kg.AddActor(std::move(a));
  }
  // Half the ends are one of 10 hubs, the rest a power law over everyone.
  auto actor = [&] {
    return 1 + (u(rng) < 0.5 ? static_cast<ActorId>(u(rng) * 10)
                             : static_cast<ActorId>(o.actors * std::pow(u(rng), 2.5)));
  };
  int day0 = DaysFromCivil(2000, 1, 1);
  for (long i = 0; i < o.relations; ++i) {
    Relation r;
    r.source = actor();
    do r.target = actor();
    while (r.target == r.source);
    double p = u(rng);
    r.cameo = p < 0.35   ? kMeet[rng() % 8]
              : p < 0.4  ? "041"
              : p < 0.45 ? "036"
                         : codes[rng() % codes.size()];
    r.date = DateRange::Day(day0 + static_cast<int>(rng() % 7300));
    if (u(rng) < 0.3) r.location = kPlaces[rng() % 5];
    double m = u(rng);
    r.modality = m < 0.85   ? Modality::kAsserted
                 : m < 0.93 ? Modality::kPlanned
                 : m < 0.97 ? Modality::kHypothetical
                            : Modality::kNegated;
    kg.AddRelation(std::move(r));
  }
  return kg;
}

// ---- timing helpers ----

struct Latency {
  double p50 = 0, p99 = 0;  // microseconds
};

Latency Measure(int runs, const std::function<void(int)>& fn) {
  std::vector<double> us;
  for (int i = 0; i < runs; ++i) {
    auto t = Clock::now();
    fn(i);
    us.push_back(Seconds(t) * 1e6);
  }
  std::sort(us.begin(), us.end());
  return {us[us.size() / 2], us[std::min(us.size() - 1, us.size() * 99 / 100)]};
}

void Print(const char* what, Latency l) {
  std::printf("  %-44s p50 %10.1f us   p99 %10.1f us\n", what, l.p50, l.p99);
}

template <typename T>
void Check(const Result<T>& r) {
  if (!r.ok()) std::fprintf(stderr, "query failed: %s\n", r.status().message().c_str());
}

// Actors with at least one relation: drawn uniformly, or by event (a random relation's end).
std::vector<ActorId> Sample(const KnowledgeGraph& kg, int n, bool by_event, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<ActorId> out;
  while (static_cast<int>(out.size()) < n) {
    ActorId a = by_event ? kg.relation(1 + rng() % kg.relation_count()).source
                         : static_cast<ActorId>(1 + rng() % kg.actor_count());
    if (boost::out_degree(KnowledgeGraph::Vertex(a), kg.graph()) +
            boost::in_degree(KnowledgeGraph::Vertex(a), kg.graph()) >
        0)
      out.push_back(a);
  }
  return out;
}

void BenchStore(KnowledgeGraph* kg) {
  std::string db =
      std::filesystem::temp_directory_path() / ("query_bench_" + std::to_string(getpid()) + ".db");
  auto t = Clock::now();
  auto store = Store::Open(db, Store::Mode::kReadWrite);
  Status st = store.ok() ? (*store)->Save(kg) : store.status();
  double save = Seconds(t);
  KnowledgeGraph loaded;
  t = Clock::now();
  if (st.ok()) st = (*store)->Load(&loaded);
  double load = Seconds(t);
  if (!st.ok()) std::printf("  store: ERROR %s\n", st.message().c_str());
  std::printf("  store save %.2f s, load %.2f s = %.2f M relations/s loaded (target >= 1)\n", save,
              load, loaded.relation_count() / load / 1e6);
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
}

void BenchQueries(const KnowledgeGraph& kg) {
  std::vector<ActorId> uniform = Sample(kg, 2000, false, 1);
  std::vector<ActorId> by_event = Sample(kg, 2000, true, 2);
  Print("who-met, actor drawn uniformly",
        Measure(2000, [&](int i) { Check(WhoMet(kg, {.actor = uniform[i]})); }));
  Print("who-met, actor drawn by event (hub-heavy)",
        Measure(2000, [&](int i) { Check(WhoMet(kg, {.actor = by_event[i]})); }));
  Print("who-met, top hub (~100k relations)",
        Measure(20, [&](int) { Check(WhoMet(kg, {.actor = 1})); }));
  Print("who-met, top hub, one month", Measure(200, [&](int i) {
          Check(WhoMet(kg, {.actor = 1, .window = DateRange::Month(2000 + i % 20, 1 + i % 12)}));
        }));
  RelationFilter year;
  year.window = DateRange::Year(2010);
  Print("relations of an actor in 2010, uniform",
        Measure(2000, [&](int i) { Check(Relations(kg, {.a = uniform[i], .filter = year})); }));
  Print("relations of a pair (event-drawn)",
        Measure(2000, [&](int i) { Check(Relations(kg, {.a = by_event[i], .b = uniform[i]})); }));
  Print("timeline of an actor, uniform",
        Measure(2000, [&](int i) { Check(Timeline(kg, {.a = uniform[i]})); }));
  Print("path k=1, uniform pairs", Measure(200, [&](int i) {
          if (uniform[i] != uniform[i + 1])
            Check(FindPaths(kg, {.from = uniform[i], .to = uniform[i + 1]}));
        }));
  Print("path k=3, uniform pairs", Measure(100, [&](int i) {
          if (uniform[i] != uniform[i + 1])
            Check(FindPaths(kg, {.from = uniform[i], .to = uniform[i + 1], .k = 3}));
        }));
  Print("ego depth 1, uniform",
        Measure(500, [&](int i) { Check(Ego(kg, {.center = uniform[i]})); }));
  Print("ego depth 2, uniform",
        Measure(20, [&](int i) { Check(Ego(kg, {.center = uniform[i], .depth = 2})); }));
  Print("did-you-mean miss (scans every name)",
        Measure(5, [&](int) { (void)ResolveActor(kg, "Actor 12345x"); }));
  for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness}) {
    auto t = Clock::now();
    auto r = Rank(kg, {.by = by});
    Check(r);
    std::printf("  rank by %-12s %8.3f s   %s\n", RankByName(by), Seconds(t), r->note.c_str());
  }
}

void BenchGenerated(const Options& o) {
  long rss0 = RssKiB(), peak0 = PeakRssKiB();
  auto t = Clock::now();
  KnowledgeGraph kg = Generate(o);
  double build = Seconds(t);
  long rss = RssKiB() - rss0, peak = PeakRssKiB() - peak0;
  size_t hub = 0;
  ForEachRelationOf(kg, 1, [&](RelationId) { ++hub; });
  std::printf(
      "generated graph: %zu relations, %zu actors (top hub in %zu relations), built in %.2f s\n",
      kg.relation_count(), kg.actor_count(), hub, build);
  std::printf(
      "  memory: resident +%ld MiB = %.0f bytes/relation (target < 200); peak +%ld MiB "
      "(vector growth while building); no evidence text\n",
      rss / 1024, rss * 1024.0 / kg.relation_count(), peak / 1024);
  if (o.store) BenchStore(&kg);
  BenchQueries(kg);
}

// ---- ICEWS14 against NetworkX ----

struct Icews {
  KnowledgeGraph kg;
  std::unordered_map<std::string, ActorId> ids;  // raw name (with '_') -> actor
  double load = 0;
};

// head \t relation \t tail \t YYYY-MM-DD [\t split], with a header line.
bool ReadIcews(const std::string& path, Icews* out) {
  auto t = Clock::now();
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::unordered_map<std::string, std::string> codes;
  auto actor = [&](const std::string& name) {
    auto [it, added] = out->ids.emplace(name, ActorId{0});
    if (!added) return it->second;
    Actor a;
    a.name = NormalizeTkgName(name);
    return it->second = out->kg.AddActor(std::move(a));
  };
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    for (size_t start = 0, tab;; start = tab + 1) {
      tab = line.find('\t', start);
      f.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
    }
    if (f.size() < 4 || f[0] == "head") continue;
    auto [c, fresh] = codes.emplace(f[1], "");
    if (fresh) {
      const CameoCode* code = CameoForRelationName(f[1]);
      c->second = code ? code->code : "";
    }
    Relation r;
    r.source = actor(f[0]);
    r.target = actor(f[2]);
    r.cameo = c->second;
    r.date = DateRange::Day(ParseDay(f[3]).value_or(0));
    out->kg.AddRelation(std::move(r));
  }
  out->load = Seconds(t);
  return true;
}

double JsonNumber(const std::string& json, const std::string& key) {
  size_t at = json.find("\"" + key + "\":");
  return at == std::string::npos ? -1 : std::atof(json.c_str() + at + key.size() + 3);
}

std::string RunNetworkx(const std::string& file, const std::string& actor, const char* month) {
  std::string script = std::filesystem::path(__FILE__).parent_path() / "networkx_baseline.py";
  std::string python = std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  std::string cmd = python + " '" + script + "' '" + file + "' '" + actor + "' " + month;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return "";
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  pclose(p);
  return out;
}

void Compare(const char* what, double ours_s, double nx_s, const std::string& sizes) {
  if (nx_s <= 0)
    return void(std::printf("  %-26s ours %10.1f us   (NetworkX: n/a)  %s\n", what, ours_s * 1e6,
                            sizes.c_str()));
  std::printf("  %-26s ours %10.1f us   NetworkX %10.1f us   %8.0fx faster  %s\n", what,
              ours_s * 1e6, nx_s * 1e6, nx_s / ours_s, sizes.c_str());
}

void BenchIcews(const Options& o) {
  std::string file = o.shared + "/data/icews14/icews14_readable.tsv";
  Icews g;
  if (!std::filesystem::exists(file) || !ReadIcews(file, &g))
    return void(std::printf("ICEWS14: skipped, %s is absent\n", file.c_str()));
  // The most connected actor, by name as in the file.
  std::string name;
  ActorId actor = 0;
  for (const auto& [raw, id] : g.ids)
    if (!actor || DegreeOf(g.kg, id) > DegreeOf(g.kg, actor) ||
        (DegreeOf(g.kg, id) == DegreeOf(g.kg, actor) && raw < name))
      actor = id, name = raw;
  const char* month = "2014-06";
  std::printf("\nICEWS14: %zu relations, %zu actors; actor %s (%zu relations), month %s\n",
              g.kg.relation_count(), g.kg.actor_count(), name.c_str(), DegreeOf(g.kg, actor),
              month);
  std::string nx = o.networkx ? RunNetworkx(file, name, month) : "";
  if (o.networkx && nx.empty()) std::printf("  NetworkX baseline did not run\n");
  WhoMetResult met;
  Latency meet = Measure(200, [&](int) {
    met = *WhoMet(g.kg, {.actor = actor, .window = DateRange::Month(2014, 6)});
  });
  TimelineResult tl;
  Latency timeline = Measure(50, [&](int) { tl = *Timeline(g.kg, {.a = actor}); });
  EgoResult ego;
  Latency ego2 = Measure(10, [&](int) { ego = *Ego(g.kg, {.center = actor, .depth = 2}); });
  auto t = Clock::now();
  Check(Rank(g.kg, {.by = RankBy::kPageRank}));
  double pagerank = Seconds(t);
  size_t events = 0;
  for (const TimelineMonth& m : tl.months) events += m.relations.size();
  std::printf("  (medians; NetworkX %s)\n",
              nx.empty() ? "not run" : nx.substr(0, nx.find(',')).c_str());
  Compare("load the file", g.load, JsonNumber(nx, "load"), "");
  Compare("meetings in a month", meet.p50 / 1e6, JsonNumber(nx, "meetings"),
          fmt::format("({} vs {} meetings)", met.meetings.size(), JsonNumber(nx, "meetings_n")));
  Compare(
      "sorted timeline", timeline.p50 / 1e6, JsonNumber(nx, "timeline"),
      fmt::format("({} vs {} events)", events + tl.undated.size(), JsonNumber(nx, "timeline_n")));
  Compare("ego network, radius 2", ego2.p50 / 1e6, JsonNumber(nx, "ego2"),
          fmt::format("({} vs {} actors)", ego.nodes.size(), JsonNumber(nx, "ego2_nodes")));
  Compare("PageRank", pagerank, JsonNumber(nx, "pagerank"), "");
}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--relations")
      o.relations = std::atol(next().c_str());
    else if (a == "--actors")
      o.actors = std::atol(next().c_str());
    else if (a == "--shared")
      o.shared = next();
    else if (a == "--no-store")
      o.store = false;
    else if (a == "--no-networkx")
      o.networkx = false;
    else
      std::fprintf(stderr, "query_bench: unknown option %s (ignored)\n", a.c_str());
  }
  o.actors = std::max(o.actors, 20L);
  return o;
}

}  // namespace
}  // namespace dipgraph

int main(int argc, char** argv) {
  dipgraph::Options o = dipgraph::ParseOptions(argc, argv);
  dipgraph::BenchGenerated(o);
  dipgraph::BenchIcews(o);
  return 0;
}
