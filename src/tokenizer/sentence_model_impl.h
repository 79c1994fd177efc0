// The inside of a SentenceModel, shared by sentence_model.cc (loading,
// inference) and sentence_model_train.cc (which builds one per epoch to
// score it on dev with the real splitter).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/sentence_model.h"
#include "ml/model_file.h"
#include "ml/perceptron.h"
#include "tokenizer/sentence_features.h"

namespace dyad {

// The perceptron's two rows folded into one number per feature, the
// margin weight(boundary) - weight(none), in an open-addressing table of
// 8-byte slots: the splitter is on the hot path, and one cache line per
// feature instead of the general Perceptron's three (key, row index, row)
// is what keeps the model cheap (see doc/model_format.md).
class MarginTable {
 public:
  // From ml::Perceptron::Serialize() bytes of a two-class perceptron.
  Status Build(std::string_view perceptron_bytes);
  float Margin(const uint64_t* keys, size_t n) const {
    float m = 0;
    for (size_t f = 0; f < n; ++f) {
      // A 32-bit check from the key's high bits confirms the slot: a
      // feature absent from the model matches a stored one with chance
      // 2^-32 per probe, far below any effect on a decision.
      const uint32_t check = static_cast<uint32_t>(keys[f] >> 32) | 1u;
      for (uint64_t i = Home(keys[f]);; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.check == check) {
          m += s.margin;
          break;
        }
        if (s.check == 0) break;
      }
    }
    return m;
  }

 private:
  // Fibonacci hashing: the multiply spreads every key bit into the top
  // bits, which pick the slot (keys of small-integer templates differ in
  // few low bits, and linear probing would cluster them).
  uint64_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }

  struct Slot {
    uint32_t check = 0;  // 0 = empty
    float margin = 0;
  };
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  int shift_ = 64;
};

struct SentenceModel::Impl {
  // Two classes: 0 no boundary, 1 boundary. `weights` is what training
  // produces and the file stores; `table` is what inference reads.
  ml::Perceptron weights;
  MarginTable table;
  // Where the rules found no boundary, the model adds one when its score
  // margin (boundary minus no boundary) exceeds add_margin. Where they did,
  // it removes it only when `veto` is on and the margin is below
  // -veto_margin. Positive margins trade recall for precision: news, which
  // the model never saw, should only change where it is sure.
  float add_margin = 0;
  // Whether the model may add a boundary right after a closing quote or
  // square bracket. In EWT's web text "[url] Next" often ends a sentence; in
  // news it is an insertion or a quoted phrase ("[FIFA] World Cup",
  // "Reports: 'streamlined' UK asylum process"), so the bundled model is
  // trained with this off.
  bool add_after_closer = true;
  bool veto = false;
  float veto_margin = 0;
  std::string header;

  float Margin(const tok::BoundaryCandidate& c) const { return table.Margin(c.features, c.n); }
  bool Decide(const tok::BoundaryCandidate& c) const {
    const float m = Margin(c);
    if (c.rule) return !veto || m >= -veto_margin;
    return m > add_margin && (add_after_closer || !c.after_closer);
  }

  // The "settings" section: key=value lines.
  std::string Settings() const;
  Status ParseSettings(std::string_view text);

  // Fills `table` from `weights`.
  Status Compile() { return table.Build(weights.Serialize()); }

  // A model file (kind "splitter") holding this model.
  ml::ModelWriter Writer() const;
};

}  // namespace dyad
