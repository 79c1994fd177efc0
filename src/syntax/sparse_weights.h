// SparseWeights: the compact, read-only form of an averaged perceptron used
// by the tagger at run time.
//
// ml::Perceptron stores one weight per class for every feature; most tagger
// features only ever touched two or three classes, so SparseWeights keeps
// each feature's non-zero weights as (class, weight) pairs, dropping weights
// below a magnitude threshold. Built from a trained ml::Perceptron (via its
// documented serialised form) or as the mean of several (bagging); scoring
// goes through scorer(), the same quantised hash table the parser uses.
//
// Only weights built in this process (Build, Mean) keep their float
// entries, which Mean averages. A model file holds the scoring form alone
// (Serialize, Deserialize: ml::CompactPerceptron's bytes), so a loaded
// SparseWeights scores but adds nothing to a Mean.
//
// Thread safety: immutable after Build()/Mean()/Deserialize().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "ml/perceptron.h"
#include "ml/sparse_perceptron.h"

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
  // What the model stores (weights that quantise to 0 are not kept).
  size_t features() const { return scorer_.features(); }
  size_t weights() const { return scorer_.weights(); }

  // The weights in scoring form: quantised to int16, short rows inline in
  // the hash table, long ones dense (ml::CompactPerceptron). Tagging scores
  // with this and saves it; the float entries are what Mean averages.
  const ml::CompactPerceptron& scorer() const { return scorer_; }

  // The scoring form's bytes (doc/model_format.md), and back.
  std::string Serialize() const;
  Status Deserialize(std::string_view bytes);

 private:
  struct Entry {
    float weight;
    uint32_t cls;  // class | kLast
  };
  static constexpr uint32_t kClassMask = 0xFFu;
  static constexpr uint32_t kLast = 0x100u;  // last entry of its feature
  // Sets the rows (keys in entry order, their entry counts) and builds scorer_.
  void Index(std::vector<uint64_t> keys, const std::vector<uint32_t>& counts);

  int classes_ = 0;
  std::vector<uint64_t> keys_;      // per row, in entry order (for Mean)
  std::vector<uint32_t> counts_;    // per row
  std::vector<Entry> entries_;
  ml::CompactPerceptron scorer_;
};

}  // namespace dyad::syntax
