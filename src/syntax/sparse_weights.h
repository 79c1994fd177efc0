// SparseWeights: the compact, read-only form of an averaged perceptron used
// by the tagger at run time.
//
// ml::Perceptron stores one weight per class for every feature; most tagger
// features only ever touched two or three classes, so SparseWeights keeps
// each feature's non-zero weights as (class, weight) pairs, dropping weights
// below a magnitude threshold. A feature is one open-addressing probe plus a
// short run of adds. Built from a trained ml::Perceptron (via its documented
// serialised form), written to and read from a model-file section.
//
// Thread safety: immutable after Build()/Deserialize(); Score() is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "ml/perceptron.h"

namespace dyad::syntax {

class SparseWeights {
 public:
  // Keeps the weights of `p` whose magnitude exceeds `min_abs_weight`.
  static SparseWeights Build(const ml::Perceptron& p, float min_abs_weight);

  int classes() const { return classes_; }
  size_t features() const { return rows_; }
  size_t weights() const { return entries_.size(); }

  // scores[c] += weight of (feature, c) for each feature.
  void Score(const uint64_t* features, size_t n, float* scores) const {
    for (size_t f = 0; f < n; ++f) {
      uint64_t key = features[f] == 0 ? 1 : features[f];
      for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.key == key) {
          const Entry* e = &entries_[s.begin];
          for (uint32_t k = 0; k < s.count; ++k) scores[e[k].cls] += e[k].weight;
          break;
        }
        if (s.key == 0) break;
      }
    }
  }

  std::string Serialize() const;
  Status Deserialize(std::string_view bytes);

 private:
  struct Slot {
    uint64_t key = 0;  // 0 = empty
    uint32_t begin = 0, count = 0;
  };
  struct Entry {
    float weight;
    uint32_t cls;
  };
  // Rebuilds slots_ from rows given as (key, begin, count) in entry order.
  void Index(const std::vector<Slot>& rows);

  int classes_ = 0;
  size_t rows_ = 0;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  uint64_t mask_ = 0;
};

}  // namespace dyad::syntax
