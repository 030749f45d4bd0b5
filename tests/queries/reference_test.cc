// The indexed queries against a naive reference: a plain scan over kg.relations(), written
// separately and simply, on random skewed graphs with a fixed seed.
#include <algorithm>
#include <map>
#include <set>

#include "queries/actor_profile.h"
#include "queries/dyad.h"
#include "queries/ego.h"
#include "queries/graph_algorithms.h"
#include "queries/path.h"
#include "queries/rank.h"
#include "queries/relations.h"
#include "queries/timeline.h"
#include "queries/who_met.h"
#include "tests/queries/query_fixtures.h"

namespace dipgraph {
namespace {

// ---- the naive references ----

bool Before(const Relation& a, const Relation& b) {
  if (a.date.empty() || b.date.empty()) {
    if (a.date.empty() && b.date.empty()) return a.id < b.id;
    return b.date.empty();
  }
  return std::make_pair(a.date.begin, a.id) < std::make_pair(b.date.begin, b.id);
}

std::vector<RelationId> NaiveRelations(const KnowledgeGraph& kg, ActorId a, ActorId b,
                                       const RelationFilter& f) {
  std::vector<const Relation*> kept;
  for (const Relation& r : kg.relations()) {
    bool touches = r.source == a || r.target == a;
    bool pair = b == 0 || (r.source == a && r.target == b) || (r.source == b && r.target == a);
    if (touches && pair && f.Matches(r)) kept.push_back(&r);
  }
  std::sort(kept.begin(), kept.end(), [](auto* x, auto* y) { return Before(*x, *y); });
  std::vector<RelationId> ids;
  for (const Relation* r : kept) ids.push_back(r->id);
  return ids;
}

bool NaiveIsMeeting(const Relation& r, bool planned, bool calls) {
  const std::string& c = r.cameo;
  if (r.modality == Modality::kNegated || r.modality == Modality::kHypothetical) return false;
  if (r.modality == Modality::kPlanned && !planned) return false;
  for (const char* m : {"040", "042", "043", "044", "045", "046"})
    if (c.rfind(m, 0) == 0) return true;
  if (c == "04") return true;
  if (c.rfind("041", 0) == 0) return calls;
  return c.rfind("036", 0) == 0 && planned && r.modality == Modality::kPlanned;
}

// (relation, who, partner) in date order.
std::vector<std::tuple<RelationId, ActorId, ActorId>> NaiveWhoMet(const KnowledgeGraph& kg,
                                                                  const WhoMetOptions& o) {
  std::set<ActorId> side{o.actor};
  if (o.members)
    for (const Actor& a : kg.actors())
      for (const Affiliation& f : a.affiliations)
        if (f.of == o.actor && !f.former) side.insert(a.id);
  std::vector<const Relation*> kept;
  std::map<RelationId, std::pair<ActorId, ActorId>> who;
  for (const Relation& r : kg.relations()) {
    if (!NaiveIsMeeting(r, o.planned, o.calls)) continue;
    if (!o.window.empty() && !o.window.Overlaps(r.date)) continue;
    bool s = side.count(r.source), t = side.count(r.target);
    if (s == t) continue;  // neither, or both on the actor's side
    ActorId partner = s ? r.target : r.source;
    if (o.with != 0 && partner != o.with) continue;
    kept.push_back(&r);
    who[r.id] = {s ? r.source : r.target, partner};
  }
  std::sort(kept.begin(), kept.end(), [](auto* x, auto* y) { return Before(*x, *y); });
  std::vector<std::tuple<RelationId, ActorId, ActorId>> out;
  for (const Relation* r : kept) out.emplace_back(r->id, who[r->id].first, who[r->id].second);
  return out;
}

std::map<ActorId, std::set<ActorId>> NaiveNeighbours(const KnowledgeGraph& kg,
                                                     const RelationFilter& f) {
  std::map<ActorId, std::set<ActorId>> adj;
  for (const Relation& r : kg.relations())
    if (f.Matches(r)) adj[r.source].insert(r.target), adj[r.target].insert(r.source);
  return adj;
}

std::map<ActorId, int> NaiveDistances(const KnowledgeGraph& kg, ActorId from,
                                      const RelationFilter& f, int max) {
  auto adj = NaiveNeighbours(kg, f);
  std::map<ActorId, int> dist{{from, 0}};
  for (int d = 0; d < max; ++d)
    for (auto [v, dv] : std::map<ActorId, int>(dist))
      if (dv == d)
        for (ActorId w : adj[v])
          if (!dist.count(w)) dist[w] = d + 1;
  return dist;
}

// Lengths of the shortest `k` simple chains from a to b of at most max hops, by counting
// chains of length 1, 2, ... with a depth-first search.
std::vector<int> NaivePathLengths(const KnowledgeGraph& kg, ActorId a, ActorId b,
                                  const RelationFilter& f, int max, int k) {
  auto adj = NaiveNeighbours(kg, f);
  auto to_b = NaiveDistances(kg, b, f, max);
  std::vector<int> lengths;
  std::set<ActorId> on_path{a};
  std::function<void(ActorId, int, int)> walk = [&](ActorId v, int depth, int len) {
    if (static_cast<int>(lengths.size()) >= k) return;
    if (v == b) return void(depth == len ? lengths.push_back(len) : void());
    if (!to_b.count(v) || depth + to_b[v] > len) return;
    for (ActorId w : adj[v])
      if (!on_path.count(w)) {
        on_path.insert(w);
        walk(w, depth + 1, len);
        on_path.erase(w);
      }
  };
  for (int len = 1; len <= max; ++len) walk(a, 0, len);
  return lengths;
}

// ---- the comparisons ----

const KnowledgeGraph& Skewed() {
  static const KnowledgeGraph kg = testing::RandomGraph(20240611, 300, 4000);
  return kg;
}

std::vector<RelationFilter> Filters() {
  std::vector<RelationFilter> fs(4);
  fs[1].code_prefix = "04";
  fs[2].window = DateRange::Interval(DaysFromCivil(2010, 6, 1), DaysFromCivil(2011, 3, 31));
  fs[3].quad_class = 4;
  fs[3].modalities = ModalityBit(Modality::kAsserted);
  return fs;
}

TEST_CASE("query reference: relations and timeline equal a scan over all relations") {
  const KnowledgeGraph& kg = Skewed();
  for (const RelationFilter& f : Filters())
    for (ActorId a : {1, 2, 17, 150, 299})
      for (ActorId b : {0, 1, 3, 40}) {
        if (a == b) continue;
        std::vector<RelationId> expected = NaiveRelations(kg, a, b, f);
        auto got = Relations(kg, {.a = a, .b = b, .filter = f});
        REQUIRE_OK(got.status());
        CHECK(got->relations == expected);
        auto t = Timeline(kg, {.a = a, .b = b, .filter = f});
        std::vector<RelationId> flat;
        for (const TimelineMonth& m : t->months) {
          for (RelationId id : m.relations) CHECK(MonthIndex(kg.relation(id).date) == m.month);
          flat.insert(flat.end(), m.relations.begin(), m.relations.end());
        }
        flat.insert(flat.end(), t->undated.begin(), t->undated.end());
        CHECK(flat == expected);
      }
}

TEST_CASE("query reference: who-met equals a scan, with every option") {
  const KnowledgeGraph& kg = Skewed();
  DateRange window = DateRange::Interval(DaysFromCivil(2010, 3, 1), DaysFromCivil(2010, 12, 31));
  size_t meetings = 0, by_members = 0;
  for (ActorId actor : {1, 2, 5, 60, 222})
    for (int mask = 0; mask < 16; ++mask) {
      WhoMetOptions o{.actor = actor};
      o.planned = mask & 1, o.calls = mask & 2, o.members = mask & 4;
      if (mask & 8) o.window = window, o.with = 3;
      if (o.with == actor) continue;
      auto got = WhoMet(kg, o);
      REQUIRE_OK(got.status());
      auto expected = NaiveWhoMet(kg, o);
      REQUIRE(got->meetings.size() == expected.size());
      for (size_t i = 0; i < expected.size(); ++i) {
        CHECK(got->meetings[i].relation == std::get<0>(expected[i]));
        CHECK(got->meetings[i].who == std::get<1>(expected[i]));
        CHECK(got->meetings[i].partner == std::get<2>(expected[i]));
      }
      int total = 0;
      for (const PartnerSummary& p : got->partners) total += p.count;
      CHECK(total == static_cast<int>(expected.size()));
      meetings += expected.size();
      for (const Meeting& m : got->meetings) by_members += m.who != actor;
    }
  CHECK(meetings > 500);  // the comparison is not vacuous
  CHECK(by_members > 10);
}

TEST_CASE("query reference: ego networks equal a breadth-first scan") {
  const KnowledgeGraph& kg = Skewed();
  for (const RelationFilter& f : Filters())
    for (ActorId c : {1, 50, 299})
      for (int depth : {1, 2}) {
        auto dist = NaiveDistances(kg, c, f, depth);
        auto got = Ego(kg, {.center = c, .depth = depth, .filter = f});
        REQUIRE_OK(got.status());
        REQUIRE(got->nodes.size() == dist.size());
        for (const EgoNode& n : got->nodes) CHECK(dist.at(n.actor) == n.distance);
        std::vector<RelationId> inside;
        for (const Relation& r : kg.relations())
          if (dist.count(r.source) && dist.count(r.target) && f.Matches(r)) inside.push_back(r.id);
        CHECK(got->relations == inside);
      }
}

TEST_CASE("query reference: path lengths equal counting simple chains, and every hop is real") {
  // Sparser than Skewed(): counting every simple chain on the dense one would take long.
  static const KnowledgeGraph kg = testing::RandomGraph(99, 400, 700);
  size_t chains = 0;
  for (const RelationFilter& f : Filters())
    for (auto [a, b] : {std::pair<ActorId, ActorId>{10, 20}, {1, 300}, {77, 5}, {150, 151}}) {
      auto got = FindPaths(kg, {.from = a, .to = b, .max_hops = 4, .k = 4, .filter = f});
      REQUIRE_OK(got.status());
      REQUIRE_FALSE(got->cut);
      std::vector<int> lengths;
      std::set<std::vector<ActorId>> distinct;
      for (const ActorPath& p : got->paths) {
        lengths.push_back(static_cast<int>(p.hops.size()));
        std::vector<ActorId> actors{a};
        for (const PathHop& h : p.hops) {
          const Relation& r = kg.relation(h.relation);
          CHECK(f.Matches(r));
          CHECK(((r.source == h.from && r.target == h.to) ||
                 (r.source == h.to && r.target == h.from)));
          CHECK(h.relations == static_cast<int>(NaiveRelations(kg, h.from, h.to, f).size()));
          CHECK(h.from == actors.back());
          actors.push_back(h.to);
        }
        CHECK(actors.back() == b);
        CHECK(std::set<ActorId>(actors.begin(), actors.end()).size() == actors.size());
        distinct.insert(actors);
      }
      CHECK(distinct.size() == got->paths.size());
      CHECK(lengths == NaivePathLengths(kg, a, b, f, 4, 4));
      chains += got->paths.size();
    }
  CHECK(chains > 20);  // the comparison is not vacuous
}

TEST_CASE("query reference: actor card and dyad counts equal a scan") {
  const KnowledgeGraph& kg = Skewed();
  for (ActorId a : {1, 4, 100}) {
    auto p = ProfileActor(kg, {.actor = a, .top_partners = 1000});
    REQUIRE_OK(p.status());
    std::map<ActorId, int> partners;
    std::array<int, 5> quad{};
    int n = 0;
    for (const Relation& r : kg.relations()) {
      if (r.source != a && r.target != a) continue;
      ++n;
      int root = r.cameo.size() >= 2 ? std::stoi(r.cameo.substr(0, 2)) : 0;
      ++quad[root == 0 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4];
      if (r.source != r.target) ++partners[r.source == a ? r.target : r.source];
    }
    CHECK(p->relations == n);
    CHECK(p->by_quad == quad);
    CHECK(p->top_partners.size() == partners.size());
    for (const PartnerCount& c : p->top_partners) CHECK(partners[c.partner] == c.count);
    auto d = Dyad(kg, {.a = a, .b = 3});
    REQUIRE_OK(d.status());
    std::map<int, int> per_month;
    for (RelationId id : NaiveRelations(kg, a, 3, {}))
      if (!kg.relation(id).date.empty()) ++per_month[MonthIndex(kg.relation(id).date)];
    REQUIRE(d->months.size() == per_month.size());
    for (const DyadMonth& m : d->months) CHECK(per_month[m.month] == m.total);
  }
}

TEST_CASE("query reference: rank by degree equals counting relations per actor") {
  const KnowledgeGraph& kg = Skewed();
  auto r = Rank(kg, {.top = 10});
  REQUIRE_OK(r.status());
  std::map<ActorId, double> degree;
  for (const Relation& rel : kg.relations()) {
    ++degree[rel.source];
    if (rel.target != rel.source) ++degree[rel.target];
  }
  for (const RankedActor& a : r->actors) CHECK(a.score == degree[a.actor]);
  for (size_t i = 1; i < r->actors.size(); ++i) CHECK(r->actors[i - 1].score >= r->actors[i].score);
}

// Betweenness by definition: pairs (s, t) and the share of their shortest paths through v.
std::vector<double> NaiveBetweenness(const SimpleGraph& g) {
  size_t n = g.n;
  std::vector<std::vector<int>> adj(n);
  for (auto [a, b] : g.edges) adj[a].push_back(b), adj[b].push_back(a);
  std::vector<std::vector<int>> dist(n, std::vector<int>(n, -1));
  std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
  for (size_t s = 0; s < n; ++s) {
    std::vector<size_t> queue{s};
    dist[s][s] = 0, sigma[s][s] = 1;
    for (size_t i = 0; i < queue.size(); ++i)
      for (int w : adj[queue[i]]) {
        if (dist[s][w] < 0) dist[s][w] = dist[s][queue[i]] + 1, queue.push_back(w);
        if (dist[s][w] == dist[s][queue[i]] + 1) sigma[s][w] += sigma[s][queue[i]];
      }
  }
  std::vector<double> c(n, 0);
  for (size_t s = 0; s < n; ++s)
    for (size_t t = s + 1; t < n; ++t)
      for (size_t v = 0; v < n; ++v)
        if (v != s && v != t && dist[s][t] > 0 && dist[s][v] > 0 && dist[v][t] > 0 &&
            dist[s][v] + dist[v][t] == dist[s][t])
          c[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
  return c;
}

TEST_CASE("rank reference: Boost betweenness, our Brandes and the definition agree") {
  KnowledgeGraph kg = testing::RandomGraph(5, 60, 150);
  SimpleGraph g = CollapseRelations(kg, {}, false);
  std::vector<double> naive = NaiveBetweenness(g);
  std::vector<double> boost_exact = BetweennessExact(g);
  std::vector<uint32_t> all(g.n);
  for (uint32_t i = 0; i < g.n; ++i) all[i] = i;
  std::vector<double> ours = BetweennessFromSources(g, all);
  for (size_t v = 0; v < g.n; ++v) {
    CHECK(boost_exact[v] == doctest::Approx(naive[v]));
    CHECK(ours[v] == doctest::Approx(naive[v]));
  }
}

TEST_CASE("rank reference: PageRank equals plain power iteration") {
  KnowledgeGraph kg = testing::RandomGraph(8, 80, 400);
  SimpleGraph g = CollapseRelations(kg, {}, true);
  std::vector<double> got = PageRank(g, 1e-12, 500);
  std::vector<double> r(g.n, 1.0), out(g.n, 0);
  for (auto [a, b] : g.edges) ++out[a];
  for (int it = 0; it < 500; ++it) {
    std::vector<double> next(g.n, 0.15);
    for (auto [a, b] : g.edges) next[b] += 0.85 * r[a] / out[a];
    r = next;
  }
  double sum = 0;
  for (double x : r) sum += x;
  for (size_t v = 0; v < g.n; ++v) CHECK(got[v] == doctest::Approx(r[v] / sum).epsilon(1e-6));
}

}  // namespace
}  // namespace dipgraph
