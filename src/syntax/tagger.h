// Tagger and Lemmatizer: part-of-speech tags (UPOS and Penn XPOS) and lemmas.
//
// The tagger is a greedy averaged-perceptron sequence tagger
// (ml/perceptron.h) over word, affix, shape and context features; the
// lemmatizer uses exceptions learned from the treebank and suffix rules.
// Both are trained by TrainTagger and stored in one model file (kind "tagger").
//
// Ownership and thread safety: a loaded Tagger is immutable; Tag() is const.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad::syntax {

class Tagger {
 public:
  virtual ~Tagger() = default;
  static Status Load(const std::string& path, std::unique_ptr<Tagger>* out);
  // Fills syntax[i].upos, .xpos and .lemma for every word.
  virtual void Tag(SyntaxSentence* s) const = 0;
};

struct TaggerTrainOptions {
  std::string train_path, dev_path, out_path;
  int epochs = 10;
  uint64_t seed = 1;
  size_t max_sentences = 0;      // 0 = all; tests train on a slice
  std::string command_line;      // recorded in the model header
  int passes = 2;                // 2 = a second pass that sees first-pass tags to the right
  int bags = 1;                  // models trained with seeds seed, seed+1, ... and averaged
  float min_abs_weight = 0.75f;  // averaged weights at or below this are dropped
  int dictionary_min_count = 20;       // tag dictionary: words seen at least this often
  double dictionary_min_share = 0.97;  // ... with one tag at least this share of the time
};

// Trains on options.train_path, keeps the epoch best on options.dev_path,
// writes the model file. Progress (per-epoch dev accuracy) goes to `log`.
Status TrainTagger(const TaggerTrainOptions& options, std::ostream& log);

}  // namespace dyad::syntax
