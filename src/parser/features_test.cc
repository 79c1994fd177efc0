// Tests of the parser's feature extraction.
#include "parser/features.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <utility>
#include <vector>

#include "parser/parser_test_util.h"
#include "parser/transition.h"

namespace dyad::parser {
namespace {

SyntaxSentence TaggedSentence() {
  SyntaxSentence s;
  s.words = {"The", "minister", "met", "rebels", "in", "Aleppo", ",", "and", "they", "talked", "."};
  const std::vector<std::pair<const char*, const char*>> tags = {
      {"DET", "DT"},   {"NOUN", "NN"},   {"VERB", "VBD"}, {"NOUN", "NNS"},
      {"ADP", "IN"},   {"PROPN", "NNP"}, {"PUNCT", ","},  {"CCONJ", "CC"},
      {"PRON", "PRP"}, {"VERB", "VBD"},  {"PUNCT", "."}};
  for (const auto& [upos, xpos] : tags) {
    TokenSyntax t;
    t.upos = upos;
    t.xpos = xpos;
    s.syntax.push_back(t);
  }
  return s;
}

// The split lists are the full list cut in two, each in template order, and
// the positional list is the same whenever s0 and n0 are: beam decoding
// (parser.cc) reuses it across states on that promise.
TEST(ParserFeatures, PositionalFeaturesDependOnlyOnStackTopAndBufferFront) {
  const SyntaxSentence sentence = TaggedSentence();
  SentenceAtoms atoms;
  atoms.Fill(sentence);
  const int n = static_cast<int>(sentence.words.size());
  const int labels = 4, root_label = 3;
  std::map<std::pair<int, int>, std::vector<uint64_t>> positional_of;
  std::mt19937_64 rng(5);
  size_t repeats = 0;
  for (int walk = 0; walk < 300; ++walk) {
    ParseState st;
    st.Reset(n);
    while (!st.Terminal()) {
      uint64_t all[kMaxFeatures], positional[kMaxFeatures], structural[kMaxFeatures];
      const int count = ExtractFeatures(st, atoms, all);
      int p = 0, q = 0;
      ExtractSplitFeatures(st, atoms, positional, &p, structural, &q);
      ASSERT_EQ(p + q, count);
      int i = 0, j = 0;  // all[] is the two lists merged in order
      for (int k = 0; k < count; ++k) {
        if (i < p && all[k] == positional[i]) {
          ++i;
        } else {
          ASSERT_LT(j, q);
          ASSERT_EQ(all[k], structural[j]) << "feature " << k;
          ++j;
        }
      }
      const std::vector<uint64_t> mine(positional, positional + p);
      const auto [it, inserted] =
          positional_of.emplace(std::make_pair(st.Stack(0), st.Buffer(0)), mine);
      if (!inserted) {
        ++repeats;
        ASSERT_EQ(it->second, mine) << "s0 " << st.Stack(0) << " n0 " << st.Buffer(0);
      }
      if (st.NeedsForceAttach()) {
        st.ForceAttach(0);
        continue;
      }
      const int move = RandomValidTransition(st, labels, root_label, &rng);
      ASSERT_GE(move, 0);
      st.Apply(move);
    }
  }
  EXPECT_GT(repeats, 1000u) << "the walks should meet the same (s0, n0) in different trees";
}

}  // namespace
}  // namespace dyad::parser
