// PrefixTrie: finds every dictionary key that is a prefix of a word, in one
// pass over the word's bytes.
//
// TABARI matches stems: the key RESTOR matches RESTORE, RESTORED and
// RESTORING. Looking a word up therefore means finding all keys that are
// prefixes of it; probing a hash map with every prefix costs O(length^2)
// per word, the trie O(length).
//
// Thread safety: immutable after Build(); lookups are const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::dict {

class PrefixTrie {
 public:
  // Adds `value` under `key`. An `exact` value is for a key that must be the
  // whole word, or the word less a regular ending (S 'S S' ' ED ES EN ING).
  void Insert(std::string_view key, int value, bool exact);

  // Calls fn(value) for every stem value stored under a key that is a prefix
  // of `word`, and every exact value whose key is the word or the word less
  // a regular ending; longest key first.
  template <typename Fn>
  void ForEachPrefix(std::string_view word, Fn&& fn) const {
    if (nodes_.empty()) return;
    int path[kMaxDepth];
    int depth = 0;
    int node = 0;
    for (size_t i = 0; i < word.size() && depth < kMaxDepth; ++i) {
      node = Child(node, static_cast<unsigned char>(word[i]));
      if (node < 0) break;
      path[depth++] = node;
    }
    for (int k = depth - 1; k >= 0; --k) {
      const Node& n = nodes_[path[k]];
      for (uint32_t v = n.values_begin; v < n.exact_begin; ++v) fn(values_[v]);
      if (n.exact_begin < n.values_end && IsEnding(word.substr(static_cast<size_t>(k) + 1))) {
        for (uint32_t v = n.exact_begin; v < n.values_end; ++v) fn(values_[v]);
      }
    }
  }

  // "", or one of the regular noun and verb endings.
  static bool IsEnding(std::string_view rest) {
    return rest.empty() || rest == "S" || rest == "'S" || rest == "S'" || rest == "'" ||
           rest == "ED" || rest == "ES" || rest == "EN" || rest == "ING";
  }

  // Freezes the trie: sorts children and packs values. Call once after inserts.
  void Build();

  size_t size() const { return nodes_.size(); }

 private:
  static constexpr int kMaxDepth = 64;
  struct Node {
    uint32_t children_begin = 0, children_end = 0;  // into edges_
    uint32_t values_begin = 0, exact_begin = 0, values_end = 0;  // stems, then exact
  };
  int Child(int node, unsigned char c) const;

  // Build-time form.
  struct Pending {
    std::vector<std::pair<unsigned char, int>> children;
    std::vector<int> values, exact;
  };
  std::vector<Pending> pending_;

  std::vector<Node> nodes_;
  std::vector<std::pair<unsigned char, int>> edges_;  // sorted by byte within a node
  std::vector<int> values_;
};

}  // namespace dyad::dict
