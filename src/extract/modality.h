// How sure the text is of an event: asserted, planned, hypothetical or negated, from the cue words
// around the event's trigger ("did not meet", "will attend", "it was unclear whether ... would").
#pragma once

#include <string_view>
#include <vector>

#include "graph/types.h"
#include "src/extract/token.h"

namespace dipgraph {

// Cues are read in tokens[begin, anchor_end): from a little before the source to the end of the
// trigger words. Nominal triggers ("the visit by X") look only at the few words before the noun.
// `counts`, when given, says which tokens belong to the event's own clause (the parse knows):
// "Egypt, which has not repaid its debt, asked ..." is not negated by the relative clause.
// Inside the trigger words a negation counts ("had no talks with") unless it is one of the
// pattern's own words (`own`: "had no comment on").
Modality DetectModality(const std::vector<Token>& tokens, size_t begin, size_t anchor,
                        size_t anchor_end, bool nominal, const std::vector<bool>* counts = nullptr,
                        const std::vector<size_t>* own = nullptr);

// Whether the word undoes or denies what it governs ("cancelled the visit", "rejected talks").
bool IsNegationCue(const Token& t);

// Every word the modality cues are read from, as base forms: the lemmatizer must know them so
// that "scheduled" is read as "schedule".
std::vector<std::string_view> ModalityCueWords();

// "agreed to", "pledged to", "offered to": a verb that commits its subject to the act it governs,
// which is then a statement of intent (CAMEO 03), made when the verb is said.
bool IsCommitmentVerb(const Token& t);

// "warned", "threatened": a verb whose subject threatens the hostile act it governs (CAMEO 13).
bool IsThreatVerb(const Token& t);

// Whether the trigger at `anchor` is in the past (simple past or perfect), for dating.
bool IsPastTense(const std::vector<Token>& tokens, size_t begin, size_t anchor);

}  // namespace dipgraph
