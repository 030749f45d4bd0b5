#include "src/extract/parallel_extract.h"

#include <atomic>
#include <thread>

#include "src/extract/extractor.h"
#include "src/extract/source_reader.h"

namespace dipgraph {

namespace {

constexpr size_t kBatch = 64;  // documents read ahead: bounds memory on huge inputs

ExtractedDocument ExtractOne(SourceText&& src, const Status& read_status) {
  ExtractedDocument d;
  d.source = src.source;
  d.bytes = src.text.size();
  d.status = read_status;
  if (!read_status.ok()) return d;
  auto x = ExtractDocument(std::move(src));
  if (x.ok())
    d.extraction = std::move(*x);
  else
    d.status = x.status();
  return d;
}

void RunBatch(std::vector<std::pair<SourceText, Status>>& batch, int threads,
              const std::function<void(ExtractedDocument&&)>& sink) {
  std::vector<ExtractedDocument> done(batch.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < batch.size();)
      done[i] = ExtractOne(std::move(batch[i].first), batch[i].second);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (ExtractedDocument& d : done) sink(std::move(d));
  batch.clear();
}

}  // namespace

Status ExtractAll(const std::vector<std::string>& paths, int threads,
                  const std::function<void(ExtractedDocument&&)>& sink) {
  std::vector<std::pair<SourceText, Status>> batch;
  size_t limit = threads > 1 ? kBatch * static_cast<size_t>(threads) : 1;
  Status st = ReadSources(paths, [&](SourceText&& src, const Status& read_status) {
    batch.emplace_back(std::move(src), read_status);
    if (batch.size() >= limit) RunBatch(batch, threads, sink);
    return true;
  });
  RunBatch(batch, threads, sink);
  return st;
}

}  // namespace dipgraph
