// The small graph the viz tests draw: Russia, Georgia, NATO and friends around November 2010,
// with two people affiliated to their state and organization, a planned, a hypothetical and a
// negated relation.
#pragma once

#include <sstream>
#include <string>

#include "tests/test_util.h"
#include "viz/dot_writer.h"

namespace dipgraph::testing {

class VizFixture {
 public:
  VizFixture() {
    russia = b.Actor("Russia");
    georgia = b.Actor("Georgia");
    nato = b.Actor("NATO", ActorKind::kOrganization);
    afghanistan = b.Actor("Afghanistan");
    us = b.Actor("United States");
    medvedev = b.Actor("Dmitry Medvedev", ActorKind::kPerson);
    rasmussen = b.Actor("Anders Fogh Rasmussen", ActorKind::kPerson);
    kg().AddAlias(russia, "Russian Federation");
    kg().AddAlias(medvedev, "Medvedev");
    kg().AddAffiliation(medvedev, {russia, "president", false});
    kg().AddAffiliation(rasmussen, {nato, "secretary general", false});
    b.AddRelation("Russia", "Georgia", "190", "2008-08-08");
    b.AddRelation("Russia", "Georgia", "193", "2008-08-10");
    b.AddRelation("Georgia", "Russia", "190", "2008-08-08");
    b.AddRelation("Russia", "Georgia", "112", "2010-11-03");
    AddWithEvidence("NATO", "Russia", "042", "2010-11-03",
                    "NATO Secretary-General Anders Fogh Rasmussen visited Moscow on Wednesday "
                    "to prepare the summit in Lisbon, where Russia's president is expected.");
    b.AddRelation("Russia", "NATO", "036", "2010-11-19/2010-11-20", Modality::kPlanned);
    b.AddRelation("Dmitry Medvedev", "Anders Fogh Rasmussen", "040", "2010-11-20",
                  Modality::kPlanned);
    b.AddRelation("Russia", "Afghanistan", "070", "2010-11");
    b.AddRelation("United States", "Russia", "057", "2010", Modality::kHypothetical);
    b.AddRelation("United States", "Russia", "111", "2010-11", Modality::kNegated);
    b.AddRelation("NATO", "Afghanistan", "190", "2010");
  }

  KnowledgeGraph& kg() { return b.graph(); }

  RelationId AddWithEvidence(const std::string& source, const std::string& target,
                             const std::string& cameo, const std::string& date,
                             const std::string& text) {
    Relation r;
    r.source = b.Actor(source);
    r.target = b.Actor(target);
    r.cameo = cameo;
    r.date = ParseDateRange(date).value();
    r.evidence.push_back({"doc1", text, 0, static_cast<int64_t>(text.size())});
    return kg().AddRelation(r);
  }

  // SelectSubgraph + WriteDot into a string; fails the test on a selection error.
  std::string Dot(const viz::RenderOptions& options) {
    auto sub = viz::SelectSubgraph(kg(), options);
    REQUIRE_OK(sub.status());
    std::ostringstream out;
    viz::WriteDot(kg(), *sub, options, out);
    return out.str();
  }

  GraphBuilder b;
  ActorId russia = 0, georgia = 0, nato = 0, afghanistan = 0, us = 0, medvedev = 0, rasmussen = 0;
};

}  // namespace dipgraph::testing
