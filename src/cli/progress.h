// A progress line on a terminal (documents, documents/s, ETA); silent when stderr is not a
// terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace dipgraph::cli {

class Progress {
 public:
  // `total_bytes` of input, for the ETA (0 when unknown).
  Progress(std::string what, size_t total_bytes);
  ~Progress() { Finish(); }
  void Step(size_t bytes);  // one more item of `bytes`
  void Finish();            // clears the line

 private:
  std::string what_;
  size_t total_bytes_, done_bytes_ = 0, items_ = 0;
  bool tty_, shown_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace dipgraph::cli
