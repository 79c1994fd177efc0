// dyad train splitter: the learned sentence-boundary model (models/splitter.bin)
// from a CoNLL-U treebank's raw text (src/tokenizer/sentence_model_train.h).
#include <iostream>

#include "commands.h"
#include "tokenizer/sentence_model_train.h"

namespace dyad::cli {

int RunTrainSplitter(int argc, char** argv) {
  CLI::App app{"Train dyad's sentence-boundary model on a CoNLL-U treebank's raw text.",
               "dyad train splitter"};
  std::string what;
  tok::SplitterTrainOptions options;
  app.add_option("model", what, "splitter")->required()->check(CLI::IsMember({"splitter"}));
  app.add_option("--train", options.train_path, "training treebank (CoNLL-U)")->required();
  app.add_option("--dev", options.dev_path, "development treebank (CoNLL-U), picks the epoch")
      ->required();
  app.add_option("--out", options.out_path, "model file to write, e.g. models/splitter.bin")
      ->required();
  app.add_option("--epochs", options.epochs, "training epochs")->capture_default_str();
  app.add_option("--seed", options.seed, "shuffling seed")->capture_default_str();
  app.add_option("--max-sentences", options.max_sentences,
                 "train on the first N sentences (0 = all)")
      ->capture_default_str();
  app.add_option("--min-weight", options.min_abs_weight,
                 "drop features whose averaged weights are all at most this")
      ->capture_default_str();
  app.add_option("--add-margin", options.add_margin,
                 "score margin needed to add a boundary the rules did not find")
      ->capture_default_str();
  app.add_option("--veto-margin", options.veto_margin,
                 "with --veto, score margin needed to remove a rule boundary")
      ->capture_default_str();
  bool not_after_closer = false;
  app.add_flag("--no-add-after-closer", not_after_closer,
               "never add a boundary the rules did not find right after a closing quote or "
               "square bracket");
  app.add_flag("--veto", options.veto, "let the model remove boundaries the rules found");
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;
  options.add_after_closer = !not_after_closer;
  // argv[0] is "train": the header records the whole command as typed.
  std::string line = "dyad";
  for (int i = 0; i < argc; ++i) line += std::string(" ") + argv[i];
  options.command_line = line;
  const Status status = tok::TrainSentenceModel(options, std::cerr);
  if (!status.ok()) {
    PrintError(status);
    return status.code() == Status::Code::kInvalidInput ? kExitUsage : kExitFailure;
  }
  return kExitOk;
}

}  // namespace dyad::cli
