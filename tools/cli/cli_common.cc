#include <iostream>

#include "commands.h"

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

Status LoadDictionaries(const DictionaryFlags& flags, DictionarySet* dictionaries) {
  Status s;
  if (flags.any_dictionary()) {
    s = LoadEach(flags.actors, dictionaries, &DictionarySet::LoadActorsFile);
    if (s.ok()) s = LoadEach(flags.agents, dictionaries, &DictionarySet::LoadAgentsFile);
    if (s.ok()) s = LoadEach(flags.verbs, dictionaries, &DictionarySet::LoadVerbsFile);
    if (s.ok()) s = LoadEach(flags.discards, dictionaries, &DictionarySet::LoadDiscardsFile);
  } else {
    s = LoadBundledDictionaries(dictionaries);
  }
  if (!s.ok()) return s;
  dictionaries->Finalize();
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

Status LoadOptions(const DictionaryFlags& flags, CodingOptions* options) {
  *options = CodingOptions();
  if (flags.options.empty()) return Status::Ok();
  return LoadOptionsFile(flags.options, options);
}

Status LoadSyntaxModel(const std::string& model_dir, std::unique_ptr<SyntaxModel>* model) {
  return SyntaxModel::Load(model_dir.empty() ? SyntaxModel::DefaultDir() : model_dir, model);
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
