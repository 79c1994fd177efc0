// Unit tests for the single-line parsers of the TABARI dictionary language:
// phrases (manual 5.2, 5.5.3, 5.6, 5.7), code blocks (chapter 6) and actor
// date restrictions (6.5.2).
#include "dictionary/phrase_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace dyad::dict {
namespace {

// A context with two synsets, &GOODS (longest member 11 letters) and &TIES.
class PhraseParserTest : public ::testing::Test {
 protected:
  PhraseParserTest() {
    synsets_.push_back(Synset{"&GOODS", {}, 11});
    synsets_.push_back(Synset{"&TIES", {}, 4});
    index_["&GOODS"] = 0;
    index_["&TIES"] = 1;
    ctx_.synset_index = &index_;
    ctx_.synsets = &synsets_;
  }

  Phrase Parse(std::string_view text, bool tokens = true) {
    Phrase p;
    Status st = ParsePhrase(text, tokens, ctx_, &p);
    EXPECT_TRUE(st.ok()) << text << ": " << st.ToString();
    return p;
  }

  Status ParseError(std::string_view text, bool tokens = true) {
    Phrase p;
    return ParsePhrase(text, tokens, ctx_, &p);
  }

  std::vector<Synset> synsets_;
  std::unordered_map<std::string, int> index_;
  PhraseContext ctx_;
};

// ------------------------------------------------------------ words

TEST_F(PhraseParserTest, PlainWordIsAStemWithEndings) {
  Phrase p = Parse("accept");
  ASSERT_EQ(p.elements.size(), 1u);
  EXPECT_EQ(p.elements[0].kind, ElementKind::kWord);
  EXPECT_EQ(p.elements[0].text, "ACCEPT");  // upper-cased
  EXPECT_FALSE(p.elements[0].exact);
  EXPECT_TRUE(p.elements[0].endings);
  EXPECT_FALSE(p.elements[0].adjacent);
}

TEST_F(PhraseParserTest, TrailingUnderscoreMakesWordExactButKeepsEndings) {
  Phrase p = Parse("OF_");
  ASSERT_EQ(p.elements.size(), 1u);
  EXPECT_TRUE(p.elements[0].exact);
  EXPECT_TRUE(p.elements[0].endings);
}

TEST_F(PhraseParserTest, EqualsSignTurnsEndingsOff) {
  for (const char* text : {"BREAK=", "BREAK_="}) {
    Phrase p = Parse(text);
    ASSERT_EQ(p.elements.size(), 1u) << text;
    EXPECT_EQ(p.elements[0].text, "BREAK") << text;
    EXPECT_TRUE(p.elements[0].exact) << text;
    EXPECT_FALSE(p.elements[0].endings) << text;
  }
}

TEST_F(PhraseParserTest, UnderscoreJoinsAdjacentWords) {
  Phrase p = Parse("RED_RIVER_LEAGUE");
  ASSERT_EQ(p.elements.size(), 3u);
  EXPECT_FALSE(p.elements[0].adjacent);
  EXPECT_TRUE(p.elements[0].exact);
  EXPECT_TRUE(p.elements[1].adjacent);
  EXPECT_TRUE(p.elements[1].exact);
  EXPECT_TRUE(p.elements[2].adjacent);
  EXPECT_FALSE(p.elements[2].exact);  // the last word is still a stem
}

TEST_F(PhraseParserTest, BlankSeparatedWordsAreNotAdjacent) {
  Phrase p = Parse("UNITED ISLES");
  ASSERT_EQ(p.elements.size(), 2u);
  EXPECT_FALSE(p.elements[1].adjacent);
  EXPECT_FALSE(p.elements[0].exact);
}

TEST_F(PhraseParserTest, TildeKeepsStemButRequiresAdjacency) {
  Phrase p = Parse("* BACK~_POLICY");
  ASSERT_EQ(p.elements.size(), 3u);
  EXPECT_EQ(p.elements[1].text, "BACK");
  EXPECT_FALSE(p.elements[1].exact);  // BACKS, BACKED still match
  EXPECT_TRUE(p.elements[2].adjacent);
}

TEST_F(PhraseParserTest, HyphenIsReadAsUnderscore) {
  Phrase p = Parse("AL-WAZIR");
  ASSERT_EQ(p.elements.size(), 2u);
  EXPECT_TRUE(p.elements[0].exact);
  EXPECT_TRUE(p.elements[1].adjacent);
  EXPECT_EQ(p.elements[1].text, "WAZIR");
}

TEST_F(PhraseParserTest, SurroundingBlanksAreTrimmed) {
  Phrase p = Parse("  \tGONDOR \t ");
  ASSERT_EQ(p.elements.size(), 1u);
  EXPECT_EQ(p.elements[0].text, "GONDOR");
}

// ------------------------------------------------------------ tokens

TEST_F(PhraseParserTest, PatternTokensBecomeElements) {
  Phrase p = Parse("$ * TO + ^ % @");
  ASSERT_EQ(p.elements.size(), 7u);
  EXPECT_EQ(p.elements[0].kind, ElementKind::kSource);
  EXPECT_EQ(p.elements[1].kind, ElementKind::kVerb);
  EXPECT_EQ(p.elements[2].kind, ElementKind::kWord);
  EXPECT_EQ(p.elements[3].kind, ElementKind::kTarget);
  EXPECT_EQ(p.elements[4].kind, ElementKind::kSkip);
  EXPECT_EQ(p.elements[5].kind, ElementKind::kCompound);
  EXPECT_EQ(p.elements[6].kind, ElementKind::kAttribution);
  EXPECT_EQ(p.verb_index, 1);
  EXPECT_TRUE(p.has_actor_tokens);
}

TEST_F(PhraseParserTest, PatternWithoutActorTokensHasNone) {
  Phrase p = Parse("REFUSED TO *");
  EXPECT_EQ(p.verb_index, 2);
  EXPECT_FALSE(p.has_actor_tokens);
}

TEST_F(PhraseParserTest, SkipTokenAloneIsNotAnActorToken) {
  Phrase p = Parse("* IN ^ WITH");
  EXPECT_FALSE(p.has_actor_tokens);
}

TEST_F(PhraseParserTest, VerbTokenAdjacentToWords) {
  Phrase p = Parse("BRITISH_*_HELICOPTERS");
  ASSERT_EQ(p.elements.size(), 3u);
  EXPECT_TRUE(p.elements[0].exact);
  EXPECT_TRUE(p.elements[1].adjacent);
  EXPECT_TRUE(p.elements[2].adjacent);
}

TEST_F(PhraseParserTest, TokensAreRejectedOutsidePatterns) {
  for (const char* text : {"GONDOR $", "+ ARNOR", "A * B", "X % Y", "^ Q", "@ R"}) {
    Status st = ParseError(text, /*tokens=*/false);
    EXPECT_FALSE(st.ok()) << text;
    EXPECT_NE(st.message().find("not allowed"), std::string::npos) << st.message();
  }
}

TEST_F(PhraseParserTest, EmptyPhraseIsAnError) {
  EXPECT_FALSE(ParseError("").ok());
  EXPECT_FALSE(ParseError("   ").ok());
  EXPECT_FALSE(ParseError("_ _").ok());
}

// ------------------------------------------------------------ alternatives

TEST_F(PhraseParserTest, AlternativesFollowedByAdjacentWord) {
  Phrase p = Parse("* { WAS | IS | WILL_BE }_HERE");
  ASSERT_EQ(p.elements.size(), 3u);
  const Element& alt = p.elements[1];
  EXPECT_EQ(alt.kind, ElementKind::kAlternatives);
  ASSERT_EQ(alt.alternatives.size(), 3u);
  EXPECT_EQ(alt.alternatives[2].elements.size(), 2u);  // WILL_BE
  EXPECT_TRUE(alt.alternatives[2].elements[1].adjacent);
  EXPECT_TRUE(p.elements[2].adjacent);
  EXPECT_EQ(p.elements[2].text, "HERE");
}

TEST_F(PhraseParserTest, AlternativesAfterAdjacentWords) {
  Phrase p = Parse("* MILLIONS_OF_{ DOLLARS | EUROS | YEN }");
  ASSERT_EQ(p.elements.size(), 4u);
  EXPECT_EQ(p.elements[3].kind, ElementKind::kAlternatives);
  EXPECT_TRUE(p.elements[3].adjacent);
}

TEST_F(PhraseParserTest, AlternativeMayHoldTokensAndSynsets) {
  Phrase p = Parse("* { TO + | &GOODS }");
  ASSERT_EQ(p.elements.size(), 2u);
  const Element& alt = p.elements[1];
  ASSERT_EQ(alt.alternatives.size(), 2u);
  EXPECT_TRUE(alt.alternatives[0].has_actor_tokens);
  EXPECT_EQ(alt.alternatives[1].elements[0].kind, ElementKind::kSynset);
}

TEST_F(PhraseParserTest, UnclosedAlternativesAreAnError) {
  Status st = ParseError("* { TALKS | NEGOTIATIONS");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("'}'"), std::string::npos) << st.message();
}

TEST_F(PhraseParserTest, EmptyAlternativeIsAnError) {
  EXPECT_FALSE(ParseError("* { | TALKS }").ok());
  EXPECT_FALSE(ParseError("* { TALKS | }").ok());
}

TEST_F(PhraseParserTest, StrayBarOrBraceIsAnError) {
  EXPECT_FALSE(ParseError("* TALKS | NEGOTIATIONS").ok());
  EXPECT_FALSE(ParseError("* TALKS }").ok());
}

// ------------------------------------------------------------ synsets

TEST_F(PhraseParserTest, SynsetReferenceResolvesToIndex) {
  Phrase p = Parse("* MILLIONS_OF_&GOODS");
  ASSERT_EQ(p.elements.size(), 4u);
  EXPECT_EQ(p.elements[3].kind, ElementKind::kSynset);
  EXPECT_EQ(p.elements[3].synset, 0);
  EXPECT_EQ(p.elements[3].text, "&GOODS");
  EXPECT_TRUE(p.elements[3].adjacent);
}

TEST_F(PhraseParserTest, SynsetNamesAreCaseSensitiveUpperCase) {
  Phrase p = Parse("* &TIES");
  EXPECT_EQ(p.elements[1].synset, 1);
}

TEST_F(PhraseParserTest, UnknownSynsetIsAnErrorNamingIt) {
  Status st = ParseError("* &CURRENCY");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("&CURRENCY"), std::string::npos) << st.message();
}

TEST_F(PhraseParserTest, AmpersandWithoutNameIsAnError) {
  EXPECT_FALSE(ParseError("* & TIES").ok());
}

TEST_F(PhraseParserTest, SynsetWithoutContextIsAnError) {
  Phrase p;
  EXPECT_FALSE(ParsePhrase("* &GOODS", true, PhraseContext{}, &p).ok());
}

// ------------------------------------------------------------ length (5.7.1)

TEST_F(PhraseParserTest, LengthCountsLettersAndDigitsOnly) {
  EXPECT_EQ(Parse("+ * TO THE NEXT DAY $").length, 12);
  EXPECT_EQ(Parse("* THEIR MEETINGS").length, 13);
  EXPECT_LT(Parse("+ * TO THE NEXT DAY $").length, Parse("* THEIR MEETINGS").length);
}

TEST_F(PhraseParserTest, LengthIgnoresUnderscoresAndTokens) {
  EXPECT_EQ(Parse("$ *_TO_THE + %").length, 5);
}

TEST_F(PhraseParserTest, LengthOfAlternativesIsTheLongest) {
  EXPECT_EQ(Parse("* { TALKS | NEGOTIATIONS }").length, 12);
  EXPECT_EQ(Parse("* NEW { A | BB }_LOANS").length, 3 + 2 + 5);
}

TEST_F(PhraseParserTest, LengthOfSynsetIsItsLongestMember) {
  EXPECT_EQ(Parse("* &GOODS").length, 11);
  EXPECT_EQ(Parse("* &TIES TO").length, 6);
}

// ------------------------------------------------------------ lines

TEST(SplitDictionaryLine, PhraseBlocksAndComment) {
  SplitLine s = SplitDictionaryLine("- * TROOPS [190]  ; added 1999");
  EXPECT_EQ(s.phrase, "- * TROOPS");
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0], "190");
  EXPECT_FALSE(s.unterminated_block);
}

TEST(SplitDictionaryLine, SeveralCodeBlocks) {
  SplitLine s = SplitDictionaryLine("KASSIN [OSTGOV <980630] [OSTELI >980701]");
  EXPECT_EQ(s.phrase, "KASSIN");
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0], "OSTGOV <980630");
  EXPECT_EQ(s.blocks[1], "OSTELI >980701");
}

TEST(SplitDictionaryLine, HashAfterBlankStartsComment) {
  SplitLine s = SplitDictionaryLine("ZARN [ZAR] # note [XXX]");
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0], "ZAR");
}

TEST(SplitDictionaryLine, HashInsideWordIsKept) {
  SplitLine s = SplitDictionaryLine("SOCCER [###]");
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0], "###");
}

TEST(SplitDictionaryLine, UnterminatedBlockIsFlagged) {
  SplitLine s = SplitDictionaryLine("GONDOR [GON");
  EXPECT_TRUE(s.unterminated_block);
  EXPECT_EQ(s.phrase, "GONDOR");
}

TEST(SplitDictionaryLine, NoBlock) {
  SplitLine s = SplitDictionaryLine("  MARELLO   ");
  EXPECT_EQ(s.phrase, "MARELLO");
  EXPECT_TRUE(s.blocks.empty());
}

// ------------------------------------------------------------ event codes

TEST(ParseEventCode, SimpleCode) {
  Code c;
  ASSERT_TRUE(ParseEventCode(" 064 ", false, &c).ok());
  EXPECT_EQ(c.kind, Code::Kind::kEvent);
  EXPECT_EQ(c.code, "064");
  EXPECT_TRUE(c.paired.empty());
  EXPECT_FALSE(c.subordinate);
  EXPECT_FALSE(c.dominant);
}

TEST(ParseEventCode, PairedCode) {
  Code c;
  ASSERT_TRUE(ParseEventCode("032:033", false, &c).ok());
  EXPECT_EQ(c.code, "032");
  EXPECT_EQ(c.paired, "033");
}

TEST(ParseEventCode, SubordinateAndDominant) {
  Code c;
  ASSERT_TRUE(ParseEventCode("023?", false, &c).ok());
  EXPECT_EQ(c.code, "023");
  EXPECT_TRUE(c.subordinate);
  ASSERT_TRUE(ParseEventCode("111!", false, &c).ok());
  EXPECT_EQ(c.code, "111");
  EXPECT_TRUE(c.dominant);
  EXPECT_FALSE(c.subordinate);
}

TEST(ParseEventCode, SpecialCodesWithOrWithoutBlanks) {
  Code c;
  ASSERT_TRUE(ParseEventCode("---", false, &c).ok());
  EXPECT_EQ(c.kind, Code::Kind::kNull);
  ASSERT_TRUE(ParseEventCode("- - -", false, &c).ok());
  EXPECT_EQ(c.kind, Code::Kind::kNull);
  ASSERT_TRUE(ParseEventCode("###", false, &c).ok());
  EXPECT_EQ(c.kind, Code::Kind::kDiscard);
  ASSERT_TRUE(ParseEventCode("+++", false, &c).ok());
  EXPECT_EQ(c.kind, Code::Kind::kComplex);
}

TEST(ParseEventCode, MalformedCodesAreErrors) {
  Code c;
  for (const char* bad : {"", "  ", "03$", ":", "032:", "?", "0-3"}) {
    EXPECT_FALSE(ParseEventCode(bad, false, &c).ok()) << "[" << bad << "]";
  }
}

// PETRARCH-2's "[:173]": only the paired event, back to the subject.
TEST(ParseEventCode, PairedCodeAloneIsTheEventBack) {
  Code c;
  ASSERT_TRUE(ParseEventCode(":173", false, &c).ok());
  EXPECT_TRUE(c.code.empty());
  EXPECT_EQ(c.paired, "173");
}

TEST(ParseEventCode, TimeShiftsInTimePhrases) {
  Code c;
  ASSERT_TRUE(ParseEventCode("+7", true, &c).ok());
  EXPECT_EQ(c.time_shift, 7);
  ASSERT_TRUE(ParseEventCode("-30", true, &c).ok());
  EXPECT_EQ(c.time_shift, -30);
  ASSERT_TRUE(ParseEventCode("14", true, &c).ok());
  EXPECT_EQ(c.time_shift, 14);
}

TEST(ParseEventCode, HugeTimeShiftBecomesZero) {
  Code c;
  ASSERT_TRUE(ParseEventCode("+999999999999", true, &c).ok());
  EXPECT_EQ(c.time_shift, 0);
}

TEST(ParseEventCode, BadTimeShiftIsAnError) {
  Code c;
  EXPECT_FALSE(ParseEventCode("+", true, &c).ok());
  EXPECT_FALSE(ParseEventCode("+7D", true, &c).ok());
}

// ------------------------------------------------------------ actor codes

TEST(ParseActorCode, Unrestricted) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("GON", &d).ok());
  EXPECT_FALSE(d.restricted);
  EXPECT_EQ(d.code.code, "GON");
  EXPECT_EQ(d.codes, std::vector<std::string>{"GON"});
}

TEST(ParseActorCode, CodedCompoundSplitsCodes) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("GME/GMW", &d).ok());
  EXPECT_EQ(d.codes, (std::vector<std::string>{"GME", "GMW"}));
}

TEST(ParseActorCode, BeforeAndAfterIncludeTheDate) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("HOB < 950601", &d).ok());
  EXPECT_TRUE(d.restricted);
  EXPECT_EQ(d.to, 19950601);
  EXPECT_EQ(d.from, 0);
  ASSERT_TRUE(ParseActorCode("HOBREB >990816", &d).ok());
  EXPECT_EQ(d.from, 19990816);
  EXPECT_EQ(d.to, 99999999);
}

TEST(ParseActorCode, RangeAcrossTheCenturyPivot) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("USAGOV 991201-010114", &d).ok());
  EXPECT_EQ(d.from, 19991201);
  EXPECT_EQ(d.to, 20010114);
}

TEST(ParseActorCode, CompoundWithDate) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("GME/GMW <901103", &d).ok());
  EXPECT_EQ(d.codes.size(), 2u);
  EXPECT_EQ(d.to, 19901103);
}

TEST(ParseActorCode, NullCodeWithBlanks) {
  DatedCode d;
  ASSERT_TRUE(ParseActorCode("- - -", &d).ok());
  EXPECT_EQ(d.code.kind, Code::Kind::kNull);
  ASSERT_TRUE(ParseActorCode("### > 890120", &d).ok());
  EXPECT_EQ(d.code.kind, Code::Kind::kDiscard);
  EXPECT_EQ(d.from, 19890120);
}

TEST(ParseActorCode, DateWithoutCodeIsAnError) {
  DatedCode d;
  Status st = ParseActorCode("991201-010114", &d);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("991201-010114"), std::string::npos) << st.message();
}

TEST(ParseActorCode, CodeRunIntoDateIsAnError) {
  DatedCode d;
  Status st = ParseActorCode("AAA950601-990815", &d);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("AAA950601-990815"), std::string::npos) << st.message();
}

TEST(ParseActorCode, MalformedRestrictionsAreErrors) {
  DatedCode d;
  for (const char* bad : {"", "GON <", "GON <9506", "GON >951301", "GON 950601",
                          "GON 950601-", "GON <95O601", "G$N"}) {
    EXPECT_FALSE(ParseActorCode(bad, &d).ok()) << "[" << bad << "]";
  }
}

// ------------------------------------------------------------ dates

TEST(ParseTabariDate, SixDigitPivotsAt30) {
  EXPECT_EQ(ParseTabariDate("300101"), 20300101);
  EXPECT_EQ(ParseTabariDate("310101"), 19310101);
  EXPECT_EQ(ParseTabariDate("991231"), 19991231);
  EXPECT_EQ(ParseTabariDate("000229"), 20000229);
}

TEST(ParseTabariDate, EightDigits) { EXPECT_EQ(ParseTabariDate("20120215"), 20120215); }

TEST(ParseTabariDate, InvalidDates) {
  for (const char* bad : {"", "9501", "9501011", "951301", "950100", "950132", "95A101"}) {
    EXPECT_EQ(ParseTabariDate(bad), -1) << bad;
  }
}

}  // namespace
}  // namespace dyad::dict
