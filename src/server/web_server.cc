#include "src/server/web_server.h"

#include <fmt/format.h>
#include <httplib.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "src/server/json.h"
#include "src/server/static_files.h"

namespace dipgraph::server {

namespace {

constexpr size_t kMaxBody = 1024;

const httplib::Headers& SecurityHeaders() {
  static const httplib::Headers headers = {
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-cache"},
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"},
  };
  return headers;
}

void Send(httplib::Response& res, const HttpReply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// "127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1".
std::string HostOfHeader(const std::string& header) {
  if (!header.empty() && header[0] == '[') {
    size_t close = header.find(']');
    return close == std::string::npos ? header : header.substr(1, close - 1);
  }
  return header.substr(0, header.find(':'));
}

bool ReadWhole(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

WebServer::WebServer(std::shared_ptr<GraphSource> source, ServerOptions options)
    : source_(std::move(source)),
      options_(std::move(options)),
      http_(std::make_unique<httplib::Server>()) {
  Install();
}

WebServer::~WebServer() { Stop(); }

void WebServer::Install() {
  httplib::Server& s = *http_;
  size_t threads = options_.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.set_payload_max_length(kMaxBody);
  s.set_read_timeout(5, 0);
  s.set_write_timeout(10, 0);
  s.set_keep_alive_timeout(5);
  s.set_keep_alive_max_count(1000);
  s.set_tcp_nodelay(true);  // headers and body go out in two writes: no 40 ms Nagle wait
  s.set_default_headers(SecurityHeaders());
  bool loopback = IsLoopback(options_.host);
  s.set_pre_routing_handler([loopback](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
      Send(res, ErrorReply(405, "only GET is served"));
      return httplib::Server::HandlerResponse::Handled;
    }
    if (loopback && !IsLoopback(HostOfHeader(req.get_header_value("Host")))) {
      Send(res, ErrorReply(403, "this server answers only requests addressed to localhost"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  s.Get(R"(/api/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
    auto graph = source_->Get();
    if (!graph.ok()) return Send(res, ErrorReply(503, graph.status().message()));
    QueryParams params(req.params.begin(), req.params.end());
    Send(res, HandleApi(**graph, req.matches[1].str(), params, options_.limits));
  });
  s.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    auto file = ResolveStatic(options_.web_dir, req.path);
    std::string body;
    if (!file || !ReadWhole(file->path, &body)) {
      res.status = 404;
      return res.set_content("not found\n", "text/plain; charset=utf-8");
    }
    res.set_content(body, file->content_type.c_str());
  });
  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Send(res, ErrorReply(500, "internal error"));
  });
  s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    if (res.status >= 500)
      std::cerr << fmt::format("serve: {} {} -> {}\n", req.method, req.path, res.status);
  });
}

Status WebServer::Bind() {
  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(options_.host);
    if (port_ < 0) port_ = 0;
  } else if (http_->bind_to_port(options_.host, options_.port)) {
    port_ = options_.port;
  }
  if (port_ == 0)
    return Status::IoError(fmt::format("cannot listen on {}:{} (address in use or invalid)",
                                       options_.host, options_.port));
  return Status::Ok();
}

Status WebServer::Run() {
  if (!http_->listen_after_bind()) return Status::IoError("the server stopped with an error");
  return Status::Ok();
}

void WebServer::Stop() {
  if (http_) http_->stop();
}

bool WebServer::running() const { return http_->is_running(); }

}  // namespace dipgraph::server
