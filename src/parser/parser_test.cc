// Tests of parser training, the committed model and model-file checks.
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/beam.h"
#include "parser/features.h"
#include "parser/parser_internal.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/tagger.h"
#include "test_support.h"

namespace dyad::parser {
namespace {

namespace fs = std::filesystem;

// Scores of the committed models/parser.bin on EWT test with gold tokens,
// measured when it was trained (see README); the test allows 0.3 below.
// With tags predicted by the committed models/tagger.bin (UPOS 95.70 on test
// when measured; 0 = not measured):
constexpr double kPredictedTagsUas = 86.18;
constexpr double kPredictedTagsLas = 83.48;
// With the treebank's gold UPOS/XPOS:
constexpr double kGoldTagsUas = 88.47;
constexpr double kGoldTagsLas = 86.94;
// The accurate (beam) parser models/parser-accurate.bin after models/tagger.bin:
constexpr double kAccurateUas = 87.16;
constexpr double kAccurateLas = 84.26;

std::string TempPath(const std::string& name) { return testing::UniqueTempPath("parser_" + name); }

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Parses the first `limit` sentences of `dev_path` (0 = all) afresh and
// checks that each parse is a single-rooted tree.
void ExpectTreesOnDev(const DependencyParser& parser, const std::string& dev_path, size_t limit) {
  std::vector<SyntaxSentence> dev;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(syntax::ReadConlluFile(dev_path, &dev, &diagnostics).ok());
  if (limit > 0 && dev.size() > limit) dev.resize(limit);
  for (auto& s : dev) {
    for (auto& t : s.syntax) t.head = -1;
    parser.Parse(&s);
    std::vector<int> heads;
    for (const auto& t : s.syntax) heads.push_back(t.head);
    ASSERT_TRUE(IsSingleRootedTree(heads));
  }
}

ParserTrainOptions SliceOptions(const std::string& shared, const std::string& out) {
  ParserTrainOptions options;
  options.train_path = shared + "/nlp/ud-english-ewt/en_ewt-ud-train.conllu";
  options.dev_path = shared + "/nlp/ud-english-ewt/en_ewt-ud-dev.conllu";
  options.out_path = out;
  options.epochs = 2;
  options.seed = 3;
  options.max_sentences = 200;
  options.command_line = "parser_test slice";
  options.tagger_folds = 2;  // exercises jackknifing, cheaply
  options.tagger_epochs = 1;
  options.non_monotonic = true;  // exercises the repairs and the tag noise
  options.tag_noise = 0.05;
  return options;
}

TEST(Parser, ParserTrainingIsDeterministic) {
  DYAD_REQUIRE_SHARED(shared);
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);  // same date in both headers
  const std::string a = TempPath("a.bin"), b = TempPath("b.bin");
  std::ostringstream log;
  ASSERT_TRUE(TrainParser(SliceOptions(shared, a), log).ok()) << log.str();
  ASSERT_TRUE(TrainParser(SliceOptions(shared, b), log).ok()) << log.str();
  const std::string bytes_a = testing::ReadFileOrDie(a), bytes_b = testing::ReadFileOrDie(b);
  EXPECT_GT(bytes_a.size(), 1000u);
  EXPECT_TRUE(bytes_a == bytes_b) << "two trainings on the same slice differ";

  // Jackknifed tags written to the tags cache and read back train the same
  // model as tags computed in the run.
  const std::string cache = TempPath("tags_cache"), c = TempPath("c.bin");
  for (int run = 0; run < 2; ++run) {  // writes the cache, then reads it
    ParserTrainOptions cached = SliceOptions(shared, c);
    cached.tags_cache = cache;
    ASSERT_TRUE(TrainParser(cached, log).ok()) << log.str();
    EXPECT_TRUE(testing::ReadFileOrDie(c) == bytes_a) << "cache run " << run << " differs";
  }
  EXPECT_NE(log.str().find("jackknifed tags read from"), std::string::npos);
  fs::remove_all(cache);
  fs::remove(c);

  // The slice model loads and parses every dev sentence into a tree.
  std::unique_ptr<DependencyParser> parser;
  ASSERT_TRUE(DependencyParser::Load(a, &parser).ok());
  const auto* perceptron_parser = dynamic_cast<const PerceptronParser*>(parser.get());
  ASSERT_NE(perceptron_parser, nullptr);
  EXPECT_TRUE(perceptron_parser->non_monotonic()) << "the settings line was not read back";
  ExpectTreesOnDev(*parser, SliceOptions(shared, a).dev_path, 0);
  fs::remove(a);
  fs::remove(b);
}

TEST(Parser, BeamParserTrainingIsDeterministic) {
  DYAD_REQUIRE_SHARED(shared);
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  const std::string a = TempPath("beam_a.bin"), b = TempPath("beam_b.bin");
  auto options = [&](const std::string& out) {
    ParserTrainOptions o = SliceOptions(shared, out);
    o.non_monotonic = false;  // a beam is monotonic
    o.tagger_folds = 0;
    o.beam = 4;
    o.decode_beam = 3;
    return o;
  };
  std::ostringstream log;
  ASSERT_TRUE(TrainParser(options(a), log).ok()) << log.str();
  ASSERT_TRUE(TrainParser(options(b), log).ok()) << log.str();
  const std::string bytes = testing::ReadFileOrDie(a);
  EXPECT_TRUE(bytes == testing::ReadFileOrDie(b)) << "two beam trainings on the same slice differ";

  std::unique_ptr<DependencyParser> parser;
  ASSERT_TRUE(DependencyParser::Load(a, &parser).ok());
  const auto* perceptron_parser = dynamic_cast<const PerceptronParser*>(parser.get());
  ASSERT_NE(perceptron_parser, nullptr);
  EXPECT_EQ(perceptron_parser->beam_width(), 3) << "the beam= setting was not read back";
  EXPECT_NE(bytes.find("training_beam=4\n"), std::string::npos);
  ExpectTreesOnDev(*parser, options(a).dev_path, 300);

  // A beam width out of range, or a beam with non-monotonic transitions,
  // is refused.
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"\nbeam=3", "\nbeam=0"}, {"\nbeam=3", "\nbeam=x"}}) {
    std::string bad = bytes;
    const size_t at = bad.find(from);
    ASSERT_NE(at, std::string::npos);
    bad.replace(at, from.size(), to);
    WriteFile(b, bad);
    Status st = DependencyParser::Load(b, &parser);
    EXPECT_FALSE(st.ok()) << to << " was accepted";
  }
  ParserTrainOptions both = options(b);
  both.non_monotonic = true;
  EXPECT_FALSE(TrainParser(both, log).ok()) << "a non-monotonic beam was accepted";
  ParserTrainOptions greedy_decode_beam = options(b);
  greedy_decode_beam.beam = 1;
  EXPECT_FALSE(TrainParser(greedy_decode_beam, log).ok()) << "a decoding beam without training beam";
  fs::remove(a);
  fs::remove(b);
}

TEST(Parser, CorruptedModelFilesAreReported) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string good = TempPath("good.bin"), bad = TempPath("bad.bin");
  std::ostringstream log;
  ParserTrainOptions options = SliceOptions(shared, good);
  options.epochs = 1;
  options.max_sentences = 50;
  options.tagger_folds = 0;
  ASSERT_TRUE(TrainParser(options, log).ok()) << log.str();
  const std::string bytes = testing::ReadFileOrDie(good);
  std::unique_ptr<DependencyParser> parser;
  ASSERT_TRUE(DependencyParser::Load(good, &parser).ok());

  std::vector<std::string> corruptions = {
      "", "not a model at all", bytes.substr(0, bytes.size() / 2),
      bytes.substr(0, bytes.size() - 1), bytes + "x"};
  std::string other_kind = bytes;
  other_kind.replace(other_kind.find("parser"), 6, "tagger");
  corruptions.push_back(other_kind);
  std::string bad_labels = bytes;
  size_t at = bad_labels.find("acl");  // first label in the labels section
  ASSERT_NE(at, std::string::npos);
  bad_labels[at - 4] = '\x7f';  // its length prefix
  corruptions.push_back(bad_labels);
  std::string other_system = bytes;  // a transition system this build lacks
  at = other_system.find("non-monotonic");
  ASSERT_NE(at, std::string::npos) << "the slice model is non-monotonic";
  other_system.replace(at, 13, "swap-oriented");
  corruptions.push_back(other_system);
  for (size_t i = 0; i < corruptions.size(); ++i) {
    WriteFile(bad, corruptions[i]);
    std::unique_ptr<DependencyParser> p;
    Status st = DependencyParser::Load(bad, &p);
    EXPECT_FALSE(st.ok()) << "corruption " << i << " was accepted";
    EXPECT_NE(st.message().find(bad), std::string::npos) << st.message();
  }
  Status missing = DependencyParser::Load(TempPath("missing.bin"), &parser);
  EXPECT_EQ(missing.code(), Status::Code::kNotFound);
  fs::remove(good);
  fs::remove(bad);
}

// Parses EWT test (gold tokens) after `tagger` (or with the gold tags when
// it is null) and scores it with the evaluation module.
syntax::SyntaxScores ParseTest(const DependencyParser& parser, const syntax::Tagger* tagger,
                               const std::vector<SyntaxSentence>& gold) {
  std::vector<SyntaxSentence> system = gold;
  for (auto& s : system) {
    for (auto& t : s.syntax) {
      t.head = -1;
      t.deprel.clear();
      if (tagger) t.upos.clear(), t.xpos.clear(), t.lemma.clear();
    }
    if (tagger) tagger->Tag(&s);
    parser.Parse(&s);
  }
  syntax::SyntaxScores scores;
  EXPECT_TRUE(syntax::EvaluateGoldTokens(gold, system, &scores).ok());
  const AttachmentScores own = ScoreAttachments(gold, system);  // our scorer agrees
  EXPECT_NEAR(own.uas(), scores.uas, 0.01);
  EXPECT_NEAR(own.las(), scores.las, 0.01);
  return scores;
}

// Always checks the gold-tag scores; when models/tagger.bin exists, also the
// scores with predicted tags (the real pipeline), once they have been
// recorded above.
TEST(Parser, CommittedParserMeetsItsScores) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string models = testing::SourceDir() + "/models";
  std::unique_ptr<DependencyParser> parser;
  Status st = DependencyParser::Load(models + "/parser.bin", &parser);
  ASSERT_TRUE(st.ok()) << st.ToString();
  std::vector<SyntaxSentence> gold;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(syntax::ReadConlluFile(shared + "/nlp/ud-english-ewt/en_ewt-ud-test.conllu", &gold,
                                     &diagnostics)
                  .ok());
  const syntax::SyntaxScores with_gold_tags = ParseTest(*parser, nullptr, gold);
  std::cout << "EWT test, gold tokens, gold tags: UAS " << with_gold_tags.uas << " LAS "
            << with_gold_tags.las << "\n";
  EXPECT_GE(with_gold_tags.uas, kGoldTagsUas - 0.3);
  EXPECT_GE(with_gold_tags.las, kGoldTagsLas - 0.3);

  if (!fs::exists(models + "/tagger.bin")) return;
  std::unique_ptr<syntax::Tagger> tagger;
  Status ts = syntax::Tagger::Load(models + "/tagger.bin", &tagger);
  ASSERT_TRUE(ts.ok()) << ts.ToString();
  const syntax::SyntaxScores predicted = ParseTest(*parser, tagger.get(), gold);
  std::cout << "EWT test, gold tokens, predicted tags: UAS " << predicted.uas << " LAS "
            << predicted.las << "\n";
  if (kPredictedTagsLas > 0) {
    EXPECT_GE(predicted.uas, kPredictedTagsUas - 0.3);
    EXPECT_GE(predicted.las, kPredictedTagsLas - 0.3);
  }

  // The accurate parser, in the real pipeline.
  std::unique_ptr<DependencyParser> accurate;
  Status as = DependencyParser::Load(models + "/parser-accurate.bin", &accurate);
  ASSERT_TRUE(as.ok()) << as.ToString();
  const auto* beam_parser = dynamic_cast<const PerceptronParser*>(accurate.get());
  ASSERT_NE(beam_parser, nullptr);
  EXPECT_GT(beam_parser->beam_width(), 1) << "the accurate parser decodes with a beam";
  const syntax::SyntaxScores with_beam = ParseTest(*accurate, tagger.get(), gold);
  std::cout << "EWT test, gold tokens, predicted tags, accurate parser: UAS " << with_beam.uas
            << " LAS " << with_beam.las << "\n";
  EXPECT_GE(with_beam.uas, kAccurateUas - 0.3);
  EXPECT_GE(with_beam.las, kAccurateLas - 0.3);
}

// The beam decoder shares scores between items (the positional templates
// per stack top and buffer front, whole score vectors between items with the
// same features); a plain beam that scores every item's features afresh
// must find the same trees.
TEST(Parser, BeamDecodingMatchesAPlainBeamScoringEveryItem) {
  DYAD_REQUIRE_SHARED(shared);
  std::unique_ptr<DependencyParser> loaded;
  Status st = DependencyParser::Load(testing::SourceDir() + "/models/parser-accurate.bin", &loaded);
  ASSERT_TRUE(st.ok()) << st.ToString();
  const auto& parser = dynamic_cast<const PerceptronParser&>(*loaded);
  const auto& labels = parser.labels();
  const int root_label =
      static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  std::vector<SyntaxSentence> dev;
  std::vector<std::string> diagnostics;
  ASSERT_TRUE(syntax::ReadConlluFile(shared + "/nlp/ud-english-ewt/en_ewt-ud-dev.conllu", &dev,
                                     &diagnostics)
                  .ok());
  dev.resize(std::min<size_t>(dev.size(), 300));
  std::vector<int32_t> int_scores(static_cast<size_t>(parser.weights().padded_classes()));
  std::vector<double> scores(int_scores.size());
  for (size_t i = 0; i < dev.size(); ++i) {
    SyntaxSentence parsed = dev[i];
    parser.Parse(&parsed);
    SentenceAtoms atoms;
    atoms.Fill(dev[i]);
    const int n = static_cast<int>(dev[i].words.size());
    Beam beam;
    beam.Reset(n, static_cast<size_t>(parser.beam_width()));
    auto score = [&](const ParseState& state, double* out) {
      uint64_t features[kMaxFeatures];
      const int count = ExtractFeatures(state, atoms, features);
      std::fill(int_scores.begin(), int_scores.end(), 0);
      parser.weights().Score(features, static_cast<size_t>(count), int_scores.data());
      for (size_t c = 0; c < int_scores.size(); ++c) out[c] = int_scores[c];
    };
    while (!beam.Done()) beam.Advance(score, static_cast<int>(labels.size()), root_label, &scores);
    const ParseState& best = beam.items()[0].state;
    for (int w = 0; w < n; ++w) {
      const TokenSyntax& t = parsed.syntax[static_cast<size_t>(w)];
      ASSERT_EQ(t.head, best.head(w) == n ? 0 : best.head(w) + 1)
          << "sentence " << i << " word " << w;
      ASSERT_EQ(t.deprel, labels[static_cast<size_t>(best.label(w))]) << "sentence " << i;
    }
  }
}

}  // namespace
}  // namespace dyad::parser
