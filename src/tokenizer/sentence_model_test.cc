// Tests of the learned sentence-boundary model: training is deterministic,
// the bundled model ends unpunctuated sentences the rules cannot, leaves news
// insertions alone, is refused when damaged, and is shared across threads.
#include "dyad/sentence_model.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "dyad/tokenizer.h"
#include "ml/model_file.h"
#include "test_support.h"
#include "tokenizer/sentence_model_train.h"

namespace dyad {
namespace {

using ::dyad::testing::ReadFileOrDie;
using ::dyad::testing::SourceDir;
using ::dyad::testing::UniqueTempPath;

std::vector<std::string> Sentences(std::string_view text, const SentenceModel* model) {
  Document doc;
  doc.text = std::string(text);
  SplitAndTokenize(&doc, model);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.View(s.span));
  return out;
}

class BundledSentenceModel : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = SourceDir() + "/models/splitter.bin";
    ASSERT_TRUE(std::filesystem::exists(path)) << path << " is part of the source tree";
    const Status s = SentenceModel::Load(path, &model_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<SentenceModel> model_;
};

TEST_F(BundledSentenceModel, EndsSentencesTheRulesLeaveJoined) {
  // A full stop glued into a link or after its bracket: the rules cannot
  // tell it from "www.example.org" going on, the model has seen it end
  // sentences in web text.
  for (const auto& [first, second] : std::vector<std::pair<std::string, std::string>>{
           {"Entries can be sent to www.example.org.",
            "Names of the winners will be published on Monday."},
           {"The full report is online (see http://www.example.org/report).",
            "In addition, the agency published its data."},
       }) {
    const std::string text = first + " " + second;
    EXPECT_EQ(Sentences(text, nullptr).size(), 1u) << "the rules alone see no end: " << text;
    EXPECT_EQ(Sentences(text, model_.get()), (std::vector<std::string>{first, second}));
  }
}

TEST_F(BundledSentenceModel, KeepsNamesAndTitlesInsideNewsSentences) {
  for (const char* text : {
           "Russian President Vladimir Putin met Iranian President Ebrahim Raisi in Tehran on "
           "Tuesday.",
           "The competition from the [FIFA] World Cup was strong, officials said.",
           "Reports: 'streamlined' UK asylum process to replace interview",
           "U.S. President Joe Biden said the United Nations Security Council would meet.",
       }) {
    EXPECT_EQ(Sentences(text, model_.get()).size(), 1u) << text;
  }
}

TEST_F(BundledSentenceModel, LeavesPunctuatedProseAsTheRulesSplitIt) {
  const std::string text =
      "The talks ended on Monday. Officials in Geneva said a new round would start in May. "
      "\"We are ready,\" the envoy said. Mr. Smith disagreed.";
  EXPECT_EQ(Sentences(text, model_.get()), Sentences(text, nullptr));
}

TEST_F(BundledSentenceModel, OneLoadedModelServesManyThreads) {
  const std::string text =
      "Thanks for the update I will call you tomorrow Best regards John Smith Enron Corp. "
      "The meeting is at noon.";
  const std::vector<std::string> expected = Sentences(text, model_.get());
  std::vector<std::vector<std::string>> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 50; ++r) got[t] = Sentences(text, model_.get());
    });
  }
  for (std::thread& th : threads) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

TEST_F(BundledSentenceModel, HeaderRecordsHowItWasTrained) {
  EXPECT_NE(model_->header().find("command: dyad train splitter"), std::string::npos)
      << model_->header();
  EXPECT_NE(model_->header().find("seed: "), std::string::npos);
}

TEST(SentenceModel, WithoutAModelTheOldEntryPointAndANullModelAgree) {
  const std::string text = "Kay Mann 03/15/2001 04:11 PM I have the file. Thanks, Kim";
  Document a, b;
  a.text = b.text = text;
  SplitAndTokenize(&a);
  SplitAndTokenize(&b, nullptr);
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (size_t i = 0; i < a.sentences.size(); ++i)
    EXPECT_EQ(a.sentences[i].span, b.sentences[i].span);
}

TEST(SentenceModel, RefusesAMissingFileAnotherKindAndAnotherFeatureVersion) {
  std::unique_ptr<SentenceModel> model;
  EXPECT_EQ(SentenceModel::Load("/nonexistent/splitter.bin", &model).code(),
            Status::Code::kNotFound);
  const std::string tagger = SourceDir() + "/models/tagger.bin";
  if (std::filesystem::exists(tagger)) {
    const Status s = SentenceModel::Load(tagger, &model);
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find("tagger"), std::string::npos) << s.message();
  }
  const std::string path = UniqueTempPath("old_features_splitter.bin");
  ml::ModelWriter w("splitter", "test");
  w.AddSection("settings", "features=999\n");
  w.AddSection("perceptron", std::string(12, '\0'));
  ASSERT_TRUE(w.Write(path).ok());
  const Status s = SentenceModel::Load(path, &model);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("features=999"), std::string::npos) << s.message();
  EXPECT_EQ(model, nullptr);
  std::filesystem::remove(path);
}

// A small treebank: mail-like paragraphs whose sentences often lack final
// punctuation, so that training has something to learn.
std::string TinyTreebank() {
  const char* paragraphs[][3] = {
      {"Thanks for the update", "I will call you tomorrow", "Best regards"},
      {"The meeting moved to Friday", "Please tell Kim", "John Smith"},
      {"We got the dog the year Sinatra died", "He had blue eyes", "Great dog."},
      {"See you at noon", "Bring the contract", "Sara Lee"},
      {"Call me when you land", "The car is outside", "Tom"},
  };
  std::ostringstream out;
  int id = 0;
  for (const auto& p : paragraphs) {
    for (int s = 0; s < 3; ++s) {
      if (s == 0) out << "# newpar\n";
      out << "# sent_id = " << ++id << "\n# text = " << p[s] << "\n";
      std::istringstream words(p[s]);
      std::string w;
      int i = 0;
      std::vector<std::string> forms;
      while (words >> w) {
        if (w.back() == '.') {
          forms.push_back(w.substr(0, w.size() - 1));
          forms.push_back(".");
        } else {
          forms.push_back(w);
        }
      }
      for (size_t k = 0; k < forms.size(); ++k) {
        const bool glued = k + 1 < forms.size() && forms[k + 1] == ".";
        out << ++i << '\t' << forms[k] << "\t_\tX\tX\t_\t" << (k == 0 ? 0 : 1) << '\t'
            << (k == 0 ? "root" : "dep") << "\t_\t" << (glued ? "SpaceAfter=No" : "_") << '\n';
      }
      out << '\n';
    }
  }
  return out.str();
}

TEST(SentenceModelTraining, SameSeedGivesAByteIdenticalFile) {
  const std::string treebank = UniqueTempPath("tiny_treebank.conllu");
  {
    std::ofstream(treebank) << TinyTreebank();
  }
  // Real data when it is there (a slice of EWT train), else the tiny one.
  std::string train = treebank, dev = treebank;
  if (const std::string shared = ::dyad::testing::SharedDir(); !shared.empty()) {
    train = shared + "/nlp/ud-english-ewt/en_ewt-ud-train.conllu";
  }
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // same date in both headers
  tok::SplitterTrainOptions options;
  options.train_path = train;
  options.dev_path = dev;
  options.epochs = 3;
  options.seed = 7;
  options.max_sentences = 600;
  options.command_line = "test";
  std::ostringstream log;
  std::vector<std::string> bytes;
  for (const char* name : {"a.bin", "b.bin"}) {
    options.out_path = UniqueTempPath(std::string("splitter_") + name);
    const Status s = tok::TrainSentenceModel(options, log);
    ASSERT_TRUE(s.ok()) << s.message();
    bytes.push_back(ReadFileOrDie(options.out_path));
    std::unique_ptr<SentenceModel> model;
    EXPECT_TRUE(SentenceModel::Load(options.out_path, &model).ok());
    std::filesystem::remove(options.out_path);
  }
  unsetenv("SOURCE_DATE_EPOCH");
  std::filesystem::remove(treebank);
  ASSERT_FALSE(bytes[0].empty());
  EXPECT_TRUE(bytes[0] == bytes[1]) << "two trainings with seed 7 differ";
  EXPECT_NE(log.str().find("kept epoch"), std::string::npos) << log.str();
}

TEST(SentenceModelTraining, RefusesZeroEpochsAndAMissingTreebank) {
  tok::SplitterTrainOptions options;
  options.epochs = 0;
  std::ostringstream log;
  EXPECT_EQ(tok::TrainSentenceModel(options, log).code(), Status::Code::kInvalidInput);
  options.epochs = 1;
  options.train_path = options.dev_path = "/nonexistent/train.conllu";
  EXPECT_FALSE(tok::TrainSentenceModel(options, log).ok());
}

}  // namespace
}  // namespace dyad
