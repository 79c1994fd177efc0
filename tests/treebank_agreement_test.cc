// The PETRARCH-1 suite's CoreNLP parses, converted by TreebankToSyntax,
// against dyad's own parser on the same words: unlabelled attachment
// agreement. The two follow different conventions in places (CoreNLP's
// "X, an official said" is headed by "said", EWT's by X's verb; names are
// headed by their last word here, by their first in EWT), so agreement is
// not accuracy; the floor only catches a conversion that breaks.
#include <gtest/gtest.h>

#include <iostream>
#include <memory>

#include "dyad/petrarch.h"
#include "dyad/syntax.h"
#include "test_support.h"

namespace dyad {
namespace {

TEST(TreebankAgreement, ConvertedSuiteParsesAgreeWithTheOwnParser) {
  DYAD_REQUIRE_SHARED(shared);
  PetrarchRecords records;
  Diagnostics diagnostics;
  ASSERT_TRUE(ReadPetrarchRecordsFile(shared + "/suites/petrarch1/PETR.UnitTest.records.xml",
                                      &records, &diagnostics)
                  .ok());
  std::unique_ptr<SyntaxModel> model;
  const Status loaded = SyntaxModel::Load(SyntaxModel::DefaultDir(), &model);
  ASSERT_TRUE(loaded.ok()) << loaded.ToString();
  ASSERT_TRUE(model->has_parser());
  size_t sentences = 0, unreadable = 0, words = 0, agree = 0;
  for (const PetrarchRecord& r : records.records) {
    SyntaxSentence given;
    if (!SyntaxFromGivenParse(r.parse, &given).ok()) {
      ++unreadable;  // ERROR-02 and ERROR-03 are unbalanced on purpose
      continue;
    }
    SyntaxSentence own;
    own.words = given.words;
    own.space_after.assign(own.words.size(), true);
    model->Annotate(&own);
    ++sentences;
    for (size_t i = 0; i < given.words.size(); ++i) {
      if (given.syntax[i].upos == "PUNCT") continue;
      ++words;
      agree += given.syntax[i].head == own.syntax[i].head;
    }
  }
  EXPECT_EQ(unreadable, 2u);
  const double uas = 100.0 * static_cast<double>(agree) / static_cast<double>(words);
  std::cout << "converted CoreNLP vs own parser, " << sentences << " sentences, " << words
            << " words (no punctuation): unlabelled agreement " << uas << "%\n";
  RecordProperty("unlabelled_agreement", std::to_string(uas));
  EXPECT_GT(uas, 70.0);
}

}  // namespace
}  // namespace dyad
