// Tests of the arc-eager transition system and its dynamic oracle.
#include "parser/transition.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "parser/parser_internal.h"
#include "syntax/conllu.h"
#include "test_support.h"

namespace dyad::parser {
namespace {

// Follows zero-cost transitions (the first in class order) from the initial
// state; returns the 1-based heads and the label ids it built.
void FollowOracle(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                  int labels, int root_label, std::vector<int>* heads, std::vector<int>* built) {
  const int n = static_cast<int>(gold_head.size());
  ParseState st;
  st.Reset(n);
  std::vector<int> costs;
  for (int steps = 0; !st.Terminal(); ++steps) {
    ASSERT_LT(steps, 4 * n + 4) << "oracle does not terminate";
    ASSERT_FALSE(st.NeedsForceAttach()) << "oracle left two headless words";
    st.Costs(gold_head, gold_label, labels, root_label, &costs);
    int next = -1;
    for (int c = 0; c < ClassCount(labels); ++c) {
      if (costs[c] == 0) {
        next = c;
        break;
      }
    }
    ASSERT_GE(next, 0) << "no zero-cost transition in a projective tree";
    st.Apply(next);
  }
  heads->clear();
  built->clear();
  for (int i = 0; i < n; ++i) {
    heads->push_back(st.head(i) == n ? 0 : st.head(i) + 1);
    built->push_back(st.label(i));
  }
}

TEST(ParserTransitions, OracleBuildsASmallProjectiveTree) {
  // "She saw the man with a telescope": saw is root; labels 0 = dep, 1 = root.
  const std::vector<int> heads1 = {2, 0, 4, 2, 7, 7, 2};
  std::vector<int> gold_head, gold_label;
  for (int h : heads1) {
    gold_head.push_back(h == 0 ? 7 : h - 1);
    gold_label.push_back(h == 0 ? 1 : 0);
  }
  std::vector<int> heads, labels;
  FollowOracle(gold_head, gold_label, 2, 1, &heads, &labels);
  EXPECT_EQ(heads, heads1);
  EXPECT_EQ(labels, gold_label);
}

TEST(ParserTransitions, OracleReproducesEveryProjectiveDevTree) {
  DYAD_REQUIRE_SHARED(shared);
  std::vector<SyntaxSentence> dev;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(syntax::ReadConlluFile(shared + "/nlp/ud-english-ewt/en_ewt-ud-dev.conllu", &dev,
                                     &diagnostics)
                  .ok());
  std::map<std::string, int> label_ids;
  for (const auto& s : dev)
    for (const auto& t : s.syntax) label_ids.emplace(t.deprel, static_cast<int>(label_ids.size()));
  const int labels = static_cast<int>(label_ids.size());
  size_t checked = 0;
  for (const auto& s : dev) {
    std::vector<int> gold_heads1, gold_head, gold_label;
    for (const auto& t : s.syntax) gold_heads1.push_back(t.head);
    if (!IsSingleRootedTree(gold_heads1) || !IsProjective(gold_heads1)) continue;
    const int n = static_cast<int>(s.words.size());
    for (const auto& t : s.syntax) {
      gold_head.push_back(t.head == 0 ? n : t.head - 1);
      gold_label.push_back(label_ids[t.deprel]);
    }
    std::vector<int> heads, built;
    FollowOracle(gold_head, gold_label, labels, label_ids["root"], &heads, &built);
    ASSERT_EQ(heads, gold_heads1) << "sentence " << checked;
    ASSERT_EQ(built, gold_label) << "sentence " << checked;
    ++checked;
  }
  EXPECT_GT(checked, 1900u);
}

TEST(ParserTransitions, RandomValidTransitionsAlwaysYieldATree) {
  std::mt19937_64 rng(7);
  const int labels = 4, root_label = 3;
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 30);
    ParseState st;
    st.Reset(n);
    for (int steps = 0; !st.Terminal(); ++steps) {
      ASSERT_LT(steps, 4 * n + 4);
      if (st.NeedsForceAttach()) {
        st.ForceAttach(0);
        continue;
      }
      std::vector<int> valid;
      for (int c = 0; c < ClassCount(labels); ++c)
        if (st.Valid(c, root_label)) valid.push_back(c);
      ASSERT_FALSE(valid.empty()) << "a non-terminal state without transitions";
      st.Apply(valid[rng() % valid.size()]);
    }
    std::vector<int> heads;
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      heads.push_back(st.head(i) == n ? 0 : st.head(i) + 1);
      if (st.head(i) == n) {
        ++roots;
        EXPECT_EQ(st.label(i), root_label);
      } else {
        EXPECT_NE(st.label(i), root_label);
      }
    }
    EXPECT_EQ(roots, 1);
    EXPECT_TRUE(IsSingleRootedTree(heads));
    EXPECT_TRUE(IsProjective(heads));
  }
}

TEST(ParserTransitions, TreeChecks) {
  EXPECT_TRUE(IsSingleRootedTree({2, 0, 2}));
  EXPECT_FALSE(IsSingleRootedTree({0, 0}));        // two roots
  EXPECT_FALSE(IsSingleRootedTree({2, 3, 2, 0}));  // cycle
  EXPECT_FALSE(IsSingleRootedTree({5, 0}));        // head out of range
  EXPECT_TRUE(IsProjective({2, 0, 2}));
  EXPECT_FALSE(IsProjective({3, 4, 0, 3}));  // 1<-3 crosses 2<-4
}

}  // namespace
}  // namespace dyad::parser
