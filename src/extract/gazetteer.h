// The gazetteer (data/gazetteer/*.tsv): countries with their names, adjectives, capitals and seats
// of power; organizations and groups with acronyms and descriptions; people with their terms of
// office; cities. Matches token sequences to entries.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/types.h"
#include "src/extract/lemmatizer.h"
#include "src/extract/token.h"

namespace dipgraph {

struct Term {
  std::string of;  // ISO3 or organization id
  std::string role;
  int from = 0, to = 0;  // day numbers; to = INT_MAX while in office
};

struct GazEntry {
  std::string key;  // ISO3, organization id, or the name for people and cities
  std::string name;
  ActorKind kind = ActorKind::kOther;
  std::string iso3;                   // countries; the country of a city
  std::string adjective;              // countries: the first nationality adjective ("French")
  int from_year = 0, to_year = 9999;  // states that no longer exist
  std::vector<Term> terms;            // people
  std::vector<std::string> names;     // every name it goes by (not adjectives or descriptions)
};

// How a name points at its entry.
enum class NameUse { kName, kAdjective, kCapital, kMetonym, kDescription, kCity };

struct GazMatch {
  int entry = -1;
  NameUse use = NameUse::kName;
};

class Gazetteer {
 public:
  // The gazetteer built from the embedded data files (built once, shared, immutable).
  static const Gazetteer& Get();

  // The longest name starting at tokens[i]; fills *len (0 when none) and returns every entry
  // with that name. Proper names must be capitalised in the text; acronyms must be in capitals.
  std::vector<GazMatch> Match(const std::vector<Token>& tokens, size_t i, size_t* len) const;
  const GazEntry& entry(int i) const { return entries_[i]; }
  int Find(std::string_view key) const;  // by ISO3, organization id or person name; -1 if none
  // A person whose name is within a small edit distance of `name` ("Medevedev"), or -1.
  int FindPersonFuzzy(std::string_view name) const;
  // Whether the entry (a state) existed in the given year.
  bool ExistsIn(int entry, int year) const;
  size_t size() const { return entries_.size(); }

 private:
  Gazetteer();
  struct Phrase {
    std::vector<std::string> norms;
    GazMatch match;
    bool proper = true;    // must be capitalised in the text
    bool acronym = false;  // must be in capitals
  };
  int Add(GazEntry e);
  void AddName(int entry, std::string_view name, NameUse use);
  void LoadCountries();
  void LoadOrganizations();
  void LoadPeople();
  void LoadCities();
  bool PhraseMatches(const Phrase& p, const std::vector<Token>& tokens, size_t i) const;
  std::vector<GazEntry> entries_;
  WordTable<int> by_key_;
  // Phrases by first word, then (for longer phrases) by second word: "the" alone starts hundreds
  // of descriptions, so the second word must narrow them before any comparison.
  struct Bucket {
    std::vector<Phrase> single;
    WordTable<std::vector<Phrase>> by_second;
  };
  WordTable<Bucket> by_first_;
  void IndexPersonKeys();
  std::vector<std::pair<std::string, int>> person_keys_;  // NameKey of each person's name
  std::array<uint32_t, 257> person_first_{};  // person_keys_[person_first_[b]...] start with byte b
};

}  // namespace dipgraph
