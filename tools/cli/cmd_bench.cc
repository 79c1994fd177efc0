// dyad bench: measure coding speed on files, or on a validation suite.
//
// Only coding is timed: reading and tokenizing happen once beforehand, so
// the numbers describe the coder and dictionaries, not the disk.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "dyad/coder.h"
#include "dyad/document_coding.h"
#include "dyad/validate.h"

namespace dyad::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double PeakRssMegabytes() {
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

void PrintRate(const char* label, double count, double seconds) {
  std::printf("%-18s %.0f\n", label, seconds > 0 ? count / seconds : 0.0);
}

int BenchSuite(const std::string& suite, int repeat, const ValidationSettings& settings) {
  ValidationReport total;
  const Clock::time_point start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    std::ostream null_stream(nullptr);  // discards the per-record lines
    ValidationReport report;
    if (Status s = RunValidation(suite, null_stream, &report, settings); !s.ok()) {
      PrintError(s);
      return kExitUsage;
    }
    total.passed = report.passed;
    total.failed = report.failed;
    total.sentences += report.sentences;
    total.words += report.words;
    total.seconds += report.seconds;
  }
  const double wall = SecondsSince(start);
  std::printf("suite              %s\n", suite.c_str());
  std::printf("repeats            %d\n", repeat);
  std::printf("records            %zu passed, %zu failed\n", total.passed, total.failed);
  std::printf("sentences          %zu\n", total.sentences / static_cast<size_t>(repeat));
  std::printf("words              %zu\n", total.words / static_cast<size_t>(repeat));
  std::printf("coding seconds     %.4f\n", total.seconds);
  std::printf("setup seconds      %.4f (dictionaries and reading, all repeats)\n",
              wall > total.seconds ? wall - total.seconds : 0.0);
  PrintRate("sentences/s", static_cast<double>(total.sentences), total.seconds);
  PrintRate("words/s", static_cast<double>(total.words), total.seconds);
  std::printf("peak RSS MB        %.1f\n", PeakRssMegabytes());
  return kExitOk;
}

int BenchFiles(const std::vector<std::string>& inputs, const DictionaryFlags& flags,
               const SyntaxFlags& syntax_flags, const std::string& parse_mode,
               const std::string& splitter, int repeat) {
  const Clock::time_point load_start = Clock::now();
  DictionarySet dictionaries;
  if (Status s = LoadDictionaries(flags, &dictionaries); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  const double load_seconds = SecondsSince(load_start);
  CodingOptions options;
  if (Status s = LoadOptions(flags, dictionaries, &options); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  std::unique_ptr<SyntaxModel> syntax;
  if (Status s = ResolveSyntax(syntax_flags, /*default_on=*/true, &options, &syntax); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }

  std::unique_ptr<SentenceModel> splitter_model;
  if (Status s = LoadSplitterModel(splitter, syntax_flags.model_dir, &splitter_model); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }

  std::vector<Document> documents;
  int rc = kExitOk;
  for (const std::string& input : inputs) {
    Diagnostics diagnostics;
    const Status s = ReadDocumentsFromFile(
        input, InputKind::kAuto, [&](Document&& doc) { documents.push_back(std::move(doc)); },
        &diagnostics);
    PrintDiagnostics(diagnostics);
    if (!s.ok()) {
      PrintError(s);
      rc = kExitFailure;
    }
  }
  // Splitting, tokenizing and readying the given parses (reading the
  // Treebank or CoNLL-U, aligning it onto the tokens) happen once, apart
  // from coding: the parse is the input, as it is to PETRARCH.
  const ParseSource parse_source = ResolveParseSource(parse_mode, options);
  std::vector<PreparedParses> prepared;
  prepared.reserve(documents.size());
  size_t sentences = 0, words = 0, given = 0, unusable = 0;
  const Clock::time_point split_start = Clock::now();
  for (Document& doc : documents) {
    prepared.push_back(PrepareDocument(&doc, parse_source, splitter_model.get()));
  }
  const double split_seconds = SecondsSince(split_start);
  for (size_t d = 0; d < documents.size(); ++d) {
    given += prepared[d].given ? 1 : 0;
    unusable += prepared[d].problem.empty() ? 0 : 1;
    sentences += documents[d].sentences.size();
    for (const Sentence& sentence : documents[d].sentences) {
      for (const Token& token : sentence.tokens) {
        if (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber) ++words;
      }
    }
  }

  const Coder coder(dictionaries, syntax.get());
  size_t events = 0, parsed = 0;
  const Clock::time_point start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (size_t d = 0; d < documents.size(); ++d) {
      CodeDocument(coder, documents[d], prepared[d], options, [&](size_t, CodingResult& result) {
        events += result.events.size();
        parsed += result.parsed ? 1 : 0;
      });
    }
  }
  const double seconds = SecondsSince(start);
  const double reps = static_cast<double>(repeat);
  std::printf("dictionaries       %.4f s to load (%zu actors, %zu verb patterns)\n", load_seconds,
              dictionaries.actor_count(), dictionaries.verb_pattern_count());
  std::printf("repeats            %d\n", repeat);
  std::printf("documents          %zu\n", documents.size());
  std::printf("sentences          %zu\n", sentences);
  std::printf("words              %zu\n", words);
  std::printf("events             %zu\n", events / static_cast<size_t>(repeat));
  std::printf("syntax             %s (%zu sentences parsed, %zu over a given parse)\n",
              options.attribution == CodingOptions::Attribution::kSyntax ? "on" : "off",
              parsed / static_cast<size_t>(repeat), given);
  if (unusable > 0) std::printf("given parses       %zu not usable\n", unusable);
  std::printf("splitting seconds  %.4f (sentences, tokens and given parses, %s, once)\n",
              split_seconds, splitter_model != nullptr ? "learned splitter" : "rules");
  std::printf("coding seconds     %.4f\n", seconds);
  PrintRate("sentences/s", static_cast<double>(sentences) * reps, seconds);
  PrintRate("words/s", static_cast<double>(words) * reps, seconds);
  std::printf("peak RSS MB        %.1f\n", PeakRssMegabytes());
  return rc;
}

}  // namespace

int RunBench(int argc, char** argv) {
  CLI::App app{"Measure coding speed on input files or on a validation suite.", "dyad bench"};
  int repeat = 1;
  std::string suite;
  std::vector<std::string> inputs;
  DictionaryFlags flags;
  app.add_option("--repeat", repeat, "times to code the input")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  app.add_option("--suite", suite,
                 "time a validation suite (TABARI .project or PETRARCH records .xml) instead of "
                 "files")
      ->type_name("SUITE");
  AddDictionaryFlags(&app, &flags);
  AddPetrarchDictionaryFlags(&app, &flags);
  // As in dyad code: the rules unless a model is named.
  std::string splitter = "rules";
  AddSplitterFlag(&app, &splitter);
  // On by default for files (as dyad code), off for --suite (as dyad validate).
  SyntaxFlags syntax_flags;
  AddSyntaxFlags(&app, &syntax_flags, /*default_on=*/true);
  std::string parse_mode;
  AddParseFlag(&app, &parse_mode);
  app.add_option("inputs", inputs, "input files ('-' is standard input)")->type_name("FILE");
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  if (!suite.empty()) {
    if (!inputs.empty() || flags.any_dictionary() || !flags.options.empty()) {
      PrintError("--suite takes its files from the .project; give no inputs or dictionaries");
      return kExitUsage;
    }
    ValidationSettings settings;
    // PETRARCH suites: their given parses (default) or dyad's own.
    if (parse_mode == "own") settings.parse = ValidationSettings::Parse::kOwn;
    std::unique_ptr<SyntaxModel> syntax;
    if (Status s = ResolveSuiteSyntax(syntax_flags, &settings, &syntax); !s.ok()) {
      PrintError(s);
      return kExitUsage;
    }
    return BenchSuite(suite, repeat, settings);
  }
  if (inputs.empty()) {
    PrintError("bench needs input files or --suite PROJECT (see 'dyad bench --help')");
    return kExitUsage;
  }
  return BenchFiles(inputs, flags, syntax_flags, parse_mode, splitter, repeat);
}

}  // namespace dyad::cli
