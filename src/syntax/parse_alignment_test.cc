#include "dyad/parse_alignment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/petrarch.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

// Tokens at the given pieces of `text`, in order (each piece is found after
// the previous one); punctuation-only pieces are kPunctuation.
std::vector<Token> TokensOf(std::string_view text, const std::vector<std::string>& pieces) {
  std::vector<Token> tokens;
  size_t from = 0;
  for (const std::string& p : pieces) {
    const size_t at = text.find(p, from);
    EXPECT_NE(at, std::string_view::npos) << p;
    Token t;
    t.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + p.size())};
    bool alnum = false;
    for (char c : p) alnum = alnum || std::isalnum(static_cast<unsigned char>(c));
    t.kind = alnum ? TokenKind::kWord : TokenKind::kPunctuation;
    tokens.push_back(t);
    from = at + p.size();
  }
  return tokens;
}

struct W {
  std::string word;
  int head;
  std::string deprel;
};

SyntaxSentence ParseOf(const std::vector<W>& words) {
  SyntaxSentence s;
  for (const W& w : words) {
    s.words.push_back(w.word);
    TokenSyntax t;
    t.head = w.head;
    t.deprel = w.deprel;
    t.upos = w.deprel == "punct" ? "PUNCT" : "X";
    s.syntax.push_back(t);
  }
  s.space_after.assign(words.size(), true);
  return s;
}

TEST(ParseAlignment, SameTokenizationCopiesHeadsAndRelations) {
  const std::string text = "Arnor attacked Gondor.";
  const auto tokens = TokensOf(text, {"Arnor", "attacked", "Gondor", "."});
  const SyntaxSentence parse = ParseOf(
      {{"Arnor", 2, "nsubj"}, {"attacked", 0, "root"}, {"Gondor", 2, "obj"}, {".", 2, "punct"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  ASSERT_EQ(out.words, (std::vector<std::string>{"Arnor", "attacked", "Gondor", "."}));
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(out.syntax[i].head, parse.syntax[i].head);
    EXPECT_EQ(out.syntax[i].deprel, parse.syntax[i].deprel);
  }
  EXPECT_EQ(stats.words_found, 4u);
  EXPECT_EQ(stats.words_dropped, 0u);
}

TEST(ParseAlignment, CoreNlpNegationSplitAlignsToOneToken) {
  // CoreNLP splits "cannot" into "can" + "not"; a tokenizer that keeps it
  // whole gets one token standing for the pair, attached where they were.
  const std::string text = "Arnor cannot attack Gondor";
  const auto tokens = TokensOf(text, {"Arnor", "cannot", "attack", "Gondor"});
  const SyntaxSentence parse = ParseOf({{"Arnor", 4, "nsubj"},
                                        {"can", 4, "aux"},
                                        {"not", 4, "advmod"},
                                        {"attack", 0, "root"},
                                        {"Gondor", 4, "obj"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  ASSERT_EQ(out.words.size(), 4u);
  EXPECT_EQ(out.syntax[0].head, 3);  // Arnor -> attack (token 3)
  EXPECT_EQ(out.syntax[1].head, 3);  // cannot -> attack
  EXPECT_EQ(out.syntax[2].head, 0);
  EXPECT_EQ(out.syntax[3].head, 3);
  EXPECT_EQ(out.syntax[3].deprel, "obj");
  EXPECT_EQ(stats.tokens_merged, 1u);
}

TEST(ParseAlignment, ContractionSplitTheSameWayAlignsOneToOne) {
  const std::string text = "Arnor doesn't trust Gondor";
  const auto tokens = TokensOf(text, {"Arnor", "does", "n't", "trust", "Gondor"});
  const SyntaxSentence parse = ParseOf({{"Arnor", 4, "nsubj"},
                                        {"does", 4, "aux"},
                                        {"n't", 4, "advmod"},
                                        {"trust", 0, "root"},
                                        {"Gondor", 4, "obj"}});
  SyntaxSentence out;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out).ok());
  EXPECT_EQ(out.words[2], "n't");
  EXPECT_EQ(out.syntax[2].head, 4);
  EXPECT_EQ(out.syntax[2].deprel, "advmod");
}

TEST(ParseAlignment, EscapedBracketsAndTreebankQuotesMatchTheText) {
  const std::string text = "Arnor (the north) said \xE2\x80\x9Cno\xE2\x80\x9D.";
  const auto tokens = TokensOf(
      text, {"Arnor", "(", "the", "north", ")", "said", "\xE2\x80\x9C", "no", "\xE2\x80\x9D", "."});
  const SyntaxSentence parse = ParseOf({{"Arnor", 6, "nsubj"},
                                        {"-LRB-", 4, "punct"},
                                        {"the", 4, "det"},
                                        {"north", 1, "appos"},
                                        {"-RRB-", 4, "punct"},
                                        {"said", 0, "root"},
                                        {"``", 8, "punct"},
                                        {"no", 6, "ccomp"},
                                        {"''", 8, "punct"},
                                        {".", 6, "punct"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(stats.words_found, 10u);
  for (size_t i = 0; i < 10; ++i) EXPECT_EQ(out.syntax[i].head, parse.syntax[i].head) << i;
}

TEST(ParseAlignment, HyphenatedNameSplitByDyadKeepsOneHead) {
  // CoreNLP keeps "al-Assad" whole; dyad splits it at the hyphen. The last
  // word token takes the name's place, the rest hang from it.
  const std::string text = "al-Assad met Gondor";
  const auto tokens = TokensOf(text, {"al", "-", "Assad", "met", "Gondor"});
  const SyntaxSentence parse =
      ParseOf({{"al-Assad", 2, "nsubj"}, {"met", 0, "root"}, {"Gondor", 2, "obj"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(out.syntax[2].head, 4);
  EXPECT_EQ(out.syntax[2].deprel, "nsubj");
  EXPECT_EQ(out.syntax[0].head, 3);
  EXPECT_EQ(out.syntax[0].deprel, "compound");
  EXPECT_EQ(out.syntax[1].head, 3);
  EXPECT_EQ(out.syntax[1].deprel, "punct");
  EXPECT_EQ(out.syntax[4].head, 4);
  EXPECT_EQ(stats.tokens_split, 2u);
}

TEST(ParseAlignment, SentenceFinalPeriodCoreNlpAddsAfterAnAbbreviationIsDropped) {
  // "... the U.S." : CoreNLP writes "U.S." and then "." for the sentence
  // end, though the text has one period.
  const std::string text = "Arnor met the U.S.";
  const auto tokens = TokensOf(text, {"Arnor", "met", "the", "U.S."});
  const SyntaxSentence parse = ParseOf({{"Arnor", 2, "nsubj"},
                                        {"met", 0, "root"},
                                        {"the", 4, "det"},
                                        {"U.S.", 2, "obj"},
                                        {".", 2, "punct"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(out.syntax[3].head, 2);
  EXPECT_EQ(out.syntax[3].deprel, "obj");
  EXPECT_EQ(stats.words_dropped, 1u);
}

TEST(ParseAlignment, DroppedHeadPassesItsDependentsUp) {
  // A word found nowhere that heads others: they attach to its head.
  const std::string text = "Arnor met Gondor";
  const auto tokens = TokensOf(text, {"Arnor", "met", "Gondor"});
  SyntaxSentence parse = ParseOf({{"Arnor", 2, "nsubj"},
                                  {"met", 0, "root"},
                                  {"Gondor", 2, "obj"},
                                  {"yesterday", 3, "nmod"},
                                  {"!", 4, "punct"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(stats.words_dropped, 2u);
  EXPECT_EQ(out.syntax[2].head, 2);
}

TEST(ParseAlignment, AmericanizedSpellingTakesTheGapBetweenFoundWords) {
  const std::string text = "the Labour party attacked Gondor";
  const auto tokens = TokensOf(text, {"the", "Labour", "party", "attacked", "Gondor"});
  const SyntaxSentence parse = ParseOf({{"the", 3, "det"},
                                        {"Labor", 3, "compound"},
                                        {"party", 4, "nsubj"},
                                        {"attacked", 0, "root"},
                                        {"Gondor", 4, "obj"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(stats.words_guessed, 1u);
  EXPECT_EQ(out.syntax[1].head, 3);
  EXPECT_EQ(out.syntax[1].deprel, "compound");
}

TEST(ParseAlignment, CurlyApostropheMatchesStraightPossessive) {
  const std::string text = "Gondor\xE2\x80\x99s army attacked";
  const auto tokens = TokensOf(text, {"Gondor", "\xE2\x80\x99s", "army", "attacked"});
  const SyntaxSentence parse = ParseOf({{"Gondor", 3, "nmod:poss"},
                                        {"'s", 1, "case"},
                                        {"army", 4, "nsubj"},
                                        {"attacked", 0, "root"}});
  SyntaxSentence out;
  ParseAlignmentStats stats;
  ASSERT_TRUE(AlignParse(text, tokens, parse, &out, &stats).ok());
  EXPECT_EQ(stats.words_found, 4u);
  EXPECT_EQ(out.syntax[1].deprel, "case");
}

TEST(ParseAlignment, WordIsNotFoundInsideAnotherWord) {
  // "the" is missing from the text; it must not be found in "other".
  const std::vector<Span> spans = LocateWords("other nations", 0, {"the", "other", "nations"});
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_TRUE(spans[0].empty());
  EXPECT_EQ(spans[1].begin, 0u);
  EXPECT_EQ(spans[2].begin, 6u);
}

TEST(ParseAlignment, ParseOfAnotherSentenceIsRejected) {
  const std::string text = "Arnor attacked Gondor";
  const auto tokens = TokensOf(text, {"Arnor", "attacked", "Gondor"});
  const SyntaxSentence parse =
      ParseOf({{"Rohan", 2, "nsubj"}, {"praised", 0, "root"}, {"Mordor", 2, "obj"}});
  SyntaxSentence out;
  EXPECT_FALSE(AlignParse(text, tokens, parse, &out).ok());
}

TEST(ParseAlignment, TreebankParseAlignsToDyadTokens) {
  // End to end: a CoreNLP parse converted, dyad's own tokenizer.
  Document doc;
  doc.text = "Arnor's leader (Aragorn) didn't \"welcome\" al-Qaeda's envoys.";
  doc.single_unit = true;
  SplitAndTokenize(&doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  GivenParse given;
  given.format = ParseFormat::kTreebank;
  given.text =
      "(ROOT (S (NP (NP (NP (NNP Arnor) (POS 's)) (NN leader)) (PRN (-LRB- -LRB-) (NP (NNP "
      "Aragorn)) (-RRB- -RRB-))) (VP (VBD did) (RB n't) (VP (`` ``) (VB welcome) ('' '') (NP "
      "(NP (NNP al-Qaeda) (POS 's)) (NNS envoys)))) (. .)))";
  SyntaxSentence parse;
  ASSERT_TRUE(SyntaxFromGivenParse(given, &parse).ok());
  SyntaxSentence out;
  ParseAlignmentStats stats;
  const Status s = AlignParse(doc.text, doc.sentences[0].tokens, parse, &out, &stats);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(out.words.size(), doc.sentences[0].tokens.size());
  EXPECT_EQ(stats.words_found, parse.words.size());
  EXPECT_EQ(stats.words_dropped, 0u);
  // "welcome" heads the sentence; "leader" is its subject.
  int welcome = -1, leader = -1;
  for (size_t i = 0; i < out.words.size(); ++i) {
    if (out.words[i] == "welcome") welcome = static_cast<int>(i);
    if (out.words[i] == "leader") leader = static_cast<int>(i);
  }
  ASSERT_GE(welcome, 0);
  ASSERT_GE(leader, 0);
  EXPECT_EQ(out.syntax[welcome].head, 0);
  EXPECT_EQ(out.syntax[leader].head, welcome + 1);
  for (const TokenSyntax& t : out.syntax) {
    EXPECT_GE(t.head, 0);
    EXPECT_LE(t.head, static_cast<int>(out.words.size()));
  }
}

}  // namespace
}  // namespace dyad
