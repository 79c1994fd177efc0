// Google Benchmark for ml::CompactPerceptron::Score, the lookup both the
// tagger and the parser spend most of their time in, on a synthetic model
// shaped like the fast parser's (640 k features, 104 classes, most rows one
// to four weights, one in fifty longer than a slot holds).
//
// BM_ScoreHotFeatures scores the same 87 features (one parser state) over and
// over, so every row is in the cache: the CPU cost of a lookup.
// BM_ScoreColdFeatures scores 87 keys the model lacks, new ones each time, so
// nearly every probe misses the cache: the memory cost. Both report lookups
// per second.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "ml/sparse_perceptron.h"

namespace {

constexpr int kClasses = 104;
constexpr size_t kFeatures = 640000;
constexpr size_t kFeaturesPerState = 87;

struct SyntheticModel {
  dyad::ml::CompactPerceptron model;
  std::vector<uint64_t> keys;
};

const SyntheticModel& Model() {
  static const SyntheticModel* m = [] {
    auto* out = new SyntheticModel;
    std::mt19937_64 rng(1);
    dyad::ml::CompactPerceptron::FloatRows rows;
    rows.Clear();
    std::vector<uint64_t> keys(kFeatures);
    for (auto& k : keys) k = rng();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (uint64_t key : keys) {
      const size_t len = rng() % 50 == 0 ? 8 + rng() % 40 : 1 + rng() % 4;
      std::vector<bool> used(kClasses);
      for (size_t c = 0; c < len; ++c) {
        const size_t cls = rng() % kClasses;
        if (used[cls]) continue;
        used[cls] = true;
        rows.cells.emplace_back(static_cast<uint16_t>(cls),
                                static_cast<float>(static_cast<int>(rng() % 2001) - 1000));
      }
      rows.EndRow(key);
    }
    out->model = dyad::ml::CompactPerceptron::FromRows(kClasses, rows);
    out->keys = std::move(keys);
    return out;
  }();
  return *m;
}

void BM_ScoreHotFeatures(benchmark::State& state) {
  const SyntheticModel& m = Model();
  std::mt19937_64 rng(2);
  std::vector<uint64_t> features(kFeaturesPerState);
  for (auto& f : features) f = m.keys[rng() % m.keys.size()];
  std::vector<int32_t> scores(static_cast<size_t>(m.model.padded_classes()));
  for (auto _ : state) {
    std::fill(scores.begin(), scores.end(), 0);
    m.model.Score(features.data(), features.size(), scores.data());
    benchmark::DoNotOptimize(scores.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kFeaturesPerState));
}
BENCHMARK(BM_ScoreHotFeatures);

void BM_ScoreColdFeatures(benchmark::State& state) {
  const SyntheticModel& m = Model();
  // Absent keys read in order, so that the keys themselves do not miss.
  std::mt19937_64 rng(3);
  std::vector<uint64_t> features(kFeaturesPerState * 4096);
  for (auto& f : features) f = rng();
  std::vector<int32_t> scores(static_cast<size_t>(m.model.padded_classes()));
  size_t at = 0;
  for (auto _ : state) {
    const uint64_t* state_features = &features[at];
    for (size_t f = 0; f < kFeaturesPerState; ++f) m.model.Prefetch(state_features[f]);
    std::fill(scores.begin(), scores.end(), 0);
    m.model.Score(state_features, kFeaturesPerState, scores.data());
    benchmark::DoNotOptimize(scores.data());
    at = (at + kFeaturesPerState) % features.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kFeaturesPerState));
}
BENCHMARK(BM_ScoreColdFeatures);

}  // namespace
