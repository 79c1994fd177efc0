// DependencyParser: labelled dependency parsing of tagged words.
//
// A transition-based parser (transition.h, features.h) scored by an averaged
// perceptron (ml/sparse_perceptron.h), trained by TrainParser on Universal
// Dependencies CoNLL-U: greedy, with a dynamic oracle (the fast parser), or
// globally over whole transition sequences and decoded with a beam (beam.h;
// the accurate parser). A model file says which it is.
//
// Ownership and thread safety: a loaded parser is immutable; Parse() is const
// and keeps its scratch state on the stack or per thread.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad::parser {

class DependencyParser {
 public:
  virtual ~DependencyParser() = default;

  // Reads a model file written by TrainParser (kind "parser").
  static Status Load(const std::string& path, std::unique_ptr<DependencyParser>* out);

  // Fills syntax[i].head and syntax[i].deprel from words and syntax[i].upos/xpos.
  virtual void Parse(SyntaxSentence* s) const = 0;
};

struct ParserTrainOptions {
  std::string train_path;  // CoNLL-U
  std::string dev_path;    // CoNLL-U, for choosing the epoch
  std::string out_path;    // model file to write
  int epochs = 15;
  uint64_t seed = 1;
  size_t max_sentences = 0;  // 0 = all (tests train on a slice)
  std::string command_line;  // recorded in the model header
  // Train (and choose the epoch) on predicted tags, as the parser meets them
  // after the tagger: the training sentences are tagged by jackknifing
  // (syntax::TrainTagger on all folds but one tags the held-out fold, for
  // each of `tagger_folds` folds) and dev by the first fold's tagger.
  // 0 = use the treebank's gold tags.
  int tagger_folds = 5;
  int tagger_epochs = 8;
  // If set, a directory caching the jackknifed tags between runs (train.cc):
  // read from there when present, else computed and written there.
  std::string tags_cache;
  // Parsers trained with seeds seed..seed+bags-1, each kept at its best dev
  // epoch; the model is the mean of their averaged weights.
  int bags = 1;
  // The non-monotonic arc-eager system (transition.h): LEFT-ARC may replace
  // a head, REDUCE may attach a headless word to the one below.
  bool non_monotonic = false;
  // Probability that a training word's tag is replaced, each time its
  // sentence is visited, by another tag its form has in the gold treebank
  // (drawn by frequency). The jackknifed tags are more accurate on train
  // (UPOS 96.5%) than the tagger is on new text (95.5% on dev), so without
  // noise the parser trusts tags more than it should.
  double tag_noise = 0;
  // Beam width: 1 trains the greedy parser (dynamic oracle, exploration);
  // more trains a global model over whole move sequences decoded with a
  // beam of this width (parser/beam.h): more accurate, proportionally slower.
  int beam = 1;
  // The beam the model decodes with (0: `beam`): a global model trained
  // with a wide beam keeps most of its accuracy with a narrower one.
  int decode_beam = 0;
  // Averaged weights smaller than this are dropped from the model: fewer
  // features make a smaller table and a faster parser.
  float prune_below = 1.0f;
};

// Trains, keeps the epoch that is best on dev, writes the model. Progress
// (per-epoch dev UAS/LAS) goes to `log`.
Status TrainParser(const ParserTrainOptions& options, std::ostream& log);

}  // namespace dyad::parser
