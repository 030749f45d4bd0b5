// Where the server's graph comes from. StoreGraphSource opens the store read-only and loads it,
// and loads it again when the file or its write-ahead log changed, so an `ingest` running beside
// the server is seen on the next request; requests in flight keep the graph they started with.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace dipgraph::server {

using GraphPtr = std::shared_ptr<const KnowledgeGraph>;

class GraphSource {
 public:
  virtual ~GraphSource() = default;
  // The current graph; an error when the store cannot be read (and nothing was loaded before).
  virtual Result<GraphPtr> Get() = 0;
};

// A graph built in memory (tests).
class FixedGraphSource : public GraphSource {
 public:
  explicit FixedGraphSource(GraphPtr graph) : graph_(std::move(graph)) {}
  Result<GraphPtr> Get() override { return graph_; }

 private:
  GraphPtr graph_;
};

class StoreGraphSource : public GraphSource {
 public:
  explicit StoreGraphSource(std::string db_path) : path_(std::move(db_path)) {}
  Result<GraphPtr> Get() override;
  int loads() const { return loads_; }  // how many times the store was read

 private:
  // Modification time and size of the store and its -wal file: changes when a writer commits.
  struct Stamp {
    std::filesystem::file_time_type db_time{}, wal_time{};
    uintmax_t db_size = 0, wal_size = 0;
    bool operator==(const Stamp&) const = default;
  };
  Stamp ReadStamp() const;
  Result<GraphPtr> Load();

  std::string path_;
  std::mutex mu_;
  GraphPtr graph_;
  Stamp stamp_;
  int loads_ = 0;
};

}  // namespace dipgraph::server
