// PETRARCH's coding options: which options a dictionary set brings, the
// [Options] of a PETR_config.ini, and single option lines.
#include "dyad/petrarch_options.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "test_support.h"

namespace dyad {
namespace {

constexpr std::string_view kTabariVerbs = "PRAISE [051]\n";
constexpr std::string_view kPetrarch1Verbs =
    "--- PRAISE [051] ---\nPRAISE\n- * {WARMLY | KINDLY} [051]\n";
constexpr std::string_view kPetrarch2Verbs = "--- PRAISE [051] ---\nPRAISE\n- * (FOR) [051]\n";

// The options a PETRARCH verb dictionary brings, after checking which
// language it was read as.
CodingOptions OptionsOfPetrarchVerbs(std::string_view verbs, VerbLanguage language) {
  DictionarySet d;
  EXPECT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, verbs, "t.verbs").ok());
  d.Finalize();
  EXPECT_EQ(d.verb_language(), language);
  return DefaultCodingOptions(d);
}

TEST(DefaultCodingOptions, TabariVerbsKeepTabarisDefaults) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs(kTabariVerbs, "t.verbs").ok());
  d.Finalize();
  EXPECT_EQ(d.verb_language(), VerbLanguage::kTabari);
  const CodingOptions o = DefaultCodingOptions(d);
  EXPECT_EQ(o.attribution, CodingOptions::Attribution::kTabari);
  EXPECT_EQ(o.minimum_words, CodingOptions().minimum_words);
  EXPECT_FALSE(o.petrarch_agents);
}

TEST(DefaultCodingOptions, NoVerbsKeepTabarisDefaults) {
  DictionarySet d;
  d.Finalize();
  EXPECT_EQ(d.verb_language(), VerbLanguage::kNone);
  EXPECT_FALSE(DefaultCodingOptions(d).petrarch_agents);
}

TEST(DefaultCodingOptions, Petrarch1VerbsBringPetrarch1Semantics) {
  const CodingOptions o = OptionsOfPetrarchVerbs(kPetrarch1Verbs, VerbLanguage::kPetrarch1);
  EXPECT_EQ(o.attribution, CodingOptions::Attribution::kSyntax);
  EXPECT_EQ(o.minimum_words, 0);
  EXPECT_TRUE(o.petrarch_agents);
  EXPECT_TRUE(o.nested_agents);
  EXPECT_FALSE(o.resolve_pronouns);
  EXPECT_FALSE(o.complement_codes_sourceless_verb);
  EXPECT_FALSE(o.pattern_words_not_parsed_verbs);
}

TEST(DefaultCodingOptions, Petrarch2VerbsBringPetrarch2Semantics) {
  const CodingOptions o = OptionsOfPetrarchVerbs(kPetrarch2Verbs, VerbLanguage::kPetrarch2);
  EXPECT_EQ(o.attribution, CodingOptions::Attribution::kSyntax);
  EXPECT_TRUE(o.petrarch_agents);
  EXPECT_FALSE(o.nested_agents);
  EXPECT_TRUE(o.resolve_pronouns);
  EXPECT_TRUE(o.complement_codes_sourceless_verb);
  EXPECT_TRUE(o.words_before_verb_only_as_noun_phrase);
  // PETRARCH-2, not UniversalPetrarch, keeps complement verbs out of patterns.
  EXPECT_TRUE(o.pattern_words_not_parsed_verbs);
  EXPECT_FALSE(
      PetrarchCodingOptions(PetrarchLineage::kUniversalPetrarch).pattern_words_not_parsed_verbs);
}

TEST(DefaultCodingOptions, TheFirstVerbDictionaryDecides) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs(kTabariVerbs, "t.verbs").ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, kPetrarch2Verbs, "p.verbs").ok());
  d.Finalize();
  EXPECT_EQ(d.verb_language(), VerbLanguage::kTabari);
}

std::string WriteConfig(const std::string& text) {
  const std::string path = testing::UniqueTempPath("PETR_config.ini");
  std::ofstream(path) << text;
  return path;
}

TEST(PetrarchConfigOptions, CodingKeysOfTheOptionsSectionApply) {
  const std::string path = WriteConfig(
      "[Dictionaries]\nverbfile_name = v.txt\n[Options]\ntextfile_list = a.xml\n"
      "require_dyad = False\ncomma_max = 5\nnew_actor_length = 0\n[StanfordNLP]\n"
      "comma_min = 7\n");
  CodingOptions o = PetrarchCodingOptions(PetrarchLineage::kPetrarch2);
  ASSERT_TRUE(ApplyPetrarchConfigOptions(path, &o).ok());
  EXPECT_FALSE(o.require_dyad);
  EXPECT_EQ(o.comma.max, 5);
  EXPECT_EQ(o.comma.min, 2);  // outside [Options]: not read
}

TEST(PetrarchConfigOptions, BadValueNamesFileAndLine) {
  const std::string path = WriteConfig("[Options]\n\ncomma_max = many\n");
  CodingOptions o;
  const Status s = ApplyPetrarchConfigOptions(path, &o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":3:"), std::string::npos) << s.message();
}

TEST(PetrarchConfigOptions, MissingFileAppliesNothing) {
  CodingOptions o;
  EXPECT_TRUE(ApplyPetrarchConfigOptions("/nonexistent/PETR_config.ini", &o).ok());
  EXPECT_TRUE(o.require_dyad);
}

TEST(PetrarchOption, UnknownOptionIsAnError) {
  CodingOptions o;
  EXPECT_FALSE(ApplyPetrarchOption("colour", "red", &o).ok());
  EXPECT_TRUE(ApplyPetrarchOption("stop_on_error", "True", &o).ok());
}

}  // namespace
}  // namespace dyad
