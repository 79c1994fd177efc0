// Tests of the arc-eager transition system and its dynamic oracle.
#include "parser/transition.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "parser/parser_internal.h"
#include "parser/parser_test_util.h"
#include "syntax/conllu.h"
#include "test_support.h"

namespace dyad::parser {
namespace {

// Follows zero-cost transitions (the first in class order) from the initial
// state; returns the 1-based heads and the label ids it built.
void FollowOracle(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                  int labels, int root_label, bool non_monotonic, std::vector<int>* heads,
                  std::vector<int>* built) {
  const int n = static_cast<int>(gold_head.size());
  ParseState st;
  st.Reset(n, non_monotonic);
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
  for (bool non_monotonic : {false, true}) {
    std::vector<int> heads, labels;
    FollowOracle(gold_head, gold_label, 2, 1, non_monotonic, &heads, &labels);
    EXPECT_EQ(heads, heads1);
    EXPECT_EQ(labels, gold_label);
  }
}

// "She saw the man with a telescope" once more (0-based heads, ROOT = 7;
// labels 0 = dep, 1 = root, 2 = obj).
const std::vector<int> kTelescopeHeads = {1, 7, 3, 1, 6, 6, 1};
const std::vector<int> kTelescopeLabels = {0, 1, 0, 2, 0, 0, 0};

TEST(ParserTransitions, NonMonotonicLeftArcReplacesAWrongHead) {
  ParseState st;
  st.Reset(7, /*non_monotonic=*/true);
  st.Apply(kShift);        // [She]
  st.Apply(LeftArc(0));    // She <- saw
  st.Apply(kShift);        // [saw]
  st.Apply(RightArc(2));   // saw -> the: a mistake, "the" belongs to "man"
  EXPECT_EQ(st.head(2), 1);
  EXPECT_EQ(st.rightmost(1), 2);
  std::vector<int> costs;
  st.Costs(kTelescopeHeads, kTelescopeLabels, 3, 1, &costs);
  EXPECT_EQ(costs[LeftArc(0)], 0) << "the repair is free";
  EXPECT_EQ(costs[kReduce], 1) << "reducing 'the' loses its head 'man'";
  ASSERT_TRUE(st.Valid(LeftArc(0), 1));
  st.Apply(LeftArc(0));  // the <- man, replacing saw -> the
  EXPECT_EQ(st.head(2), 3);
  EXPECT_EQ(st.rightmost(1), -1) << "saw lost its only right child";
  EXPECT_EQ(st.right_valency(1), 0);
  EXPECT_EQ(st.right_labels(1), 0u);
  EXPECT_EQ(st.leftmost(3), 2);

  ParseState monotonic;
  monotonic.Reset(7);
  monotonic.Apply(kShift);
  monotonic.Apply(LeftArc(0));
  monotonic.Apply(kShift);
  monotonic.Apply(RightArc(2));
  EXPECT_FALSE(monotonic.Valid(LeftArc(0), 1)) << "monotonic: a head is final";
}

TEST(ParserTransitions, NonMonotonicReduceAttachesAHeadlessWordBelow) {
  ParseState st;
  st.Reset(7, /*non_monotonic=*/true);
  st.Apply(kShift);
  st.Apply(LeftArc(0));  // She <- saw
  st.Apply(kShift);      // [saw]
  st.Apply(kShift);      // [saw the]
  st.Apply(LeftArc(0));  // the <- man
  std::vector<int> costs;
  st.Costs(kTelescopeHeads, kTelescopeLabels, 3, 1, &costs);
  EXPECT_EQ(costs[RightArc(2)], 0);
  EXPECT_EQ(costs[kShift], 1) << "shifting 'man' leaves its arc to a repair with a guessed label";
  st.Apply(kShift);  // [saw man]: the mistake, "man" is headless
  st.Costs(kTelescopeHeads, kTelescopeLabels, 3, 1, &costs);
  EXPECT_EQ(costs[kReduce], 0) << "the repair: man's head 'saw' is just below it";
  EXPECT_EQ(costs[LeftArc(0)], 1) << "'with' is not man's head";
  ASSERT_TRUE(st.Valid(kReduce, 1));
  st.Apply(kReduce, /*reduce_label=*/2);
  EXPECT_EQ(st.head(3), 1);
  EXPECT_EQ(st.label(3), 2);
  EXPECT_EQ(st.Stack(0), 1);
  EXPECT_EQ(st.rightmost(1), 3);

  ParseState monotonic;
  monotonic.Reset(7);
  monotonic.Apply(kShift);
  monotonic.Apply(kShift);
  EXPECT_FALSE(monotonic.Valid(kReduce, 1)) << "monotonic: only attached words are reduced";
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
    for (bool non_monotonic : {false, true}) {
      std::vector<int> heads, built;
      FollowOracle(gold_head, gold_label, labels, label_ids["root"], non_monotonic, &heads,
                   &built);
      ASSERT_EQ(heads, gold_heads1) << "sentence " << checked << ", " << non_monotonic;
      ASSERT_EQ(built, gold_label) << "sentence " << checked << ", " << non_monotonic;
    }
    ++checked;
  }
  EXPECT_GT(checked, 1900u);
}

// The children bookkeeping (kept incrementally, rebuilt when a repair moves
// a word) agrees with the heads.
void ExpectChildrenMatchHeads(const ParseState& st) {
  for (int h = 0; h <= st.words(); ++h) {
    std::vector<int> left, right;
    uint64_t right_set = 0;
    for (int d = 0; d < st.words(); ++d) {
      if (st.head(d) != h) continue;
      if (d < h) left.push_back(d);
      if (d > h) right.push_back(d), right_set |= uint64_t{1} << st.label(d);
    }
    ASSERT_EQ(st.right_valency(h), static_cast<int>(right.size())) << "word " << h;
    ASSERT_EQ(st.left_valency(h), static_cast<int>(left.size())) << "word " << h;
    ASSERT_EQ(st.rightmost(h), right.empty() ? -1 : right.back()) << "word " << h;
    ASSERT_EQ(st.right2(h), right.size() < 2 ? -1 : right[right.size() - 2]) << "word " << h;
    ASSERT_EQ(st.leftmost(h), left.empty() ? -1 : left.front()) << "word " << h;
    ASSERT_EQ(st.right_labels(h), right_set) << "word " << h;
  }
}

TEST(ParserTransitions, RandomValidTransitionsAlwaysYieldATree) {
  std::mt19937_64 rng(7);
  const int labels = 4, root_label = 3;
  for (int trial = 0; trial < 4000; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 30);
    ParseState st;
    st.Reset(n, /*non_monotonic=*/trial % 2 == 1);
    for (int steps = 0; !st.Terminal(); ++steps) {
      ASSERT_LT(steps, 4 * n + 4);
      if (st.NeedsForceAttach()) {
        st.ForceAttach(0);
        continue;
      }
      const int move = RandomValidTransition(st, labels, root_label, &rng);
      ASSERT_GE(move, 0) << "a non-terminal state without transitions";
      st.Apply(move, /*reduce_label=*/1);
      ExpectChildrenMatchHeads(st);
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
