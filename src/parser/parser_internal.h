// Parser internals shared by parser.cc, the trainer and the tests: the
// perceptron-scored arc-eager parser, attachment scoring, projectivity.
//
// Ownership and thread safety: PerceptronParser is immutable after
// construction; Parse() keeps its scratch state per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "dyad/syntax.h"
#include "ml/sparse_perceptron.h"
#include "parser/parser.h"
#include "parser/transition.h"

namespace dyad::parser {

// Version of the feature set and transition system, stored in the model's
// settings; a model with another version is refused.
inline constexpr std::string_view kParserFeatureVersion = "arc-eager-root-last/zn2011+7/v3";

// The settings line "transitions=<this>" marks a model trained with the
// non-monotonic repairs (transition.h); without it the system is monotonic.
inline constexpr std::string_view kNonMonotonicTransitions = "arc-eager-non-monotonic";

class PerceptronParser final : public DependencyParser {
 public:
  // beam_width > 1: a globally trained model, decoded with a beam (beam.h).
  PerceptronParser(std::vector<std::string> labels, ml::CompactPerceptron weights,
                   bool non_monotonic = false, int beam_width = 1);
  void Parse(SyntaxSentence* s) const override;

  const std::vector<std::string>& labels() const { return labels_; }
  const ml::CompactPerceptron& weights() const { return weights_; }
  bool non_monotonic() const { return non_monotonic_; }
  int beam_width() const { return beam_width_; }

 private:
  std::vector<std::string> labels_;
  int root_label_ = -1;
  bool non_monotonic_ = false;
  int beam_width_ = 1;
  ml::CompactPerceptron weights_;
  void ParseWithBeam(SyntaxSentence* s) const;
  // Heads and labels of a finished parse into s->syntax.
  void WriteTree(const ParseState& st, SyntaxSentence* s) const;
};

// Builds a parser from a model file's sections (used by Load and the tests).
Status ParserFromSections(std::string_view settings, std::string_view labels,
                          std::string_view perceptron, std::unique_ptr<DependencyParser>* out);

// CoNLL 2018 attachment scores: every word counts (punctuation included);
// LAS compares the universal part of DEPREL (before ':').
struct AttachmentScores {
  size_t words = 0, head_correct = 0, labelled_correct = 0;
  double uas() const { return words ? 100.0 * head_correct / words : 0.0; }
  double las() const { return words ? 100.0 * labelled_correct / words : 0.0; }
};
AttachmentScores ScoreAttachments(const std::vector<SyntaxSentence>& gold,
                                  const std::vector<SyntaxSentence>& predicted);

// Whether the tree (1-based heads, 0 = root) has no crossing arcs.
bool IsProjective(const std::vector<int>& heads);

// Whether the heads (1-based, 0 = root) form a tree with exactly one root.
bool IsSingleRootedTree(const std::vector<int>& heads);

}  // namespace dyad::parser
