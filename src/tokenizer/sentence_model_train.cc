#include "tokenizer/sentence_model_train.h"

#include <cstdio>
#include <ctime>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "dyad/syntax.h"
#include "dyad/tokenizer.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "tokenizer/sentence_model_impl.h"
#include "tokenizer/splitter_internal.h"

namespace dyad::tok {

namespace {

// A treebank as the splitter sees it: its raw text and where gold sentences
// start and end.
struct Corpus {
  std::string text;
  std::set<uint32_t> gold_starts;
  std::set<std::pair<uint32_t, uint32_t>> gold_extents;
  size_t sentences = 0;
};

Status ReadCorpus(const std::string& path, size_t max_sentences, Corpus* corpus) {
  std::vector<SyntaxSentence> gold;
  std::vector<std::string> diagnostics;
  if (Status s = syntax::ReadConlluFile(path, &gold, &diagnostics); !s.ok()) return s;
  if (max_sentences > 0 && gold.size() > max_sentences) gold.resize(max_sentences);
  if (gold.empty()) return Status::InvalidInput(path + ": no sentences");
  syntax::TextLayout layout;
  syntax::ReconstructText(gold, &layout);
  corpus->text = std::move(layout.text);
  corpus->sentences = gold.size();
  for (const std::vector<Span>& words : layout.words) {
    if (words.empty()) continue;
    corpus->gold_starts.insert(words.front().begin);
    corpus->gold_extents.emplace(words.front().begin, words.back().end);
  }
  return Status::Ok();
}

// One block of training text: its tokens, the rules' boundaries and the
// gold ones.
struct Block {
  std::vector<Token> toks;
  std::vector<uint8_t> rules, gold;
};

std::vector<Block> MakeBlocks(const Corpus& corpus) {
  std::vector<Block> blocks;
  ForEachBlock(corpus.text, [&](Span span) {
    Block b;
    Tokenize(corpus.text, span, &b.toks);
    if (b.toks.size() < 2) return;
    RuleBoundaries(corpus.text, b.toks, &b.rules);
    b.gold.assign(b.toks.size(), 0);
    for (size_t j = 1; j < b.toks.size(); ++j)
      b.gold[j] = corpus.gold_starts.count(b.toks[j].span.begin) ? 1 : 0;
    blocks.push_back(std::move(b));
  });
  return blocks;
}

struct SentenceScore {
  size_t matched = 0, system = 0, gold = 0;
  double f1() const { return system + gold == 0 ? 100 : 200.0 * matched / double(system + gold); }
};

SentenceScore ScoreSplit(const Corpus& corpus, const SentenceModel* model) {
  Document doc;
  doc.text = corpus.text;
  SplitAndTokenize(&doc, model);
  SentenceScore score;
  score.gold = corpus.gold_extents.size();
  for (const Sentence& s : doc.sentences) {
    if (s.tokens.empty()) continue;
    ++score.system;
    score.matched += corpus.gold_extents.count({s.span.begin, s.span.end});
  }
  return score;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

Status TrainSentenceModel(const SplitterTrainOptions& options, std::ostream& log) {
  if (options.epochs < 1) return Status::InvalidInput("train splitter: epochs must be >= 1");
  Corpus train, dev;
  if (Status s = ReadCorpus(options.train_path, options.max_sentences, &train); !s.ok()) return s;
  if (Status s = ReadCorpus(options.dev_path, 0, &dev); !s.ok()) return s;
  std::vector<Block> blocks = MakeBlocks(train);
  log << "train: " << train.sentences << " sentences, " << blocks.size() << " blocks\n";
  const SentenceScore rules_only = ScoreSplit(dev, nullptr);
  log << "dev: " << dev.sentences << " sentences, rules alone: sentence F1 "
      << Fixed(rules_only.f1()) << '\n';

  auto settings = [&](SentenceModel::Impl* impl) {
    impl->add_margin = options.add_margin;
    impl->add_after_closer = options.add_after_closer;
    impl->veto = options.veto;
    impl->veto_margin = options.veto_margin;
  };
  ml::PerceptronTrainer trainer(2);
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order(blocks.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<uint8_t> starts;
  std::unique_ptr<SentenceModel::Impl> best;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates with our own index draws: std::shuffle's algorithm is
    // left to the library, and the file must not depend on it.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    size_t examples = 0, errors = 0;
    for (size_t bi : order) {
      const Block& b = blocks[bi];
      starts = b.rules;
      WalkBlock(train.text, b.toks, &starts, [&](const BoundaryCandidate& c) {
        float scores[2] = {0, 0};
        trainer.Score(c.features, c.n, scores);
        const int guess = scores[1] > scores[0] ? 1 : 0;
        const int truth = b.gold[c.j];
        trainer.Update(c.features, c.n, truth, guess);
        trainer.Tick();
        ++examples;
        errors += guess != truth;
        // Its own decision, not the gold one, becomes the history, as when
        // it runs.
        return guess == 1;
      });
    }
    auto impl = std::make_unique<SentenceModel::Impl>();
    impl->weights = trainer.Average(options.min_abs_weight);
    settings(impl.get());
    if (Status s = impl->Compile(); !s.ok()) return s;
    const SentenceModel probe(std::move(impl));
    const SentenceScore score = ScoreSplit(dev, &probe);
    log << "epoch " << epoch << ": " << examples << " candidates, " << errors
        << " training errors; dev sentence F1 " << Fixed(score.f1()) << " (" << score.matched
        << " of " << score.system << " system / " << score.gold << " gold)\n";
    if (score.f1() > best_f1) {
      best_f1 = score.f1();
      best_epoch = epoch;
      best = std::make_unique<SentenceModel::Impl>();
      best->weights = trainer.Average(options.min_abs_weight);
      settings(best.get());
    }
  }
  best->header = "dyad sentence splitter model (averaged perceptron over candidate junctions)\n"
                 "command: " + options.command_line + "\n" +
                 "train: " + ml::BaseName(options.train_path) + " (" +
                 std::to_string(train.sentences) + " sentences)\n" +
                 "dev: " + ml::BaseName(options.dev_path) + "\n" +
                 "data: Universal Dependencies English EWT, CC BY-SA 4.0\n" +
                 "seed: " + std::to_string(options.seed) + "\n" +
                 "epochs: " + std::to_string(options.epochs) + ", kept " +
                 std::to_string(best_epoch) + " (dev sentence F1 " + Fixed(best_f1) +
                 ", rules alone " + Fixed(rules_only.f1()) + ")\n" +
                 "date: " + ml::HeaderDate() + "\n";
  log << "kept epoch " << best_epoch << " (dev sentence F1 " << Fixed(best_f1) << "), "
      << best->weights.features() << " feature table slots\n";
  if (options.out_path.empty()) return Status::Ok();
  return best->Writer().Write(options.out_path);
}

}  // namespace dyad::tok
