// PatternMatcher: matches one compiled phrase around one verb in a clause.
//
// The part of a pattern before '*' is matched right to left from the verb
// (the nearest occurrence wins, which is why "$ *" finds the actor just
// before the verb), the part after '*' left to right. '_' links demand
// adjacency; otherwise words may be skipped, but not across a comma or out
// of the clause. $ + % ^ @ match whole actor units (a parsed compound counts
// as one). Alternatives and synsets are tried in order with backtracking.
//
// Thread safety: a PatternMatcher is scratch for one sentence on one thread.
#pragma once

#include <vector>

#include "coder/analysis.h"
#include "dictionary/compiled.h"

namespace dyad::coder {

struct MatchResult {
  int source = -1, target = -1, compound = -1, attribution = -1;  // unit ids
  // Units taken by tokens ($ + % ^ @); a pattern has few of them.
  static constexpr int kMaxSkipped = 8;
  int skipped[kMaxSkipped] = {};
  int skipped_count = 0;
  bool Took(int unit) const {
    for (int i = 0; i < skipped_count; ++i) {
      if (skipped[i] == unit) return true;
    }
    return false;
  }
  int length = 0;             // letters and digits of the literal text actually matched
  int first = -1, last = -1;  // positions spanned by the matched literals and the verb
};

// Visible positions of the sentence with their actor units, built once per
// sentence and shared by every match.
struct PositionIndex {
  std::vector<int> unit_of;                // position -> unit id, -1
  std::vector<int> unit_first, unit_last;  // unit id -> first/last visible position, -1
  void Build(const Analysis& a);
};

class PatternMatcher {
 public:
  // `synset_adjacency`: a '_' after a synset binds as after a word
  // (PETRARCH); TABARI lets a multi-word member end away from it.
  // `words_not_parsed_verbs`: CodingOptions::pattern_words_not_parsed_verbs.
  PatternMatcher(const dict::CompiledDictionaries& d, const Analysis& a, const PositionIndex& idx,
                 bool synset_adjacency = false, bool words_not_parsed_verbs = false)
      : d_(d),
        a_(a),
        idx_(idx),
        synset_adjacency_(synset_adjacency),
        words_not_parsed_verbs_(words_not_parsed_verbs) {}

  // Matches `p` with its '*' on the verb at position `verb` whose adjacent
  // run ends before `verb_end`, inside clause [begin, end).
  bool Match(const dict::Phrase& p, int begin, int end, int verb, int verb_end,
             MatchResult* out) const;

 private:
  using Elements = std::vector<dict::Element>;
  bool Forward(const Elements& els, size_t k, int from, int limit, bool anchored, MatchResult& st,
               int* end) const;
  bool Backward(const Elements& els, int k, int limit, int lower, MatchResult& st) const;
  bool IsDeterminer(int pos) const;
  // WordInfo::modifier_conj: "and" in "death and injury toll".
  bool IsModifierConjunction(int pos) const;
  bool Literal(const dict::Element& e, int pos) const;
  bool TokenStartingAt(const dict::Element& e, int pos, MatchResult& st, int* end) const;
  bool Blocking(int pos) const;
  static void Assign(const dict::Element& e, int unit, MatchResult& st);
  void Extend(MatchResult& st, int first, int last) const;

  const dict::CompiledDictionaries& d_;
  const Analysis& a_;
  const PositionIndex& idx_;
  bool synset_adjacency_;
  bool words_not_parsed_verbs_;
};

// Letters and digits of a word element's text (its share of a match length).
int LiteralLength(const dict::Element& e);

}  // namespace dyad::coder
