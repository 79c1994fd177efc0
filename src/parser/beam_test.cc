// Tests of beam search over arc-eager parses.
#include "parser/beam.h"

#include <gtest/gtest.h>

#include <random>

#include "parser/parser_internal.h"

namespace dyad::parser {
namespace {

// "She saw the man with a telescope" (0-based heads, ROOT = 7; labels
// 0 = dep, 1 = root, 2 = obj).
const std::vector<int> kHeads = {1, 7, 3, 1, 6, 6, 1};
const std::vector<int> kLabels = {0, 1, 0, 2, 0, 0, 0};
constexpr int kLabelCount = 3, kRootLabel = 1;

// A scorer that likes the zero-cost moves of the telescope tree.
void OracleScores(const ParseState& st, double* scores) {
  std::vector<int> costs;
  st.Costs(kHeads, kLabels, kLabelCount, kRootLabel, &costs);
  for (int c = 0; c < ClassCount(kLabelCount); ++c) scores[c] = costs[c] == 0 ? 1.0 : -1.0;
}

TEST(ParserBeam, OracleScoresBuildTheGoldTree) {
  for (size_t width : {1, 2, 8}) {
    Beam beam;
    std::vector<double> scores(ClassCount(kLabelCount));
    beam.Reset(7, width);
    while (!beam.Done()) beam.Advance(OracleScores, kLabelCount, kRootLabel, &scores);
    EXPECT_EQ(beam.step(), 14u) << "2n moves";
    const ParseState& best = beam.items()[0].state;
    for (int i = 0; i < 7; ++i) {
      EXPECT_EQ(best.head(i), kHeads[i]) << "width " << width << " word " << i;
      EXPECT_EQ(best.label(i), kLabels[i]) << "width " << width << " word " << i;
    }
  }
}

TEST(ParserBeam, RandomScoresGiveTreesBestFirst) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> uniform(-1, 1);
  auto random_scores = [&](const ParseState&, double* scores) {
    for (int c = 0; c < ClassCount(kLabelCount); ++c) scores[c] = uniform(rng);
  };
  std::vector<double> scores(ClassCount(kLabelCount));
  for (int n : {1, 2, 5, 12, 30}) {
    for (size_t width : {1, 4, 16}) {
      Beam beam;
      beam.Reset(n, width);
      while (!beam.Done()) {
        beam.Advance(random_scores, kLabelCount, kRootLabel, &scores);
        ASSERT_LE(beam.items().size(), width);
        for (size_t i = 1; i < beam.items().size(); ++i)
          ASSERT_GE(beam.items()[i - 1].score, beam.items()[i].score) << "not best first";
      }
      EXPECT_EQ(beam.step(), static_cast<size_t>(2 * n));
      for (const BeamItem& item : beam.items()) {
        ASSERT_TRUE(item.state.Terminal()) << "items end together";
        std::vector<int> heads;
        for (int i = 0; i < n; ++i)
          heads.push_back(item.state.head(i) == n ? 0 : item.state.head(i) + 1);
        EXPECT_TRUE(IsSingleRootedTree(heads)) << "n " << n << " width " << width;
        EXPECT_TRUE(IsProjective(heads));
        // Replaying the moves rebuilds the item's state.
        ParseState replay;
        replay.Reset(n);
        for (int move : beam.Moves(static_cast<size_t>(&item - beam.items().data())))
          ApplyMove(move, &replay);
        for (int i = 0; i < n; ++i) EXPECT_EQ(replay.head(i), item.state.head(i));
      }
    }
  }
}

TEST(ParserBeam, ScoredMovesAreTheValidTransitions) {
  // Along random parses, the moves offered for scoring are exactly the
  // classes ParseState::Valid allows (ForcedMove covers the rest).
  std::mt19937_64 rng(11);
  for (int n : {1, 3, 8, 20}) {
    for (int run = 0; run < 20; ++run) {
      ParseState st;
      st.Reset(n);
      while (!st.Terminal()) {
        const int forced = ForcedMove(st, kRootLabel);
        std::vector<int> offered;
        if (forced < 0) {
          ForEachScoredMove(st, kLabelCount, kRootLabel,
                            [&](int move, int) { offered.push_back(move); });
          if (st.front() < n) {
            std::vector<int> valid;
            for (int c = 0; c < ClassCount(kLabelCount); ++c)
              if (st.Valid(c, kRootLabel)) valid.push_back(c);
            ASSERT_EQ(offered, valid);
          }
        }
        const int move = forced >= 0 ? forced : offered[rng() % offered.size()];
        ApplyMove(move, &st);
      }
    }
  }
}

TEST(ParserBeam, ItemsStayGoldWhileTheyFollowTheGoldMoves) {
  // The gold moves: the beam of width 1 under oracle scores.
  Beam beam;
  std::vector<double> scores(ClassCount(kLabelCount));
  beam.Reset(7, 1);
  while (!beam.Done()) beam.Advance(OracleScores, kLabelCount, kRootLabel, &scores);
  const std::vector<int> gold = beam.Moves(0);
  beam.Reset(7, 4);
  while (!beam.Done()) {
    beam.Advance(OracleScores, kLabelCount, kRootLabel, &scores, &gold);
    int gold_items = 0;
    for (size_t i = 0; i < beam.items().size(); ++i) {
      const BeamItem& item = beam.items()[i];
      const std::vector<int> moves = beam.Moves(i);
      const bool follows = std::equal(moves.begin(), moves.end(), gold.begin());
      EXPECT_EQ(item.gold, follows);
      gold_items += item.gold;
    }
    EXPECT_EQ(gold_items, 1) << "the oracle's path is best and in the beam";
  }
  EXPECT_TRUE(beam.items()[0].gold);
}

}  // namespace
}  // namespace dyad::parser
