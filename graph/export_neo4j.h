// Neo4j bulk import: actors.csv and relations.csv with `neo4j-admin database import` headers,
// and the command line that loads them into an empty database.
#pragma once

#include <ostream>
#include <string>

#include "graph/export_util.h"
#include "graph/knowledge_graph.h"

namespace dipgraph {

// Nodes: actorId:ID, name, kind, iso3, cameo, aliases:string[] (';'-separated), :LABEL
// ("Actor;Country"): the selection's actors.
void WriteNeo4jActors(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);
// Relationships: :START_ID, :END_ID, :TYPE (the CAMEO root's label, e.g. CONSULT), then every
// attribute, dates typed :date.
void WriteNeo4jRelations(const KnowledgeGraph& kg, const ExportSelection& sel, std::ostream& out);
// "neo4j-admin database import full --nodes=DIR/actors.csv --relationships=DIR/relations.csv
// ... neo4j", paths quoted for a POSIX shell.
std::string Neo4jImportCommand(const std::string& dir);

}  // namespace dipgraph
