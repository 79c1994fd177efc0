#include "ml/sparse_perceptron.h"

#include <algorithm>
#include <cmath>

#include "ml/model_file.h"

namespace dyad::ml {

void CompactPerceptron::BuildTable(const std::vector<uint64_t>& keys,
                                   const std::vector<uint32_t>& offsets) {
  uint64_t size = 16;
  while (size < keys.size() * 2) size <<= 1;
  mask_ = size - 1;
  slots_.assign(size, Slot{0, 0});
  for (size_t k = 0; k < keys.size(); ++k) {
    uint64_t i = Home(keys[k]);
    while (slots_[i].check != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{Check(keys[k]), offsets[k]};
  }
}

void CompactPerceptron::Score(const uint64_t* features, size_t n, int32_t* scores) const {
  if (slots_.empty()) return;
  for (size_t f = 0; f < n; ++f) {
    const uint64_t key = features[f];
    const uint32_t check = Check(key);
    for (uint64_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot s = slots_[i];
      if (s.check == check) {
        const Cell* row = &cells_[s.offset];
        const int len = row[0].cls;
        for (int c = 1; c <= len; ++c) scores[row[c].cls] += row[c].weight;
        break;
      }
      if (s.check == 0) break;
    }
  }
}

std::string CompactPerceptron::Serialize() const {
  ByteWriter w;
  w.U32(static_cast<uint32_t>(classes_));
  w.F32(scale_);
  w.U64(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) {
    const Cell* row = &cells_[offsets_[k]];
    w.U64(keys_[k]);
    uint16_t len = row[0].cls;
    w.Raw(&len, 2);
    for (int c = 1; c <= len; ++c) {
      w.Raw(&row[c].cls, 2);
      w.Raw(&row[c].weight, 2);
    }
  }
  return std::move(w.bytes());
}

Status CompactPerceptron::Deserialize(std::string_view bytes) {
  ByteReader r(bytes);
  uint32_t classes;
  float scale;
  uint64_t n;
  if (!r.U32(&classes) || !r.F32(&scale) || !r.U64(&n) || classes == 0 || classes > 65535 ||
      !(scale > 0) || !std::isfinite(scale))
    return Status::InvalidInput("compact perceptron: bad header");
  if (n > bytes.size() / 10) return Status::InvalidInput("compact perceptron: truncated");
  classes_ = static_cast<int>(classes);
  scale_ = scale;
  features_ = n;
  keys_.resize(n);
  offsets_.resize(n);
  cells_.clear();
  cells_.reserve(n * 4);
  uint64_t previous = 0;
  for (uint64_t k = 0; k < n; ++k) {
    uint16_t len;
    if (!r.U64(&keys_[k]) || !r.Raw(&len, 2))
      return Status::InvalidInput("compact perceptron: truncated");
    if (k > 0 && keys_[k] <= previous)
      return Status::InvalidInput("compact perceptron: features out of order");
    previous = keys_[k];
    if (len == 0 || len > classes) return Status::InvalidInput("compact perceptron: bad row");
    offsets_[k] = static_cast<uint32_t>(cells_.size());
    cells_.push_back(Cell{len, 0});
    for (uint16_t c = 0; c < len; ++c) {
      Cell cell;
      if (!r.Raw(&cell.cls, 2) || !r.Raw(&cell.weight, 2))
        return Status::InvalidInput("compact perceptron: truncated");
      if (cell.cls >= classes) return Status::InvalidInput("compact perceptron: bad class");
      cells_.push_back(cell);
    }
  }
  if (!r.done()) return Status::InvalidInput("compact perceptron: trailing bytes");
  BuildTable(keys_, offsets_);
  return Status::Ok();
}

void SparsePerceptronTrainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t f = 0; f < n; ++f) {
    auto it = index_.find(features[f]);
    if (it == index_.end()) continue;
    for (const Cell& c : rows_[it->second]) scores[c.cls] += c.w;
  }
}

void SparsePerceptronTrainer::Add(std::vector<Cell>* row, int cls, float delta) {
  for (Cell& c : *row) {
    if (c.cls == static_cast<uint32_t>(cls)) {
      c.w += delta;
      c.u += static_cast<double>(clock_) * delta;
      return;
    }
  }
  row->push_back(Cell{static_cast<uint32_t>(cls), delta, static_cast<double>(clock_) * delta});
}

void SparsePerceptronTrainer::Update(const uint64_t* features, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t f = 0; f < n; ++f) {
    auto [it, inserted] = index_.try_emplace(features[f], static_cast<uint32_t>(rows_.size()));
    if (inserted) rows_.emplace_back();
    std::vector<Cell>* row = &rows_[it->second];
    Add(row, truth, 1.0f);
    Add(row, guess, -1.0f);
  }
}

CompactPerceptron SparsePerceptronTrainer::Average(float min_abs_weight) const {
  // Averaged weight of a cell: w - u / clock (each update of d at time t
  // contributes d * (clock - t) to the sum over ticks).
  const double clock = static_cast<double>(clock_);
  std::vector<std::pair<uint64_t, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  float biggest = 0;
  std::vector<std::vector<std::pair<uint16_t, float>>> kept;
  std::vector<uint64_t> keys;
  for (const auto& [key, row] : order) {
    std::vector<std::pair<uint16_t, float>> cells;
    for (const Cell& c : rows_[row]) {
      float avg = static_cast<float>(c.w - c.u / clock);
      if (std::fabs(avg) < min_abs_weight || avg == 0.0f) continue;
      cells.emplace_back(static_cast<uint16_t>(c.cls), avg);
      biggest = std::max(biggest, std::fabs(avg));
    }
    if (cells.empty()) continue;
    std::sort(cells.begin(), cells.end());
    keys.push_back(key);
    kept.push_back(std::move(cells));
  }
  CompactPerceptron p;
  p.classes_ = classes_;
  p.scale_ = biggest > 0 ? biggest / 32767.0f : 1.0f;
  p.features_ = keys.size();
  std::vector<uint32_t> offsets;
  offsets.reserve(keys.size());
  for (const auto& cells : kept) {
    offsets.push_back(static_cast<uint32_t>(p.cells_.size()));
    p.cells_.push_back(CompactPerceptron::Cell{static_cast<uint16_t>(cells.size()), 0});
    for (const auto& [cls, avg] : cells) {
      long q = std::lround(avg / p.scale_);
      q = std::clamp(q, -32767L, 32767L);
      p.cells_.push_back(CompactPerceptron::Cell{cls, static_cast<int16_t>(q)});
    }
  }
  p.BuildTable(keys, offsets);
  p.keys_ = std::move(keys);
  p.offsets_ = std::move(offsets);
  return p;
}

}  // namespace dyad::ml
