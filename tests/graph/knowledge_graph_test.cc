#include "graph/knowledge_graph.h"

#include <boost/graph/graph_utility.hpp>

#include "graph/name_key.h"
#include "tests/test_util.h"

namespace dipgraph {
namespace {

using testing::GraphBuilder;

TEST_CASE("names: case and punctuation fold, so U.S., US and u.s. are one key") {
  CHECK(NameKey("U.S.") == NameKey("US"));
  CHECK(NameKey("u.s.") == "us");
  CHECK(NameKey("Barack_Obama") == NameKey("BARACK OBAMA"));
  CHECK(NameKey("  Foreign  Affairs (France) ") == "foreign affairs france");
  CHECK(NameKey("Medvedev") != NameKey("Medevedev"));
}

TEST_CASE("names: one person's spellings across sources share a PersonKey") {
  CHECK(PersonKey("Sergey_Viktorovich_Lavrov") == "sergei lavrov");
  CHECK(PersonKey("Sergei V. Lavrov") == "sergei lavrov");
  CHECK(PersonKey("SERGEI LAVROV") == "sergei lavrov");
  CHECK(PersonKey("Dmitry Anatolyevich Medvedev") == PersonKey("Dmitri Medvedev"));
  CHECK(PersonKey("Dmitriy Medvedev") == PersonKey("Dmitrii Medvedev"));
  CHECK(PersonKey("Viktor Fedorovych Yanukovych") == PersonKey("Viktor Yanukovych"));
  CHECK(PersonKey("Alexey Navalny") == PersonKey("Aleksei Navalni"));
  // Only a middle word is dropped, and only an initial or a patronymic.
  CHECK(PersonKey("Ivan Petrovich") == "ivan petrovich");
  CHECK(PersonKey("John Fitzgerald Kennedy") != PersonKey("John Kennedy"));
  CHECK(PersonKey("Barack Obama") != PersonKey("Michelle Obama"));
  // Middle initials, where both names give them, must agree.
  CHECK(SamePersonName("Sergey Viktorovich Lavrov", "Sergei V. Lavrov"));
  CHECK(SamePersonName("Sergey Viktorovich Lavrov", "Sergei Lavrov"));
  CHECK_FALSE(SamePersonName("Sergey Ivanovich Ivanov", "Sergei Borisovich Ivanov"));
  CHECK_FALSE(SamePersonName("Sergei Lavrov", "Sergei Ivanov"));
}

TEST_CASE("lookup: FindPerson finds people, not other actors, under another spelling") {
  KnowledgeGraph kg;
  Actor lavrov;
  lavrov.name = "Sergei Lavrov";
  lavrov.kind = ActorKind::kPerson;
  ActorId id = kg.AddActor(lavrov);
  Actor ship;
  ship.name = "Sergey Lavrov";  // an organization of the same name is never a person match
  ship.kind = ActorKind::kOrganization;
  kg.AddActor(ship);
  CHECK(kg.FindByName("Sergey Viktorovich Lavrov").empty());
  CHECK(kg.FindPerson("Sergey Viktorovich Lavrov") == std::vector<ActorId>{id});
  CHECK(kg.FindPerson("Sergei Ivanov").empty());
  kg.AddAlias(id, "Lavrov Sergey");  // aliases count too
  CHECK(kg.FindPerson("LAVROV SERGEI") == std::vector<ActorId>{id});
  Actor ivanov;
  ivanov.name = "Sergey Ivanovich Ivanov";
  ivanov.kind = ActorKind::kPerson;
  ActorId first = kg.AddActor(ivanov);
  CHECK(kg.FindPerson("Sergei Ivanov") == std::vector<ActorId>{first});
  CHECK(kg.FindPerson("Sergei I. Ivanov") == std::vector<ActorId>{first});
  CHECK(kg.FindPerson("Sergey Borisovich Ivanov").empty());  // another man of that name
}

TEST_CASE("lookup: an actor is found by its name and by every alias") {
  KnowledgeGraph kg;
  Actor a;
  a.name = "United States";
  a.kind = ActorKind::kCountry;
  a.aliases = {"U.S.", "United States of America"};
  ActorId us = kg.AddActor(a);
  CHECK(kg.FindByName("united states") == std::vector<ActorId>{us});
  CHECK(kg.FindByName("US") == std::vector<ActorId>{us});
  CHECK(kg.FindByName("UNITED STATES OF AMERICA") == std::vector<ActorId>{us});
  CHECK(kg.FindByName("Canada").empty());
  kg.AddAlias(us, "America");
  CHECK(kg.FindByName("america") == std::vector<ActorId>{us});
}

TEST_CASE("lookup: two actors sharing a name are both returned, in id order") {
  GraphBuilder b;
  ActorId country = b.Actor("Georgia", ActorKind::kCountry);
  Actor state;
  state.name = "Georgia";
  state.kind = ActorKind::kLocation;
  ActorId us_state = b.graph().AddActor(state);
  CHECK(b.graph().FindByName("georgia") == std::vector<ActorId>{country, us_state});
}

TEST_CASE("relations: out, in and both directions of an actor") {
  GraphBuilder b;
  RelationId war = b.AddRelation("Russia", "Georgia", "190", "2008");
  RelationId visit = b.AddRelation("NATO", "Russia", "042", "2010-11-03");
  ActorId russia = b.Actor("Russia");
  CHECK(b.graph().OutRelations(russia) == std::vector<RelationId>{war});
  CHECK(b.graph().InRelations(russia) == std::vector<RelationId>{visit});
  CHECK(b.graph().RelationsOf(russia) == std::vector<RelationId>{war, visit});
}

size_t EdgeCount(const KnowledgeGraph::View& view) {
  size_t n = 0;
  for (auto [it, end] = boost::edges(view); it != end; ++it) ++n;
  return n;
}

TEST_CASE("filtered views keep relations by time window, code prefix, quad class and modality") {
  GraphBuilder b;
  b.AddRelation("Russia", "Georgia", "190", "2008");
  b.AddRelation("NATO", "Russia", "042", "2010-11-03");
  b.AddRelation("Russia", "NATO", "036", "2010-11-19/2010-11-20", Modality::kPlanned);
  b.AddRelation("France", "Russia", "031", "2010-10");

  RelationFilter window;
  window.window = ParseDateRange("2010").value();
  CHECK(EdgeCount(b.graph().Filtered(window)) == 3);

  RelationFilter meetings;
  meetings.code_prefix = "04";
  CHECK(EdgeCount(b.graph().Filtered(meetings)) == 1);

  RelationFilter conflict;
  conflict.quad_class = 4;
  CHECK(EdgeCount(b.graph().Filtered(conflict)) == 1);

  RelationFilter planned;
  planned.modalities = ModalityBit(Modality::kPlanned);
  CHECK(EdgeCount(b.graph().Filtered(planned)) == 1);

  RelationFilter november;
  november.window = ParseDateRange("2010-11").value();
  november.code_prefix = "0";
  CHECK(EdgeCount(b.graph().Filtered(november)) == 2);
}

TEST_CASE("merging: a second report of the same event counts its source and keeps its evidence") {
  GraphBuilder b;
  RelationId id = b.AddRelation("Sergei Lavrov", "Anders Fogh Rasmussen", "040", "2010-11-03");
  Relation report = b.graph().relation(id);
  report.source = b.Actor("Anders Fogh Rasmussen");  // the other way round: still one meeting
  report.target = b.Actor("Sergei Lavrov");
  report.evidence = {{"doc2", "Rasmussen met Lavrov.", 0, 21}};
  REQUIRE(b.graph().FindSameEvent(report) == id);
  b.graph().MergeInto(id, report);
  CHECK(b.graph().relation(id).sources == 2);
  CHECK(b.graph().relation(id).evidence.size() == 1);

  Relation planned = report;
  planned.modality = Modality::kPlanned;
  CHECK(b.graph().FindSameEvent(planned) == 0);
  Relation later = report;
  later.date = ParseDateRange("2011-01-05").value();
  CHECK(b.graph().FindSameEvent(later) == 0);
}

}  // namespace
}  // namespace dipgraph
