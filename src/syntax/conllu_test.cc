#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad::syntax {
namespace {

constexpr char kTwoSentences[] =
    "# sent_id = 1\n"
    "# text = Iran's talks.\n"
    "1-2\tIran's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIran\tIran\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\ttalks\ttalk\tNOUN\tNNS\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

TEST(ConlluTest, ReadsWordsSkippingMultiwordTokens) {
  std::vector<SyntaxSentence> sentences;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(ReadConllu(kTwoSentences, "t.conllu", &sentences, &diagnostics).ok());
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(sentences.size(), 2u);
  ASSERT_EQ(sentences[0].words.size(), 4u);
  EXPECT_EQ(sentences[0].words[1], "'s");
  EXPECT_EQ(sentences[0].syntax[0].deprel, "nmod:poss");
  EXPECT_EQ(sentences[0].syntax[2].head, 0);
  EXPECT_EQ(sentences[0].syntax[2].lemma, "talk");
  EXPECT_FALSE(sentences[0].space_after[2]);
  EXPECT_EQ(sentences[0].comments[1], " text = Iran's talks.");
}

TEST(ConlluTest, RoundTripIsStable) {
  std::vector<SyntaxSentence> first, second;
  ASSERT_TRUE(ReadConllu(kTwoSentences, "t", &first, nullptr).ok());
  std::ostringstream out;
  WriteConllu(first, out);
  ASSERT_TRUE(ReadConllu(out.str(), "t2", &second, nullptr).ok());
  ASSERT_EQ(first.size(), second.size());
  for (size_t s = 0; s < first.size(); ++s) {
    EXPECT_EQ(first[s].words, second[s].words);
    EXPECT_EQ(first[s].comments, second[s].comments);
    EXPECT_EQ(first[s].space_after, second[s].space_after);
    for (size_t i = 0; i < first[s].words.size(); ++i) {
      EXPECT_EQ(first[s].syntax[i].upos, second[s].syntax[i].upos);
      EXPECT_EQ(first[s].syntax[i].xpos, second[s].syntax[i].xpos);
      EXPECT_EQ(first[s].syntax[i].lemma, second[s].syntax[i].lemma);
      EXPECT_EQ(first[s].syntax[i].head, second[s].syntax[i].head);
      EXPECT_EQ(first[s].syntax[i].deprel, second[s].syntax[i].deprel);
    }
  }
  std::ostringstream again;
  WriteConllu(second, again);
  EXPECT_EQ(out.str(), again.str());
}

TEST(ConlluTest, MalformedSentencesAreReportedAndSkipped) {
  const std::string text =
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tdog\tdog\tNOUN\tNN\t_\t0\n"  // 7 fields
      "\n"
      "1\tOne\tone\tNUM\tCD\t_\tX\tnummod\t_\t_\n"  // bad head
      "\n"
      "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "3\tgap\tgap\tNOUN\tNN\t_\t1\tdep\t_\t_\n"  // id out of sequence
      "\n"
      "1\tGood\tgood\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "\n"
      "1\tFar\tfar\tADV\tRB\t_\t9\tadvmod\t_\t_\n"  // head beyond the sentence
      "2\tgone\tgo\tVERB\tVBN\t_\t0\troot\t_\t_\n";
  std::vector<SyntaxSentence> sentences;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(ReadConllu(text, "bad.conllu", &sentences, &diagnostics).ok());
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].words[0], "Good");
  std::string all;
  for (const std::string& d : diagnostics) all += d + "\n";
  EXPECT_NE(all.find("bad.conllu:2: expected 10 tab-separated fields"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.conllu:4: bad HEAD"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.conllu:7: word ID out of sequence"), std::string::npos) << all;
  EXPECT_NE(all.find("bad.conllu:11: HEAD 9 beyond the sentence's 2 words"), std::string::npos)
      << all;
}

// A deterministic slice of fuzz/fuzz_syntax.cc: mutations of valid CoNLL-U
// (bytes flipped, lines cut, fields dropped) never crash the reader, and
// every sentence it returns is consistent (one syntax entry per word, heads
// within the sentence).
TEST(ConlluTest, MutatedInputNeverYieldsInconsistentSentences) {
  const std::string valid = kTwoSentences;
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const char kAlphabet[] = "\t\n#-.0123456789_ aZ\xff";
  for (int round = 0; round < 3000; ++round) {
    std::string text = valid;
    const int edits = 1 + static_cast<int>(next() % 6);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const size_t at = next() % text.size();
      switch (next() % 3) {
        case 0: text[at] = kAlphabet[next() % (sizeof kAlphabet - 1)]; break;
        case 1: text.erase(at, 1 + next() % 12); break;
        default: text.insert(at, 1, kAlphabet[next() % (sizeof kAlphabet - 1)]); break;
      }
    }
    std::vector<SyntaxSentence> sentences;
    std::vector<std::string> diagnostics;
    ASSERT_TRUE(ReadConllu(text, "fuzz.conllu", &sentences, &diagnostics).ok());
    for (const SyntaxSentence& s : sentences) {
      ASSERT_EQ(s.syntax.size(), s.words.size()) << text;
      for (const TokenSyntax& t : s.syntax)
        ASSERT_TRUE(t.head >= -1 && t.head <= static_cast<int>(s.words.size())) << text;
    }
    for (const std::string& d : diagnostics) ASSERT_EQ(d.rfind("fuzz.conllu:", 0), 0u) << d;
  }
}

}  // namespace
}  // namespace dyad::syntax
