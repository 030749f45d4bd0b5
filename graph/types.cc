#include "graph/types.h"

#include <array>

namespace dipgraph {

namespace {
constexpr std::array<std::string_view, 6> kKinds = {"country",  "organization", "person",
                                                    "location", "group",        "other"};
constexpr std::array<std::string_view, 4> kModalities = {"asserted", "planned", "hypothetical",
                                                         "negated"};
}  // namespace

std::string_view KindName(ActorKind kind) { return kKinds[static_cast<int>(kind)]; }

std::optional<ActorKind> ParseKind(std::string_view name) {
  for (size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i] == name) return static_cast<ActorKind>(i);
  return std::nullopt;
}

std::string_view ModalityName(Modality m) { return kModalities[static_cast<int>(m)]; }

std::optional<Modality> ParseModality(std::string_view name) {
  for (size_t i = 0; i < kModalities.size(); ++i)
    if (kModalities[i] == name) return static_cast<Modality>(i);
  return std::nullopt;
}

}  // namespace dipgraph
