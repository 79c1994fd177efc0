#include "syntax/evaluate.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

SyntaxSentence Make(std::vector<std::string> words,
                    std::vector<std::tuple<const char*, const char*, const char*, int, const char*>>
                        syntax) {
  SyntaxSentence s;
  s.words = std::move(words);
  for (const auto& [upos, xpos, lemma, head, deprel] : syntax)
    s.syntax.push_back(TokenSyntax{upos, xpos, lemma, head, deprel});
  s.space_after.assign(s.words.size(), true);
  return s;
}

TEST(EvaluateTest, GoldTokenAccuracies) {
  std::vector<SyntaxSentence> gold = {Make({"Dogs", "bark", "."},
                                           {{"NOUN", "NNS", "dog", 2, "nsubj"},
                                            {"VERB", "VBP", "bark", 0, "root"},
                                            {"PUNCT", ".", ".", 2, "punct"}})};
  std::vector<SyntaxSentence> system = {Make({"Dogs", "bark", "."},
                                             {{"NOUN", "NNS", "dogs", 2, "nsubj"},
                                              {"NOUN", "NN", "bark", 0, "root"},
                                              {"PUNCT", ".", ".", 1, "punct"}})};
  SyntaxScores s;
  ASSERT_TRUE(EvaluateGoldTokens(gold, system, &s).ok());
  EXPECT_NEAR(s.upos, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.xpos, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.lemma, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.uas, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.las, 200.0 / 3, 1e-9);
  EXPECT_FALSE(s.raw);
}

TEST(EvaluateTest, LasComparesOnlyTheUniversalRelation) {
  std::vector<SyntaxSentence> gold = {Make({"in", "Paris"}, {{"ADP", "IN", "in", 2, "case"},
                                                             {"PROPN", "NNP", "Paris", 0,
                                                              "obl:in"}})};
  std::vector<SyntaxSentence> system = {Make({"in", "Paris"}, {{"ADP", "IN", "in", 2, "case"},
                                                               {"PROPN", "NNP", "Paris", 0,
                                                                "obl"}})};
  SyntaxScores s;
  ASSERT_TRUE(EvaluateGoldTokens(gold, system, &s).ok());
  EXPECT_DOUBLE_EQ(s.las, 100.0);
  system[0].syntax[1].deprel = "nmod:in";
  ASSERT_TRUE(EvaluateGoldTokens(gold, system, &s).ok());
  EXPECT_DOUBLE_EQ(s.uas, 100.0);
  EXPECT_DOUBLE_EQ(s.las, 50.0);
}

TEST(EvaluateTest, MismatchedWordCountsAreAnError) {
  std::vector<SyntaxSentence> gold = {Make({"a", "b"}, {{"X", "X", "a", 0, "root"},
                                                        {"X", "X", "b", 1, "dep"}})};
  std::vector<SyntaxSentence> system = {Make({"a"}, {{"X", "X", "a", 0, "root"}})};
  SyntaxScores s;
  EXPECT_FALSE(EvaluateGoldTokens(gold, system, &s).ok());
}

TEST(EvaluateTest, ReconstructsTextFromCommentsAndSpaceAfter) {
  SyntaxSentence a = Make({"Hi", "!"}, {{"INTJ", "UH", "hi", 0, "root"},
                                        {"PUNCT", ".", "!", 1, "punct"}});
  a.comments = {" newdoc id = d1", " text = Hi!"};
  SyntaxSentence b = Make({"Go", "now"}, {{"VERB", "VB", "go", 0, "root"},
                                          {"ADV", "RB", "now", 1, "advmod"}});
  b.space_after = {true, false};  // no text comment: joined by SpaceAfter
  SyntaxSentence c = Make({"OK"}, {{"INTJ", "UH", "ok", 0, "root"}});
  c.comments = {" newpar id = p2", " text = OK"};
  TextLayout layout;
  ReconstructText({a, b, c}, &layout);
  EXPECT_EQ(layout.text, "Hi! Go now\n\nOK");
  ASSERT_EQ(layout.words.size(), 3u);
  EXPECT_EQ(layout.words[0][1], (Span{2, 3}));
  EXPECT_EQ(layout.words[1][1], (Span{7, 10}));
  EXPECT_EQ(layout.words[2][0], (Span{12, 14}));
}

TEST(EvaluateTest, RawTextAlignsWordsAndSentencesByCharacterSpans) {
  // Gold: "New York is big." as one sentence: New York / is / big / .
  SyntaxSentence g = Make({"New", "York", "is", "big", "."},
                          {{"PROPN", "NNP", "New", 2, "compound"},
                           {"PROPN", "NNP", "York", 4, "nsubj"},
                           {"AUX", "VBZ", "be", 4, "cop"},
                           {"ADJ", "JJ", "big", 0, "root"},
                           {"PUNCT", ".", ".", 4, "punct"}});
  g.comments = {" text = New York is big."};
  TextLayout layout;
  ReconstructText({g}, &layout);
  // System: "New York" as one word, the rest right.
  SyntaxSentence s = Make({"New York", "is", "big", "."},
                          {{"PROPN", "NNP", "New York", 3, "nsubj"},
                           {"AUX", "VBZ", "be", 3, "cop"},
                           {"ADJ", "JJ", "big", 0, "root"},
                           {"PUNCT", ".", ".", 3, "punct"}});
  std::vector<std::vector<Span>> spans = {{{0, 8}, {9, 11}, {12, 15}, {15, 16}}};
  SyntaxScores r;
  ASSERT_TRUE(EvaluateRaw({g}, layout, {s}, spans, &r).ok());
  EXPECT_TRUE(r.raw);
  EXPECT_EQ(r.matched_words, 3u);
  EXPECT_NEAR(r.words_f1, 2.0 * 3 / (4 + 5) * 100, 1e-9);
  EXPECT_DOUBLE_EQ(r.sentences_f1, 100.0);
  EXPECT_NEAR(r.upos, 2.0 * 3 / 9 * 100, 1e-9);
  // "is", "big", "." have aligned heads (big, root, big).
  EXPECT_NEAR(r.uas, 2.0 * 3 / 9 * 100, 1e-9);
  // Two system sentences instead of one: no sentence matches.
  std::vector<SyntaxSentence> split = {Make({"New York", "is"}, {{"X", "X", "x", 0, "root"},
                                                                 {"X", "X", "x", 1, "dep"}}),
                                       Make({"big", "."}, {{"X", "X", "x", 0, "root"},
                                                           {"X", "X", "x", 1, "dep"}})};
  std::vector<std::vector<Span>> split_spans = {{{0, 8}, {9, 11}}, {{12, 15}, {15, 16}}};
  ASSERT_TRUE(EvaluateRaw({g}, layout, split, split_spans, &r).ok());
  EXPECT_DOUBLE_EQ(r.sentences_f1, 0.0);
  EXPECT_EQ(r.matched_words, 3u);
}

}  // namespace
}  // namespace dyad::syntax
