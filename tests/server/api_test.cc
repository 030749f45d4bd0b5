// The JSON API called directly (no sockets): every endpoint, bad input, unknown actors, limits,
// and escaping of what the graph holds.
#include "src/server/api.h"

#include <doctest/doctest.h>

#include "tests/server/server_fixture.h"

namespace dipgraph::testing {
namespace {

using server::QueryParams;

std::string Str(const rapidjson::Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

TEST_CASE("api actors: q suggests the actors whose name contains it") {
  ServerGraph g;
  auto reply = Get(g.kg(), "actors", {{"q", "lavrov"}});
  REQUIRE(reply.status == 200);
  auto d = ParseJson(reply.body);
  REQUIRE(d["actors"].Size() == 1);
  CHECK(Str(d["actors"][0]["name"]) == "Sergey Lavrov");
  CHECK(Str(d["actors"][0]["kind"]) == "person");
  CHECK(ParseJson(Get(g.kg(), "actors", {{"limit", "2"}}).body)["actors"].Size() == 2);
}

TEST_CASE("api actor: the card with roles and partners; unknown ids 404, bad ids 400") {
  ServerGraph g;
  auto reply = Get(g.kg(), "actor/" + std::to_string(g.Id("Sergey Lavrov")));
  REQUIRE(reply.status == 200);
  auto d = ParseJson(reply.body);
  CHECK(Str(d["roles"][0]["role"]) == "foreign minister");
  CHECK(Str(d["roles"][0]["of"]["name"]) == "Russia");
  CHECK(Str(d["top_partners"][0]["partner"]["name"]) == "Anders Fogh Rasmussen");
  CHECK(Get(g.kg(), "actor/999").status == 404);
  CHECK(Get(g.kg(), "actor/abc").status == 400);
  CHECK(Get(g.kg(), "actor/-1").status == 400);
  CHECK(Get(g.kg(), "actor/1", {{"from", "yesterday"}}).status == 400);
}

TEST_CASE("api stats: counts of documents, actors and relations, and the date range") {
  ServerGraph g;
  auto d = ParseJson(Get(g.kg(), "stats").body);
  CHECK(d["actors"].GetUint64() == g.kg().actor_count());
  CHECK(d["relations"].GetUint64() == 5);
  CHECK(Str(d["first_date"]) == "2010-11-03");
  CHECK(Str(d["last_date"]) == "2011-01-10");
  CHECK(Get(g.kg(), "stats", {{"x", "1"}}).status == 400);
}

TEST_CASE("api who-met: Lavrov met Rasmussen, with the caption and its source as evidence") {
  ServerGraph g;
  auto reply = Get(g.kg(), "who-met", {{"actor", "Lavrov"}});
  REQUIRE(reply.status == 200);
  auto d = ParseJson(reply.body);
  REQUIRE(d["meetings"].Size() == 1);
  const auto& m = d["meetings"][0];
  CHECK(Str(m["partner"]["name"]) == "Anders Fogh Rasmussen");
  CHECK(Str(m["date"]) == "2010-11-03");
  CHECK(Str(m["place"]) == "Moscow");
  CHECK(Str(m["evidence"][0]["text"]) == kCaption);
  CHECK(Str(m["evidence"][0]["source"]) == "reuters-doc1.txt");
}

TEST_CASE("api who-met: planned meetings only when asked; dates narrow; with picks a partner") {
  ServerGraph g;
  std::string russia = std::to_string(g.Id("Russia"));
  CHECK(ParseJson(Get(g.kg(), "who-met", {{"actor", russia}}).body)["total"].GetUint64() == 2);
  auto planned = ParseJson(Get(g.kg(), "who-met", {{"actor", russia}, {"planned", "1"}}).body);
  CHECK(planned["total"].GetUint64() == 3);
  auto window = Get(g.kg(), "who-met", {{"actor", russia}, {"from", "2011"}, {"to", "2011-12"}});
  CHECK(ParseJson(window.body)["total"].GetUint64() == 1);
  auto with = Get(g.kg(), "who-met", {{"actor", russia}, {"with", "NATO"}});
  CHECK(ParseJson(with.body)["total"].GetUint64() == 1);
}

TEST_CASE("api: bad parameters are 400 with a JSON error naming them") {
  ServerGraph g;
  struct Row {
    std::string route;
    QueryParams params;
    std::string mention;
  };
  std::vector<Row> rows = {
      {"who-met", {}, "actor"},
      {"who-met", {{"actor", "Lavrov"}, {"from", "2010-13-45"}}, "from"},
      {"who-met", {{"actor", "Lavrov"}, {"planned", "maybe"}}, "planned"},
      {"who-met", {{"actor", "Lavrov"}, {"limit", "1000000"}}, "limit"},
      {"who-met", {{"actor", "Lavrov"}, {"sql", "1; DROP TABLE actors"}}, "sql"},
      {"who-met", {{"actor", "Lavrov"}, {"from", "2011"}, {"to", "2010"}}, "after"},
      {"who-met", {{"actor", std::string(300, 'x')}}, "longer"},
      {"relations", {{"actor", "Russia"}, {"code", "4x"}}, "code"},
      {"relations", {{"actor", "Russia"}, {"quad", "7"}}, "quad"},
      {"relations", {{"actor", "Russia"}, {"modality", "maybe"}}, "modality"},
      {"path", {{"from", "Russia"}, {"to", "Russia"}}, "same"},
      {"path", {{"from", "Russia"}, {"to", "NATO"}, {"max_hops", "99"}}, "max_hops"},
      {"path", {{"from", "Russia"}, {"to", "NATO"}, {"k", "50"}}, "k"},
      {"dyad", {{"a", "NATO"}, {"b", "NATO"}}, "same"},
      {"dyad", {{"a", "NATO"}}, "b"},
      {"render.svg", {{"ego", "Russia"}, {"depth", "9"}}, "depth"},
      {"render.svg", {{"ego", "Russia"}, {"max_nodes", "100000"}}, "max_nodes"},
  };
  for (const Row& row : rows) {
    auto reply = Get(g.kg(), row.route, row.params);
    CAPTURE(row.route);
    CAPTURE(reply.body);
    CHECK(reply.status == 400);
    auto d = ParseJson(reply.body);
    CHECK(Str(d["error"]).find(row.mention) != std::string::npos);
  }
}

TEST_CASE("api: repeated parameters are refused") {
  ServerGraph g;
  QueryParams twice = {{"actor", "Lavrov"}, {"actor", "NATO"}};
  CHECK(Get(g.kg(), "who-met", twice).status == 400);
}

TEST_CASE("api: unknown actors are 404 with did-you-mean; unknown endpoints 404") {
  ServerGraph g;
  auto reply = Get(g.kg(), "who-met", {{"actor", "Lavrof"}});
  CHECK(reply.status == 404);
  CHECK(Str(ParseJson(reply.body)["error"]).find("Sergey Lavrov") != std::string::npos);
  CHECK(Get(g.kg(), "relations", {{"actor", "#999"}}).status == 404);
  CHECK(Get(g.kg(), "dyad", {{"a", "Nobody"}, {"b", "NATO"}}).status == 404);
  CHECK(Get(g.kg(), "render.svg", {{"ego", "Nobody"}}).status == 404);
  CHECK(Get(g.kg(), "drop-tables").status == 404);
}

TEST_CASE("api relations: a pair's relations in date order, limited by limit") {
  ServerGraph g;
  auto d = ParseJson(Get(g.kg(), "relations", {{"actor", "Russia"}, {"with", "NATO"}}).body);
  REQUIRE(d["relations"].Size() == 3);
  CHECK(Str(d["relations"][0]["date"]) == "2010-11-19");
  CHECK(Str(d["relations"][0]["modality"]) == "planned");
  auto limited = Get(g.kg(), "relations", {{"actor", "Russia"}, {"limit", "1"}});
  auto l = ParseJson(limited.body);
  CHECK(l["relations"].Size() == 1);
  CHECK(l["total"].GetUint64() == 4);
}

TEST_CASE("api timeline: events grouped by month") {
  ServerGraph g;
  auto d = ParseJson(Get(g.kg(), "timeline", {{"actor", "Russia"}, {"with", "NATO"}}).body);
  REQUIRE(d["months"].Size() == 3);
  CHECK(Str(d["months"][0]["month"]) == "2010-11");
  CHECK(d["months"][0]["count"].GetUint64() == 1);
  CHECK(d["total"].GetUint64() == 3);
}

TEST_CASE("api path: the chain from the markup-named actor to NATO goes through Russia") {
  ServerGraph g;
  auto reply =
      Get(g.kg(), "path", {{"from", "#" + std::to_string(g.Id(kScriptName))}, {"to", "NATO"}});
  REQUIRE(reply.status == 200);
  auto d = ParseJson(reply.body);
  REQUIRE(d["paths"].Size() == 1);
  REQUIRE(d["paths"][0].Size() == 2);
  CHECK(Str(d["paths"][0][1]["from"]["name"]) == "Russia");
  CHECK(d["paths"][0][1]["relations"].GetInt() == 3);
  auto none = ParseJson(Get(g.kg(), "path", {{"from", "Lavrov"}, {"to", "NATO"}}).body);
  CHECK(none["paths"].Size() == 0);
}

TEST_CASE("api path: a search cut off without a chain is 503 with what to do") {
  ServerGraph g;
  server::ApiLimits limits;
  limits.max_path_work = 1;
  QueryParams q = {{"from", "#" + std::to_string(g.Id(kScriptName))}, {"to", "NATO"}};
  auto reply = server::HandleApi(g.kg(), "path", q, limits);
  CHECK(reply.status == 503);
  CHECK(reply.body.find("cut off") != std::string::npos);
}

TEST_CASE("api dyad: Russia and NATO month by month") {
  ServerGraph g;
  auto d = ParseJson(Get(g.kg(), "dyad", {{"a", "Russia"}, {"b", "NATO"}}).body);
  CHECK(d["total"].GetInt() == 3);
  REQUIRE(d["months"].Size() == 3);
  CHECK(d["months"][1]["material_conflict"].GetInt() == 1);
}

TEST_CASE("api render.svg: the ego diagram links each actor to its page") {
  ServerGraph g;
  auto reply = Get(g.kg(), "render.svg", {{"ego", "Russia"}, {"from", "2010"}, {"to", "2011"}});
  REQUIRE(reply.status == 200);
  CHECK(reply.content_type.starts_with("image/svg+xml"));
  CHECK(reply.body.find("<svg") != std::string::npos);
  CHECK(reply.body.find("#/actor/" + std::to_string(g.Id("NATO"))) != std::string::npos);
}

TEST_CASE("api render.svg: a diagram past the limits is refused with 413") {
  ServerGraph g;
  server::ApiLimits limits;
  limits.max_render_relations = 1;
  auto reply = server::HandleApi(g.kg(), "render.svg", {{"ego", "Russia"}}, limits);
  CHECK(reply.status == 413);
  CHECK(reply.body.find("narrow") != std::string::npos);
}

TEST_CASE("api escaping: an actor named <script> comes back as JSON text, never as markup") {
  ServerGraph g;
  auto reply = Get(g.kg(), "actors", {{"q", "script"}});
  CHECK(reply.body.find('<') == std::string::npos);
  CHECK(reply.body.find("\\u003cscript\\u003e") != std::string::npos);
  CHECK(Str(ParseJson(reply.body)["actors"][0]["name"]) == kScriptName);
  auto met = Get(g.kg(), "who-met", {{"actor", "Russia"}});
  CHECK(met.body.find('<') == std::string::npos);
  CHECK(met.body.find('>') == std::string::npos);
  auto err = Get(g.kg(), "who-met", {{"actor", "<img src=x onerror=alert(1)>"}});
  CHECK(err.status == 404);
  CHECK(err.body.find('<') == std::string::npos);
}

TEST_CASE("api escaping: in the SVG the <script> name is text, not an element") {
  ServerGraph g;
  auto reply = Get(g.kg(), "render.svg", {{"ego", "Russia"}});
  REQUIRE(reply.status == 200);
  CHECK(reply.body.find("<script") == std::string::npos);
  CHECK(reply.body.find("&lt;script&gt;") != std::string::npos);
  CHECK(reply.body.find("<img") == std::string::npos);
}

}  // namespace
}  // namespace dipgraph::testing
