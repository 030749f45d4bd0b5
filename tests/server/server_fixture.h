// A small graph for the server tests (Lavrov, Rasmussen, NATO, Russia, and an actor whose name is
// markup), and helpers that parse a reply's JSON.
#pragma once

#include <rapidjson/document.h>

#include <string>

#include "src/server/api.h"
#include "tests/test_util.h"

namespace dipgraph::testing {

inline constexpr const char* kScriptName = "<script>alert(1)</script>";
inline constexpr const char* kCaption =
    "Russian Foreign Minister Sergey Lavrov meets NATO Secretary General Anders Fogh Rasmussen "
    "in Moscow.";

class ServerGraph {
 public:
  ServerGraph() {
    Person("Sergey Lavrov", "Russia", "foreign minister");
    Person("Anders Fogh Rasmussen", "NATO", "secretary general");
    b_.Actor("NATO", ActorKind::kOrganization);
    Add("Sergey Lavrov", "Anders Fogh Rasmussen", "043", "2010-11-03", "Moscow", kCaption);
    Add("Russia", "NATO", "036", "2010-11-19", "Lisbon", "Russia intends to meet NATO.",
        Modality::kPlanned);
    Add("Russia", "NATO", "190", "2010-12-01", "", "");
    Add("Russia", "NATO", "042", "2011-01-10", "", "");
    Add(kScriptName, "Russia", "043", "2010-11-05", "<b>here</b>", "said <img src=x onerror=1>");
  }
  KnowledgeGraph& kg() { return b_.graph(); }
  ActorId Id(const std::string& name) { return b_.Actor(name); }

 private:
  void Person(const std::string& name, const std::string& of, const std::string& role) {
    ActorId id = b_.Actor(name, ActorKind::kPerson);
    ActorId org = b_.Actor(of, of == "NATO" ? ActorKind::kOrganization : ActorKind::kCountry);
    kg().AddAffiliation(id, Affiliation{org, role, false});
  }
  void Add(const std::string& a, const std::string& b, const std::string& code,
           const std::string& date, const std::string& place, const std::string& evidence,
           Modality modality = Modality::kAsserted) {
    Relation r;
    r.source = b_.Actor(a);
    r.target = b_.Actor(b);
    r.cameo = code;
    r.date = ParseDateRange(date).value();
    r.location = place;
    r.modality = modality;
    if (!evidence.empty()) {
      std::string doc = "doc" + std::to_string(kg().documents().size() + 1);
      kg().AddDocument(Document{doc, "reuters-" + doc + ".txt", "", "", "", ""});
      r.evidence.push_back(Evidence{doc, evidence, 0, static_cast<int64_t>(evidence.size())});
    }
    kg().AddRelation(r);
  }
  GraphBuilder b_;
};

// The reply's body parsed as JSON (a failed parse fails the test).
inline rapidjson::Document ParseJson(const std::string& body) {
  rapidjson::Document d;
  d.Parse(body.c_str(), body.size());
  REQUIRE_MESSAGE(!d.HasParseError(), body);
  return d;
}

inline server::HttpReply Get(const KnowledgeGraph& kg, const std::string& route,
                             server::QueryParams params = {}) {
  return server::HandleApi(kg, route, params);
}

}  // namespace dipgraph::testing
