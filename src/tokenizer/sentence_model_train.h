// Trains the sentence-boundary model (dyad/sentence_model.h) on a CoNLL-U
// treebank: `dyad train splitter` (tools/cli/cmd_train_splitter.cc).
//
// The treebank's raw text is rebuilt as `dyad evaluate syntax` rebuilds it
// (syntax::ReconstructText: sentences joined by a space, paragraphs by a blank
// line), split into blocks and tokenized by the splitter itself, and the rules
// run; each candidate junction (sentence_features.h) is a training example
// whose label is whether a gold sentence starts there. The averaged
// perceptron learns greedily left to right with its own earlier decisions as
// history, as it will run. After each epoch the averaged model splits the dev
// text with the real SplitAndTokenize(), and the epoch with the best sentence
// F1 is kept.
//
// Deterministic: the shuffle uses its own Fisher-Yates over std::mt19937_64
// (whose output the standard fixes), so a seed gives a byte-identical file
// when $SOURCE_DATE_EPOCH pins the header's date.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "dyad/status.h"

namespace dyad::tok {

struct SplitterTrainOptions {
  std::string train_path, dev_path, out_path;
  std::string command_line;  // recorded in the header
  int epochs = 10;
  uint64_t seed = 1;
  size_t max_sentences = 0;  // train on the first N sentences (0 = all)
  // Averaged weights at most this large are dropped (keeps the file small).
  float min_abs_weight = 0.0f;
  // Decision settings written into the model (SentenceModel::Impl).
  float add_margin = 0.0f;
  bool add_after_closer = true;
  bool veto = false;
  float veto_margin = 0.0f;
};

Status TrainSentenceModel(const SplitterTrainOptions& options, std::ostream& log);

}  // namespace dyad::tok
