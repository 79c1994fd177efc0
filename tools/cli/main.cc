// dyad: command-line front end. Dispatches on the first argument to the
// subcommands in cmd_*.cc (the layout fastText uses), so each subcommand
// owns its flags and help.
#include <cstring>
#include <exception>
#include <iostream>

#include "commands.h"

namespace {

constexpr char kUsage[] =
    "usage: dyad <command> [options]\n"
    "\n"
    "Codes news text into CAMEO political events (who did what to whom).\n"
    "\n"
    "commands:\n"
    "  code      code text files (plain, TABARI records, JSON Lines) into events\n"
    "  validate  run a TABARI validation suite (.project) and report pass/fail\n"
    "  bench     measure coding speed on files or on a suite\n"
    "  parse     tag, lemmatize and parse raw text into CoNLL-U\n"
    "  evaluate  score the syntax models on a CoNLL-U treebank (evaluate syntax)\n"
    "  train     train the tagger, the parser or the sentence splitter\n"
    "            (train tagger|parser|splitter)\n"
    "\n"
    "  dyad <command> --help   options of a command\n"
    "  dyad --version          version\n";

int Dispatch(int argc, char** argv) {
  using namespace dyad::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const char* command = argv[1];
  if (std::strcmp(command, "code") == 0) return RunCode(argc - 1, argv + 1);
  if (std::strcmp(command, "validate") == 0) return RunValidate(argc - 1, argv + 1);
  if (std::strcmp(command, "bench") == 0) return RunBench(argc - 1, argv + 1);
  if (std::strcmp(command, "parse") == 0) return RunParse(argc - 1, argv + 1);
  if (std::strcmp(command, "evaluate") == 0) return RunEvaluate(argc - 1, argv + 1);
  // The splitter's trainer has its own file and flags; the syntax models'
  // trainer (cmd_train.cc) handles the rest.
  if (std::strcmp(command, "train") == 0 && argc > 2 && std::strcmp(argv[2], "splitter") == 0)
    return RunTrainSplitter(argc - 1, argv + 1);
  if (std::strcmp(command, "train") == 0) return RunTrain(argc - 1, argv + 1);
  if (std::strcmp(command, "--help") == 0 || std::strcmp(command, "-h") == 0 ||
      std::strcmp(command, "help") == 0) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (std::strcmp(command, "--version") == 0 || std::strcmp(command, "version") == 0) {
    std::cout << "dyad " << kVersion << '\n';
    return kExitOk;
  }
  PrintError(std::string("unknown command '") + command + "' (see 'dyad --help')");
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // The library does not throw; this guards the CLI's own use of the
  // standard library (bad_alloc, filesystem) so a user never sees a crash.
  try {
    return Dispatch(argc, argv);
  } catch (const std::exception& e) {
    dyad::cli::PrintError(std::string("internal error: ") + e.what());
  } catch (...) {
    dyad::cli::PrintError("internal error");
  }
  return dyad::cli::kExitUsage;
}
