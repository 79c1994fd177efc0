#include "syntax/tagger_features.h"

#include <algorithm>

namespace dyad::syntax {

namespace {

// Feature templates. Their numbers are part of the model format: changing
// them invalidates trained models (bump kTaggerFeatureVersion in tagger.cc).
enum Template : uint32_t {
  kBias,
  kForm,
  kLower,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kShape,
  kFlags,
  kPrevWord,
  kPrev2Word,
  kNextWord,
  kNext2Word,
  kPrevSuffix3,
  kNextSuffix3,
  kPrevShape,
  kNextShape,
  kPrevWordWord,
  kWordNextWord,
  kNext2Suffix3,
  kPrevPrevWordWord,
  kAmbiguity,
  kPrevAmbiguity,
  kNextAmbiguity,
  kNext2Ambiguity,
  kAmbiguityNextAmbiguity,
  kCasing,
  kCasingAmbiguity,
  // Tag history.
  kPrevTag,
  kPrev2Tag,
  kPrevTags,
  kPrevTagWord,
  kPrevTagSuffix3,
  kPrevTagNextWord,
  // Second pass: first-pass tags to the right.
  kNextTag,
  kNext2Tag,
  kNextTags,
  kPrevNextTag,
  kNextTagWord,
  kNextTagSuffix2,
};

constexpr uint64_t kSentinelBefore = 0x5151515151515151ull;
constexpr uint64_t kSentinelAfter = 0x7373737373737373ull;

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

void SentenceFeatures::Prepare(const std::vector<std::string>& words,
                               const AmbiguityClasses& ambiguity) {
  n_ = words.size();
  words_.resize(n_ + 2 * kPad);
  for (size_t p = 0; p < kPad; ++p) {
    for (Word* w : {&words_[p], &words_[n_ + kPad + p]}) {
      uint64_t s = w == &words_[p] ? kSentinelBefore : kSentinelAfter;
      w->form = w->lower = w->shape = w->flags = w->ambiguity = w->casing = s;
      std::fill(std::begin(w->pre), std::end(w->pre), s);
      std::fill(std::begin(w->suf), std::end(w->suf), s);
    }
  }
  // The sentence's casing profile: capitals mean little in all-lowercase or
  // ALL-CAPS text and in Title Case headlines, and much in ordinary prose.
  bool any_upper = false;
  size_t long_words = 0, capitalized = 0, all_caps = 0;  // not counting the first word
  for (size_t i = 0; i < n_; ++i) {
    const std::string& f = words[i];
    Word& w = words_[i + kPad];
    lower_.resize(f.size());
    bool digit = false, hyphen = false, upper = false, all_upper = !f.empty(), period = false;
    bool non_ascii = false;
    for (size_t k = 0; k < f.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(f[k]);
      bool up = c >= 'A' && c <= 'Z';
      lower_[k] = up ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      digit |= c >= '0' && c <= '9';
      hyphen |= c == '-';
      period |= c == '.';
      non_ascii |= c >= 0x80;
      upper |= up;
      if (c >= 'a' && c <= 'z') all_upper = false;
    }
    const char* lp = lower_.data();
    const size_t len = lower_.size();
    w.form = HashBytes(f.data(), f.size());
    w.lower = HashBytes(lp, len);
    auto amb = ambiguity.find(w.lower);
    w.ambiguity = amb == ambiguity.end() ? 0xA3B1C2D4E5F60718ull : amb->second & ~kCasingBits;
    const uint64_t seen = amb == ambiguity.end() ? 0 : amb->second & kCasingBits;
    for (size_t k = 0; k < 3; ++k) w.pre[k] = HashBytes(lp, std::min(len, k + 1)) + k;
    for (size_t k = 0; k < 4; ++k) {
      size_t m = std::min(len, k + 1);
      w.suf[k] = HashBytes(lp + len - m, m) + k;
    }
    char shape[12];
    size_t sn = 0;
    char last = 0;
    for (size_t k = 0; k < f.size() && sn < sizeof shape; ++k) {
      char c = ShapeClass(static_cast<unsigned char>(f[k]));
      if (c != last) shape[sn++] = c;
      last = c;
    }
    w.shape = HashBytes(shape, sn);
    bool first_upper = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
    const bool letter = first_upper || (!f.empty() && f[0] >= 'a' && f[0] <= 'z');
    any_upper |= upper;
    if (i > 0 && letter && len >= 4) {
      ++long_words;
      capitalized += first_upper;
      all_caps += all_upper;
    }
    // The word's casing here and in training; the sentence's profile is added
    // below, once all words are seen.
    w.casing = uint64_t{first_upper} | uint64_t{upper && all_upper} << 1 |
               uint64_t{i == 0} << 2 | seen << 3 | uint64_t{letter} << 5;
    w.flags = uint64_t{digit} | uint64_t{hyphen} << 1 | uint64_t{first_upper} << 2 |
              uint64_t{upper && all_upper} << 3 | uint64_t{i == 0} << 4 |
              uint64_t{non_ascii} << 5 | uint64_t{period} << 6 |
              uint64_t{std::min<size_t>(len, 4)} << 8;
  }
  uint64_t profile;
  if (!any_upper) {
    profile = 1;  // all lowercase
  } else if (long_words < 2) {
    profile = 2;  // too short to tell
  } else if (all_caps * 5 >= long_words * 4) {
    profile = 3;  // ALL CAPS
  } else {
    // Share of capitalized longer words, in quarters: Title Case is high.
    profile = 4 + (4 * capitalized) / long_words;
  }
  for (size_t i = 0; i < n_; ++i) words_[i + kPad].casing |= profile << 8;
  static_.resize(n_ * kStatic);
  for (size_t i = 0; i < n_; ++i) {
    const Word* w = &words_[i + kPad];
    const Word& prev = w[-1];
    const Word& prev2 = w[-2];
    const Word& next = w[1];
    const Word& next2 = w[2];
    uint64_t* o = &static_[i * kStatic];
    o[0] = FeatureKey(kBias, 0);
    o[1] = FeatureKey(kForm, w->form);
    o[2] = FeatureKey(kLower, w->lower);
    o[3] = FeatureKey(kPrefix1, w->pre[0]);
    o[4] = FeatureKey(kPrefix2, w->pre[1]);
    o[5] = FeatureKey(kPrefix3, w->pre[2]);
    o[6] = FeatureKey(kSuffix1, w->suf[0]);
    o[7] = FeatureKey(kSuffix2, w->suf[1]);
    o[8] = FeatureKey(kSuffix3, w->suf[2]);
    o[9] = FeatureKey(kSuffix4, w->suf[3]);
    o[10] = FeatureKey(kShape, w->shape);
    o[11] = FeatureKey(kFlags, w->flags);
    o[12] = FeatureKey(kPrevWord, prev.lower);
    o[13] = FeatureKey(kPrev2Word, prev2.lower);
    o[14] = FeatureKey(kNextWord, next.lower);
    o[15] = FeatureKey(kNext2Word, next2.lower);
    o[16] = FeatureKey(kPrevSuffix3, prev.suf[2]);
    o[17] = FeatureKey(kNextSuffix3, next.suf[2]);
    o[18] = FeatureKey(kPrevShape, prev.shape);
    o[19] = FeatureKey(kNextShape, next.shape);
    o[20] = FeatureKey(kPrevWordWord, prev.lower, w->lower);
    o[21] = FeatureKey(kWordNextWord, w->lower, next.lower);
    o[22] = FeatureKey(kNext2Suffix3, next2.suf[2]);
    o[23] = FeatureKey(kPrevPrevWordWord, FeatureKey(kPrevPrevWordWord, prev2.lower, prev.lower),
                       w->lower);
    o[24] = FeatureKey(kAmbiguity, w->ambiguity);
    o[25] = FeatureKey(kPrevAmbiguity, prev.ambiguity);
    o[26] = FeatureKey(kNextAmbiguity, next.ambiguity);
    o[27] = FeatureKey(kNext2Ambiguity, next2.ambiguity);
    o[28] = FeatureKey(kAmbiguityNextAmbiguity, w->ambiguity, next.ambiguity);
    o[29] = FeatureKey(kCasing, w->casing);
    o[30] = FeatureKey(kCasingAmbiguity, w->casing, w->ambiguity);
  }
}

size_t SentenceFeatures::Features(size_t i, int prev1, int prev2, const int* right_tags,
                                  uint64_t* out) const {
  std::copy_n(&static_[i * kStatic], kStatic, out);
  size_t n = kStatic;
  const Word& w = words_[i + kPad];
  const uint64_t p1 = static_cast<uint64_t>(prev1 + 1), p2 = static_cast<uint64_t>(prev2 + 1);
  out[n++] = FeatureKey(kPrevTag, p1);
  out[n++] = FeatureKey(kPrev2Tag, p2);
  out[n++] = FeatureKey(kPrevTags, p1, p2);
  out[n++] = FeatureKey(kPrevTagWord, p1, w.lower);
  out[n++] = FeatureKey(kPrevTagSuffix3, p1, w.suf[2]);
  out[n++] = FeatureKey(kPrevTagNextWord, p1, words_[i + kPad + 1].lower);
  if (right_tags != nullptr) {
    const uint64_t n1 = i + 1 < n_ ? static_cast<uint64_t>(right_tags[i + 1] + 1) : 0xFFFF;
    const uint64_t n2 = i + 2 < n_ ? static_cast<uint64_t>(right_tags[i + 2] + 1) : 0xFFFF;
    out[n++] = FeatureKey(kNextTag, n1);
    out[n++] = FeatureKey(kNext2Tag, n2);
    out[n++] = FeatureKey(kNextTags, n1, n2);
    out[n++] = FeatureKey(kPrevNextTag, p1, n1);
    out[n++] = FeatureKey(kNextTagWord, n1, w.lower);
    out[n++] = FeatureKey(kNextTagSuffix2, n1, w.suf[1]);
  }
  return n;
}

}  // namespace dyad::syntax
