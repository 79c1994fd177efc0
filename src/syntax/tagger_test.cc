#include "syntax/tagger.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ml/model_file.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "test_support.h"

namespace dyad::syntax {
namespace {

namespace fs = std::filesystem;

// Scores of the committed models/tagger.bin on EWT test with gold tokens
// (`dyad evaluate syntax en_ewt-ud-test.conllu --gold-tokens`); the test
// fails if a change loses more than 0.3 points.
constexpr double kReachedUpos = 95.70;
constexpr double kReachedXpos = 95.14;
constexpr double kReachedLemma = 96.96;

std::string CommittedModel() { return testing::SourceDir() + "/models/tagger.bin"; }

fs::path TempDir() {
  fs::path dir = testing::UniqueTempPath("tagger");
  fs::create_directories(dir);
  return dir;
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(TaggerTest, TaggerTrainingIsDeterministic) {
  DYAD_REQUIRE_SHARED(shared);
  setenv("SOURCE_DATE_EPOCH", "0", 1);  // the header's date
  const std::string ewt = shared + "/nlp/ud-english-ewt/";
  fs::path dir = TempDir();
  std::string files[2];
  for (int run = 0; run < 2; ++run) {
    TaggerTrainOptions options;
    options.train_path = ewt + "en_ewt-ud-train.conllu";
    options.dev_path = ewt + "en_ewt-ud-dev.conllu";
    options.out_path = (dir / ("run" + std::to_string(run) + ".bin")).string();
    options.epochs = 2;
    options.seed = 7;
    options.bags = 2;  // covers the mean of bagged models too
    options.max_sentences = 200;
    options.command_line = "tagger_test";
    std::ostringstream log;
    ASSERT_TRUE(TrainTagger(options, log).ok()) << log.str();
    files[run] = testing::ReadFileOrDie(options.out_path);
  }
  EXPECT_FALSE(files[0].empty());
  EXPECT_TRUE(files[0] == files[1]) << "two trainings with the same seed differ";
  std::unique_ptr<Tagger> tagger;
  ASSERT_TRUE(Tagger::Load((dir / "run0.bin").string(), &tagger).ok());
  SyntaxSentence s;
  s.words = {"The", "talks", "ended", "."};
  tagger->Tag(&s);
  ASSERT_EQ(s.syntax.size(), 4u);
  EXPECT_EQ(s.syntax[3].upos, "PUNCT");
  fs::remove_all(dir);
}

TEST(TaggerTest, CommittedTaggerMeetsItsScores) {
  DYAD_REQUIRE_SHARED(shared);
  std::unique_ptr<Tagger> tagger;
  Status st = Tagger::Load(CommittedModel(), &tagger);
  ASSERT_TRUE(st.ok()) << st.ToString();
  std::vector<SyntaxSentence> gold;
  ASSERT_TRUE(
      ReadConlluFile(shared + "/nlp/ud-english-ewt/en_ewt-ud-test.conllu", &gold, nullptr).ok());
  ASSERT_GT(gold.size(), 2000u);
  std::vector<SyntaxSentence> system;
  for (const SyntaxSentence& g : gold) {
    SyntaxSentence s;
    s.words = g.words;
    tagger->Tag(&s);
    system.push_back(std::move(s));
  }
  SyntaxScores scores;
  ASSERT_TRUE(EvaluateGoldTokens(gold, system, &scores).ok());
  EXPECT_GE(scores.upos, kReachedUpos - 0.3);
  EXPECT_GE(scores.xpos, kReachedXpos - 0.3);
  EXPECT_GE(scores.lemma, kReachedLemma - 0.3);
}

TEST(TaggerTest, CorruptModelFilesAreReported) {
  const std::string good = testing::ReadFileOrDie(CommittedModel());
  ASSERT_GT(good.size(), 1000u);
  fs::path dir = TempDir();
  std::unique_ptr<Tagger> tagger;

  WriteFile(dir / "truncated.bin", good.substr(0, good.size() / 2));
  Status st = Tagger::Load((dir / "truncated.bin").string(), &tagger);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("truncated"), std::string::npos) << st.message();

  std::string magic = good;
  magic[0] = 'X';
  WriteFile(dir / "magic.bin", magic);
  st = Tagger::Load((dir / "magic.bin").string(), &tagger);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad magic"), std::string::npos) << st.message();

  ml::ModelWriter parser_kind("parser", "not a tagger");
  parser_kind.AddSection("weights", "x");
  ASSERT_TRUE(parser_kind.Write((dir / "kind.bin").string()).ok());
  st = Tagger::Load((dir / "kind.bin").string(), &tagger);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("parser model, not a tagger"), std::string::npos) << st.message();

  ml::ModelWriter empty("tagger", "no sections");
  ASSERT_TRUE(empty.Write((dir / "empty.bin").string()).ok());
  st = Tagger::Load((dir / "empty.bin").string(), &tagger);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("missing section"), std::string::npos) << st.message();

  st = Tagger::Load((dir / "absent.bin").string(), &tagger);
  EXPECT_EQ(st.code(), Status::Code::kNotFound);
  fs::remove_all(dir);
}

TEST(TaggerTest, FloatWeightsOfOlderBuildsAskForRetraining) {
  // Before 2026-11-30 the weights were floats in "weights1"/"weights2",
  // quantised while loading; a file of that kind is refused by name, not
  // misread as the quantised form.
  ml::ModelReader committed;
  ASSERT_TRUE(committed.Open(CommittedModel(), "tagger").ok());
  ml::ModelWriter older("tagger", committed.header());
  for (const char* name : {"features", "labels", "tag_dictionary", "ambiguity"}) {
    std::string_view bytes;
    ASSERT_TRUE(committed.Section(name, &bytes)) << name;
    older.AddSection(name, std::string(bytes));
  }
  older.AddSection("weights1", std::string(64, '\0'));
  fs::path dir = TempDir();
  ASSERT_TRUE(older.Write((dir / "older.bin").string()).ok());
  std::unique_ptr<Tagger> tagger;
  const Status st = Tagger::Load((dir / "older.bin").string(), &tagger);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("retrain"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("older.bin"), std::string::npos) << st.message();
  fs::remove_all(dir);
}

TEST(TaggerTest, EmptySentenceIsFine) {
  std::unique_ptr<Tagger> tagger;
  ASSERT_TRUE(Tagger::Load(CommittedModel(), &tagger).ok());
  SyntaxSentence s;
  tagger->Tag(&s);
  EXPECT_TRUE(s.syntax.empty());
}

}  // namespace
}  // namespace dyad::syntax
