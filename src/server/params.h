// The query string of one API request, checked: only the names an endpoint expects, each once and
// short, and typed getters whose errors name the parameter and the value.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph::server {

using QueryParams = std::multimap<std::string, std::string>;

class RequestParams {
 public:
  RequestParams(const QueryParams& params, std::vector<std::string> allowed)
      : params_(params), allowed_(std::move(allowed)) {}

  // An unknown or repeated name, or a value longer than max_length, is Status::Invalid.
  Status Check(size_t max_length) const;

  bool Has(const std::string& name) const;
  std::string Get(const std::string& name) const;  // "" when absent
  // An actor by id ("12", "#12") or name (ResolveActor); absent is 0, or Invalid when required.
  Result<ActorId> Actor(const KnowledgeGraph& kg, const std::string& name, bool required) const;
  Result<int> Int(const std::string& name, int fallback, int lo, int hi) const;
  // "1", "true", "yes", "on" / "0", "false", "no", "off", "" (absent is false).
  Result<bool> Flag(const std::string& name) const;
  // The date window from two parameters (YYYY, YYYY-MM or YYYY-MM-DD); empty when both absent.
  Result<DateRange> Window(const std::string& from, const std::string& to) const;
  // Window plus code (CAMEO prefix), quad (1-4) and modality (comma-separated names).
  Result<RelationFilter> Filter(const std::string& from, const std::string& to) const;

 private:
  const QueryParams& params_;
  std::vector<std::string> allowed_;
};

}  // namespace dipgraph::server
