#include "src/cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace dipgraph::cli {

Progress::Progress(std::string what, size_t total_bytes)
    : what_(std::move(what)),
      total_bytes_(total_bytes),
      tty_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Step(size_t bytes) {
  ++items_;
  done_bytes_ += bytes;
  if (!tty_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? items_ / secs : 0;
  std::string eta = "?";
  if (total_bytes_ > 0 && done_bytes_ > 0 && done_bytes_ <= total_bytes_) {
    double left = secs * (static_cast<double>(total_bytes_) / done_bytes_ - 1);
    eta = fmt::format("{:.0f}s", left);
  }
  int percent = total_bytes_ ? static_cast<int>(100.0 * done_bytes_ / total_bytes_) : 0;
  fmt::print(stderr, "\r{} {} ({}%), {:.0f}/s, ETA {}   ", what_, items_, std::min(percent, 100),
             rate, eta);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::Finish() {
  if (!shown_) return;
  fmt::print(stderr, "\r\033[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace dipgraph::cli
