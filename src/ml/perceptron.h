// Averaged perceptron over hashed sparse features (Collins 2002; Freund &
// Schapire's averaging), the learner behind dyad's tagger and parser.
//
// Features are 64-bit hashes (FeatureHash); each feature owns a row of one
// weight per class. PerceptronTrainer learns with lazy averaging (totals and
// timestamps per weight) and yields an immutable Perceptron, whose scoring is
// a hash probe and a row add per feature.
//
// Thread safety: a Perceptron is immutable and safe to share; a
// PerceptronTrainer is single-threaded.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::ml {

// FNV-1a over bytes, mixed with a template id so equal strings in different
// templates differ.
inline uint64_t FeatureHash(uint32_t template_id, std::string_view value) {
  uint64_t h = 1469598103934665603ull ^ (uint64_t{template_id} * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : value) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

inline uint64_t FeatureHash(uint32_t template_id, std::string_view a, std::string_view b) {
  uint64_t h = FeatureHash(template_id, a);
  h ^= 0xFF;
  h *= 1099511628211ull;
  for (unsigned char c : b) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

class Perceptron {
 public:
  int classes() const { return classes_; }
  size_t features() const { return keys_.size(); }

  // scores[c] += sum of weights of the given features for class c.
  void Score(const uint64_t* features, size_t n, float* scores) const;

  // Serialised form for model files (see doc/model_format.md).
  std::string Serialize() const;
  Status Deserialize(std::string_view bytes);

 private:
  friend class PerceptronTrainer;
  int Find(uint64_t key) const;

  int classes_ = 0;
  std::vector<uint64_t> keys_;   // open addressing, 0 = empty; size is a power of two
  std::vector<int32_t> rows_;    // slot -> row index
  std::vector<float> weights_;   // row-major, classes_ per row
  uint64_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}

  // Current (non-averaged) scores, for decoding during training.
  void Score(const uint64_t* features, size_t n, float* scores) const;

  // Moves weight from `guess` to `truth` for these features (no-op if equal).
  void Update(const uint64_t* features, size_t n, int truth, int guess);

  // Counts one training instance (call once per decision).
  void Tick() { ++clock_; }

  // The averaged model; rows whose averaged weights are all below
  // `min_abs_weight` in magnitude are dropped.
  Perceptron Average(float min_abs_weight = 0.0f) const;

 private:
  int Row(uint64_t key, bool create);

  int classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, int> index_;
  std::vector<float> weights_, totals_;
  std::vector<uint64_t> stamps_;
};

}  // namespace dyad::ml
