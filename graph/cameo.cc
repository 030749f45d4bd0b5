#include "graph/cameo.h"

#include <string>
#include <unordered_map>

#include "graph/data_files.h"
#include "graph/tsv.h"

namespace dipgraph {

int QuadClassOfRoot(int root) {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

namespace {

struct Table {
  std::vector<CameoCode> codes;
  std::unordered_map<std::string, size_t> index;
};

const Table& GetTable() {
  static const Table table = [] {
    Table t;
    ForEachTsvRow(DataFileContent("cameo.tsv"), [&](const auto& f, int) {
      if (f.size() < 3) return;
      CameoCode c;
      c.code = std::string(f[0]);
      c.label = std::string(f[1]);
      c.root = std::stoi(c.code.substr(0, 2));
      c.quad_class = QuadClassOfRoot(c.root);
      c.goldstein = std::stod(std::string(f[2]));
      t.index[c.code] = t.codes.size();
      t.codes.push_back(std::move(c));
    });
    return t;
  }();
  return table;
}

}  // namespace

const CameoCode* LookupCameo(std::string_view code) {
  const Table& t = GetTable();
  auto it = t.index.find(std::string(code));
  return it == t.index.end() ? nullptr : &t.codes[it->second];
}

const std::vector<CameoCode>& AllCameoCodes() { return GetTable().codes; }

}  // namespace dipgraph
