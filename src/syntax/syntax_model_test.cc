// Tests of SyntaxModel: choosing between the fast and the accurate parser.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/syntax.h"
#include "test_support.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

TEST(SyntaxModel, BundledModelsLoadWithEitherParser) {
  const std::string models = testing::SourceDir() + "/models";
  for (auto parser : {SyntaxModel::Parser::kFast, SyntaxModel::Parser::kAccurate}) {
    std::unique_ptr<SyntaxModel> model;
    Status st = SyntaxModel::Load(models, &model, parser);
    ASSERT_TRUE(st.ok()) << st.ToString();
    EXPECT_TRUE(model->has_parser());
    SyntaxSentence s;
    s.words = {"Russia", "sanctioned", "Iran", "."};
    model->Annotate(&s);
    ASSERT_EQ(s.syntax.size(), 4u);
    EXPECT_EQ(s.syntax[1].head, 0) << "the verb is the root";
    EXPECT_EQ(s.syntax[0].head, 2);
    EXPECT_EQ(s.syntax[2].head, 2);
  }
}

TEST(SyntaxModel, BatchAnnotationEqualsSentenceBySentence) {
  std::unique_ptr<SyntaxModel> model;
  ASSERT_TRUE(SyntaxModel::Load(testing::SourceDir() + "/models", &model).ok());
  std::vector<SyntaxSentence> batch(4);
  batch[0].words = {"Russia", "sanctioned", "Iran", "."};
  // batch[1] stays empty: skipped, not an error.
  batch[2].words = {"The", "minister", "met", "rebels", "in", "Aleppo", "on", "Monday", "."};
  batch[3].words = {"Talks", "failed", "."};
  std::vector<SyntaxSentence> one_by_one = batch;
  model->Annotate(batch);
  for (SyntaxSentence& s : one_by_one) model->Annotate(&s);
  EXPECT_TRUE(batch[1].syntax.empty());
  for (size_t i = 0; i < batch.size(); ++i) {
    ASSERT_EQ(batch[i].syntax.size(), one_by_one[i].syntax.size()) << i;
    ASSERT_EQ(batch[i].syntax.size(), batch[i].words.size()) << i;
    for (size_t w = 0; w < batch[i].syntax.size(); ++w) {
      const TokenSyntax &a = batch[i].syntax[w], &b = one_by_one[i].syntax[w];
      EXPECT_EQ(a.upos, b.upos);
      EXPECT_EQ(a.xpos, b.xpos);
      EXPECT_EQ(a.lemma, b.lemma);
      EXPECT_EQ(a.head, b.head);
      EXPECT_EQ(a.deprel, b.deprel);
      EXPECT_GE(a.head, 0) << "parsed";
    }
  }
}

TEST(SyntaxModel, MissingAccurateParserIsReported) {
  // A model directory with the tagger alone: the fast parser is optional,
  // the accurate one, asked for, is not.
  const std::string dir = testing::UniqueTempPath("syntax_model_dir");
  fs::create_directories(dir);
  fs::copy_file(testing::SourceDir() + "/models/tagger.bin", dir + "/tagger.bin");
  std::unique_ptr<SyntaxModel> model;
  ASSERT_TRUE(SyntaxModel::Load(dir, &model).ok());
  EXPECT_FALSE(model->has_parser());
  Status st = SyntaxModel::Load(dir, &model, SyntaxModel::Parser::kAccurate);
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
  EXPECT_NE(st.message().find("parser-accurate.bin"), std::string::npos) << st.message();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
