// Feature extraction for the part-of-speech tagger: the hashed features of
// each word position, in the style of Ratnaparkhi (1996), Collins (2002) and
// Honnibal's averaged-perceptron tagger.
//
// SentenceFeatures::Prepare() hashes every word of a sentence once (case,
// lowercase form, prefixes, suffixes, shape, flags, ambiguity class: the set
// of tags the word had in training, its casing here and in training with
// the casing profile of the sentence) and precomputes the
// features that do not depend on predicted tags; Features() then appends
// the tag-history features for one decision. The first pass sees the two
// previous predicted tags; the second pass also sees the first pass's tags
// of the next two words. Nothing is allocated per word once the scratch
// vectors have grown.
//
// Thread safety: a SentenceFeatures is scratch space for one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad::syntax {

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ull;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dull;
  x ^= x >> 33;
  return x;
}

// A feature key: template id and one or two hashed values.
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a) {
  return Mix64(a ^ (uint64_t{tmpl} + 1) * 0x9E3779B97F4A7C15ull);
}
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b) {
  return Mix64(FeatureKey(tmpl, a) + b * 0xC2B2AE3D27D4EB4Full);
}

// 64-bit FNV-1a of a byte string (words are keyed by it in the tag dictionary).
inline uint64_t HashBytes(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 1099511628211ull;
  }
  return h;
}

inline constexpr size_t kMaxTaggerFeatures = 48;

// Lowercase-form hash -> hash of the set of classes the word had in training
// (its ambiguity class), whose two low bits say how the word was written
// there: kSeenLowercase, kSeenCapitalized (not sentence-initially).
using AmbiguityClasses = std::unordered_map<uint64_t, uint64_t>;
inline constexpr uint64_t kSeenLowercase = 1, kSeenCapitalized = 2;
inline constexpr uint64_t kCasingBits = kSeenLowercase | kSeenCapitalized;

class SentenceFeatures {
 public:
  // Hashes the words; must precede Features() for this sentence.
  void Prepare(const std::vector<std::string>& words, const AmbiguityClasses& ambiguity);

  size_t size() const { return n_; }
  // Hash of the exact form of word i (tag-dictionary key).
  uint64_t form_hash(size_t i) const { return words_[i + kPad].form; }

  // Writes the features of word i to `out` (room for kMaxTaggerFeatures)
  // given the previous two predicted tags (-1 before the sentence) and,
  // for the second pass, first-pass tags of the whole sentence
  // (`right_tags`, nullptr in the first pass). Returns the count.
  size_t Features(size_t i, int prev1, int prev2, const int* right_tags, uint64_t* out) const;

  // The features of word i that do not depend on tags (the first kStatic
  // of Features()), e.g. for prefetching.
  static constexpr size_t kStatic = 31;
  const uint64_t* static_features(size_t i) const { return &static_[i * kStatic]; }

 private:
  static constexpr size_t kPad = 2;
  struct Word {
    uint64_t form, lower, pre[3], suf[4], shape, flags, ambiguity;
    uint64_t casing;  // how the word is written here and was in training
  };
  size_t n_ = 0;
  std::vector<Word> words_;      // n_ + 2 * kPad, padded with sentinels
  std::vector<uint64_t> static_;  // n_ x kStatic
  std::string lower_;            // scratch
};

}  // namespace dyad::syntax
