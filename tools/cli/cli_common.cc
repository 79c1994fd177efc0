#include <chrono>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "dyad/petrarch_options.h"

namespace dyad::cli {
namespace {

constexpr size_t kMaxWarnings = 10;

Status LoadEach(const std::vector<std::string>& paths, DictionarySet* set,
                Status (DictionarySet::*load)(const std::string&)) {
  for (const std::string& path : paths) {
    Status s = (set->*load)(path);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

void AddDictionaryFlags(CLI::App* app, DictionaryFlags* flags) {
  // One file per flag occurrence, so "--actors a.actors input.txt" does not
  // swallow the input file as a second dictionary.
  app->add_option("--actors", flags->actors, "actors dictionary (repeatable)")
      ->allow_extra_args(false)
      ->type_name("FILE");
  app->add_option("--verbs", flags->verbs, "verbs dictionary (repeatable)")
      ->allow_extra_args(false)
      ->type_name("FILE");
  app->add_option("--agents", flags->agents, "agents dictionary (repeatable)")
      ->allow_extra_args(false)
      ->type_name("FILE");
  app->add_option("--discards", flags->discards, "discards dictionary (repeatable)")
      ->allow_extra_args(false)
      ->type_name("FILE");
  app->add_option("--options", flags->options, "TABARI .options file")->type_name("FILE");
}

void AddPetrarchDictionaryFlags(CLI::App* app, DictionaryFlags* flags) {
  app->add_option("--dictionaries", flags->petrarch,
                  "PETRARCH dictionaries: a PETR_config.ini or a folder of dictionary files")
      ->type_name("DIR|CONFIG");
  app->add_option("--dictionary-dir", flags->petrarch_dirs,
                  "where else the files a PETRARCH config names are looked for (repeatable)")
      ->allow_extra_args(false)
      ->type_name("DIR");
}

Status LoadDictionaries(const DictionaryFlags& flags, DictionarySet* dictionaries) {
  Status s;
  const auto start = std::chrono::steady_clock::now();
  if (flags.any_dictionary()) {
    if (!flags.petrarch.empty()) {
      s = dictionaries->LoadPetrarchDictionaries(flags.petrarch, flags.petrarch_dirs);
      if (!s.ok()) return s;
    }
    s = LoadEach(flags.actors, dictionaries, &DictionarySet::LoadActorsFile);
    if (s.ok()) s = LoadEach(flags.agents, dictionaries, &DictionarySet::LoadAgentsFile);
    if (s.ok()) s = LoadEach(flags.verbs, dictionaries, &DictionarySet::LoadVerbsFile);
    if (s.ok()) s = LoadEach(flags.discards, dictionaries, &DictionarySet::LoadDiscardsFile);
  } else {
    s = LoadBundledDictionaries(dictionaries);
  }
  if (!s.ok()) return s;
  dictionaries->Finalize();
  if (!flags.petrarch.empty()) {
    // PETRARCH sets are large: say what was loaded and how long it took.
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const DictionaryCounts c = dictionaries->counts();
    std::cerr << "dyad: " << flags.petrarch << ": " << c.actors << " actors, " << c.agents
              << " agents, " << c.verbs << " verb entries, " << c.verb_patterns
              << " verb patterns, " << c.synsets << " synsets, " << c.discards << " discards, "
              << c.issues << " issues, " << c.transformations << " transformations, " << c.warnings
              << " warnings; loaded in " << seconds << " s\n";
  }
  const std::vector<std::string>& warnings = dictionaries->warnings();
  for (size_t i = 0; i < warnings.size() && i < kMaxWarnings; ++i) {
    std::cerr << "dyad: warning: " << warnings[i] << '\n';
  }
  if (warnings.size() > kMaxWarnings) {
    std::cerr << "dyad: warning: " << warnings.size() - kMaxWarnings
              << " more dictionary warnings not shown\n";
  }
  return Status::Ok();
}

Status LoadOptions(const DictionaryFlags& flags, const DictionarySet& dictionaries,
                   CodingOptions* options) {
  *options = DefaultCodingOptions(dictionaries);
  std::error_code ec;
  if (!flags.petrarch.empty() && std::filesystem::is_regular_file(flags.petrarch, ec)) {
    // A PETR_config.ini: its [Options] say how its dictionaries code.
    if (Status s = ApplyPetrarchConfigOptions(flags.petrarch, options); !s.ok()) return s;
  }
  if (flags.options.empty()) return Status::Ok();
  return LoadOptionsFile(flags.options, options);
}

Status LoadSyntaxModel(const std::string& model_dir, const std::string& parser,
                       std::unique_ptr<SyntaxModel>* model) {
  return SyntaxModel::Load(model_dir.empty() ? SyntaxModel::DefaultDir() : model_dir, model,
                           parser == "accurate" ? SyntaxModel::Parser::kAccurate
                                                : SyntaxModel::Parser::kFast);
}

void AddModelFlags(CLI::App* app, std::string* model_dir, std::string* parser) {
  app->add_option("--model-dir", *model_dir,
                  "directory with tagger.bin, parser.bin and parser-accurate.bin (default: the "
                  "bundled models)")
      ->type_name("DIR");
  app->add_option("--parser", *parser,
                  "fast: the greedy parser (parser.bin, default); accurate: the beam parser "
                  "(parser-accurate.bin), about 1 LAS point better and several times slower")
      ->check(CLI::IsMember({"fast", "accurate"}));
}

void AddSplitterFlag(CLI::App* app, std::string* splitter) {
  app->add_option("--splitter", *splitter,
                  "sentence-boundary model file, or 'rules' for the hand-written rules alone" +
                      std::string(splitter->empty()
                                      ? " (default: splitter.bin in the model directory, "
                                        "when present)"
                                      : " (default: " + *splitter + ")"))
      ->type_name("FILE|rules");
}

Status LoadSplitterModel(const std::string& splitter, const std::string& model_dir,
                         std::unique_ptr<SentenceModel>* model) {
  model->reset();
  if (splitter == "rules") return Status::Ok();
  if (splitter.empty()) {
    const std::string path = SentenceModel::DefaultPath(model_dir);
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Status::Ok();
    return SentenceModel::Load(path, model);
  }
  return SentenceModel::Load(splitter, model);
}

Status LoadSyntaxAndSplitter(const std::string& model_dir, const std::string& parser,
                             const std::string& splitter, std::unique_ptr<SyntaxModel>* model,
                             std::unique_ptr<SentenceModel>* splitter_model) {
  if (Status s = LoadSyntaxModel(model_dir, parser, model); !s.ok()) return s;
  return LoadSplitterModel(splitter, model_dir, splitter_model);
}

void AddSyntaxFlags(CLI::App* app, SyntaxFlags* flags, bool default_on) {
  app->add_option("--syntax", flags->mode,
                  std::string("on: source and target from dyad's dependency parse of the sentence; "
                              "off: TABARI's rules (default ") +
                      (default_on ? "on" : "off") + ")")
      ->check(CLI::IsMember({"on", "off"}));
  AddModelFlags(app, &flags->model_dir, &flags->parser);
}

Status ResolveSyntax(const SyntaxFlags& flags, bool default_on, CodingOptions* options,
                     std::unique_ptr<SyntaxModel>* model) {
  const bool on = flags.mode.empty() ? default_on : flags.mode == "on";
  options->attribution =
      on ? CodingOptions::Attribution::kSyntax : CodingOptions::Attribution::kTabari;
  if (!on) return Status::Ok();
  Status s = LoadSyntaxModel(flags.model_dir, flags.parser, model);
  if (s.ok() && !(*model)->has_parser()) {
    s = Status::NotFound("no parser model (parser.bin) next to the tagger in " +
                         (flags.model_dir.empty() ? SyntaxModel::DefaultDir() : flags.model_dir));
  }
  if (s.ok() || !flags.mode.empty()) return s;
  std::cerr << "dyad: warning: " << s.message() << "; coding with TABARI's rules (--syntax off)\n";
  model->reset();
  options->attribution = CodingOptions::Attribution::kTabari;
  return Status::Ok();
}

Status ResolveSuiteSyntax(const SyntaxFlags& flags, ValidationSettings* settings,
                          std::unique_ptr<SyntaxModel>* model) {
  if (!flags.mode.empty()) {
    CodingOptions forced;
    if (Status s = ResolveSyntax(flags, /*default_on=*/false, &forced, model); !s.ok()) return s;
    settings->attribution = forced.attribution;
  } else if (!flags.model_dir.empty() || !flags.parser.empty()) {
    if (Status s = LoadSyntaxModel(flags.model_dir, flags.parser, model); !s.ok()) return s;
  }
  settings->syntax = model->get();
  return Status::Ok();
}

void AddParseFlag(CLI::App* app, std::string* mode) {
  app->add_option("--parse", *mode,
                  "given (default): a document that carries a parse (PETRARCH XML <Parse>) is "
                  "coded over that parse, as PETRARCH does, the others over dyad's own parse; "
                  "own: dyad's own parse of the text for every document")
      ->check(CLI::IsMember({"given", "own"}));
}

ParseSource ResolveParseSource(const std::string& mode, const CodingOptions& options) {
  if (mode == "own" || options.attribution != CodingOptions::Attribution::kSyntax) {
    return ParseSource::kOwn;
  }
  return ParseSource::kGiven;
}

int ParseCommandLine(CLI::App* app, int argc, char** argv) {
  try {
    app->parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app->help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app->help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    PrintError(std::string(e.what()) + " (see '" + app->get_name() + " --help')");
    return kExitUsage;
  }
  return -1;
}

bool ParseInputKind(const std::string& name, InputKind* kind) {
  if (name == "auto") {
    *kind = InputKind::kAuto;
  } else if (name == "text") {
    *kind = InputKind::kPlainText;
  } else if (name == "tabari") {
    *kind = InputKind::kTabariRecords;
  } else if (name == "jsonl") {
    *kind = InputKind::kJsonLines;
  } else if (name == "petrarch") {
    *kind = InputKind::kPetrarchXml;
  } else {
    return false;
  }
  return true;
}

void PrintError(const std::string& message) { std::cerr << "dyad: " << message << '\n'; }

void PrintError(const Status& status) {
  // Messages already name the file and problem; the code's label only adds
  // information for the unusual kinds.
  switch (status.code()) {
    case Status::Code::kInvalidInput:
    case Status::Code::kIoError:
    case Status::Code::kNotFound:
      PrintError(status.message());
      break;
    default:
      PrintError(status.ToString());
  }
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const std::string& d : diagnostics) std::cerr << "dyad: " << d << '\n';
}

}  // namespace dyad::cli
