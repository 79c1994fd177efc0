// dyad code: read articles, code their sentences, write events.
#include <iostream>
#include <memory>

#include "commands.h"
#include "dyad/coder.h"
#include "dyad/tokenizer.h"
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
  if (Status s = LoadOptions(flags, &options); !s.ok()) {
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
  const Coder coder(dictionaries, syntax.get());
  std::unique_ptr<EventWriter> writer = EventWriter::Create(event_format, &std::cout);
  const auto code_document = [&](Document&& doc) {
    if (!date_override.empty()) doc.date = date_override;
    SplitAndTokenize(&doc, splitter_model.get());
    // The sentences of a document are one story: with FORWARD, a pronoun
    // that opens a sentence may stand for the previous sentence's actor.
    SentenceContext context;
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      CodingResult result = coder.CodeSentence(doc, i, options, i > 0 ? &context : nullptr);
      context.previous_first_actor = result.first_actor;
      if (trace) {
        std::cerr << "# " << doc.id << " sentence " << i << ": "
                  << doc.View(doc.sentences[i].span) << "\n"
                  << result.trace << "# " << result.events.size() << " event(s)"
                  << (result.reason.empty() ? "" : " (" + result.reason + ")") << "\n";
      }
      for (Event& event : result.events) {
        // The coder fills these; defaults keep every output row complete.
        if (event.doc_id.empty()) event.doc_id = doc.id;
        event.sentence_index = i;
        if (event.sentence_text.empty()) {
          event.sentence_text = std::string(doc.View(doc.sentences[i].span));
        }
        if (event.date.empty()) event.date = result.date.empty() ? doc.date : result.date;
        writer->Write(event);
      }
    }
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
