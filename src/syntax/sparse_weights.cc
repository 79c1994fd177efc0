#include "syntax/sparse_weights.h"

#include <algorithm>
#include <cmath>

#include "ml/model_file.h"

namespace dyad::syntax {

void SparseWeights::Index(std::vector<uint64_t> keys, const std::vector<uint32_t>& counts) {
  ml::CompactPerceptron::FloatRows rows;
  rows.Clear();
  rows.cells.reserve(entries_.size());
  uint32_t begin = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    for (uint32_t e = begin; e < begin + counts[r]; ++e)
      rows.cells.emplace_back(static_cast<uint16_t>(entries_[e].cls & kClassMask), entries_[e].weight);
    begin += counts[r];
    entries_[begin - 1].cls |= kLast;
    rows.EndRow(keys[r]);
  }
  scorer_ = ml::CompactPerceptron::FromRows(classes_, rows);
  keys_ = std::move(keys);
  counts_ = counts;
}

SparseWeights SparseWeights::Build(const ml::Perceptron& p, float min_abs_weight) {
  // ml::Perceptron::Serialize: u32 classes, u64 rows, rows x {u64 key, f32[classes]}.
  SparseWeights out;
  std::string bytes = p.Serialize();
  ml::ByteReader r(bytes);
  uint32_t classes = 0;
  uint64_t rows = 0;
  r.U32(&classes);
  r.U64(&rows);
  out.classes_ = static_cast<int>(classes);
  std::vector<std::pair<uint64_t, std::vector<Entry>>> kept;
  std::vector<float> w(classes);
  for (uint64_t i = 0; i < rows; ++i) {
    uint64_t key;
    if (!r.U64(&key) || !r.Raw(w.data(), sizeof(float) * classes)) break;
    std::vector<Entry> entries;
    for (uint32_t c = 0; c < classes; ++c)
      if (std::abs(w[c]) > min_abs_weight) entries.push_back(Entry{w[c], c});
    if (!entries.empty()) kept.emplace_back(key == 0 ? 1 : key, std::move(entries));
  }
  // Key order makes the result independent of the trainer's hash-map order.
  std::sort(kept.begin(), kept.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  for (auto& [key, entries] : kept) {
    keys.push_back(key);
    counts.push_back(static_cast<uint32_t>(entries.size()));
    out.entries_.insert(out.entries_.end(), entries.begin(), entries.end());
  }
  out.Index(std::move(keys), counts);
  return out;
}

SparseWeights SparseWeights::Mean(const std::vector<const SparseWeights*>& models,
                                  float min_abs_weight) {
  SparseWeights out;
  if (models.empty()) return out;
  out.classes_ = models[0]->classes_;
  // Every (key, model, first entry) in key order, then model order, so that
  // each key's weights are summed in a fixed order whatever the models hold.
  struct Row {
    uint64_t key;
    uint32_t model;
    size_t begin;
  };
  std::vector<Row> rows;
  for (uint32_t m = 0; m < models.size(); ++m) {
    size_t begin = 0;
    for (size_t r = 0; r < models[m]->keys_.size(); ++r) {
      rows.push_back(Row{models[m]->keys_[r], m, begin});
      begin += models[m]->counts_[r];
    }
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.key != b.key ? a.key < b.key : a.model < b.model;
  });
  const float scale = 1.0f / static_cast<float>(models.size());
  std::vector<float> sum(static_cast<size_t>(out.classes_));
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  for (size_t r = 0; r < rows.size();) {
    std::fill(sum.begin(), sum.end(), 0.0f);
    const uint64_t key = rows[r].key;
    for (; r < rows.size() && rows[r].key == key; ++r) {
      for (const Entry* e = &models[rows[r].model]->entries_[rows[r].begin];; ++e) {
        sum[e->cls & kClassMask] += e->weight;
        if (e->cls & kLast) break;
      }
    }
    uint32_t count = 0;
    for (size_t c = 0; c < sum.size(); ++c) {
      const float w = sum[c] * scale;
      if (std::abs(w) <= min_abs_weight) continue;
      out.entries_.push_back(Entry{w, static_cast<uint32_t>(c)});
      ++count;
    }
    if (count == 0) continue;
    keys.push_back(key);
    counts.push_back(count);
  }
  out.Index(std::move(keys), counts);
  return out;
}

std::string SparseWeights::Serialize() const { return scorer_.Serialize(); }

Status SparseWeights::Deserialize(std::string_view bytes) {
  // The scoring form only (see the header): rebuilding it from float
  // weights at load, quantising each, made loading the tagger 110-170 ms
  // instead of 74-81. The class count is the caller's to check against its
  // labels (TaggerModel::Read).
  ml::CompactPerceptron scorer;
  if (Status st = scorer.Deserialize(bytes); !st.ok())
    return Status::InvalidInput("weights: " + st.message());
  scorer_ = std::move(scorer);
  classes_ = scorer_.classes();
  keys_.clear();
  counts_.clear();
  entries_.clear();
  return Status::Ok();
}

}  // namespace dyad::syntax
