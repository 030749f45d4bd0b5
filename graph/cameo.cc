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

int CameoRoot(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

bool IsMutualCode(std::string_view code) {
  int root = CameoRoot(code);
  return root >= 3 && root <= 6;
}

bool TargetsActorItself(std::string_view code) { return CameoRoot(code) == 4 || code == "054"; }

bool IsUseOfForce(std::string_view code) { return CameoRoot(code) >= 18; }

bool IsDomesticCode(std::string_view code) {
  int root = CameoRoot(code);
  return root == 14 || root >= 17;
}

std::string IntentCode(std::string_view code) {
  if (code.size() < 2) return "";
  std::string_view root = code.substr(0, 2);
  char sub = code.size() >= 3 ? code[2] : '0';
  if (root == "04") return code.starts_with("045") ? "039" : "036";
  if (root == "05") return "032";
  // 061-064 economic, military, judicial, intelligence cooperation: 0311-0314.
  if (root == "06") return sub >= '1' && sub <= '4' ? std::string("031") + sub : "031";
  // 071-074 economic, military, humanitarian aid, protection: 0331-0334.
  if (root == "07") return sub >= '1' && sub <= '4' ? std::string("033") + sub : "033";
  if (root == "08") {
    // Yielding: 081 administrative sanctions, 082 dissent, 084 release, 085 economic
    // sanctions, 086 international involvement, 087 de-escalation: 0351-0356.
    static constexpr std::string_view kFrom = "124567";
    size_t i = kFrom.find(sub);
    return i == std::string_view::npos ? "035" : "035" + std::to_string(i + 1);
  }
  return "";
}

std::string ThreatCode(std::string_view code) {
  if (code.size() < 2) return "";
  std::string_view root = code.substr(0, 2);
  char sub = code.size() >= 3 ? code[2] : '0';
  if (root == "14") return "133";
  if (root == "15") return "130";
  if (root == "16") {
    if (sub == '1') return "1313";
    if (sub == '2') return "1311";
    if (sub == '3') return "1312";
    return "131";
  }
  if (root == "17") {
    // 172 administrative sanctions and its 1721-1724: 132 and 1321-1324.
    if (sub == '2')
      return code.size() == 4 && code[3] >= '1' && code[3] <= '4' ? std::string("132") + code[3]
                                                                  : "132";
    return "137";
  }
  if (root == "18") return "1383";
  if (root == "19") {
    if (sub == '1') return "1381";
    if (sub == '2') return "1382";
    return "1384";
  }
  if (root == "20") return "1385";
  return "";
}

}  // namespace dipgraph
