#include "dictionary/prefix_trie.h"

#include <algorithm>

namespace dyad::dict {

void PrefixTrie::Insert(std::string_view key, int value, bool exact) {
  if (pending_.empty()) pending_.emplace_back();
  int node = 0;
  for (unsigned char c : key) {
    auto& kids = pending_[node].children;
    auto it = std::find_if(kids.begin(), kids.end(), [c](const auto& e) { return e.first == c; });
    if (it != kids.end()) {
      node = it->second;
      continue;
    }
    int next = static_cast<int>(pending_.size());
    pending_[node].children.emplace_back(c, next);
    pending_.emplace_back();
    node = next;
  }
  (exact ? pending_[node].exact : pending_[node].values).push_back(value);
}

void PrefixTrie::Build() {
  nodes_.assign(pending_.size(), Node());
  edges_.clear();
  values_.clear();
  for (size_t i = 0; i < pending_.size(); ++i) {
    auto& p = pending_[i];
    std::sort(p.children.begin(), p.children.end());
    nodes_[i].children_begin = static_cast<uint32_t>(edges_.size());
    edges_.insert(edges_.end(), p.children.begin(), p.children.end());
    nodes_[i].children_end = static_cast<uint32_t>(edges_.size());
    nodes_[i].values_begin = static_cast<uint32_t>(values_.size());
    values_.insert(values_.end(), p.values.begin(), p.values.end());
    nodes_[i].exact_begin = static_cast<uint32_t>(values_.size());
    values_.insert(values_.end(), p.exact.begin(), p.exact.end());
    nodes_[i].values_end = static_cast<uint32_t>(values_.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

int PrefixTrie::Child(int node, unsigned char c) const {
  const Node& n = nodes_[node];
  auto first = edges_.begin() + n.children_begin;
  auto last = edges_.begin() + n.children_end;
  auto it = std::lower_bound(first, last, std::make_pair(c, 0),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  if (it == last || it->first != c) return -1;
  return it->second;
}

}  // namespace dyad::dict
