#include "ml/perceptron.h"

#include <cmath>

#include "ml/model_file.h"

namespace dyad::ml {

namespace {
uint64_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return k;
}
}  // namespace

int Perceptron::Find(uint64_t key) const {
  if (keys_.empty()) return -1;
  if (key == 0) key = 1;
  for (uint64_t i = Mix(key) & mask_;; i = (i + 1) & mask_) {
    if (keys_[i] == key) return rows_[i];
    if (keys_[i] == 0) return -1;
  }
}

void Perceptron::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t f = 0; f < n; ++f) {
    int row = Find(features[f]);
    if (row < 0) continue;
    const float* w = &weights_[static_cast<size_t>(row) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += w[c];
  }
}

std::string Perceptron::Serialize() const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(classes_));
  uint64_t rows = weights_.size() / (classes_ > 0 ? classes_ : 1);
  w.U64(rows);
  // Rows in slot order with their keys; the table is rebuilt on load.
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    w.U64(keys_[i]);
    w.Raw(&weights_[static_cast<size_t>(rows_[i]) * classes_], sizeof(float) * classes_);
  }
  return std::move(w.bytes());
}

Status Perceptron::Deserialize(std::string_view bytes) {
  ByteReader r(bytes);
  uint32_t classes;
  uint64_t rows;
  if (!r.U32(&classes) || !r.U64(&rows) || classes == 0 || classes > 100000)
    return Status::InvalidInput("perceptron: bad header");
  if (rows > bytes.size() / (8 + 4ull * classes)) return Status::InvalidInput("perceptron: truncated");
  classes_ = static_cast<int>(classes);
  uint64_t size = 16;
  while (size < rows * 2) size <<= 1;
  keys_.assign(size, 0);
  rows_.assign(size, -1);
  mask_ = size - 1;
  weights_.resize(rows * classes);
  for (uint64_t row = 0; row < rows; ++row) {
    uint64_t key;
    if (!r.U64(&key) || !r.Raw(&weights_[row * classes], sizeof(float) * classes))
      return Status::InvalidInput("perceptron: truncated");
    if (key == 0) key = 1;
    uint64_t i = Mix(key) & mask_;
    while (keys_[i] != 0) i = (i + 1) & mask_;
    keys_[i] = key;
    rows_[i] = static_cast<int32_t>(row);
  }
  if (!r.done()) return Status::InvalidInput("perceptron: trailing bytes");
  return Status::Ok();
}

int PerceptronTrainer::Row(uint64_t key, bool create) {
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  if (!create) return -1;
  int row = static_cast<int>(index_.size());
  index_.emplace(key, row);
  weights_.resize(weights_.size() + classes_, 0.0f);
  totals_.resize(totals_.size() + classes_, 0.0f);
  stamps_.resize(stamps_.size() + classes_, clock_);
  return row;
}

void PerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t f = 0; f < n; ++f) {
    auto it = index_.find(features[f]);
    if (it == index_.end()) continue;
    const float* w = &weights_[static_cast<size_t>(it->second) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += w[c];
  }
}

void PerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t f = 0; f < n; ++f) {
    size_t base = static_cast<size_t>(Row(features[f], true)) * classes_;
    for (int c : {truth, guess}) {
      size_t i = base + static_cast<size_t>(c);
      totals_[i] += static_cast<float>(clock_ - stamps_[i]) * weights_[i];
      stamps_[i] = clock_;
      weights_[i] += c == truth ? 1.0f : -1.0f;
    }
  }
}

Perceptron PerceptronTrainer::Average(float min_abs_weight) const {
  Perceptron p;
  p.classes_ = classes_;
  std::vector<std::pair<uint64_t, int>> kept;
  std::vector<float> averaged;
  for (const auto& [key, row] : index_) {
    size_t base = static_cast<size_t>(row) * classes_;
    float biggest = 0;
    std::vector<float> avg(classes_);
    for (int c = 0; c < classes_; ++c) {
      size_t i = base + static_cast<size_t>(c);
      float total = totals_[i] + static_cast<float>(clock_ - stamps_[i]) * weights_[i];
      avg[c] = total / static_cast<float>(clock_);
      biggest = std::max(biggest, std::fabs(avg[c]));
    }
    if (biggest <= min_abs_weight) continue;
    kept.emplace_back(key, static_cast<int>(averaged.size() / classes_));
    averaged.insert(averaged.end(), avg.begin(), avg.end());
  }
  uint64_t size = 16;
  while (size < kept.size() * 2) size <<= 1;
  p.keys_.assign(size, 0);
  p.rows_.assign(size, -1);
  p.mask_ = size - 1;
  p.weights_ = std::move(averaged);
  for (auto [key, row] : kept) {
    if (key == 0) key = 1;
    uint64_t i = Mix(key) & p.mask_;
    while (p.keys_[i] != 0) i = (i + 1) & p.mask_;
    p.keys_[i] = key;
    p.rows_[i] = row;
  }
  return p;
}

}  // namespace dyad::ml
