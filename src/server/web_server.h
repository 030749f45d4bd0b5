// The HTTP front of `dipgraph serve` (cpp-httplib): GET /api/... to HandleApi over the current
// graph, every other GET to a file of the web folder. Bounded: GET and HEAD only, no body, short
// timeouts, a fixed pool of threads; on a loopback address only loopback Host headers are
// answered, so a web page elsewhere cannot reach the server through DNS rebinding.
#pragma once

#include <memory>
#include <string>

#include "graph/status.h"
#include "src/server/api.h"
#include "src/server/graph_source.h"

namespace httplib {
class Server;
}

namespace dipgraph::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 picks a free port
  std::string web_dir;
  ApiLimits limits{};
  size_t threads = 16;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

class WebServer {
 public:
  WebServer(std::shared_ptr<GraphSource> source, ServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the address (an error naming it when taken or invalid); port() then says which.
  Status Bind();
  int port() const { return port_; }
  // Serves until Stop(), from another thread.
  Status Run();
  void Stop();
  bool running() const;

 private:
  void Install();
  std::shared_ptr<GraphSource> source_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
};

}  // namespace dipgraph::server
