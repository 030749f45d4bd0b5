#include "queries/dyad_svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "queries/query_util.h"

namespace dipgraph {

namespace {

constexpr int kWidth = 760, kHeight = 380;
constexpr int kLeft = 56, kRight = 190, kTop = 48, kBottom = 56;
constexpr int kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;

struct Series {
  const char* label;
  const char* colour;
};
constexpr Series kQuads[4] = {{"verbal cooperation", "#2b8cbe"},
                              {"material cooperation", "#31a354"},
                              {"verbal conflict", "#fd8d3c"},
                              {"material conflict", "#de2d26"}};

// Counts per month from the first to the last, gaps filled with zero months.
std::vector<DyadMonth> Continuous(const DyadResult& d) {
  std::vector<DyadMonth> out;
  if (d.months.empty()) return out;
  for (int m = d.months.front().month; m <= d.months.back().month; ++m) out.push_back({.month = m});
  for (const DyadMonth& m : d.months) out[m.month - d.months.front().month] = m;
  return out;
}

double X(size_t i, size_t n) { return kLeft + (n <= 1 ? kPlotW / 2.0 : kPlotW * i / (n - 1.0)); }
double Y(double value, double max) { return kTop + kPlotH - kPlotH * value / max; }

void Axes(const std::vector<DyadMonth>& months, int max, std::ostream& out) {
  out << fmt::format(R"(<g stroke="#999" fill="none"><path d="M{} {}V{}H{}"/></g>)", kLeft, kTop,
                     kTop + kPlotH, kLeft + kPlotW)
      << "\n";
  for (int i = 0; i <= 4; ++i) {
    double v = max * i / 4.0;
    out << fmt::format(R"(<text x="{}" y="{:.1f}" text-anchor="end">{:g}</text>)", kLeft - 6,
                       Y(v, max) + 4, std::round(v * 10) / 10)
        << "\n";
  }
  size_t step = std::max<size_t>(1, (months.size() + 11) / 12);
  for (size_t i = 0; i < months.size(); i += step)
    out << fmt::format(R"(<text x="{:.1f}" y="{}" text-anchor="middle">{}</text>)",
                       X(i, months.size()), kTop + kPlotH + 18, FormatMonth(months[i].month))
        << "\n";
  out << fmt::format(
             "<text x=\"14\" y=\"{}\" transform=\"rotate(-90 14 {})\" "
             "text-anchor=\"middle\">relations per month</text>",
             kTop + kPlotH / 2, kTop + kPlotH / 2)
      << "\n";
}

void Lines(const std::vector<DyadMonth>& months, int max, std::ostream& out) {
  for (int q = 0; q < 4; ++q) {
    std::string points;
    for (size_t i = 0; i < months.size(); ++i)
      points += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", X(i, months.size()),
                            Y(months[i].quad[q], max));
    out << fmt::format(R"(<polyline fill="none" stroke="{}" stroke-width="2" points="{}"/>)",
                       kQuads[q].colour, points)
        << "\n";
  }
  // Goldstein runs from -10 (most hostile) to +10 (most cooperative): its own dashed line.
  std::string points;
  for (size_t i = 0; i < months.size(); ++i)
    if (months[i].goldstein_n > 0)
      points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", X(i, months.size()),
                            Y(months[i].goldstein + 10, 20));
  out << fmt::format(R"(<polyline fill="none" stroke="#555" stroke-dasharray="4 3" points="{}"/>)",
                     points)
      << "\n";
}

void Legend(std::ostream& out) {
  int x = kLeft + kPlotW + 16, y = kTop + 8;
  for (int q = 0; q < 4; ++q, y += 20)
    out << fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}"/>)", x, y - 10,
                       kQuads[q].colour)
        << fmt::format(R"(<text x="{}" y="{}">{}</text>)", x + 18, y, kQuads[q].label) << "\n";
  out << fmt::format(R"(<path d="M{} {}h12" stroke="#555" stroke-dasharray="4 3"/>)", x, y - 4)
      << fmt::format(R"(<text x="{}" y="{}">mean Goldstein</text>)", x + 18, y) << "\n"
      << fmt::format(R"(<text x="{}" y="{}" fill="#777">(-10 bottom, +10 top)</text>)", x + 18,
                     y + 16)
      << "\n";
}

}  // namespace

std::string XmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteDyadSvg(const DyadResult& dyad, const std::string& title, std::ostream& out) {
  std::vector<DyadMonth> months = Continuous(dyad);
  int max = 1;
  for (const DyadMonth& m : months)
    for (int n : m.quad) max = std::max(max, n);
  max = (max + 3) / 4 * 4;  // whole numbers on the four grid steps
  out << fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" )"
                     R"(viewBox="0 0 {} {}" font-family="sans-serif" font-size="11">)",
                     kWidth, kHeight, kWidth, kHeight)
      << "\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << fmt::format(R"(<text x="{}" y="24" font-size="15">{}</text>)", kLeft, XmlEscape(title))
      << "\n";
  if (months.empty()) {
    out << fmt::format(R"(<text x="{}" y="{}">no dated relations</text>)", kLeft, kTop + 40)
        << "\n</svg>\n";
    return;
  }
  Axes(months, max, out);
  Lines(months, max, out);
  Legend(out);
  out << "</svg>\n";
}

}  // namespace dipgraph
