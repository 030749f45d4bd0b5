// Roles read from the dependency tree of a parsed sentence: the subject, object, obliques marked
// by the pattern's prepositions, passive agents, coordination, possessors and the nationalities of
// agent nouns; and which words speak of an event's time and certainty (its own clause and those
// above it, not a clause describing a noun).
#pragma once

#include <vector>

#include "src/extract/event_match.h"

namespace dipgraph {

// What the parse says of a pattern whose words are in the sentence.
enum class TreeMatch {
  kMatched,   // roles filled
  kRejected,  // the words are there but not as an event ("sent back", "was called off")
  kNoRoles,   // the parse gives no actor a role: a parse gone wrong, or a name it split
};

// Tries pattern p with its anchor at m->anchor (set by the caller, with m reset).
TreeMatch MatchInTree(const View& v, const EventPattern& p, Match* m);

// Whether the parse makes the first of these mentions (or the phrase it is coordinated in) an
// object or oblique of a verb rather than a subject.
bool IsObjectInTree(const View& v, const std::vector<int>& mentions);
// "the meeting ... was called off": an event noun its governing verb cancels or denies.
bool NominalUndone(const View& v, size_t trigger);
// The tokens that can say how sure the event at `trigger` is: its clause and those above it, not
// its subject's words.
std::vector<bool> InScope(const DependencyTree& t, size_t trigger);
// For an event noun: the words that can say how sure it is, along the phrases that hold it up
// to its clause's verb ("has no plans to start talks", "would require Shultz to enter into
// talks", "prepares to visit Washington for talks"): those heads, their auxiliaries, markers,
// adverbs and determiners, and the noun's own adjectives ("the planned visit").
std::vector<bool> GoverningPath(const DependencyTree& t, size_t trigger);

// Whether token k is in a clause that describes a noun and does not hold the trigger.
bool InNounClause(const DependencyTree& t, size_t k, size_t trigger);
// "said he would visit": clears the "would" of a reported clause from *scope; whether there was
// one.
bool ReportedWould(const View& v, size_t trigger, std::vector<bool>* scope);

}  // namespace dipgraph
