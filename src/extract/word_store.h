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
    if (word.empty()) return {};
    std::memcpy(Reserve(word.size()), word.data(), word.size());
    return Commit(word.size());
  }

  // Room for a word of at most `max` bytes, written in place and then kept with Commit(its size).
  char* Reserve(size_t max) {
    if (max > left_) NewChunk(max);
    return next_;
  }
  std::string_view Commit(size_t size) {
    std::string_view word(next_, size);
    next_ += size;
    left_ -= size;
    return word;
  }

 private:
  // Chunks grow from 1 KB (a gazetteer name, a short story) to 64 KB, and are not zeroed.
  void NewChunk(size_t at_least) {
    chunk_size_ = std::min<size_t>(chunk_size_ == 0 ? 1024 : chunk_size_ * 2, 65536);
    size_t size = std::max(chunk_size_, at_least);
    chunks_.emplace_back(new char[size]);
    next_ = chunks_.back().get();
    left_ = size;
  }
  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  size_t chunk_size_ = 0;
};

}  // namespace dipgraph
