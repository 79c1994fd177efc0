// dyad train tagger|parser: rebuild the statistical syntax models from a
// CoNLL-U treebank (Universal Dependencies English EWT for the bundled ones).
#include <iostream>

#include "commands.h"
#include "parser/parser.h"
#include "syntax/tagger.h"

namespace dyad::cli {

namespace {

std::string CommandLine(int argc, char** argv) {
  std::string line = "dyad";
  for (int i = 0; i < argc; ++i) {
    line += ' ';
    line += argv[i];
  }
  return line;
}

}  // namespace

int RunTrain(int argc, char** argv) {
  CLI::App app{"Train dyad's tagger/lemmatizer or dependency parser on CoNLL-U.", "dyad train"};
  std::string what, train, dev, out;
  int epochs = 0;
  uint64_t seed = 1;
  size_t max_sentences = 0;
  parser::ParserTrainOptions defaults;
  int tagger_folds = defaults.tagger_folds, tagger_epochs = defaults.tagger_epochs;
  int bags = 0;
  std::string tags_cache;
  float min_abs_weight = -1;
  app.add_option("model", what, "which model: tagger or parser")
      ->required()
      ->check(CLI::IsMember({"tagger", "parser"}));
  app.add_option("--train", train, "training treebank (CoNLL-U)")->required();
  app.add_option("--dev", dev, "development treebank (CoNLL-U), picks the epoch")->required();
  app.add_option("--out", out, "model file to write, e.g. models/tagger.bin")->required();
  app.add_option("--epochs", epochs, "training epochs (default: tagger 20, parser 15)");
  app.add_option("--seed", seed, "shuffling seed")->capture_default_str();
  app.add_option("--bags", bags,
                 "models trained with seeds seed, seed+1, ... whose weights are averaged "
                 "(default 1)");
  app.add_option("--min-abs-weight", min_abs_weight,
                 "averaged weights smaller than this are dropped (default: tagger 0.75, parser 1)");
  app.add_option("--max-sentences", max_sentences, "train on the first N sentences (0 = all)")
      ->capture_default_str();
  app.add_option("--tagger-folds", tagger_folds,
                 "parser: train on tags of N jackknifed taggers (0 = gold tags)")
      ->capture_default_str();
  app.add_option("--tagger-epochs", tagger_epochs, "parser: epochs of each jackknifed tagger")
      ->capture_default_str();
  app.add_option("--tags-cache", tags_cache,
                 "parser: directory caching the jackknifed tags between runs, for "
                 "experiments (clear it when the tagger changes)");
  bool non_monotonic = false;
  app.add_flag("--non-monotonic", non_monotonic,
               "parser: let LEFT-ARC replace a head and REDUCE attach a headless word to the "
               "one below (repairs of earlier mistakes; doc/model_format.md)");
  double tag_noise = 0;
  app.add_option("--tag-noise", tag_noise,
                 "parser: probability that a training word's tag is swapped for another tag "
                 "its form has in the treebank, each epoch (default 0)")
      ->check(CLI::Range(0.0, 1.0));
  int beam = 1;
  app.add_option("--beam", beam,
                 "parser: beam width; above 1, a globally trained model decoded with a beam "
                 "(more accurate, slower; default 1: greedy)")
      ->check(CLI::Range(1, 1000));
  int decode_beam = 0;
  app.add_option("--decode-beam", decode_beam,
                 "parser: the beam the model decodes with (default: --beam's)")
      ->check(CLI::Range(1, 1000));
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  Status status;
  if (what == "tagger") {
    syntax::TaggerTrainOptions options;
    options.train_path = train;
    options.dev_path = dev;
    options.out_path = out;
    options.epochs = epochs > 0 ? epochs : 20;
    options.seed = seed;
    if (bags > 0) options.bags = bags;
    if (min_abs_weight >= 0) options.min_abs_weight = min_abs_weight;
    options.max_sentences = max_sentences;
    options.command_line = CommandLine(argc, argv);
    status = syntax::TrainTagger(options, std::cerr);
  } else {
    parser::ParserTrainOptions options;
    options.train_path = train;
    options.dev_path = dev;
    options.out_path = out;
    if (epochs > 0) options.epochs = epochs;
    options.seed = seed;
    options.max_sentences = max_sentences;
    options.tagger_folds = tagger_folds;
    options.tagger_epochs = tagger_epochs;
    if (bags > 0) options.bags = bags;
    options.tags_cache = tags_cache;
    options.non_monotonic = non_monotonic;
    options.tag_noise = tag_noise;
    options.beam = beam;
    options.decode_beam = decode_beam;
    if (min_abs_weight >= 0) options.prune_below = static_cast<float>(min_abs_weight);
    options.command_line = CommandLine(argc, argv);
    status = parser::TrainParser(options, std::cerr);
  }
  if (!status.ok()) {
    PrintError(status);
    return status.code() == Status::Code::kInvalidInput ? kExitUsage : kExitFailure;
  }
  return kExitOk;
}

}  // namespace dyad::cli
