// Store: the SQLite file that keeps the knowledge graph between commands.
//
// One file, WAL mode (readers never wait for the writer), schema version in PRAGMA user_version.
// Save() writes everything a command changed in one transaction: killed mid-way, the file holds
// exactly what it held before.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

struct sqlite3;

namespace dipgraph {
class Statement;
}

namespace dipgraph {

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };
  static constexpr int kSchemaVersion = 3;

  // Opens (kReadWrite: creating if absent) the store at `path`. A file that is not a dipgraph
  // store, or of a newer schema, is an error naming the file.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, Mode mode);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Loads the whole graph; the graph's change lists are left empty.
  Status Load(KnowledgeGraph* kg);
  // Writes the graph's changed actors, relations and documents in one transaction, then clears
  // the change lists. On error nothing is written.
  Status Save(KnowledgeGraph* kg);
  bool HasDocument(const std::string& id);
  const std::string& path() const { return path_; }
  // Called inside Save's transaction after each relation is written: for progress, and for tests
  // that kill a writer mid-transaction.
  void set_write_hook(std::function<void(RelationId)> hook) { write_hook_ = std::move(hook); }

 private:
  Store(sqlite3* db, std::string path);
  Status Exec(const char* sql);
  Status Migrate();
  Status WriteChanges(const KnowledgeGraph& kg);
  Status UpgradeRelationsFromV1();
  Status UpgradeActorsFromV2();
  Status ReadRelationsV1(std::vector<Relation>* relations);
  Status ReadActorTables(std::vector<Actor>* actors);  // versions 1 and 2
  // Reads `table`'s blocks of `per_block` records, checking that none is missing or short.
  template <typename T>
  Status ReadBlocks(const char* table, const char* what, size_t per_block,
                    Status (*decode)(std::string_view, int64_t, std::vector<T>*),
                    std::vector<T>* out);
  // Encode and write the block numbered `block` of `relations` / `actors` (graph/block_codec.h).
  Status WriteBlock(std::span<const Relation> relations, int64_t block);
  Status WriteActorBlock(std::span<const Actor> actors, int64_t block);
  Status Error(const std::string& what);
  sqlite3* db_;
  std::string path_;
  std::function<void(RelationId)> write_hook_;
  int schema_version_ = 0;
  std::unique_ptr<Statement> write_block_, write_actor_block_;
  std::string block_buffer_;
};

}  // namespace dipgraph
