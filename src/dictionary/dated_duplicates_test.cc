// A phrase two PETRARCH actor entries share (Phoenix's "PRESIDENT BUSH",
// under both Bushes) takes the later entry's dated codes for the dates the
// first entry's dates leave to its default.
#include <gtest/gtest.h>

#include <string>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

constexpr std::string_view kActors = R"(GEORGE_BUSH_
+PRESIDENT_BUSH
+GEORGE_HERBERT_WALKER_BUSH
	[USAGOV 890120-930120]
	[USAELI]
GEORGE_W._BUSH_
+PRESIDENT_BUSH_
	[USAGOV 010120-090120]
	[USAELI]
GONDOR_ [GON]
)";

constexpr std::string_view kVerbs = "--- PRAISE [051] ---\nPRAISE\n";

std::string SourceOn(const DictionarySet& d, const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "d";
  doc.date = date;
  doc.text = text;
  doc.single_unit = true;
  SplitAndTokenize(&doc);
  CodingOptions o;
  o.minimum_words = 0;
  const CodingResult r = Coder(d).CodeSentence(doc, 0, o);
  return r.events.empty() ? "(none)" : r.events[0].source.code;
}

class DatedDuplicates : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(d_.LoadPetrarch(PetrarchFile::kActors, kActors, "p.actors").ok());
    ASSERT_TRUE(d_.LoadPetrarch(PetrarchFile::kVerbs, kVerbs, "p.verbs").ok());
    d_.Finalize();
  }
  DictionarySet d_;
};

TEST_F(DatedDuplicates, LaterEntrysDatesApplyWhereTheFirstsDoNot) {
  EXPECT_EQ(SourceOn(d_, "President Bush praised Gondor", "2008-08-06"), "USAGOV");
}

TEST_F(DatedDuplicates, FirstEntryWinsWhereItsDatesApply) {
  EXPECT_EQ(SourceOn(d_, "President Bush praised Gondor", "1990-05-01"), "USAGOV");
  EXPECT_EQ(SourceOn(d_, "President Bush praised Gondor", "2015-01-01"), "USAELI");
}

TEST_F(DatedDuplicates, TheFirstEntrysOtherPhrasesKeepTheirCodes) {
  EXPECT_EQ(SourceOn(d_, "George Herbert Walker Bush praised Gondor", "2008-08-06"), "USAELI");
}

TEST_F(DatedDuplicates, DuplicateIsReported) {
  bool found = false;
  for (const std::string& w : d_.warnings())
    found = found || w.find("dated codes") != std::string::npos;
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace dyad
