// The CAMEO event taxonomy (data/cameo.tsv): every code with its label, root, quad class and
// Goldstein value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dipgraph {

// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
int QuadClassOfRoot(int root);

struct CameoCode {
  std::string code;   // "042"
  std::string label;  // "make a visit"
  int root = 0;       // 4
  int quad_class = 0;
  double goldstein = 0;
};

// nullptr when the code is not in the taxonomy.
const CameoCode* LookupCameo(std::string_view code);
const std::vector<CameoCode>& AllCameoCodes();

}  // namespace dipgraph
