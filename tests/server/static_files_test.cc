// Static files: only plain names inside the web folder; traversal in every spelling is refused.
#include "src/server/static_files.h"

#include <doctest/doctest.h>

#include <fstream>

#include "tests/test_util.h"

namespace dipgraph::testing {
namespace {

struct WebDir {
  TempDir tmp;
  std::string web = tmp.Path("web");
  WebDir() {
    std::filesystem::create_directories(web + "/img");
    std::ofstream(web + "/index.html") << "<!doctype html>";
    std::ofstream(web + "/app.js") << "1";
    std::ofstream(web + "/img/logo.svg") << "<svg/>";
    std::ofstream(web + "/notes.md") << "#";
    std::ofstream(tmp.Path("secret.txt")) << "secret";
    std::filesystem::create_symlink(tmp.Path("secret.txt"), web + "/link.txt");
  }
};

TEST_CASE("static: / is index.html; files get their content type") {
  WebDir d;
  auto index = server::ResolveStatic(d.web, "/");
  REQUIRE(index);
  CHECK(index->content_type == "text/html; charset=utf-8");
  CHECK(index->path.ends_with("index.html"));
  CHECK(server::ResolveStatic(d.web, "/app.js")->content_type.starts_with("text/javascript"));
  CHECK(server::ResolveStatic(d.web, "/img/logo.svg"));
}

TEST_CASE("static: traversal, absolute paths, hidden and unknown files are refused") {
  WebDir d;
  const char* refused[] = {
      "/../secret.txt",
      "/img/../../secret.txt",
      "/..",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "//etc/passwd",
      "/etc/passwd",
      "/img\\..\\..\\secret.txt",
      "/.hidden",
      "/img/./logo.svg",
      "/notes.md",
      "/missing.html",
      "/link.txt",
      "",
      "relative.js",
      "/img/",
  };
  for (const char* path : refused) {
    CAPTURE(path);
    CHECK_FALSE(server::ResolveStatic(d.web, path));
  }
}

TEST_CASE("static: the default web folder holds the page") {
  CHECK(server::ResolveStatic(server::DefaultWebDir(), "/"));
  CHECK(server::ResolveStatic(server::DefaultWebDir(), "/app.js"));
  CHECK(server::ResolveStatic(server::DefaultWebDir(), "/style.css"));
}

}  // namespace
}  // namespace dipgraph::testing
