#include "queries/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "graph/name_key.h"

namespace dipgraph {

namespace {

// "#12" or "12" -> 12; 0 when `name` is not an id.
ActorId ParseId(std::string_view name) {
  if (!name.empty() && name[0] == '#') name.remove_prefix(1);
  ActorId id = 0;
  auto [ptr, ec] = std::from_chars(name.data(), name.data() + name.size(), id);
  return ec == std::errc() && ptr == name.data() + name.size() ? id : 0;
}

bool HasWord(const std::string& key, const std::string& word) {
  for (size_t pos = key.find(word); pos != std::string::npos; pos = key.find(word, pos + 1)) {
    bool starts = pos == 0 || key[pos - 1] == ' ';
    bool ends = pos + word.size() == key.size() || key[pos + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// How far `candidate` is from the typed key; > max_distance when it is not worth suggesting.
int Distance(const std::string& typed, const std::string& candidate, int max_distance) {
  int len_diff = std::abs(static_cast<int>(typed.size()) - static_cast<int>(candidate.size()));
  if (len_diff <= max_distance) {
    int d = EditDistance(typed, candidate, max_distance);
    if (d <= max_distance) return d;
  }
  // "lavrov" suggests "sergey lavrov": cheaper than an edit-distance over every name.
  if (typed.size() >= 3 && HasWord(candidate, typed)) return max_distance;
  return max_distance + 1;
}

}  // namespace

std::string DescribeActor(const KnowledgeGraph& kg, ActorId id) {
  const Actor& a = kg.actor(id);
  return fmt::format("{} ({}, #{})", a.name, KindName(a.kind), id);
}

std::vector<ActorId> SimilarActors(const KnowledgeGraph& kg, std::string_view name, size_t max) {
  std::string typed = NameKey(name);
  if (typed.empty()) return {};
  int max_distance = std::max(1, static_cast<int>(typed.size()) / 4);
  std::vector<std::pair<int, ActorId>> found;
  for (const Actor& a : kg.actors()) {
    int best = Distance(typed, NameKey(a.name), max_distance);
    for (const std::string& alias : a.aliases)
      best = std::min(best, Distance(typed, NameKey(alias), max_distance));
    if (best <= max_distance) found.emplace_back(best, a.id);
  }
  std::sort(found.begin(), found.end());
  std::vector<ActorId> out;
  for (size_t i = 0; i < found.size() && i < max; ++i) out.push_back(found[i].second);
  return out;
}

Result<ActorId> ResolveActor(const KnowledgeGraph& kg, std::string_view name) {
  std::vector<ActorId> ids = kg.FindByName(name);
  if (ids.size() == 1) return ids[0];
  if (ids.size() > 1) {
    std::string list;
    for (ActorId id : ids) list += (list.empty() ? "" : ", ") + DescribeActor(kg, id);
    return Status::Invalid(
        fmt::format("'{}' is ambiguous: {}; give one as #ID", std::string(name), list));
  }
  if (ActorId id = ParseId(name); id != 0) {
    if (kg.has_actor(id)) return id;
    return Status::NotFound(fmt::format("no actor with id {}", id));
  }
  std::string msg = fmt::format("no actor named '{}'", std::string(name));
  std::vector<ActorId> similar = SimilarActors(kg, name);
  for (size_t i = 0; i < similar.size(); ++i)
    msg += (i == 0 ? "; did you mean " : ", ") + DescribeActor(kg, similar[i]);
  return Status::NotFound(similar.empty() ? msg : msg + "?");
}

}  // namespace dipgraph
