#include "viz/event_text.h"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "graph/cameo.h"

namespace dipgraph::viz {

namespace {

constexpr std::array<std::string_view, 5> kQuadNames = {
    "", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"};

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

std::string WindowText(const DateRange& w) {
  bool open_begin = w.begin <= DaysFromCivil(1, 1, 1);
  bool open_end = w.end >= DaysFromCivil(9999, 12, 31);
  if (open_begin && open_end) return "";
  if (open_begin) return "until " + FormatDay(w.end);
  if (open_end) return "since " + FormatDay(w.begin);
  return "dates " + SpanText(w.begin, w.end);
}

}  // namespace

std::string CodeLabel(std::string_view cameo) {
  const CameoCode* c = LookupCameo(cameo);
  return c ? c->label : fmt::format("CAMEO {}", cameo);
}

double GoldsteinOf(std::string_view cameo) {
  const CameoCode* c = LookupCameo(cameo);
  return c ? c->goldstein : 0.0;
}

int QuadOf(std::string_view cameo) {
  const CameoCode* c = LookupCameo(cameo);
  return c ? c->quad_class : 0;
}

std::string DateText(const DateRange& date) {
  return date.empty() ? "undated" : FormatDateRange(date);
}

std::string SpanText(int begin, int end) {
  return begin == end ? FormatDay(begin) : FormatDay(begin) + " to " + FormatDay(end);
}

std::string FilterText(const RelationFilter& filter) {
  std::vector<std::string> parts;
  if (!filter.window.empty()) {
    std::string w = WindowText(filter.window);
    if (!w.empty()) parts.push_back(w);
  }
  if (!filter.code_prefix.empty()) parts.push_back(fmt::format("CAMEO {}*", filter.code_prefix));
  if (filter.quad_class >= 1 && filter.quad_class <= 4)
    parts.push_back(fmt::format("quad {} ({})", filter.quad_class, kQuadNames[filter.quad_class]));
  std::vector<std::string> modalities;
  for (Modality m :
       {Modality::kAsserted, Modality::kPlanned, Modality::kHypothetical, Modality::kNegated})
    if (filter.modalities & ModalityBit(m)) modalities.emplace_back(ModalityName(m));
  if (!modalities.empty()) parts.push_back(Join(modalities, ", "));
  return Join(parts, "; ");
}

}  // namespace dipgraph::viz
