#include "viz/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <mutex>

#include "viz/subgraph.h"

namespace dipgraph::viz {

namespace {

constexpr std::array<std::string_view, 7> kLayouts = {"dot",   "neato", "fdp",  "sfdp",
                                                      "circo", "twopi", "osage"};
constexpr std::array<std::string_view, 3> kFormats = {"svg", "png", "pdf"};

// Graphviz keeps global state (error handler, parser): one caller at a time.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

std::string& Captured() {
  static std::string text;
  return text;
}

int CaptureMessage(char* text) {
  Captured() += text;
  return 0;
}

// Sends Graphviz's warnings and errors to Captured() instead of stderr while it lives.
class ErrorCapture {
 public:
  ErrorCapture() : previous_fn_(agseterrf(CaptureMessage)), previous_level_(agseterr(AGWARN)) {
    Captured().clear();
    agreseterrors();
  }
  ~ErrorCapture() {
    agseterrf(previous_fn_);
    agseterr(previous_level_);
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  Status Error(const std::string& what) const {
    std::string text = Captured();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return Status::Invalid("graphviz: " + what + (text.empty() ? "" : ": " + text));
  }

 private:
  agusererrf previous_fn_;
  agerrlevel_t previous_level_;
};

// gvContext loads the plugin configuration: made once, kept for the process.
GVC_t* Context() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

std::string ChooseLayout(Agraph_t* g, const std::string& requested) {
  if (!requested.empty()) return requested;
  const char* own = agget(g, const_cast<char*>("layout"));
  if (own != nullptr && *own != '\0') return own;
  return LayoutFor(static_cast<size_t>(agnnodes(g)), static_cast<size_t>(agnedges(g)), "");
}

Status LayOutAndRender(GVC_t* gvc, Agraph_t* g, const std::string& layout,
                       const std::string& format, const ErrorCapture& capture, std::string* out) {
  // The graph's own layout attribute would win over gvLayout's argument.
  agsafeset(g, const_cast<char*>("layout"), const_cast<char*>(layout.c_str()),
            const_cast<char*>(""));
  if (gvLayout(gvc, g, layout.c_str()) != 0) return capture.Error("layout '" + layout + "' failed");
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, g, format.c_str(), &data, &length);
  if (rc == 0 && data != nullptr) out->assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  if (rc != 0) return capture.Error("rendering '" + format + "' failed");
  return Status::Ok();
}

}  // namespace

bool IsKnownLayout(std::string_view layout) {
  for (std::string_view l : kLayouts)
    if (l == layout) return true;
  return false;
}

bool IsKnownFormat(std::string_view format) {
  for (std::string_view f : kFormats)
    if (f == format) return true;
  return false;
}

Status RenderDot(const std::string& dot, const std::string& layout, const std::string& format,
                 std::string* out) {
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  ErrorCapture capture;
  GVC_t* gvc = Context();
  if (gvc == nullptr) return capture.Error("cannot create a context");
  Agraph_t* g = agmemread(dot.c_str());
  if (g == nullptr) return capture.Error("cannot read the DOT text");
  Status st = LayOutAndRender(gvc, g, ChooseLayout(g, layout), format, capture, out);
  agclose(g);
  return st;
}

}  // namespace dipgraph::viz
