// Features of the learned sentence-boundary model (sentence_model.cc), shared
// by inference and training so that both see exactly the same thing.
//
// The model decides at *candidate* token junctions of one block (see
// IsCandidate): where the rules put a boundary, where a capitalised word,
// a number or an opening mark follows a space, and any word after a spaced
// full stop, ! or ?. Those are the junctions where
// the EWT genres (mail, reviews, forums) start sentences without punctuation
// ("... Frank Sinatra died He also had ...", "Thanks Kim", list items), and
// they are a small share of all junctions, which keeps the model off the hot
// path for most tokens.
//
// WalkBlock() scans a block left to right, keeps the state of the current
// sentence (its length and how many lowercase words it has, which tells a
// clause from a signature or a heading), and asks `decide` at each candidate.
//
// Thread safety: pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::tok {

// Bumped whenever the templates below change: a model trained on other
// features would be read wrongly, so Load() refuses it.
inline constexpr uint32_t kBoundaryFeatureVersion = 2;
inline constexpr size_t kMaxBoundaryFeatures = 32;

struct BoundaryCandidate {
  size_t j;             // a sentence would start at toks[j]
  bool rule;            // the rules put a boundary here
  bool after_closer;    // toks[j - 1] closes a quote or a square bracket
  uint64_t features[kMaxBoundaryFeatures];
  size_t n;
};

// The junction before toks[j] (0 < j < toks.size()) is a candidate.
bool IsCandidate(std::string_view text, const std::vector<Token>& toks,
                 const std::vector<uint8_t>& rule_starts, size_t j);

// Walks one block. `decide(const BoundaryCandidate&)` returns whether a
// sentence starts there; (*starts)[j] is set to the answer at candidates and
// left as the rules had it elsewhere (all junctions that are not candidates
// are non-boundaries unless the rules said otherwise, which cannot happen:
// every rule boundary is a candidate).
template <class Decide>
void WalkBlock(std::string_view text, const std::vector<Token>& toks,
               std::vector<uint8_t>* starts, Decide&& decide);

namespace internal {

// Running state of the sentence being built.
struct SentenceState {
  size_t start = 0;          // token index where it began
  size_t lower_words = 0;    // lowercase-initial words in it so far
  uint64_t first_word = 0;   // lowercase hash of its first token
};

void ExtractFeatures(std::string_view text, const std::vector<Token>& toks,
                     const std::vector<uint8_t>& rule_starts, const SentenceState& state,
                     BoundaryCandidate* c);
uint64_t LowerHash(std::string_view s);
bool StartsLowerWord(std::string_view text, const Token& t);
bool IsQuoteOrBracketCloser(std::string_view text, const Token& t);

}  // namespace internal

template <class Decide>
void WalkBlock(std::string_view text, const std::vector<Token>& toks,
               std::vector<uint8_t>* starts, Decide&& decide) {
  const size_t n = toks.size();
  if (n < 2) return;
  internal::SentenceState state;
  state.first_word = internal::LowerHash(text.substr(toks[0].span.begin, toks[0].span.size()));
  state.lower_words = internal::StartsLowerWord(text, toks[0]);
  BoundaryCandidate c;
  for (size_t j = 1; j < n; ++j) {
    if (IsCandidate(text, toks, *starts, j)) {
      c.j = j;
      c.rule = (*starts)[j] != 0;
      c.after_closer = internal::IsQuoteOrBracketCloser(text, toks[j - 1]);
      internal::ExtractFeatures(text, toks, *starts, state, &c);
      const bool boundary = decide(static_cast<const BoundaryCandidate&>(c));
      (*starts)[j] = boundary ? 1 : 0;
      if (boundary) {
        state.start = j;
        state.lower_words = 0;
        state.first_word =
            internal::LowerHash(text.substr(toks[j].span.begin, toks[j].span.size()));
      }
    }
    state.lower_words += internal::StartsLowerWord(text, toks[j]);
  }
}

}  // namespace dyad::tok
