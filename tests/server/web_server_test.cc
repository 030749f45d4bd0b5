// The HTTP front in process: a real server on an ephemeral loopback port, a cpp-httplib client,
// and the store reloaded when a writer commits.
#include "src/server/web_server.h"

#include <doctest/doctest.h>
#include <httplib.h>

#include <thread>

#include "graph/store.h"
#include "src/server/static_files.h"
#include "tests/server/server_fixture.h"

namespace dipgraph::testing {
namespace {

// Serves `source` on 127.0.0.1 and a free port for the life of the object.
class RunningServer {
 public:
  explicit RunningServer(std::shared_ptr<server::GraphSource> source) {
    server::ServerOptions options;
    options.port = 0;
    options.threads = 4;
    options.web_dir = server::DefaultWebDir();
    server_ = std::make_unique<server::WebServer>(std::move(source), options);
    REQUIRE_OK(server_->Bind());
    thread_ = std::thread([this] { (void)server_->Run(); });
    for (int i = 0; i < 200 && !server_->running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~RunningServer() {
    server_->Stop();
    thread_.join();
  }
  httplib::Client Client() const { return httplib::Client("127.0.0.1", server_->port()); }

 private:
  std::unique_ptr<server::WebServer> server_;
  std::thread thread_;
};

std::shared_ptr<server::GraphSource> Fixed() {
  ServerGraph g;
  return std::make_shared<server::FixedGraphSource>(
      std::make_shared<const KnowledgeGraph>(std::move(g.kg())));
}

TEST_CASE("serve: the API answers over HTTP with JSON and protective headers") {
  RunningServer s(Fixed());
  auto client = s.Client();
  auto res = client.Get("/api/who-met?actor=Sergey%20Lavrov");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "application/json");
  CHECK(res->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(res->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
        std::string::npos);
  CHECK(ParseJson(res->body)["meetings"][0]["partner"]["name"] == "Anders Fogh Rasmussen");
  auto missing = client.Get("/api/who-met?actor=Nobody");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(client.Get("/api/who-met")->status == 400);
}

TEST_CASE("serve: the page and its files are served, traversal is not") {
  RunningServer s(Fixed());
  auto client = s.Client();
  auto index = client.Get("/");
  REQUIRE(index);
  CHECK(index->status == 200);
  CHECK(index->body.find("<html") != std::string::npos);
  CHECK(client.Get("/app.js")->status == 200);
  const char* attacks[] = {"/../CMakeLists.txt",         "/%2e%2e/CMakeLists.txt",
                           "/%2e%2e%2fCMakeLists.txt",   "/..%5cCMakeLists.txt",
                           "/%252e%252e/CMakeLists.txt", "/%2fetc%2fpasswd"};
  for (const char* path : attacks) {
    CAPTURE(path);
    auto res = client.Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(res->body.find("cmake_minimum_required") == std::string::npos);
  }
}

TEST_CASE("serve: only GET, only to localhost") {
  RunningServer s(Fixed());
  auto client = s.Client();
  auto post = client.Post("/api/stats", "x", "text/plain");
  REQUIRE(post);
  CHECK(post->status == 405);
  auto rebound = client.Get("/api/stats", {{"Host", "evil.example:80"}});
  REQUIRE(rebound);
  CHECK(rebound->status == 403);
}

TEST_CASE("serve: a commit to the store is seen on the next request") {
  TempDir tmp;
  std::string db = tmp.Path("g.db");
  auto write = [&](const std::string& name) {
    auto store = Store::Open(db, Store::Mode::kReadWrite);
    REQUIRE_OK(store.status());
    KnowledgeGraph kg;
    REQUIRE_OK((*store)->Load(&kg));
    kg.AddActor(Actor{0, name, ActorKind::kCountry, {}, "", "", {}});
    REQUIRE_OK((*store)->Save(&kg));
  };
  write("Russia");
  auto source = std::make_shared<server::StoreGraphSource>(db);
  RunningServer s(source);
  auto client = s.Client();
  CHECK(ParseJson(client.Get("/api/stats")->body)["actors"].GetUint64() == 1);
  CHECK(ParseJson(client.Get("/api/stats")->body)["actors"].GetUint64() == 1);
  CHECK(source->loads() == 1);
  write("Georgia");
  CHECK(ParseJson(client.Get("/api/stats")->body)["actors"].GetUint64() == 2);
  CHECK(source->loads() == 2);
}

TEST_CASE("serve: loopback addresses are told apart from others") {
  CHECK(server::IsLoopback("127.0.0.1"));
  CHECK(server::IsLoopback("::1"));
  CHECK(server::IsLoopback("localhost"));
  CHECK_FALSE(server::IsLoopback("0.0.0.0"));
  CHECK_FALSE(server::IsLoopback("192.168.1.4"));
}

}  // namespace
}  // namespace dipgraph::testing
