// SentenceModel: the learned half of the sentence splitter.
//
// SplitAndTokenize() finds sentence boundaries with hand-written rules
// (tokenizer.h). Mail, forum and review text (the UD English EWT genres) also
// ends sentences with no punctuation at all: signatures, list items, subject
// lines, run-ons ("... Frank Sinatra died He also had ..."). Rules cannot tell
// those from a name or a title inside a sentence; an averaged perceptron
// trained on EWT (`dyad train splitter`) can. Given a SentenceModel,
// SplitAndTokenize(doc, model) lets it confirm or overrule the rules at the
// junctions where a sentence could start (see src/tokenizer/sentence_features.h).
// Without one the splitter uses its rules only.
//
// File format: doc/model_format.md ("splitter" kind).
//
// Ownership and thread safety: a loaded SentenceModel is immutable; load it
// once and share one const instance between any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class SentenceModel {
 public:
  ~SentenceModel();
  SentenceModel(const SentenceModel&) = delete;
  SentenceModel& operator=(const SentenceModel&) = delete;

  // Reads a splitter model file (e.g. models/splitter.bin).
  static Status Load(const std::string& path, std::unique_ptr<SentenceModel>* out);

  // The bundled model: splitter.bin in `model_dir`, or in
  // SyntaxModel::DefaultDir() when `model_dir` is empty.
  static std::string DefaultPath(const std::string& model_dir = "");

  // Revises the rules' decisions for one block of text: `starts` holds
  // RuleBoundaries() of `toks` (1 where a sentence starts) and is updated in
  // place.
  void Refine(std::string_view text, const std::vector<Token>& toks,
              std::vector<uint8_t>* starts) const;

  // Provenance (command, data, seed, date), one "key: value" per line.
  const std::string& header() const;

  struct Impl;
  explicit SentenceModel(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
