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
// Thread safety: immutable after Build()/Deserialize(); Find() and AddRun() are const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "ml/huge_pages.h"
#include "ml/perceptron.h"

namespace dyad::syntax {

class SparseWeights {
 public:
  // Keeps the weights of `p` whose magnitude exceeds `min_abs_weight`.
  static SparseWeights Build(const ml::Perceptron& p, float min_abs_weight);
  // The mean of several models' weights (an ensemble of perceptrons trained
  // with different seeds), keeping those whose magnitude exceeds
  // `min_abs_weight`. The models must have the same classes.
  static SparseWeights Mean(const std::vector<const SparseWeights*>& models,
                            float min_abs_weight);

  int classes() const { return classes_; }
  size_t features() const { return rows_; }
  size_t weights() const { return entries_.size(); }

  struct Entry {
    float weight;
    uint32_t cls;  // class | kLast
  };

  // The weights of one feature (nullptr when the model lacks it); asks the
  // CPU to fetch them, so that AddRun() finds them in cache. Scoring a
  // feature is Find() then AddRun(), which adds its weights to scores[class].
  const Entry* Find(uint64_t feature) const {
    const uint64_t key = feature == 0 ? 1 : feature;
    const uint32_t check = static_cast<uint32_t>(key >> 32);
    for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.begin == kEmpty) return nullptr;
      if (s.check == check) {
        __builtin_prefetch(&entries_[s.begin]);
        return &entries_[s.begin];
      }
    }
  }
  static void AddRun(const Entry* e, float* scores) {
    if (e == nullptr) return;
    for (;; ++e) {
      scores[e->cls & kClassMask] += e->weight;
      if (e->cls & kLast) break;
    }
  }

  // Asks the CPU to fetch the index slots of these features ahead of Find().
  void Prefetch(const uint64_t* features, size_t n) const {
    for (size_t f = 0; f < n; ++f) __builtin_prefetch(&slots_[(features[f] == 0 ? 1 : features[f]) & mask_]);
  }

  std::string Serialize() const;
  Status Deserialize(std::string_view bytes);

 private:
  // 8-byte slots keep the index small enough to stay in cache: the slot
  // number gives the key's low bits, `check` its high 32 bits.
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr uint32_t kClassMask = 0xFFu;
  static constexpr uint32_t kLast = 0x100u;  // last entry of its feature
  struct Slot {
    uint32_t check = 0;
    uint32_t begin = kEmpty;
  };
  // Sets the rows (keys in entry order, their entry counts) and builds slots_.
  void Index(std::vector<uint64_t> keys, const std::vector<uint32_t>& counts);

  int classes_ = 0;
  size_t rows_ = 0;
  std::vector<uint64_t> keys_;      // per row, in entry order (for Serialize)
  std::vector<uint32_t> counts_;    // per row
  // Read at random while tagging, hence in huge pages (ml/huge_pages.h).
  ml::HugePageVector<Slot> slots_;
  ml::HugePageVector<Entry> entries_;
  uint64_t mask_ = 0;
};

}  // namespace dyad::syntax
