#include "graph/block_codec.h"

#include <fmt/format.h>

#include <bit>
#include <cstring>
#include <type_traits>

namespace dipgraph {

namespace {

constexpr unsigned char kRelationFormat = 1;
constexpr unsigned char kActorFormat = 2;

// The writers fill a buffer sized beforehand (MaxEncodedSize): appending byte by byte to a string
// took half of the time a save spent encoding.
char* PutVarint(uint64_t v, char* p) {
  while (v >= 0x80) {
    *p++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *p++ = static_cast<char>(v);
  return p;
}

char* PutSigned(int64_t v, char* p) {
  return PutVarint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63), p);
}

// Evidence offsets are stored as start and length; any int64 pair (a JSON import can hold
// anything) must survive, so the difference wraps instead of overflowing.
int64_t WrappingSub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
int64_t WrappingAdd(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

char* PutString(std::string_view s, char* p) {
  p = PutVarint(s.size(), p);
  std::memcpy(p, s.data(), s.size());
  return p + s.size();
}

char* PutDouble(double d, char* p) {
  uint64_t bits = std::bit_cast<uint64_t>(d);
  for (int i = 0; i < 8; ++i) *p++ = static_cast<char>(bits >> (8 * i));
  return p;
}

constexpr size_t kMaxVarint = 10;

size_t MaxEncodedSize(const Relation& r) {
  size_t n = 12 * kMaxVarint + 8 + r.cameo.size() + r.location.size();
  for (const Evidence& e : r.evidence) n += 4 * kMaxVarint + e.document.size() + e.text.size();
  return n;
}

char* PutRelation(const Relation& r, char* p) {
  p = PutVarint(r.source, p);
  p = PutVarint(r.target, p);
  p = PutString(r.cameo, p);
  p = PutSigned(r.date.begin, p);
  p = PutSigned(static_cast<int64_t>(r.date.end) - r.date.begin, p);
  p = PutVarint(static_cast<uint64_t>(r.date.precision), p);
  p = PutString(r.location, p);
  p = PutVarint(static_cast<uint64_t>(r.modality), p);
  p = PutDouble(r.confidence, p);
  p = PutVarint(static_cast<uint64_t>(r.sources), p);
  p = PutVarint(r.evidence.size(), p);
  for (const Evidence& e : r.evidence) {
    p = PutString(e.document, p);
    p = PutString(e.text, p);
    p = PutSigned(e.start, p);
    p = PutSigned(WrappingSub(e.end, e.start), p);
  }
  return p;
}

// Reads the encoding back; every read checks the bounds, and the first failure sticks.
class Reader {
 public:
  explicit Reader(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}
  bool ok() const { return ok_; }
  bool done() const { return p_ == end_; }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && p_ < end_; shift += 7) {
      auto byte = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  int64_t Signed() {
    uint64_t v = Varint();
    return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  // A varint that must not exceed `max`.
  uint64_t Bounded(uint64_t max) {
    uint64_t v = Varint();
    if (v > max) ok_ = false;
    return ok_ ? v : 0;
  }
  std::string String() {
    uint64_t n = Varint();
    if (!ok_ || n > static_cast<uint64_t>(end_ - p_)) {
      ok_ = false;
      return {};
    }
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  double Double() {
    if (end_ - p_ < 8) {
      ok_ = false;
      return 0;
    }
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits |= static_cast<uint64_t>(static_cast<unsigned char>(p_[i])) << (8 * i);
    p_ += 8;
    return std::bit_cast<double>(bits);
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

constexpr uint64_t kMaxId = uint64_t{1} << 62;
constexpr int64_t kMaxDay = int64_t{1} << 30;

bool GetRelation(Reader& in, Relation* r) {
  r->source = static_cast<ActorId>(in.Bounded(kMaxId));
  r->target = static_cast<ActorId>(in.Bounded(kMaxId));
  r->cameo = in.String();
  int64_t begin = in.Signed(), span = in.Signed();
  if (begin < -kMaxDay || begin > kMaxDay || span < 0 || span > kMaxDay) return false;
  r->date.begin = static_cast<int>(begin);
  r->date.end = static_cast<int>(begin + span);
  r->date.precision =
      static_cast<DatePrecision>(in.Bounded(static_cast<uint64_t>(DatePrecision::kInterval)));
  r->location = in.String();
  r->modality = static_cast<Modality>(in.Bounded(static_cast<uint64_t>(Modality::kNegated)));
  r->confidence = in.Double();
  r->sources = static_cast<int>(in.Bounded(INT32_MAX));
  uint64_t evidence = in.Varint();
  for (uint64_t i = 0; in.ok() && i < evidence; ++i) {
    Evidence e;
    e.document = in.String();
    e.text = in.String();
    e.start = in.Signed();
    e.end = WrappingAdd(e.start, in.Signed());
    r->evidence.push_back(std::move(e));
  }
  return in.ok();
}

size_t MaxEncodedSize(const Actor& a) {
  size_t n = 6 * kMaxVarint + a.name.size() + a.iso3.size() + a.cameo.size();
  for (const std::string& alias : a.aliases) n += kMaxVarint + alias.size();
  for (const Affiliation& f : a.affiliations) n += 3 * kMaxVarint + f.role.size();
  return n;
}

char* PutActor(const Actor& a, char* p) {
  p = PutString(a.name, p);
  p = PutVarint(static_cast<uint64_t>(a.kind), p);
  p = PutString(a.iso3, p);
  p = PutString(a.cameo, p);
  p = PutVarint(a.aliases.size(), p);
  for (const std::string& alias : a.aliases) p = PutString(alias, p);
  p = PutVarint(a.affiliations.size(), p);
  for (const Affiliation& f : a.affiliations) {
    p = PutVarint(static_cast<uint64_t>(f.of), p);
    p = PutString(f.role, p);
    p = PutVarint(f.former ? 1 : 0, p);
  }
  return p;
}

bool GetActor(Reader& in, Actor* a) {
  a->name = in.String();
  a->kind = static_cast<ActorKind>(in.Bounded(static_cast<uint64_t>(ActorKind::kOther)));
  a->iso3 = in.String();
  a->cameo = in.String();
  uint64_t aliases = in.Varint();
  for (uint64_t i = 0; in.ok() && i < aliases; ++i) a->aliases.push_back(in.String());
  uint64_t affiliations = in.Varint();
  for (uint64_t i = 0; in.ok() && i < affiliations; ++i) {
    Affiliation f;
    f.of = static_cast<ActorId>(in.Bounded(kMaxId));
    f.role = in.String();
    f.former = in.Bounded(1) == 1;
    a->affiliations.push_back(std::move(f));
  }
  return in.ok();
}

// Writes the version byte, the count and every record into `out` (appended), through a buffer
// sized for the worst case.
template <typename T>
void EncodeBlock(unsigned char format, std::span<const T> records, std::string* out) {
  size_t at = out->size(), max = 1 + kMaxVarint;
  for (const T& r : records) max += MaxEncodedSize(r);
  out->resize(at + max);
  char* p = out->data() + at;
  *p++ = static_cast<char>(format);
  p = PutVarint(records.size(), p);
  for (const T& r : records) {
    if constexpr (std::is_same_v<T, Relation>)
      p = PutRelation(r, p);
    else
      p = PutActor(r, p);
  }
  out->resize(static_cast<size_t>(p - out->data()));
}

// Reads what EncodeBlock wrote: records numbered from `first_id`, appended to `out`. A damaged
// block is an error saying which record (`what`, "relation" or "actor") it stopped at.
template <typename T>
Status DecodeBlock(std::string_view data, unsigned char format, std::string_view what,
                   int64_t first_id, uint64_t per_block, bool (*get)(Reader&, T*),
                   std::vector<T>* out) {
  auto damaged = [&](const std::string& why) {
    return Status::Corruption(fmt::format("{} block from id {}: {}", what, first_id, why));
  };
  if (data.empty() || static_cast<unsigned char>(data[0]) != format)
    return damaged("unknown block format");
  Reader in(data.substr(1));
  uint64_t count = in.Bounded(per_block);
  if (!in.ok()) return damaged(fmt::format("bad {} count", what));
  for (uint64_t i = 0; i < count; ++i) {
    T record;
    record.id = first_id + static_cast<int64_t>(i);
    if (!get(in, &record)) return damaged(fmt::format("{} {} is damaged", what, record.id));
    out->push_back(std::move(record));
  }
  if (!in.done()) return damaged(fmt::format("bytes left after the last {}", what));
  return Status::Ok();
}

}  // namespace

void EncodeRelationBlock(std::span<const Relation> relations, std::string* out) {
  EncodeBlock(kRelationFormat, relations, out);
}

void EncodeActorBlock(std::span<const Actor> actors, std::string* out) {
  EncodeBlock(kActorFormat, actors, out);
}

Status DecodeRelationBlock(std::string_view data, RelationId first_id, std::vector<Relation>* out) {
  return DecodeBlock(data, kRelationFormat, "relation", first_id, kRelationsPerBlock, GetRelation,
                     out);
}

Status DecodeActorBlock(std::string_view data, ActorId first_id, std::vector<Actor>* out) {
  return DecodeBlock(data, kActorFormat, "actor", first_id, kActorsPerBlock, GetActor, out);
}

}  // namespace dipgraph
