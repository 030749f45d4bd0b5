// Roles read from the words' order: the reading for sentences that were not parsed, and the
// fallback where the parse gives a role no actor. A leading slot reaches left within the clause, a
// trailing one takes the first actor a few words to the right; "S verb T" is also read in the
// passive ("X was received by Y").
#pragma once

#include <vector>

#include "src/extract/event_match.h"

namespace dipgraph {

constexpr size_t kLeftReach = 14;  // tokens a leading source slot looks back
constexpr size_t kRightReach = 6;  // tokens a trailing slot looks ahead

// The mention that ends nearest before `pos` in its clause, with the mentions coordinated before
// it ("Russian and U.S. officials"); nearest last.
std::vector<int> LeftSlot(const View& v, size_t pos);
// The mention at or a little after `pos` (within `reach`), with those coordinated after it, into
// *out; *end past the last. False, *out unchanged, when there is none.
bool RightSlot(const View& v, size_t pos, size_t reach, bool allow_place, size_t* end,
               std::vector<int>* out);
// The pattern's elements after its anchor, slots filled by word order.
bool MatchRest(const View& v, const EventPattern& p, Match* m);
// "S verb T" read in the passive, the agent after "by".
bool MatchPassive(const View& v, const EventPattern& p, Match* m);
// Whether the word before `anchor` makes it a noun ("the defeat of", "Moscow's war").
bool NounPosition(const View& v, size_t anchor);

}  // namespace dipgraph
