// TaggerModel: the concrete Tagger (tagger.h) and its model-file sections;
// internal to src/syntax (the trainer builds one, Tagger::Load reads one).
//
// Classes are joint UPOS+XPOS labels (e.g. "PROPN"+"NNP"), predicted by a
// greedy left-to-right pass and, when the model has one, a second greedy
// pass that also sees the first pass's tags to the right. Frequent words
// that are nearly unambiguous in training take their tag from a tag
// dictionary without scoring.
//
// Thread safety: immutable once built or read; Tag() and Predict() are const
// and keep scratch space per thread.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ml/model_file.h"
#include "syntax/lemmatizer.h"
#include "syntax/sparse_weights.h"
#include "syntax/tagger.h"
#include "syntax/tagger_features.h"

namespace dyad::syntax {

// Bumped whenever features or sections change meaning.
inline constexpr uint32_t kTaggerFeatureVersion = 3;

class TaggerModel final : public Tagger {
 public:
  void Tag(SyntaxSentence* s) const override;

  // Predicts a class per word of the prepared sentence into tags[0..n).
  // `first_pass` (size n) receives the first pass's classes.
  void Predict(const SentenceFeatures& f, int* first_pass, int* tags) const;

  // The tag-dictionary class of word i, or -1.
  int Lookup(const SentenceFeatures& f, size_t i) const {
    if (tag_dictionary.empty()) return -1;
    auto it = tag_dictionary.find(f.form_hash(i));
    return it == tag_dictionary.end() ? -1 : it->second;
  }

  Status Read(const ml::ModelReader& reader);
  void Write(ml::ModelWriter* writer) const;

  std::vector<std::string> upos, xpos;  // per class
  std::unordered_map<uint64_t, uint32_t> tag_dictionary;  // form hash -> class
  AmbiguityClasses ambiguity;
  SparseWeights first, second;
  bool two_pass = false;
  Lemmatizer lemmatizer;
};

}  // namespace dyad::syntax
