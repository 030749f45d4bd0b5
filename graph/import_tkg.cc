#include "graph/import_tkg.h"

#include <fmt/format.h>

#include "graph/import_icews.h"
#include "graph/name_key.h"

namespace dipgraph {

namespace {

// Relation names seen in TKG and ICEWS releases that are not a CAMEO label of data/cameo.tsv.
constexpr std::pair<std::string_view, std::string_view> kRelationVariants[] = {
    {"make a statement", "010"},
    {"express intent to meet", "036"},
    {"meet at third location", "044"},
    {"use military force", "190"},
    {"threaten with military force", "138"},
    {"accuse", "112"},
    {"appeal", "020"},
};

std::unordered_map<std::string, const CameoCode*> BuildLabelIndex() {
  std::unordered_map<std::string, const CameoCode*> index;
  for (const CameoCode& c : AllCameoCodes()) {
    const CameoCode*& slot = index[NameKey(c.label)];
    // A root and its first child share a label ("04 consult", "040 consult"): the child codes the
    // event itself, the root only its family.
    if (!slot || c.code.size() > slot->code.size()) slot = &c;
  }
  for (const auto& [name, code] : kRelationVariants) {
    std::string key = NameKey(name);
    if (!index.count(key))
      if (const CameoCode* c = LookupCameo(code)) index[key] = c;
  }
  return index;
}

}  // namespace

const CameoCode* CameoForRelationName(std::string_view name) {
  static const auto index = BuildLabelIndex();
  auto it = index.find(NameKey(name));
  return it == index.end() ? nullptr : it->second;
}

std::string NormalizeTkgName(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) {
    if (c == '_' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool TkgFormat::IsHeader(std::string_view first_line) const {
  std::string key = NameKey(first_line.substr(0, first_line.find('\t')));
  return key == "head" || key == "subject" || key == "source" || key == "h";
}

std::optional<RowError> TkgFormat::ImportLine(std::string_view line, Importer& imp) {
  SplitFields(line, '\t', &fields_);
  const auto& f = fields_;
  if (f.size() != 4 && f.size() != 5)
    return RowError{"", fmt::format("expected 4 or 5 tab-separated columns, found {}", f.size())};
  std::string_view head = Trim(f[0]), tail = Trim(f[2]);
  if (head.empty()) return RowError{"head", "empty"};
  if (tail.empty()) return RowError{"tail", "empty"};
  size_t head_hash = Importer::ActorKeyHash(head), tail_hash = Importer::ActorKeyHash(tail);
  imp.PrefetchActor(head_hash);
  imp.PrefetchActor(tail_hash);
  size_t relation_hash = StringTable<const CameoCode*>::Hash(f[1]);
  const CameoCode* const* code = relations_.Find(f[1], relation_hash);
  if (!code) {
    relations_.Insert(f[1], relation_hash, CameoForRelationName(f[1]));
    code = relations_.Find(f[1], relation_hash);
  }
  if (!*code) return RowError{"relation", fmt::format("'{}' matches no CAMEO event name", f[1])};
  auto day = day_(Trim(f[3]));
  if (!day) return RowError{"date", fmt::format("'{}' is not a date (YYYY-MM-DD)", f[3])};
  auto spec = [](std::string_view raw) {
    return [raw] { return IcewsActorSpec(NormalizeTkgName(raw), "", ""); };
  };
  Relation r;
  r.source = imp.Actor(head, head_hash, spec(head));
  r.target = imp.Actor(tail, tail_hash, spec(tail));
  r.cameo = (*code)->code;
  r.date = DateRange::Day(*day);
  imp.AddEvent(std::move(r));
  return std::nullopt;
}

}  // namespace dipgraph
