#include "graph/block_codec.h"

#include "tests/test_util.h"

namespace dipgraph {
namespace {

std::vector<Relation> Sample() {
  Relation a;
  a.id = 1, a.source = 1, a.target = 300000, a.cameo = "0421";
  a.date = DateRange::Interval(-719000, -718990);  // dates before 1970 are negative days
  a.location = "Lisbon";
  a.modality = Modality::kPlanned;
  a.confidence = 0.625;
  a.sources = 3;
  a.evidence = {{"doc1", "Medvedev will attend the summit in Lisbon.", 17, 61}, {"doc2", "", 0, 0}};
  Relation b;  // undated, no evidence, defaults
  b.id = 2, b.source = 7, b.target = 7, b.cameo = "190";
  return {a, b};
}

void CheckSame(const Relation& x, const Relation& y) {
  CHECK(x.id == y.id);
  CHECK(x.source == y.source);
  CHECK(x.target == y.target);
  CHECK(x.cameo == y.cameo);
  CHECK(x.date == y.date);
  CHECK(x.location == y.location);
  CHECK(x.modality == y.modality);
  CHECK(x.confidence == y.confidence);
  CHECK(x.sources == y.sources);
  CHECK(x.evidence == y.evidence);
}

TEST_CASE("relation blocks: every field of a relation comes back as it was written") {
  std::vector<Relation> in = Sample();
  std::string data;
  EncodeRelationBlock(in, &data);
  std::vector<Relation> out;
  REQUIRE_OK(DecodeRelationBlock(data, 1, &out));
  REQUIRE(out.size() == 2);
  CheckSame(out[0], in[0]);
  CheckSame(out[1], in[1]);
}

TEST_CASE("relation blocks: a truncated or altered block is a corruption error, never a crash") {
  std::string data;
  EncodeRelationBlock(Sample(), &data);
  for (size_t n = 0; n < data.size(); ++n) {
    std::vector<Relation> out;
    Status st = DecodeRelationBlock(std::string_view(data).substr(0, n), 1, &out);
    CHECK_MESSAGE(st.code() == Status::Code::kCorruption, "cut at " << n);
  }
  std::vector<Relation> out;
  CHECK(DecodeRelationBlock(data + "x", 1, &out).code() == Status::Code::kCorruption);
  std::string other_format = data;
  other_format[0] = 9;
  Status st = DecodeRelationBlock(other_format, 1025, &out);
  CHECK(st.message().find("from id 1025") != std::string::npos);
  // A modality or precision out of range is refused rather than cast into the enum.
  std::string bad_modality = data;
  bad_modality[bad_modality.find("Lisbon") + 6] = 9;
  CHECK_FALSE(DecodeRelationBlock(bad_modality, 1, &out).ok());
}

TEST_CASE("relation blocks: evidence offsets anywhere in int64 come back as written") {
  // A JSON import accepts any integer offsets, so the store must keep them, not overflow on them.
  Relation r;
  r.id = 1, r.source = 1, r.target = 2, r.cameo = "042";
  r.evidence = {
      {"d", "", INT64_MIN, INT64_MAX}, {"d", "", INT64_MAX, INT64_MIN}, {"d", "", -5, -9}};
  std::string data;
  EncodeRelationBlock(std::vector<Relation>{r}, &data);
  std::vector<Relation> out;
  REQUIRE_OK(DecodeRelationBlock(data, 1, &out));
  REQUIRE(out.size() == 1);
  CHECK(out[0].evidence == r.evidence);
}

std::vector<Actor> SampleActors() {
  Actor lavrov;
  lavrov.id = 1, lavrov.name = "Sergei Lavrov", lavrov.kind = ActorKind::kPerson;
  lavrov.aliases = {"Lavrov", "Sergey Viktorovich Lavrov"};
  lavrov.affiliations = {{2, "foreign minister", false}, {3, "", true}};
  Actor russia;  // no aliases or affiliations
  russia.id = 2, russia.name = "Russia", russia.kind = ActorKind::kCountry, russia.iso3 = "RUS";
  russia.cameo = "RUS";
  return {lavrov, russia};
}

TEST_CASE("actor blocks: name, kind, codes, aliases and affiliations come back as written") {
  std::vector<Actor> in = SampleActors();
  std::string data;
  EncodeActorBlock(in, &data);
  std::vector<Actor> out;
  REQUIRE_OK(DecodeActorBlock(data, 1, &out));
  REQUIRE(out.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(out[i].id == in[i].id);
    CHECK(out[i].name == in[i].name);
    CHECK(out[i].kind == in[i].kind);
    CHECK(out[i].iso3 == in[i].iso3);
    CHECK(out[i].cameo == in[i].cameo);
    CHECK(out[i].aliases == in[i].aliases);
    CHECK(out[i].affiliations == in[i].affiliations);
  }
}

TEST_CASE("actor blocks: a truncated block, or a relation block read as actors, is refused") {
  std::string data;
  EncodeActorBlock(SampleActors(), &data);
  for (size_t n = 0; n < data.size(); ++n) {
    std::vector<Actor> out;
    Status st = DecodeActorBlock(std::string_view(data).substr(0, n), 1, &out);
    CHECK_MESSAGE(st.code() == Status::Code::kCorruption, "cut at " << n);
  }
  std::string relations;
  EncodeRelationBlock(Sample(), &relations);
  std::vector<Actor> actors;
  CHECK(DecodeActorBlock(relations, 1, &actors).code() == Status::Code::kCorruption);
  std::vector<Relation> out;
  CHECK(DecodeRelationBlock(data, 1, &out).code() == Status::Code::kCorruption);
  // A kind out of range is refused rather than cast into the enum.
  std::string bad_kind = data;
  bad_kind[data.find("Sergei Lavrov") + 13] = 9;
  CHECK_FALSE(DecodeActorBlock(bad_kind, 1, &actors).ok());
}

TEST_CASE("relation blocks: ids map to blocks of kRelationsPerBlock") {
  CHECK(BlockOf(1) == 0);
  CHECK(BlockOf(kRelationsPerBlock) == 0);
  CHECK(BlockOf(kRelationsPerBlock + 1) == 1);
  CHECK(FirstIdOf(2) == 2 * static_cast<RelationId>(kRelationsPerBlock) + 1);
  CHECK(ActorBlockOf(kActorsPerBlock + 1) == 1);
  CHECK(FirstActorOf(1) == static_cast<ActorId>(kActorsPerBlock) + 1);
}

}  // namespace
}  // namespace dipgraph
