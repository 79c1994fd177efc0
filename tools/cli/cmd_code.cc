// dyad code: read articles, code their sentences, write events.
#include <iostream>
#include <memory>

#include "commands.h"
#include "dyad/coder.h"
#include "dyad/document_coding.h"
#include "io/event_writer.h"

namespace dyad::cli {

int RunCode(int argc, char** argv) {
  CLI::App app{"Code news text into CAMEO events (who did what to whom).", "dyad code"};
  std::string format = "table";
  std::string date;
  std::string kind_name = "auto";
  std::vector<std::string> inputs;
  DictionaryFlags flags;
  app.add_option("--format", format, "output format: table, jsonl or tsv")
      ->check(CLI::IsMember({"table", "jsonl", "tsv"}))
      ->capture_default_str();
  app.add_option("--date", date, "date (YYYY-MM-DD) given to every document");
  AddDictionaryFlags(&app, &flags);
  AddPetrarchDictionaryFlags(&app, &flags);
  app.add_option("--kind", kind_name, "input kind: auto, text, tabari, jsonl or petrarch (XML records)")
      ->check(CLI::IsMember({"auto", "text", "tabari", "jsonl", "petrarch"}))
      ->capture_default_str();
  SyntaxFlags syntax_flags;
  AddSyntaxFlags(&app, &syntax_flags, /*default_on=*/true);
  std::string parse_mode;
  AddParseFlag(&app, &parse_mode);
  // News ends its sentences with punctuation, which the rules handle; the
  // learned model (trained on mail and web text) costs time on the hot path
  // and is opt-in here: --splitter models/splitter.bin.
  std::string splitter = "rules";
  AddSplitterFlag(&app, &splitter);
  bool trace = false;
  app.add_flag("--trace", trace,
               "print how each sentence was parsed (word types, clauses, actors) to stderr");
  app.add_option("inputs", inputs, "input files; '-' or none reads standard input")
      ->type_name("FILE");
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  EventFormat event_format = EventFormat::kTable;
  ParseEventFormat(format, &event_format);
  InputKind kind = InputKind::kAuto;
  ParseInputKind(kind_name, &kind);
  std::string date_override;
  if (!date.empty() && !NormalizeDate(date, &date_override)) {
    PrintError("--date: '" + date + "' is not a date (want YYYY-MM-DD)");
    return kExitUsage;
  }
  if (inputs.empty()) inputs.push_back("-");

  DictionarySet dictionaries;
  if (Status s = LoadDictionaries(flags, &dictionaries); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
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

  options.trace = trace;
  const ParseSource parse_source = ResolveParseSource(parse_mode, options);
  // Asked for given parses, the user hears once when a document has none.
  bool note_missing_parse = parse_mode == "given" && parse_source == ParseSource::kGiven;
  const Coder coder(dictionaries, syntax.get());
  std::unique_ptr<EventWriter> writer = EventWriter::Create(event_format, &std::cout);
  const auto code_document = [&](Document&& doc) {
    if (!date_override.empty()) doc.date = date_override;
    const PreparedParses parses = PrepareDocument(&doc, parse_source, splitter_model.get());
    if (!parses.problem.empty()) {
      PrintError("warning: " + doc.origin + ": " + doc.id + ": given parse not used (" +
                 parses.problem + "); coded over dyad's own parse");
    } else if (note_missing_parse && doc.given_parse.empty()) {
      PrintError("note: " + doc.origin + ": " + doc.id +
                 ": no given parse; this and any later document without one are coded over "
                 "dyad's own parse");
      note_missing_parse = false;
    }
    if (trace && parses.given) {
      const ParseAlignmentStats& a = parses.alignment;
      std::cerr << "# " << doc.id << ": given parse aligned: " << a.words << " words, "
                << a.words_found << " found, " << a.words_guessed << " guessed, " << a.words_dropped
                << " dropped; " << a.tokens_merged << " tokens merged, " << a.tokens_split
                << " split, " << a.tokens_unparsed << " unparsed\n";
    }
    CodeDocument(coder, doc, parses, options, [&](size_t i, CodingResult& result) {
      if (trace) {
        const char* parsed = parses.For(i) != nullptr ? "given parse"
                             : result.parsed          ? "own parse"
                                                      : "not parsed";
        std::cerr << "# " << doc.id << " sentence " << i << " (" << parsed
                  << "): " << doc.View(doc.sentences[i].span) << "\n"
                  << result.trace << "# " << result.events.size() << " event(s)"
                  << (result.reason.empty() ? "" : " (" + result.reason + ")") << "\n";
      }
      for (const Event& event : result.events) writer->Write(event);
    });
  };

  int rc = kExitOk;
  for (const std::string& input : inputs) {
    Diagnostics diagnostics;
    const Status s = ReadDocumentsFromFile(input, kind, code_document, &diagnostics);
    PrintDiagnostics(diagnostics);
    if (!s.ok()) {
      PrintError(s);
      rc = kExitFailure;
    }
  }
  writer->Finish();
  return rc;
}

}  // namespace dyad::cli
