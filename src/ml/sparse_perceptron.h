// Sparse-row averaged perceptron for models with many classes (the parser's
// ~100 labelled transitions), and its compact, quantised scoring form.
//
// ml::PerceptronTrainer keeps a dense row of every class for every feature,
// which is right for the tagger's few classes but costs gigabytes for ~100
// classes and millions of features. Here a feature's row holds only the
// classes it was ever updated for (typically a handful), so both training
// memory and scoring work scale with the non-zero weights.
//
// SparsePerceptronTrainer learns (Collins 2002) with averaging by the
// "w - u/c" trick (Daumé 2006): each cell keeps its weight w and the sum u of
// clock-stamped updates, so the average is exact and costs nothing per tick.
// Average() (or FromRows() for weights learned elsewhere, as the tagger's)
// yields a CompactPerceptron: rows of (class, int16 weight) pairs with one
// global scale in an open-addressing table of 32-bit key checks, short rows
// inside their slot and long ones as dense rows; cells whose averaged
// magnitude is below a threshold are dropped. Scoring a feature is one probe
// and a few adds, and Prefetch() lets a caller overlap the probes' misses.
//
// Ownership and thread safety: a CompactPerceptron is immutable once built or
// deserialised and safe to share between threads; the trainer is
// single-threaded.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "ml/huge_pages.h"

namespace dyad::ml {

class CompactPerceptron {
 public:
  int classes() const { return classes_; }
  int padded_classes() const { return (classes_ + 15) / 16 * 16; }
  size_t features() const { return features_; }
  size_t weights() const { return cells_.size() - features_; }

  // A model from rows of (class, weight) in averaged-perceptron units, for
  // weights learned elsewhere (the tagger's averaged, bagged perceptrons):
  // quantised with one scale for the whole model; cells that round to 0 and
  // rows left empty are dropped. Keys must be distinct.
  struct FloatRows {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> begin;  // row r is cells[begin[r], begin[r + 1])
    std::vector<std::pair<uint16_t, float>> cells;  // (class, weight)
    void Clear() {
      keys.clear();
      begin.assign(1, 0);
      cells.clear();
    }
    // Ends the row of `key` begun after the previous EndRow().
    void EndRow(uint64_t key) {
      keys.push_back(key);
      begin.push_back(static_cast<uint32_t>(cells.size()));
    }
  };
  static CompactPerceptron FromRows(int classes, const FloatRows& rows);

  // Hints the cache about the table slot of `key` (call before Score/Find).
  void Prefetch(uint64_t key) const { __builtin_prefetch(&slots_[Home(key)]); }

  // scores[c] += quantised weight of (feature, c), summed over the features;
  // `scores` must have room for padded_classes() entries.
  void Score(const uint64_t* features, size_t n, int32_t* scores) const;

  // The same in two steps, for callers that pipeline lookups over words
  // themselves (the tagger): Find() looks a feature up and asks the CPU to
  // fetch a row kept out of line; AddRows() adds rows found. A Row of a
  // feature the model lacks adds nothing. Rows stay valid as long as the
  // model.
  class Row {
   public:
    Row() = default;

   private:
    friend class CompactPerceptron;
    explicit Row(const void* slot) : slot_(slot) {}
    const void* slot_ = nullptr;
  };
  // Dense rows are summed in groups before they are widened.
  void AddRows(const Row* rows, size_t n, int32_t* scores) const;

  Row Find(uint64_t key) const {
    if (mask_ == 0) return Row();  // an empty model
    const uint32_t check = Check(key);
    for (uint64_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if ((s.check & ~kOutOfLine) == check) {
        if (s.check & kOutOfLine) PrefetchOutOfLine(s);
        return Row(&s);
      }
      if (s.check == 0) return Row();
    }
  }

  // Scale that turns the integer scores back into averaged-perceptron units.
  float scale() const { return scale_; }

  // Canonical bytes (features in key order; see doc/model_format.md).
  std::string Serialize() const;
  Status Deserialize(std::string_view bytes);

 private:
  friend class SparsePerceptronTrainer;
  struct Cell {
    uint16_t cls;    // class; in a header cell, the row length
    int16_t weight;  // quantised weight
  };
  // A feature's slot in the open-addressing table, 32 bytes (two to a
  // cache line). Nearly all rows have at most seven weights (98% of the
  // parser's): those live in the slot itself, so that scoring such a
  // feature waits for one cache miss, not two in a row; with 16-byte slots
  // (three weights inline) the out-of-line rows' misses took a fifth of the
  // parser's time and tagging + parsing was ~19% slower. Unused inline cells
  // have weight 0 (and a padding class when there is one, see BuildTable),
  // so they add nothing and the inline add needs no length or branch.
  struct Slot {
    // High half of the key with bit 0 set (0 = empty slot) and bit 1 clear;
    // bit 1 set (kOutOfLine) means the row is not inline.
    uint32_t check;
    // The inline row; for a longer row, cells[0..1] hold where its dense
    // copy starts (read with OutOfLine()).
    Cell cells[7];
  };
  static constexpr uint32_t kOutOfLine = 2u;
  static constexpr int kInlineCells = 7;
  // Weights are quantised to at most this magnitude (13 bits), so that eight
  // rows can be summed in int16 without overflow (AddRows).
  static constexpr int kMaxWeight = 4095;
  // Where a row too long for its slot starts in dense_.
  static uint32_t OutOfLine(const Slot& s) {
    uint32_t offset;
    std::memcpy(&offset, s.cells, sizeof offset);
    return offset;
  }
  void PrefetchOutOfLine(const Slot& s) const;
  // Fibonacci hashing: the slot comes from the high bits of key * 2^64/phi,
  // which mixes every key bit in. Keys are hashes, but not all mix their low
  // bits well (FNV-1a's low bits depend on the low bits of the input only),
  // and linear probing punishes clusters.
  uint64_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  static uint32_t Check(uint64_t key) { return (static_cast<uint32_t>(key >> 32) & ~kOutOfLine) | 1u; }
  // Builds the table from keys[i] -> row starting at cells_[offsets[i]].
  void BuildTable(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets);

  int classes_ = 0;
  float scale_ = 1.0f;
  size_t features_ = 0;
  uint64_t mask_ = 0;  // slots_.size() - 1
  int shift_ = 64;     // 64 - log2(slots_.size())
  // The tables read at random while scoring live in huge pages (huge_pages.h).
  HugePageVector<Slot> slots_;
  HugePageVector<Cell> cells_;
  int padded_classes_ = 0;          // classes_ rounded up to a multiple of 16
  HugePageVector<int16_t> dense_;   // dense copies of long rows
  size_t dense_lines_ = 0;          // cache lines of one dense row
  std::vector<uint64_t> keys_;      // features in key order, for Serialize
  std::vector<uint32_t> offsets_;
};

class SparsePerceptronTrainer {
 public:
  explicit SparsePerceptronTrainer(int classes) : classes_(classes) {}

  // Current (non-averaged) scores, for decoding during training.
  void Score(const uint64_t* features, size_t n, float* scores) const;

  // Moves weight from `guess` to `truth` for these features (no-op if equal).
  void Update(const uint64_t* features, size_t n, int truth, int guess);

  // Adds `delta` to the weight of class `cls` for these features (the two
  // sides of a structured update, whose feature vectors differ).
  void AddToClass(const uint64_t* features, size_t n, int cls, float delta);

  // Counts one training decision.
  void Tick() { ++clock_; }

  // The averaged model; cells with |average| < min_abs_weight are dropped.
  CompactPerceptron Average(float min_abs_weight) const;

  // The same averaged weights before quantisation, in key order (for
  // averaging several trainers' models, then CompactPerceptron::FromRows).
  void AveragedRows(float min_abs_weight, CompactPerceptron::FloatRows* rows) const;

  size_t features() const { return rows_.size(); }

 private:
  struct Cell {
    uint32_t cls;
    float w;
    double u;  // sum of clock * delta
  };
  void Add(std::vector<Cell>* row, int cls, float delta);
  std::vector<Cell>* RowOf(uint64_t key);  // the feature's row, created if new

  int classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace dyad::ml
