// StringTable: a read-mostly map from strings to values, looked up by
// string_view without building a std::string.
//
// The lemmatizer asks up to ten such lookups per word (exact form, lowercase
// form, each suffix length); with std::unordered_map each one hashed a
// freshly assembled std::string and chased a list node, a tenth of tagging
// and parsing time. Here entries live in one vector, and an open-addressing
// index of entry numbers, placed by the key's 64-bit FNV-1a hash (kept per
// entry, so a probe compares strings only when the hashes agree), finds
// them. The first value emplaced for a key wins, as with emplace().
//
// Thread safety: const methods are safe from any number of threads once
// the table is built; building is single-threaded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::syntax {

template <typename V>
class StringTable {
 public:
  using value_type = std::pair<std::string, V>;

  void clear() {
    entries_.clear();
    hashes_.clear();
    index_.clear();
  }
  void reserve(size_t n) {
    entries_.reserve(n);
    hashes_.reserve(n);
    if (index_.size() < 2 * n) Reindex(2 * n);
  }
  size_t size() const { return entries_.size(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }

  // Adds key -> value unless the key is present; returns whether it added.
  bool emplace(std::string key, V value) {
    const uint64_t h = Hash(key);
    if (Locate(key, h) != nullptr) return false;
    if (2 * (entries_.size() + 1) > index_.size()) Reindex(4 * (entries_.size() + 1));
    entries_.emplace_back(std::move(key), std::move(value));
    hashes_.push_back(h);
    Place(static_cast<uint32_t>(entries_.size()), h);
    return true;
  }

  // The value of `key`, or nullptr.
  const V* Find(std::string_view key) const {
    const value_type* e = Locate(key, Hash(key));
    return e == nullptr ? nullptr : &e->second;
  }

 private:
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
  }
  const value_type* Locate(std::string_view key, uint64_t h) const {
    if (index_.empty()) return nullptr;
    const size_t mask = index_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint32_t e = index_[i];
      if (e == 0) return nullptr;
      if (hashes_[e - 1] == h && entries_[e - 1].first == key) return &entries_[e - 1];
    }
  }
  // Puts entry number `e` (1-based) into the index.
  void Place(uint32_t e, uint64_t h) {
    const size_t mask = index_.size() - 1;
    size_t i = h & mask;
    while (index_[i] != 0) i = (i + 1) & mask;
    index_[i] = e;
  }
  void Reindex(size_t at_least) {
    size_t size = 16;
    while (size < at_least) size <<= 1;
    index_.assign(size, 0);
    for (size_t e = 0; e < entries_.size(); ++e) Place(static_cast<uint32_t>(e + 1), hashes_[e]);
  }

  std::vector<value_type> entries_;
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> index_;  // 0 = empty, else entry number + 1
};

}  // namespace dyad::syntax
