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

// The root of a code, 1 to 20 ("042" -> 4), or 0 when it has no two-digit root.
int CameoRoot(std::string_view code);

// Codes whose event two parties do together: intents, meetings, diplomatic and material
// cooperation (roots 03-06).
bool IsMutualCode(std::string_view code);

// Codes whose target is the actor itself, never something of it: a meeting, call or visit (04)
// is with Brazil, not with "Brazil's request"; recognition (054) is of a state, not of "the
// Bosnian court" (while criticising "Brazil's request" criticises Brazil).
bool TargetsActorItself(std::string_view code);

// The use of force: assault, fight, mass violence (roots 18-20).
bool IsUseOfForce(std::string_view code);

// Events between a state and its own people that CAMEO codes: protest (14), coercion (17) and
// force (18-20).
bool IsDomesticCode(std::string_view code);

// nullptr when the code is not in the taxonomy.
const CameoCode* LookupCameo(std::string_view code);
const std::vector<CameoCode>& AllCameoCodes();

// The CAMEO 03 code that states the intent to do `code` ("pledged to lend" is 0331 to "lend"'s
// 071): meetings 036, mediation 039, diplomatic cooperation 032, material cooperation 031x, aid
// 033x, yielding 035x. Empty for codes with no intent form (statements, appeals, conflict).
std::string IntentCode(std::string_view code);

// The CAMEO 13 code that threatens to do `code` ("warned it would impose sanctions" is 1312 to
// "impose sanctions"' 163): protest 133, reducing relations 131x, administrative sanctions 132x,
// repression 137, force 138x.
// Empty for codes no threat is made of (cooperation, statements, demands, criticism).
std::string ThreatCode(std::string_view code);

}  // namespace dipgraph
