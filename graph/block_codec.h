// Blocks: the store keeps relations and actors in blocks of 1,024 consecutive ids, each one SQLite
// blob in a compact binary form, rather than one SQL row per record.
//
// Why: SQLite inserts about 0.5 M rows/s on this machine at best, and a relation with its evidence
// took two or three rows, so saving an ICEWS file cost three times as long as reading it; actors
// with their aliases and affiliations then took most of what was left. A block is one row for a
// thousand records: saving and loading become a matter of encoding bytes. Changing one record
// rewrites its block (a few hundred kilobytes at most).
//
// Format (all integers LEB128 varints, signed ones zigzagged, strings a varint length then bytes):
//   byte   format version (1 for relations, 2 for actors)
//   varint record count
//   per relation: source, target, cameo, date begin (signed), date end - begin, date precision,
//                 location, modality, confidence (8 bytes, IEEE double, little-endian), sources,
//                 evidence count, per evidence: document, text, start (signed), end - start.
//   per actor:    name, kind, iso3, cameo, alias count, aliases, affiliation count, per
//                 affiliation: of, role, former (0 or 1).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "graph/types.h"

namespace dipgraph {

inline constexpr size_t kRelationsPerBlock = 1024;
inline constexpr size_t kActorsPerBlock = 1024;

// Which block holds relation `id` (ids start at 1), and the first id of a block.
inline int64_t BlockOf(RelationId id) { return (id - 1) / kRelationsPerBlock; }
inline RelationId FirstIdOf(int64_t block) { return block * kRelationsPerBlock + 1; }
inline int64_t ActorBlockOf(ActorId id) { return (id - 1) / kActorsPerBlock; }
inline ActorId FirstActorOf(int64_t block) { return block * kActorsPerBlock + 1; }

// Appends the encoding of `relations` (their ids are implied by position) to `out`.
void EncodeRelationBlock(std::span<const Relation> relations, std::string* out);

// Decodes a block and appends its relations to `out`, numbering them from `first_id`. Damaged
// bytes are a Corruption error saying what could not be read.
Status DecodeRelationBlock(std::string_view data, RelationId first_id, std::vector<Relation>* out);

// The same for actors: ids are implied by position, numbered from `first_id` when decoding.
void EncodeActorBlock(std::span<const Actor> actors, std::string* out);
Status DecodeActorBlock(std::string_view data, ActorId first_id, std::vector<Actor>* out);

}  // namespace dipgraph
