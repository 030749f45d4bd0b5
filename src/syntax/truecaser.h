// Headlines in capitals ("SHULTZ TO VISIT MOSCOW NEXT MONTH") give the tagger no case to read.
// The truecaser writes such a sentence as running text would have it, word by word, with the
// casing the training text used most for that word ("to", "Moscow", "U.S.") and unknown words as
// names ("Shultz"); the tagger then reads the sentence it was trained on.
#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "src/syntax/conllu.h"

namespace dipgraph::syntax {

class Truecaser {
 public:
  // Whether the sentence is written in capitals: at least two words of two or more letters,
  // and nearly all of them (80%) without a lowercase letter.
  static bool IsAllCaps(const std::vector<std::string_view>& forms);
  // The forms as running text would case them.
  std::vector<std::string> Recase(const std::vector<std::string_view>& forms) const;

  static Truecaser Train(const std::vector<ConlluSentence>& train);
  void Write(std::ostream& out) const;
  static Result<Truecaser> Read(std::istream& in);

 private:
  std::unordered_map<std::string, std::string> casing_;  // lowercase -> usual form
};

}  // namespace dipgraph::syntax
