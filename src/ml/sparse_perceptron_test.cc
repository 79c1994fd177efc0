#include "ml/sparse_perceptron.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <random>
#include <vector>

namespace dyad::ml {
namespace {

// A model of random rows: most short (inline in their slot), some longer than
// a slot holds (dense, out of line), as the parser's are.
CompactPerceptron RandomModel(int classes, size_t features, std::mt19937_64* rng,
                              std::vector<uint64_t>* keys) {
  CompactPerceptron::FloatRows rows;
  rows.Clear();
  std::map<uint64_t, bool> distinct;
  while (distinct.size() < features) distinct[(*rng)()] = true;
  for (const auto& [key, unused] : distinct) {
    keys->push_back(key);
    const int len = (*rng)() % 10 == 0 ? 8 + static_cast<int>((*rng)() % 20)
                                       : 1 + static_cast<int>((*rng)() % 4);
    std::vector<bool> used(static_cast<size_t>(classes));
    for (int c = 0; c < len; ++c) {
      const int cls = static_cast<int>((*rng)() % static_cast<uint64_t>(classes));
      if (used[static_cast<size_t>(cls)]) continue;
      used[static_cast<size_t>(cls)] = true;
      const float w = static_cast<float>(static_cast<int>((*rng)() % 2001) - 1000) / 10.0f;
      rows.cells.emplace_back(static_cast<uint16_t>(cls), w);
    }
    rows.EndRow(key);
  }
  return CompactPerceptron::FromRows(classes, rows);
}

// The slow, obvious scorer: rows read straight from Serialize()'s bytes
// (doc/model_format.md) into a map, summed cell by cell.
class ReferenceScorer {
 public:
  explicit ReferenceScorer(const std::string& bytes) {
    size_t at = 0;
    auto read = [&](void* out, size_t n) {
      std::memcpy(out, bytes.data() + at, n);
      at += n;
    };
    uint32_t classes;
    float scale;
    uint64_t n;
    read(&classes, 4);
    read(&scale, 4);
    read(&n, 8);
    for (uint64_t k = 0; k < n; ++k) {
      uint64_t key;
      uint16_t len;
      read(&key, 8);
      read(&len, 2);
      auto& row = rows_[key];
      for (uint16_t c = 0; c < len; ++c) {
        uint16_t cls;
        int16_t weight;
        read(&cls, 2);
        read(&weight, 2);
        row.emplace_back(cls, weight);
      }
    }
  }
  void Score(const std::vector<uint64_t>& features, int32_t* scores) const {
    for (uint64_t f : features) {
      auto it = rows_.find(f);
      if (it == rows_.end()) continue;
      for (const auto& [cls, weight] : it->second) scores[cls] += weight;
    }
  }

 private:
  std::map<uint64_t, std::vector<std::pair<uint16_t, int16_t>>> rows_;
};

TEST(CompactPerceptron, ScoresLikeAReferenceReadingTheBytes) {
  std::mt19937_64 rng(7);
  const int classes = 40;
  std::vector<uint64_t> known;  // the model's keys (rows rounded to 0 are dropped)
  const CompactPerceptron built = RandomModel(classes, 3000, &rng, &known);
  const std::string bytes = built.Serialize();
  CompactPerceptron loaded;
  ASSERT_TRUE(loaded.Deserialize(bytes).ok());
  EXPECT_EQ(loaded.Serialize(), bytes);
  const ReferenceScorer reference(bytes);
  const size_t padded = static_cast<size_t>(built.padded_classes());
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint64_t> features;  // known keys and keys the model lacks
    const size_t n = 1 + rng() % 150;
    for (size_t i = 0; i < n; ++i)
      features.push_back(rng() % 3 == 0 ? rng() : known[rng() % known.size()]);
    std::vector<int32_t> want(padded), got_built(padded), got_loaded(padded);
    reference.Score(features, want.data());
    built.Score(features.data(), features.size(), got_built.data());
    loaded.Score(features.data(), features.size(), got_loaded.data());
    // Padding classes (classes..padded) may take the zero weights of unused
    // cells: they must stay 0.
    ASSERT_EQ(got_built, want) << "trial " << trial;
    ASSERT_EQ(got_loaded, want) << "trial " << trial;
  }
}

TEST(CompactPerceptron, TruncatedOrCorruptedBytesAreReportedNotCrashed) {
  std::mt19937_64 rng(11);
  std::vector<uint64_t> keys;
  const std::string bytes = RandomModel(30, 200, &rng, &keys).Serialize();
  for (size_t cut = 0; cut < bytes.size(); cut += 1 + cut / 16) {
    CompactPerceptron p;
    EXPECT_FALSE(p.Deserialize(bytes.substr(0, cut)).ok()) << "cut at " << cut;
  }
  CompactPerceptron p;
  EXPECT_FALSE(p.Deserialize(bytes + "x").ok());  // trailing bytes
  for (int trial = 0; trial < 2000; ++trial) {
    std::string bad = bytes;
    for (int flips = 1 + static_cast<int>(rng() % 3); flips > 0; --flips)
      bad[rng() % bad.size()] = static_cast<char>(rng());
    CompactPerceptron q;
    if (!q.Deserialize(bad).ok()) continue;
    std::vector<int32_t> scores(static_cast<size_t>(q.padded_classes()));
    q.Score(keys.data(), keys.size(), scores.data());  // in bounds (classes were checked)
  }
}

}  // namespace
}  // namespace dyad::ml
