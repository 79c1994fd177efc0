// Parser features: the Zhang & Nivre (2011) feature set for arc-eager
// parsing, plus a few stack-second and UPOS features, as 64-bit hashes.
//
// Words, XPOS and UPOS are hashed once per sentence (SentenceAtoms, with
// ml::FeatureHash); each state then combines a handful of these atoms and
// small integers (labels, distances, valencies, label sets) into ~80 feature
// hashes with a few multiply-xor rounds, without allocating.
//
// Thread safety: stateless functions; SentenceAtoms is owned by one parse.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/syntax.h"
#include "parser/transition.h"

namespace dyad::parser {

inline constexpr int kMaxFeatures = 96;

// Per-position hashed word, XPOS, UPOS, lemma and 3-letter suffix; position
// n is ROOT. punct_before[i] counts the punctuation tokens before i, so that
// the punctuation between two words is one subtraction.
struct SentenceAtoms {
  std::vector<uint64_t> word, xpos, upos, lemma, suffix;
  std::vector<int> punct_before;
  void Fill(const SyntaxSentence& s);
};

// The atoms of a tag, as SentenceAtoms::Fill hashes them.
uint64_t XposAtom(std::string_view xpos);
uint64_t UposAtom(std::string_view upos);

// Writes the features of `state` to out[0..kMaxFeatures); returns the count.
int ExtractFeatures(const ParseState& state, const SentenceAtoms& atoms, uint64_t* out);

// The same features in two lists: the positional ones, which depend only on
// which words are s0 and n0 (so states with the same s0 and n0 share their
// scores, as a beam's items often do), and the structural rest. Each list
// has room for kMaxFeatures.
void ExtractSplitFeatures(const ParseState& state, const SentenceAtoms& atoms, uint64_t* positional,
                          int* positional_count, uint64_t* structural, int* structural_count);

}  // namespace dyad::parser
