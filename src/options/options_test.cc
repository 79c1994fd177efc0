// Unit tests for the .options language (TABARI manual chapter 8).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/options.h"
#include "test_support.h"

namespace dyad {
namespace {

CodingOptions Apply(std::string_view line) {
  CodingOptions o;
  Status st = ApplyOptionsLine(line, "t.options:1", &o);
  EXPECT_TRUE(st.ok()) << line << ": " << st.ToString();
  return o;
}

TEST(Options, DefaultsMatchTheManual) {
  CodingOptions o;
  EXPECT_EQ(o.code_by, CodingOptions::CodeBy::kClause);
  EXPECT_EQ(o.minimum_words, 8);
  EXPECT_TRUE(o.comma.enabled);
  EXPECT_EQ(o.comma.min, 2);
  EXPECT_EQ(o.comma.max, 10);
  EXPECT_EQ(o.comma.bmin, 128);
  EXPECT_EQ(o.comma.bmax, 0);
  EXPECT_FALSE(o.complex.noactprior);
  EXPECT_TRUE(o.defaults.source.empty());
}

TEST(Options, SetCodeBy) {
  EXPECT_EQ(Apply("SET: CODE BY SENTENCE").code_by, CodingOptions::CodeBy::kSentence);
  EXPECT_EQ(Apply("SET: CODE ALL").code_by, CodingOptions::CodeBy::kAll);
  EXPECT_EQ(Apply("SET: CODE BY CLAUSE").code_by, CodingOptions::CodeBy::kClause);
}

TEST(Options, SetCodeByWithoutModeIsAnError) {
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("SET: CODE BY PARAGRAPH", "x:1", &o).ok());
}

TEST(Options, SetMinimumWords) {
  EXPECT_EQ(Apply("SET: MINIMUM WORDS = 5").minimum_words, 5);
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("SET: MINIMUM WORDS = many", "x:1", &o).ok());
}

TEST(Options, SetLogicalSwitchesAcceptTrueFalseAndLetters) {
  EXPECT_TRUE(Apply("SET: CONVERT AGENTS = TRUE").convert_agents);
  EXPECT_TRUE(Apply("SET: CONVERT AGENTS = T").convert_agents);
  EXPECT_FALSE(Apply("SET: TIME SHIFTING = FALSE").time_shifting);
  EXPECT_FALSE(Apply("SET: TIME SHIFT = F").time_shifting);
  EXPECT_TRUE(Apply("SET: YYYY = TRUE").yyyy);
  EXPECT_TRUE(Apply("SET: FBIS = TRUE").fbis);
  EXPECT_FALSE(Apply("SET: LABEL = FALSE").label);
}

TEST(Options, SetAttributionChoosesSyntaxOrTabari) {
  EXPECT_EQ(CodingOptions().attribution, CodingOptions::Attribution::kTabari);
  EXPECT_EQ(Apply("SET: ATTRIBUTION = SYNTAX").attribution, CodingOptions::Attribution::kSyntax);
  EXPECT_EQ(Apply("SET: ATTRIBUTION = tabari").attribution, CodingOptions::Attribution::kTabari);
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("SET: ATTRIBUTION = GUESS", "x:1", &o).ok());
}

TEST(Options, SetSwitchWithBadValueIsAnError) {
  CodingOptions o;
  Status st = ApplyOptionsLine("SET: LABEL = MAYBE", "p.options:4", &o);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("p.options:4"), std::string::npos) << st.message();
}

TEST(Options, InteractiveSwitchesAreAcceptedAndIgnored) {
  for (const char* line : {"SET: SKIP RECORDS = FALSE", "SET: VERB USAGE = FALSE",
                           "SET: ACTOR USAGE = OFF", "SET: HAIKU = FALSE",
                           "SET: DUP WARNING = FALSE", "OUTPUT: ACTOR MATCH ID"}) {
    Apply(line);
  }
}

TEST(Options, CommandsAreKnownByTheirFirstFourLetters) {
  CodingOptions o = Apply("DEFA: TARGET [WLD]");
  EXPECT_EQ(o.defaults.target, "WLD");
  EXPECT_TRUE(Apply("COMPLEXITY: NOVERB").complex.noverb);
  EXPECT_FALSE(Apply("COMM: OFF").comma.enabled);
}

TEST(Options, CommandsAreCaseInsensitive) {
  EXPECT_EQ(Apply("set: code by sentence").code_by, CodingOptions::CodeBy::kSentence);
  EXPECT_EQ(Apply("default: source [usa]").defaults.source, "USA");
}

TEST(Options, CommentsAndBlankLinesAreIgnored) {
  CodingOptions o = Apply("// SET: CODE BY SENTENCE");
  EXPECT_EQ(o.code_by, CodingOptions::CodeBy::kClause);
  o = Apply("# COMPLEX: NOVERB");
  EXPECT_FALSE(o.complex.noverb);
  Apply("");
  Apply("   \t ");
  Apply("~~~~~");
  o = Apply("COMPLEX: NOVERB  // and a remark");
  EXPECT_TRUE(o.complex.noverb);
  o = Apply("SET: MINIMUM WORDS = 6 # six");
  EXPECT_EQ(o.minimum_words, 6);
}

TEST(Options, UnknownCommandIsAnErrorWithLocation) {
  CodingOptions o;
  Status st = ApplyOptionsLine("FROBNICATE: ALL", "proj.options:12", &o);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("proj.options:12"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("FROBNICATE"), std::string::npos) << st.message();
}

TEST(Options, LineWithoutColonIsAnError) {
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("COMPLEX NOVERB", "x:1", &o).ok());
}

TEST(Options, UnknownSetParameterIsAnError) {
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("SET: COLOUR = BLUE", "x:1", &o).ok());
}

TEST(Options, DefaultSourcePriorTargetAfter) {
  CodingOptions o = Apply("DEFAULT: SOURCE [SRCDEF] PRIOR TARGET [TARDEF] AFTER");
  EXPECT_EQ(o.defaults.source, "SRCDEF");
  EXPECT_TRUE(o.defaults.source_prior);
  EXPECT_EQ(o.defaults.target, "TARDEF");
  EXPECT_TRUE(o.defaults.target_after);
}

TEST(Options, DefaultWithColonsAfterKeywords) {
  CodingOptions o = Apply("DEFAULT: SOURCE: [USA] PRIOR TARGET: [WORLD] AFTER");
  EXPECT_EQ(o.defaults.source, "USA");
  EXPECT_EQ(o.defaults.target, "WORLD");
}

TEST(Options, DefaultWithoutFlags) {
  CodingOptions o = Apply("DEFAULT: SOURCE [SRCDEF] TARGET [TARDEF]");
  EXPECT_FALSE(o.defaults.source_prior);
  EXPECT_FALSE(o.defaults.target_after);
}

TEST(Options, DefaultOffClearsEverything) {
  CodingOptions o;
  ASSERT_TRUE(ApplyOptionsLine("DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER", "x:1", &o).ok());
  ASSERT_TRUE(ApplyOptionsLine("DEFAULT: OFF", "x:2", &o).ok());
  EXPECT_TRUE(o.defaults.source.empty());
  EXPECT_TRUE(o.defaults.target.empty());
  EXPECT_FALSE(o.defaults.source_prior);
  EXPECT_FALSE(o.defaults.target_after);
}

TEST(Options, DefaultWithoutCodeIsAnError) {
  CodingOptions o;
  EXPECT_FALSE(ApplyOptionsLine("DEFAULT: SOURCE PRIOR", "x:1", &o).ok());
}

TEST(Options, CommaLimits) {
  CodingOptions o = Apply("COMMA: MIN = 1 MAX = 8 EMIN=3 EMAX=10 BMIN = 4 BMAX = 9");
  EXPECT_TRUE(o.comma.enabled);
  EXPECT_EQ(o.comma.min, 1);
  EXPECT_EQ(o.comma.max, 8);
  EXPECT_EQ(o.comma.emin, 3);
  EXPECT_EQ(o.comma.emax, 10);
  EXPECT_EQ(o.comma.bmin, 4);
  EXPECT_EQ(o.comma.bmax, 9);
}

TEST(Options, CommaMinDoesNotReadEminOrBmin) {
  CodingOptions o = Apply("COMMA: EMIN=5 BMIN=6");
  EXPECT_EQ(o.comma.min, 2);  // unchanged
  EXPECT_EQ(o.comma.emin, 5);
  EXPECT_EQ(o.comma.bmin, 6);
}

TEST(Options, CommaOffThenOnAgain) {
  CodingOptions o;
  ASSERT_TRUE(ApplyOptionsLine("COMMA: OFF", "x:1", &o).ok());
  EXPECT_FALSE(o.comma.enabled);
  ASSERT_TRUE(ApplyOptionsLine("COMMA: MAX = 6", "x:2", &o).ok());
  EXPECT_TRUE(o.comma.enabled);
  EXPECT_EQ(o.comma.max, 6);
}

TEST(Options, ComplexNumericAndLogicalConditions) {
  CodingOptions o = Apply(
      "COMPLEX: VERBS[5] ACTORS[8] PRONOUNS[3] CONJ[4] COMMA[2] LATEVERB[8] NOACTPRIOR "
      "NOACTAFTER NOVERB NOSOURCE NOTARGET NOEVENT EXPLAIN NOSAVE");
  const auto& c = o.complex;
  EXPECT_EQ(c.verbs, 5);
  EXPECT_EQ(c.actors, 8);
  EXPECT_EQ(c.pronouns, 3);
  EXPECT_EQ(c.conj, 4);
  EXPECT_EQ(c.comma, 2);
  EXPECT_EQ(c.lateverb, 8);
  EXPECT_TRUE(c.noactprior && c.noactafter && c.noverb && c.nosource && c.notarget &&
              c.noevent && c.explain && c.nosave);
}

TEST(Options, ComplexReplacesEarlierConditions) {
  CodingOptions o;
  ASSERT_TRUE(ApplyOptionsLine("COMPLEX: VERBS[5] NOACTPRIOR", "x:1", &o).ok());
  ASSERT_TRUE(ApplyOptionsLine("COMPLEX: CONJ[2]", "x:2", &o).ok());
  EXPECT_EQ(o.complex.verbs, 0);
  EXPECT_FALSE(o.complex.noactprior);
  EXPECT_EQ(o.complex.conj, 2);
}

TEST(Options, ComplexToleratesBlanksInsideBrackets) {
  EXPECT_EQ(Apply("COMPLEX: VERBS [ 6 ] EXPLAIN").complex.verbs, 6);
}

TEST(Options, LabelsAndNonevents) {
  CodingOptions o = Apply("LABEL: 031=MEET");
  EXPECT_EQ(o.labels["031"], "MEET");
  EXPECT_EQ(Apply("NONEVENTS: TRUE").nonevents, CodingOptions::NonEvents::kTrue);
  EXPECT_EQ(Apply("NONEVENTS: ONLY").nonevents, CodingOptions::NonEvents::kOnly);
  CodingOptions bad;
  EXPECT_FALSE(ApplyOptionsLine("NONEVENTS: SOMETIMES", "x:1", &bad).ok());
  EXPECT_FALSE(ApplyOptionsLine("LABEL: 031 MEET", "x:1", &bad).ok());
}

TEST(Options, ForwardFormatAndOff) {
  CodingOptions o = Apply("FORWARD: ^^*****NNN*SSS DOC");
  EXPECT_TRUE(o.forward);
  EXPECT_EQ(o.forward_format, "^^*****NNN*SSS");
  EXPECT_FALSE(Apply("FORWARD: ^^*****NNN*SSS DOC OFF").forward);
}

class OptionsFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& text) {
    std::string path = dyad::testing::UniqueTempPath("options_test.options");
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
};

TEST_F(OptionsFileTest, LoadsEveryLine) {
  std::string path = Write("// header\r\nCOMPLEX: VERBS[5] NOACTPRIOR\r\n\r\nSET: CODE BY SENTENCE\n");
  CodingOptions o;
  ASSERT_TRUE(LoadOptionsFile(path, &o).ok());
  EXPECT_EQ(o.complex.verbs, 5);
  EXPECT_EQ(o.code_by, CodingOptions::CodeBy::kSentence);
}

TEST_F(OptionsFileTest, BadLineNamesFileAndLine) {
  std::string path = Write("SET: LABEL = FALSE\n// ok\nWHATEVER: 1\n");
  CodingOptions o;
  Status st = LoadOptionsFile(path, &o);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find(path + ":3"), std::string::npos) << st.message();
}

TEST_F(OptionsFileTest, MissingFileIsNotFound) {
  CodingOptions o;
  Status st = LoadOptionsFile("/nonexistent/x.options", &o);
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace dyad
