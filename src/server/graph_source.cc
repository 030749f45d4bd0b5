#include "src/server/graph_source.h"

#include "graph/store.h"

namespace dipgraph::server {

StoreGraphSource::Stamp StoreGraphSource::ReadStamp() const {
  namespace fs = std::filesystem;
  Stamp s;
  std::error_code ec;
  s.db_time = fs::last_write_time(path_, ec);
  s.db_size = ec ? 0 : fs::file_size(path_, ec);
  std::string wal = path_ + "-wal";
  s.wal_time = fs::last_write_time(wal, ec);
  if (ec) s.wal_time = {};
  s.wal_size = fs::file_size(wal, ec);
  // A reader may create an empty -wal (SQLite does, even read-only): as good as none.
  if (ec || s.wal_size == 0) s.wal_size = 0, s.wal_time = {};
  return s;
}

Result<GraphPtr> StoreGraphSource::Load() {
  if (!std::filesystem::exists(path_)) return Status::NotFound(path_ + ": no such store");
  auto store = Store::Open(path_, Store::Mode::kReadOnly);
  if (!store.ok()) return store.status();
  auto kg = std::make_shared<KnowledgeGraph>();
  DG_RETURN_IF_ERROR((*store)->Load(kg.get()));
  ++loads_;
  return GraphPtr(std::move(kg));
}

Result<GraphPtr> StoreGraphSource::Get() {
  std::lock_guard<std::mutex> lock(mu_);
  Stamp now = ReadStamp();
  if (graph_ && now == stamp_) return graph_;
  auto loaded = Load();
  if (!loaded.ok()) {
    if (graph_) return graph_;  // keep answering from the last good graph
    return loaded.status();
  }
  graph_ = *loaded;
  stamp_ = now;  // taken before loading: a commit during the load is picked up next time
  return graph_;
}

}  // namespace dipgraph::server
