// The subcommands of the `dyad` command line, one file each (cmd_*.cc), and
// the helpers they share (cli_common.cc).
//
// Each Run* function receives the arguments after "dyad", so argv[0] is the
// subcommand name, parses them with CLI11 and returns the process exit code:
// 0 success, 1 when an input could not be read or a check failed, 2 on
// usage, dictionary or configuration errors. They print "dyad: <message>"
// on stderr and never let an exception escape.
//
// Thread safety: single-threaded; they use std::cout and std::cerr.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/document_coding.h"
#include "dyad/options.h"
#include "dyad/sentence_model.h"
#include "dyad/reader.h"
#include "dyad/status.h"
#include "dyad/syntax.h"
#include "dyad/validate.h"

namespace dyad::cli {

inline constexpr char kVersion[] = "0.1.0";  // keep in step with project(VERSION) in CMakeLists.txt

int RunCode(int argc, char** argv);
int RunValidate(int argc, char** argv);
int RunBench(int argc, char** argv);
int RunTrain(int argc, char** argv);
int RunTrainSplitter(int argc, char** argv);  // "train splitter" (cmd_train_splitter.cc)
int RunParse(int argc, char** argv);
int RunEvaluate(int argc, char** argv);

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Dictionary and option files named on the command line.
struct DictionaryFlags {
  std::vector<std::string> actors, verbs, agents, discards;
  std::string options;
  // --dictionaries: a PETRARCH config or a folder of PETRARCH dictionaries,
  // loaded before the files above; --dictionary-dir: where else a config's
  // files are looked for.
  std::string petrarch;
  std::vector<std::string> petrarch_dirs;

  bool any_dictionary() const {
    return !actors.empty() || !verbs.empty() || !agents.empty() || !discards.empty() ||
           !petrarch.empty();
  }
};

void AddDictionaryFlags(CLI::App* app, DictionaryFlags* flags);
// --dictionaries DIR|CONFIG and --dictionary-dir DIR (PETRARCH sets).
void AddPetrarchDictionaryFlags(CLI::App* app, DictionaryFlags* flags);

// Loads exactly the files named, or dyad's bundled dictionaries when none
// is, then finalizes. Prints warnings (capped) on stderr.
Status LoadDictionaries(const DictionaryFlags& flags, DictionarySet* dictionaries);

// The options `dictionaries` are meant to be coded with (PETRARCH's
// semantics for PETRARCH verbs, DefaultCodingOptions), then the [Options]
// of the PETR_config.ini --dictionaries names, then the --options file.
Status LoadOptions(const DictionaryFlags& flags, const DictionarySet& dictionaries,
                   CodingOptions* options);

// The syntax models in `model_dir`, or in SyntaxModel::DefaultDir() when empty.
// `parser` is "fast" (or empty) or "accurate" (SyntaxModel::Parser).
Status LoadSyntaxModel(const std::string& model_dir, const std::string& parser,
                       std::unique_ptr<SyntaxModel>* model);

// --model-dir DIR and --parser fast|accurate (LoadSyntaxModel's arguments).
void AddModelFlags(CLI::App* app, std::string* model_dir, std::string* parser);

// --splitter FILE|rules: the learned sentence-boundary model. When *splitter
// is empty, splitter.bin in the model directory (`model_dir`, or the bundled
// one); a non-empty *splitter is the default shown in the help.
void AddSplitterFlag(CLI::App* app, std::string* splitter);

// Loads the splitter model named by --splitter. "rules" leaves *model empty
// (the rules alone), and so does a default model file that does not exist:
// the splitter works without one. A file that exists but cannot be read, or
// a missing file named explicitly, is an error.
Status LoadSplitterModel(const std::string& splitter, const std::string& model_dir,
                         std::unique_ptr<SentenceModel>* model);

// The syntax models and the splitter model of `dyad parse` and `dyad
// evaluate syntax`: LoadSyntaxModel then LoadSplitterModel.
Status LoadSyntaxAndSplitter(const std::string& model_dir, const std::string& parser,
                             const std::string& splitter,
                             std::unique_ptr<SyntaxModel>* model,
                             std::unique_ptr<SentenceModel>* splitter_model);

// --syntax on|off (source and target from a dependency parse or by TABARI's
// rules) and --model-dir.
struct SyntaxFlags {
  std::string mode;  // "on", "off", or empty when not given
  std::string model_dir;
  std::string parser;  // --parser: "fast", "accurate" or empty (fast)
};

void AddSyntaxFlags(CLI::App* app, SyntaxFlags* flags, bool default_on);

// Sets options->attribution from --syntax (`default_on` when not given) and
// loads the models when it is on. When on only by default and the models
// cannot be loaded, warns and keeps TABARI's rules; an explicit --syntax on
// then fails.
Status ResolveSyntax(const SyntaxFlags& flags, bool default_on, CodingOptions* options,
                     std::unique_ptr<SyntaxModel>* model);

// For validation suites, whose options decide by default: --syntax, when
// given, overrides them; --model-dir names the models used for parsing.
Status ResolveSuiteSyntax(const SyntaxFlags& flags, ValidationSettings* settings,
                          std::unique_ptr<SyntaxModel>* model);

// --parse given|own: what a document that carries a parse (PETRARCH XML) is
// coded over. `mode` stays empty when the flag is not given.
void AddParseFlag(CLI::App* app, std::string* mode);

// The parse source for --parse `mode` (empty: given) under `options`: a
// given parse is read only under syntax attribution.
ParseSource ResolveParseSource(const std::string& mode, const CodingOptions& options);

// Parses argv with `app`. Returns -1 to go on, or the exit code to return
// now (0 after --help, kExitUsage after a usage error, already reported).
int ParseCommandLine(CLI::App* app, int argc, char** argv);

bool ParseInputKind(const std::string& name, InputKind* kind);

// "dyad: <message>" on stderr.
void PrintError(const std::string& message);
void PrintError(const Status& status);
void PrintDiagnostics(const Diagnostics& diagnostics);

}  // namespace dyad::cli
