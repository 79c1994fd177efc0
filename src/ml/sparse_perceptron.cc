#include "ml/sparse_perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include "ml/model_file.h"

namespace dyad::ml {

namespace {
// Dense rows are added with vector instructions (GCC/Clang vector
// extensions, SSE2/NEON; on x86-64 CPUs with AVX2 a 16-classes-at-a-time
// version is chosen at start-up). The hot features (bias, tag pairs) have
// dense rows, so this add is a good part of the tagger's and parser's work.
typedef int16_t Int16x8 __attribute__((vector_size(16)));
typedef int16_t Int16x4 __attribute__((vector_size(8)));
typedef int32_t Int32x4 __attribute__((vector_size(16)));
constexpr uintptr_t kCacheLine = 64;

// Several dense rows at once: groups of up to kDenseGroup rows are summed in
// int16 (exact, since in-memory weights stay within +-kMaxWeight) and only
// each group's sum is widened and added to the int32 scores, which saves
// most of the widening and the stores of adding row by row.
constexpr size_t kDenseGroup = 8;

void AddDenseRowsPortable(const int16_t* const* rows, size_t n, int classes, int32_t* scores) {
  for (int c = 0; c < classes; c += 8) {
    for (size_t g = 0; g < n; g += kDenseGroup) {
      Int16x8 sum;
      std::memcpy(&sum, rows[g] + c, sizeof sum);
      for (size_t r = g + 1; r < n && r < g + kDenseGroup; ++r) {
        Int16x8 w;
        std::memcpy(&w, rows[r] + c, sizeof w);
        sum += w;
      }
      const Int16x4 low = __builtin_shufflevector(sum, sum, 0, 1, 2, 3);
      const Int16x4 high = __builtin_shufflevector(sum, sum, 4, 5, 6, 7);
      Int32x4 a, b;
      std::memcpy(&a, scores + c, sizeof a);
      std::memcpy(&b, scores + c + 4, sizeof b);
      a += __builtin_convertvector(low, Int32x4);
      b += __builtin_convertvector(high, Int32x4);
      std::memcpy(scores + c, &a, sizeof a);
      std::memcpy(scores + c + 4, &b, sizeof b);
    }
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) void AddDenseRowsAvx2(const int16_t* const* rows, size_t n,
                                                       int classes, int32_t* scores) {
  for (int c = 0; c < classes; c += 16) {
    for (size_t g = 0; g < n; g += kDenseGroup) {
      __m256i sum = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(rows[g] + c));
      for (size_t r = g + 1; r < n && r < g + kDenseGroup; ++r)
        sum = _mm256_add_epi16(sum, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(rows[r] + c)));
      __m256i* out = reinterpret_cast<__m256i*>(scores + c);
      _mm256_storeu_si256(out, _mm256_add_epi32(_mm256_loadu_si256(out),
                                                _mm256_cvtepi16_epi32(_mm256_castsi256_si128(sum))));
      _mm256_storeu_si256(out + 1,
                          _mm256_add_epi32(_mm256_loadu_si256(out + 1),
                                           _mm256_cvtepi16_epi32(_mm256_extracti128_si256(sum, 1))));
    }
  }
}
using AddDenseRowsFn = void (*)(const int16_t* const*, size_t, int, int32_t*);
const AddDenseRowsFn AddDenseRows =
    __builtin_cpu_supports("avx2") ? AddDenseRowsAvx2 : AddDenseRowsPortable;
#else
constexpr auto AddDenseRows = AddDenseRowsPortable;
#endif
}  // namespace

void CompactPerceptron::BuildTable(const std::vector<uint64_t>& keys,
                                   const std::vector<uint32_t>& offsets) {
  // Load factor between 0.25 and 0.5: a probe rarely leaves its cache line.
  uint64_t size = 16;
  while (size < keys.size() * 2) size <<= 1;
  mask_ = size - 1;
  shift_ = 64;
  for (uint64_t s = size; s > 1; s >>= 1) --shift_;
  slots_.assign(size, Slot{0, {}});
  padded_classes_ = padded_classes();
  // The long rows' dense copies, counted first: growing dense_ row by row
  // would copy it over and over while a model loads.
  size_t long_rows = 0;
  for (const uint32_t offset : offsets) long_rows += cells_[offset].cls > kInlineCells ? 1 : 0;
  dense_.clear();
  dense_.reserve(long_rows * static_cast<size_t>(padded_classes_));
  constexpr size_t kAhead = 16;  // inserts are random writes: fetch ahead
  for (size_t k = 0; k < keys.size(); ++k) {
    if (k + kAhead < keys.size()) __builtin_prefetch(&slots_[Home(keys[k + kAhead])], 1);
    uint64_t i = Home(keys[k]);
    while (slots_[i].check != 0) i = (i + 1) & mask_;
    Slot& slot = slots_[i];
    slot.check = Check(keys[k]);
    const Cell* row = &cells_[offsets[k]];
    const int len = row[0].cls;
    if (len <= kInlineCells) {
      for (int c = 0; c < len; ++c) slot.cells[c] = row[c + 1];
      // Unused cells add 0 to a padding class each, not all to class 0: the
      // adds to one score form a chain of read-modify-writes through memory.
      // BM_ScoreHotFeatures (bench/perceptron_bench.cc): ~13% faster.
      if (padded_classes_ > classes_)
        for (int c = len; c < kInlineCells; ++c)
          slot.cells[c].cls = static_cast<uint16_t>(classes_ + c % (padded_classes_ - classes_));
      continue;
    }
    // Too long for the slot: a dense int16 row of padded_classes_ entries,
    // added with vector instructions.
    slot.check |= kOutOfLine;
    const uint32_t offset = static_cast<uint32_t>(dense_.size());
    dense_.resize(dense_.size() + static_cast<size_t>(padded_classes_), 0);
    int16_t* d = &dense_[offset];
    for (int c = 1; c <= len; ++c) d[row[c].cls] = row[c].weight;
    std::memcpy(slot.cells, &offset, sizeof offset);
  }
  dense_lines_ = (static_cast<size_t>(padded_classes_) * sizeof(int16_t) + kCacheLine - 1) / kCacheLine;
}

void CompactPerceptron::PrefetchOutOfLine(const Slot& s) const {
  const char* d = reinterpret_cast<const char*>(&dense_[OutOfLine(s)]);
  for (size_t line = 0; line < dense_lines_; ++line) __builtin_prefetch(d + line * kCacheLine);
}

void CompactPerceptron::AddRows(const Row* rows, size_t n, int32_t* scores) const {
  static_assert(kDenseGroup * kMaxWeight <= INT16_MAX, "a group's int16 sum must not overflow");
  constexpr size_t kBatch = 128;
  const int16_t* dense[kBatch];
  size_t dense_count = 0;
  for (size_t r = 0; r < n; ++r) {
    if (rows[r].slot_ == nullptr) continue;
    const Slot& s = *static_cast<const Slot*>(rows[r].slot_);
    if (!(s.check & kOutOfLine)) {
      for (const Cell& c : s.cells) scores[c.cls] += c.weight;
      continue;
    }
    dense[dense_count++] = &dense_[OutOfLine(s)];
    if (dense_count == kBatch) {
      AddDenseRows(dense, dense_count, padded_classes_, scores);
      dense_count = 0;
    }
  }
  if (dense_count > 0) AddDenseRows(dense, dense_count, padded_classes_, scores);
}

void CompactPerceptron::Score(const uint64_t* features, size_t n, int32_t* scores) const {
  // Two passes so that the cache misses overlap: find every row (prefetching
  // it), then add the rows up.
  constexpr size_t kBatch = 128;
  Row rows[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    const size_t count = std::min(n - start, kBatch);
    for (size_t f = 0; f < count; ++f) rows[f] = Find(features[start + f]);
    AddRows(rows, count, scores);
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
  constexpr size_t kHeaderBytes = 16, kRowHeaderBytes = 10;
  if (n > bytes.size() / kRowHeaderBytes)
    return Status::InvalidInput("compact perceptron: truncated");
  classes_ = static_cast<int>(classes);
  scale_ = scale;
  features_ = n;
  // Two passes, so that rows are copied whole (a cell's bytes are the file's
  // class and weight): the first reads each row's key and length and checks
  // them against the bytes, the second copies and checks the cells. Reading
  // cell by cell into a growing vector was a third of loading the parser.
  static_assert(sizeof(Cell) == 4, "a Cell is the file's (uint16 class, int16 weight)");
  const char* const data = bytes.data();
  keys_.resize(n);
  offsets_.resize(n);
  uint64_t cell_count = 0;
  size_t at = kHeaderBytes;
  for (uint64_t k = 0; k < n; ++k) {
    if (bytes.size() - at < kRowHeaderBytes)
      return Status::InvalidInput("compact perceptron: truncated");
    uint16_t len;
    std::memcpy(&keys_[k], data + at, 8);
    std::memcpy(&len, data + at + 8, 2);
    if (k > 0 && keys_[k] <= keys_[k - 1])
      return Status::InvalidInput("compact perceptron: features out of order");
    if (len == 0 || len > classes) return Status::InvalidInput("compact perceptron: bad row");
    at += kRowHeaderBytes;
    if (bytes.size() - at < size_t{4} * len)
      return Status::InvalidInput("compact perceptron: truncated");
    at += size_t{4} * len;
    offsets_[k] = static_cast<uint32_t>(cell_count);
    cell_count += 1 + len;  // a header cell with the length, then the row
    if (cell_count > 0xFFFFFFFFull) return Status::InvalidInput("compact perceptron: too large");
  }
  if (at != bytes.size()) return Status::InvalidInput("compact perceptron: trailing bytes");
  cells_.resize(cell_count);
  uint64_t long_rows = 0;
  int biggest = 0;
  at = kHeaderBytes;
  for (uint64_t k = 0; k < n; ++k) {
    Cell* row = &cells_[offsets_[k]];
    uint16_t len;
    std::memcpy(&len, data + at + 8, 2);
    row[0] = Cell{len, 0};
    std::memcpy(row + 1, data + at + kRowHeaderBytes, size_t{4} * len);
    at += kRowHeaderBytes + size_t{4} * len;
    for (int c = 1; c <= len; ++c) {
      if (row[c].cls >= classes) return Status::InvalidInput("compact perceptron: bad class");
      biggest = std::max(biggest, std::abs(int{row[c].weight}));
    }
    long_rows += len > kInlineCells;
  }
  // Dense copies of the long rows are addressed with 32 bits.
  if (long_rows * static_cast<uint64_t>(padded_classes()) > 0xFFFFFFFFull)
    return Status::InvalidInput("compact perceptron: too large");
  // Files written before weights were kept within +-kMaxWeight: requantise.
  if (biggest > kMaxWeight) {
    const double factor = static_cast<double>(biggest) / kMaxWeight;
    // Each of the 2^16 weights rounded once (the committed fast parser's
    // 1.4 M cells are requantised at every load).
    std::vector<int16_t> requantised(65536);
    for (int w = -32768; w < 32768; ++w)
      requantised[static_cast<size_t>(w + 32768)] = static_cast<int16_t>(std::lround(w / factor));
    for (uint64_t k = 0; k < n; ++k) {
      Cell* row = &cells_[offsets_[k]];
      for (int c = 1; c <= row[0].cls; ++c)
        row[c].weight = requantised[static_cast<size_t>(row[c].weight + 32768)];
    }
    scale_ = static_cast<float>(scale_ * factor);
  }
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
    std::vector<Cell>* row = RowOf(features[f]);
    Add(row, truth, 1.0f);
    Add(row, guess, -1.0f);
  }
}

void SparsePerceptronTrainer::AddToClass(const uint64_t* features, size_t n, int cls, float delta) {
  for (size_t f = 0; f < n; ++f) Add(RowOf(features[f]), cls, delta);
}

std::vector<SparsePerceptronTrainer::Cell>* SparsePerceptronTrainer::RowOf(uint64_t key) {
  auto [it, inserted] = index_.try_emplace(key, static_cast<uint32_t>(rows_.size()));
  if (inserted) rows_.emplace_back();
  return &rows_[it->second];
}

CompactPerceptron SparsePerceptronTrainer::Average(float min_abs_weight) const {
  CompactPerceptron::FloatRows rows;
  AveragedRows(min_abs_weight, &rows);
  return CompactPerceptron::FromRows(classes_, rows);
}

void SparsePerceptronTrainer::AveragedRows(float min_abs_weight,
                                           CompactPerceptron::FloatRows* rows) const {
  // Averaged weight of a cell: w - u / clock (each update of d at time t
  // contributes d * (clock - t) to the sum over ticks).
  const double clock = static_cast<double>(clock_);
  std::vector<std::pair<uint64_t, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  rows->Clear();
  for (const auto& [key, row] : order) {
    const size_t first = rows->cells.size();
    for (const Cell& c : rows_[row]) {
      float avg = static_cast<float>(c.w - c.u / clock);
      if (std::fabs(avg) < min_abs_weight || avg == 0.0f) continue;
      rows->cells.emplace_back(static_cast<uint16_t>(c.cls), avg);
    }
    if (rows->cells.size() == first) continue;
    std::sort(rows->cells.begin() + static_cast<long>(first), rows->cells.end());
    rows->EndRow(key);
  }
}

CompactPerceptron CompactPerceptron::FromRows(int classes, const FloatRows& rows) {
  float biggest = 0;
  for (const auto& cell : rows.cells) biggest = std::max(biggest, std::fabs(cell.second));
  CompactPerceptron p;
  p.classes_ = classes;
  p.scale_ = biggest > 0 ? biggest / static_cast<float>(kMaxWeight) : 1.0f;
  // Serialize() and Deserialize() want the features in key order.
  const std::vector<uint64_t>& keys = rows.keys;
  std::vector<size_t> order(keys.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  if (!std::is_sorted(keys.begin(), keys.end()))
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  p.cells_.reserve(keys.size() + rows.cells.size());
  p.keys_.reserve(keys.size());
  p.offsets_.reserve(keys.size());
  for (size_t k : order) {
    const size_t header = p.cells_.size();
    p.cells_.push_back(Cell{0, 0});
    for (uint32_t c = rows.begin[k]; c < rows.begin[k + 1]; ++c) {
      const auto [cls, weight] = rows.cells[c];
      const long q = std::clamp(std::lround(weight / p.scale_), -long{kMaxWeight}, long{kMaxWeight});
      if (q == 0) continue;
      p.cells_.push_back(Cell{cls, static_cast<int16_t>(q)});
      ++p.cells_[header].cls;
    }
    if (p.cells_[header].cls == 0) {
      p.cells_.pop_back();
      continue;
    }
    p.keys_.push_back(keys[k]);
    p.offsets_.push_back(static_cast<uint32_t>(header));
  }
  p.features_ = p.keys_.size();
  p.BuildTable(p.keys_, p.offsets_);
  return p;
}

}  // namespace dyad::ml
