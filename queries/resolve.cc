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

// "sergey lavrov" ends with the words "lavrov" (not "rov").
bool EndsWithWords(const std::string& key, const std::string& words) {
  return key.size() > words.size() && key[key.size() - words.size() - 1] == ' ' &&
         key.compare(key.size() - words.size(), words.size(), words) == 0;
}

// How far `candidate` is from the typed key, over the whole name and each tail of its words
// ("lavrof" is 1 from "sergey lavrov"); > max_distance when not worth suggesting. Only strings
// of about the typed length are compared, which keeps this cheap on 100,000 actors.
int Distance(const std::string& typed, const std::string& candidate, int max_distance) {
  int best = max_distance + 1;
  for (size_t start = 0; start < candidate.size();) {
    std::string_view tail(candidate.data() + start, candidate.size() - start);
    if (std::abs(static_cast<int>(tail.size()) - static_cast<int>(typed.size())) <= max_distance)
      best = std::min(best, EditDistance(typed, tail, max_distance));
    size_t space = candidate.find(' ', start);
    if (space == std::string::npos) break;
    start = space + 1;
  }
  return best;
}

// The people whose name or an alias ends with the typed words: "Lavrov", "Fogh Rasmussen".
std::vector<ActorId> PeopleBySurname(const KnowledgeGraph& kg, const std::string& typed) {
  std::vector<ActorId> out;
  for (const Actor& a : kg.actors()) {
    if (a.kind != ActorKind::kPerson) continue;
    bool match = EndsWithWords(NameKey(a.name), typed);
    for (size_t i = 0; i < a.aliases.size() && !match; ++i)
      match = EndsWithWords(NameKey(a.aliases[i]), typed);
    if (match) out.push_back(a.id);
  }
  return out;
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

namespace {

Status Ambiguous(const KnowledgeGraph& kg, std::string_view name, const std::vector<ActorId>& ids) {
  std::string list;
  for (ActorId id : ids) list += (list.empty() ? "" : ", ") + DescribeActor(kg, id);
  return Status::Invalid(
      fmt::format("'{}' is ambiguous: {}; give one as #ID", std::string(name), list));
}

}  // namespace

Result<ActorId> ResolveActor(const KnowledgeGraph& kg, std::string_view name) {
  std::vector<ActorId> ids = kg.FindByName(name);
  if (ids.size() == 1) return ids[0];
  if (ids.size() > 1) {
    // An actor's own name beats another's alias: "Russia" is Russia, though the Soviet Union was
    // called so too.
    std::vector<ActorId> named;
    for (ActorId id : ids)
      if (NameKey(kg.actor(id).name) == NameKey(name)) named.push_back(id);
    if (named.size() == 1) return named[0];
    return Ambiguous(kg, name, ids);
  }
  if (ActorId id = ParseId(name); id != 0) {
    if (kg.has_actor(id)) return id;
    return Status::NotFound(fmt::format("no actor with id {}", id));
  }
  // Another spelling of one person's name ("Sergey Lavrov", "Dmitry Anatolyevich Medvedev").
  if (ActorId id = kg.FindOnePerson(name)) return id;
  // A surname alone names a person when only one person has it.
  std::vector<ActorId> people = PeopleBySurname(kg, NameKey(name));
  if (people.size() == 1) return people[0];
  if (people.size() > 1) return Ambiguous(kg, name, people);
  std::string msg = fmt::format("no actor named '{}'", std::string(name));
  std::vector<ActorId> similar = SimilarActors(kg, name);
  for (size_t i = 0; i < similar.size(); ++i)
    msg += (i == 0 ? "; did you mean " : ", ") + DescribeActor(kg, similar[i]);
  return Status::NotFound(similar.empty() ? msg : msg + "?");
}

}  // namespace dipgraph
