// Tagger and Lemmatizer: part-of-speech tags (UPOS and Penn XPOS) and lemmas.
//
// The tagger is a greedy averaged-perceptron sequence tagger
// (ml/perceptron.h) over word, affix, shape and context features; the
// lemmatizer uses exceptions learned from the treebank and suffix rules.
// Both are trained by TrainTagger and stored in one model file (kind "tagger").
//
// Ownership and thread safety: a loaded Tagger is immutable; Tag() is const.
#pragma once

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
  size_t max_sentences = 0;
  std::string command_line;
};

Status TrainTagger(const TaggerTrainOptions& options, std::ostream& log);

}  // namespace dyad::syntax
