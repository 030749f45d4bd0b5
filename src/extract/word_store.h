// Storage for the words of tokens (normalised forms, lemmas). Tokens view their words here instead
// of owning a std::string each: a document of 10,000 tokens made 20,000 strings.
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph {

// An append-only arena: a view it hands out stays valid, at the same address, as long as the store
// lives (it is never moved or copied: hold it by pointer).
class WordStore {
 public:
  WordStore() = default;
  WordStore(const WordStore&) = delete;
  WordStore& operator=(const WordStore&) = delete;

  std::string_view Add(std::string_view word) {
    if (word.size() > left_) NewChunk(word.size());
    char* at = next_;
    std::memcpy(at, word.data(), word.size());
    next_ += word.size();
    left_ -= word.size();
    return {at, word.size()};
  }

 private:
  static constexpr size_t kChunk = 16384;
  void NewChunk(size_t at_least) {
    size_t size = std::max(kChunk, at_least);
    chunks_.push_back(std::make_unique<char[]>(size));
    next_ = chunks_.back().get();
    left_ = size;
  }
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

}  // namespace dipgraph
