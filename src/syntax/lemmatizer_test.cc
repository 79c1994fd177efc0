#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

SyntaxSentence Sentence(std::vector<std::tuple<std::string, std::string, std::string>> words) {
  SyntaxSentence s;
  for (const auto& [form, xpos, lemma] : words) {
    s.words.push_back(form);
    TokenSyntax t;
    t.xpos = xpos;
    t.lemma = lemma;
    s.syntax.push_back(t);
  }
  return s;
}

TEST(LemmatizerTest, ExceptionsSuffixRulesAndCasing) {
  std::vector<SyntaxSentence> train = {
      Sentence({{"The", "DT", "the"}, {"cities", "NNS", "city"}, {"went", "VBD", "go"}}),
      Sentence({{"Bush", "NNP", "Bush"}, {"parties", "NNS", "party"}, {"talks", "NNS", "talk"}}),
      Sentence({{"Leaders", "NNS", "leader"}, {"walked", "VBD", "walk"}, {"Iran", "NNP", "Iran"}}),
      Sentence({{"pens", "NNS", "pen"}, {"jumped", "VBD", "jump"}, {"Obama", "NNP", "Obama"}})};
  Lemmatizer l;
  l.Train(train);
  std::string lemma;
  l.Lemmatize("went", "VBD", false, &lemma);
  EXPECT_EQ(lemma, "go");
  l.Lemmatize("The", "DT", true, &lemma);
  EXPECT_EQ(lemma, "the");
  l.Lemmatize("ladies", "NNS", false, &lemma);  // unseen: "ies" -> "y"
  EXPECT_EQ(lemma, "lady");
  l.Lemmatize("Parties", "NNS", true, &lemma);  // seen lowercase, initial capital dropped
  EXPECT_EQ(lemma, "party");
  l.Lemmatize("Putin", "NNP", false, &lemma);  // proper nouns keep case
  EXPECT_EQ(lemma, "Putin");

  Lemmatizer copy;
  ASSERT_TRUE(copy.Deserialize(l.SerializeExceptions(), l.SerializeRules()).ok());
  copy.Lemmatize("ladies", "NNS", false, &lemma);
  EXPECT_EQ(lemma, "lady");
  EXPECT_FALSE(copy.Deserialize("x", l.SerializeRules()).ok());
}

}  // namespace
}  // namespace dyad::syntax
