#include "dyad/treebank.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace dyad {
namespace {

// The converted sentence of `tree`, failing the test on an error.
SyntaxSentence Convert(std::string_view tree) {
  TreebankTree t;
  const Status parsed = ParseTreebank(tree, &t);
  EXPECT_TRUE(parsed.ok()) << parsed.ToString();
  SyntaxSentence s;
  const Status converted = TreebankToSyntax(t, &s);
  EXPECT_TRUE(converted.ok()) << converted.ToString();
  return s;
}

int Index(const SyntaxSentence& s, std::string_view word) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i] == word) return static_cast<int>(i);
  }
  ADD_FAILURE() << "no word " << word;
  return 0;
}

// "word -deprel-> head word" for readable failures.
std::string Arc(const SyntaxSentence& s, std::string_view word) {
  const int i = Index(s, word);
  const int h = s.syntax[i].head;
  return std::string(word) + " -" + s.syntax[i].deprel + "-> " +
         (h == 0 ? std::string("ROOT") : s.words[h - 1]);
}

// ------------------------------------------------------------ reading

TEST(ParseTreebank, ReadsCoreNlpLayoutWithNewlinesAndEscapes) {
  TreebankTree t;
  ASSERT_TRUE(
      ParseTreebank("\n(ROOT (S  \n  (NP (NNP Arnor)\n  )  \n (VP (VBD met) (PRN (-LRB- -LRB-) "
                    "(NNP Gondor) (-RRB- -RRB-)))\n  (. .)\n) )\n",
                    &t)
          .ok());
  EXPECT_EQ(t.nodes[0].label, "ROOT");
  std::vector<std::string> words;
  for (int leaf : TreebankTokens(t)) words.push_back(t.nodes[leaf].word);
  EXPECT_EQ(words, (std::vector<std::string>{"Arnor", "met", "-LRB-", "Gondor", "-RRB-", "."}));
  SyntaxSentence s;
  ASSERT_TRUE(TreebankToSyntax(t, &s).ok());
  EXPECT_EQ(s.words[2], "(");
  EXPECT_EQ(s.syntax[2].upos, "PUNCT");
}

TEST(ParseTreebank, UnlabelledRootAsInTheGigaWordSample) {
  const SyntaxSentence s = Convert("( (S (NP (NNP Brazil)) (VP (VBD won)) (. .)))");
  EXPECT_EQ(Arc(s, "won"), "won -root-> ROOT");
  EXPECT_EQ(Arc(s, "Brazil"), "Brazil -nsubj-> won");
}

TEST(ParseTreebank, UnbalancedBracketsAreReportedWithLineAndColumn) {
  TreebankTree t;
  // The innermost bracket left open is the one named.
  Status s = ParseTreebank("(ROOT (S\n  (NP (NNP Arnor)\n  (VP (VBD met)))", &t);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "line 1, column 7: unbalanced brackets: 2 '(' not closed");
  s = ParseTreebank("(ROOT (NP (NN x)))\n )", &t);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "line 2, column 2: ')' closes nothing");
}

TEST(ParseTreebank, OtherMalformedInputIsAnErrorNotACrash) {
  TreebankTree t;
  EXPECT_EQ(ParseTreebank("   \n", &t).message(), "line 1, column 1: empty parse");
  EXPECT_EQ(ParseTreebank("ROOT (S)", &t).message(),
            "line 1, column 1: a parse must start with '('");
  EXPECT_EQ(ParseTreebank("(A (B b)) (C c)", &t).message(),
            "line 1, column 11: text after the end of the tree (a second tree?)");
  // Odd but readable: empty nodes, words among phrases.
  ASSERT_TRUE(ParseTreebank("(ROOT (S (NP) (NN a b) (VP (VB go) stray)))", &t).ok());
  SyntaxSentence s;
  ASSERT_TRUE(TreebankToSyntax(t, &s).ok());
  EXPECT_EQ(s.words, (std::vector<std::string>{"a", "b", "go", "stray"}));
  ASSERT_TRUE(ParseTreebank("(ROOT (NP))", &t).ok());
  EXPECT_FALSE(TreebankToSyntax(t, &s).ok());  // no words
}

TEST(ParseTreebank, MutatedInputNeverYieldsAnInconsistentSentence) {
  const std::string base =
      "(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (, ,) "
      "(NNP Osgiliath) (CC and) (NNP Gondor)))) (VP (VBD were) (VP (VBN received) (PP (IN by) "
      "(NP (NNP Ithilen))))) (. .)))";
  std::mt19937 rng(7);
  const std::string alphabet = "() \nNPSVBDa-";
  for (int round = 0; round < 3000; ++round) {
    std::string text = base;
    const int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0:
          text.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        case 1:
          if (at < text.size()) text.erase(at, 1 + rng() % 8);
          break;
        default:
          if (at < text.size()) text[at] = alphabet[rng() % alphabet.size()];
      }
    }
    TreebankTree t;
    if (!ParseTreebank(text, &t).ok()) continue;
    SyntaxSentence s;
    if (!TreebankToSyntax(t, &s).ok()) continue;
    ASSERT_EQ(s.syntax.size(), s.words.size()) << text;
    int roots = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const int h = s.syntax[i].head;
      ASSERT_TRUE(h >= 0 && h <= static_cast<int>(s.words.size()) && h != static_cast<int>(i) + 1)
          << text;
      roots += h == 0;
      // Every word reaches the root.
      int steps = 0;
      for (int k = static_cast<int>(i) + 1; k != 0 && steps <= static_cast<int>(s.words.size());
           ++steps)
        k = s.syntax[k - 1].head;
      ASSERT_LE(steps, static_cast<int>(s.words.size())) << "cycle in " << text;
    }
    ASSERT_EQ(roots, 1) << text;
  }
}

// ------------------------------------------------------------ conversion

TEST(TreebankToSyntax, PassiveByPhraseBecomesOblAgent) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Ukraine)) (VP (VBD was) (VP (VBN attacked) (PP (IN on) (NP (NNP "
      "Monday))) (PP (IN by) (NP (NNP Russia))))) (. .)))");
  EXPECT_EQ(Arc(s, "attacked"), "attacked -root-> ROOT");
  EXPECT_EQ(Arc(s, "Ukraine"), "Ukraine -nsubj:pass-> attacked");
  EXPECT_EQ(Arc(s, "was"), "was -aux:pass-> attacked");
  EXPECT_EQ(Arc(s, "Russia"), "Russia -obl:agent-> attacked");
  EXPECT_EQ(Arc(s, "by"), "by -case-> Russia");
  EXPECT_EQ(Arc(s, "Monday"), "Monday -obl-> attacked");
  EXPECT_EQ(s.syntax[Index(s, "was")].upos, "AUX");
}

TEST(TreebankToSyntax, PerfectPassiveMarksOnlyTheLastAuxiliaryPassive) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Gondor)) (VP (VBZ has) (VP (VBN been) (VP (VBN invaded)))) (. .)))");
  EXPECT_EQ(Arc(s, "has"), "has -aux-> invaded");
  EXPECT_EQ(Arc(s, "been"), "been -aux:pass-> invaded");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -nsubj:pass-> invaded");
}

TEST(TreebankToSyntax, ReducedRelativeParticipleIsAclWithAgent) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NP (DT The) (NNS sanctions)) (VP (VBN imposed) (PP (IN by) (NP (NNP "
      "Arnor))))) (VP (VBD hurt) (NP (NNP Mordor))) (. .)))");
  EXPECT_EQ(Arc(s, "imposed"), "imposed -acl-> sanctions");
  EXPECT_EQ(Arc(s, "Arnor"), "Arnor -obl:agent-> imposed");
  EXPECT_EQ(Arc(s, "sanctions"), "sanctions -nsubj-> hurt");
  EXPECT_EQ(Arc(s, "Mordor"), "Mordor -obj-> hurt");
}

TEST(TreebankToSyntax, RelativePronounIsSubjectOfItsClause) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NP (DT The) (NN minister)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD met) (NP "
      "(NNP Iran))))) (, ,)) (VP (VBD said) (SBAR (S (NP (NNP Russia)) (VP (MD would) (VP (VB "
      "attack) (NP (NNP Ukraine))))))) (. .)))");
  EXPECT_EQ(Arc(s, "met"), "met -acl:relcl-> minister");
  EXPECT_EQ(Arc(s, "who"), "who -nsubj-> met");
  EXPECT_EQ(Arc(s, "minister"), "minister -nsubj-> said");
  EXPECT_EQ(Arc(s, "attack"), "attack -ccomp-> said");
  EXPECT_EQ(Arc(s, "would"), "would -aux-> attack");
  EXPECT_EQ(Arc(s, "Russia"), "Russia -nsubj-> attack");
  EXPECT_EQ(Arc(s, "Ukraine"), "Ukraine -obj-> attack");
}

TEST(TreebankToSyntax, RelativeClauseWithASubjectTakesThePronounAsObject) {
  const SyntaxSentence s = Convert(
      "(ROOT (NP (NP (DT the) (NN country)) (SBAR (WHNP (WDT that)) (S (NP (NNP Russia)) (VP "
      "(VBD attacked))))))");
  EXPECT_EQ(Arc(s, "attacked"), "attacked -acl:relcl-> country");
  EXPECT_EQ(Arc(s, "that"), "that -obj-> attacked");
  EXPECT_EQ(Arc(s, "Russia"), "Russia -nsubj-> attacked");
}

TEST(TreebankToSyntax, CoordinatedNounsAreConjWithSeparatorsOnTheLaterConjunct) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NP (DT The) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (, ,) (NNP "
      "Osgiliath) (CC and) (NNP Gondor)))) (VP (VBD presented) (NP (NNS credentials))) (. .)))");
  EXPECT_EQ(Arc(s, "Arnor"), "Arnor -nmod-> ambassadors");
  EXPECT_EQ(Arc(s, "Osgiliath"), "Osgiliath -conj-> Arnor");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -conj-> Arnor");
  EXPECT_EQ(Arc(s, "and"), "and -cc-> Gondor");
  EXPECT_EQ(Arc(s, ","), ", -punct-> Osgiliath");
}

TEST(TreebankToSyntax, CoordinatedClausesShareNothingButTheFirstIsHead) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD protested))) (, ,) (CC but) (S (NP (NNP Gondor)) (VP "
      "(VBD attacked))) (. .)))");
  EXPECT_EQ(Arc(s, "protested"), "protested -root-> ROOT");
  EXPECT_EQ(Arc(s, "attacked"), "attacked -conj-> protested");
  EXPECT_EQ(Arc(s, "but"), "but -cc-> attacked");
  EXPECT_EQ(Arc(s, "."), ". -punct-> protested");
}

TEST(TreebankToSyntax, UnlikeWordsAroundAConjunctionStayModifiers) {
  const SyntaxSentence s =
      Convert("(ROOT (NP (DT the) (JJ French) (CC and) (JJ German) (NNS ministers)))");
  EXPECT_EQ(Arc(s, "ministers"), "ministers -root-> ROOT");
  EXPECT_EQ(Arc(s, "French"), "French -amod-> ministers");
  EXPECT_EQ(Arc(s, "German"), "German -conj-> French");
  EXPECT_EQ(Arc(s, "and"), "and -cc-> German");
}

TEST(TreebankToSyntax, AppositionBetweenCommas) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NP (NNP Putin)) (, ,) (NP (DT the) (JJ Russian) (NN president)) (, ,)) (VP "
      "(VBD visited) (NP (NNP Tehran))) (. .)))");
  EXPECT_EQ(Arc(s, "Putin"), "Putin -nsubj-> visited");
  EXPECT_EQ(Arc(s, "president"), "president -appos-> Putin");
  EXPECT_EQ(Arc(s, "the"), "the -det-> president");
  EXPECT_EQ(Arc(s, "Russian"), "Russian -amod-> president");
}

TEST(TreebankToSyntax, PrepositionalPhraseIsOblUnderAVerbAndNmodUnderANoun) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NP (NNS ties)) (PP (IN with) (NP (NNP "
      "Gondor)))) (PP (IN in) (NP (NNP May)))) (. .)))");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -nmod-> ties");
  EXPECT_EQ(Arc(s, "with"), "with -case-> Gondor");
  EXPECT_EQ(Arc(s, "May"), "May -obl-> restored");
  EXPECT_EQ(Arc(s, "ties"), "ties -obj-> restored");
}

TEST(TreebankToSyntax, CopulaPredicateHeadsAndBeIsCop) {
  SyntaxSentence s =
      Convert("(ROOT (S (NP (NNP Gondor)) (VP (VBZ is) (RB not) (NP (DT an) (NN ally))) (. .)))");
  EXPECT_EQ(Arc(s, "ally"), "ally -root-> ROOT");
  EXPECT_EQ(Arc(s, "is"), "is -cop-> ally");
  EXPECT_EQ(Arc(s, "not"), "not -advmod-> ally");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -nsubj-> ally");
  s = Convert("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB be) (ADJP (JJ angry))))))");
  EXPECT_EQ(Arc(s, "angry"), "angry -root-> ROOT");
  EXPECT_EQ(Arc(s, "be"), "be -cop-> angry");
  EXPECT_EQ(Arc(s, "will"), "will -aux-> angry");
}

TEST(TreebankToSyntax, ExistentialThereKeepsBeAsHead) {
  const SyntaxSentence s =
      Convert("(ROOT (S (NP (EX There)) (VP (VBD was) (NP (DT a) (NN protest))) (. .)))");
  EXPECT_EQ(Arc(s, "was"), "was -root-> ROOT");
  EXPECT_EQ(Arc(s, "There"), "There -expl-> was");
  EXPECT_EQ(Arc(s, "protest"), "protest -obj-> was");
}

TEST(TreebankToSyntax, NegatedVerbHasAdvmodNot) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB recognize) (NP (NNP Mordor)))) (. "
      ".)))");
  EXPECT_EQ(Arc(s, "not"), "not -advmod-> recognize");
  EXPECT_EQ(Arc(s, "did"), "did -aux-> recognize");
  EXPECT_EQ(Arc(s, "Arnor"), "Arnor -nsubj-> recognize");
}

TEST(TreebankToSyntax, ControlInfinitiveIsXcompWithMarkTo) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Russia)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB "
      "withdraw))))) (. .)))");
  EXPECT_EQ(Arc(s, "withdraw"), "withdraw -xcomp-> urged");
  EXPECT_EQ(Arc(s, "to"), "to -mark-> withdraw");
  EXPECT_EQ(Arc(s, "Iran"), "Iran -obj-> urged");
}

TEST(TreebankToSyntax, SubordinateClauseIsAdvclWithMark) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD protested) (SBAR (IN after) (S (NP (NNS crowds)) (VP "
      "(VBD trashed) (NP (PRP$ its) (NN embassy)))))) (. .)))");
  EXPECT_EQ(Arc(s, "trashed"), "trashed -advcl-> protested");
  EXPECT_EQ(Arc(s, "after"), "after -mark-> trashed");
  EXPECT_EQ(s.syntax[Index(s, "after")].upos, "SCONJ");
  EXPECT_EQ(Arc(s, "its"), "its -nmod:poss-> embassy");
}

TEST(TreebankToSyntax, DitransitiveGivesIobjThenObj) {
  const SyntaxSentence s =
      Convert("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NNP Gondor)) (NP (NN aid))) (. .)))");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -iobj-> gave");
  EXPECT_EQ(Arc(s, "aid"), "aid -obj-> gave");
}

TEST(TreebankToSyntax, TemporalNounPhraseIsOblTmod) {
  const SyntaxSentence s = Convert(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (NP-TMP (JJ last) (NN "
      "week))) (. .)))");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -obj-> attacked");
  EXPECT_EQ(Arc(s, "week"), "week -obl:tmod-> attacked");
}

TEST(TreebankToSyntax, PossessiveIsNmodPossWithCase) {
  const SyntaxSentence s = Convert("(ROOT (NP (NP (NNP Gondor) (POS 's)) (NN government)))");
  EXPECT_EQ(Arc(s, "Gondor"), "Gondor -nmod:poss-> government");
  EXPECT_EQ(Arc(s, "'s"), "'s -case-> Gondor");
}

TEST(TreebankToSyntax, OldParsersAuxTagsBecomePennVerbTags) {
  const SyntaxSentence s =
      Convert("(ROOT (S (NP (NNPS States)) (VP (AUXP are) (VP (VBG seeking) (NP (NNS talks))))))");
  EXPECT_EQ(s.syntax[Index(s, "are")].xpos, "VBP");
  EXPECT_EQ(Arc(s, "are"), "are -aux-> seeking");
  EXPECT_EQ(Arc(s, "States"), "States -nsubj-> seeking");
}

TEST(PennToUpos, StandardMap) {
  EXPECT_EQ(PennToUpos("NNP"), "PROPN");
  EXPECT_EQ(PennToUpos("VBD"), "VERB");
  EXPECT_EQ(PennToUpos("PRP$"), "PRON");
  EXPECT_EQ(PennToUpos(","), "PUNCT");
  EXPECT_EQ(PennToUpos("CC"), "CCONJ");
  EXPECT_EQ(PennToUpos("whatever"), "X");
}

}  // namespace
}  // namespace dyad
