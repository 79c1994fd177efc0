// dyad evaluate syntax: score the syntax models on a gold CoNLL-U treebank
// with the CoNLL 2018 shared task metrics (src/syntax/evaluate.h).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "dyad/syntax.h"
#include "dyad/tokenizer.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"

namespace dyad::cli {

namespace {

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

int RunEvaluate(int argc, char** argv) {
  CLI::App app{"Score dyad's syntax models on a gold CoNLL-U file (CoNLL 2018 metrics).",
               "dyad evaluate"};
  std::string what, gold_path, model_dir;
  bool gold_tokens = false;
  app.add_option("what", what, "what to evaluate: syntax")
      ->required()
      ->check(CLI::IsMember({"syntax"}));
  app.add_option("gold", gold_path, "gold CoNLL-U file")->required()->type_name("GOLD.conllu");
  app.add_flag("--gold-tokens", gold_tokens,
               "annotate the gold words (otherwise tokenize the gold file's raw text)");
  std::string parser;
  AddModelFlags(&app, &model_dir, &parser);
  std::string splitter, output_path;
  AddSplitterFlag(&app, &splitter);
  app.add_option("--output", output_path,
                 "also write the system's annotation as CoNLL-U to FILE, for error analysis")
      ->type_name("FILE");
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  std::unique_ptr<SyntaxModel> model;
  std::unique_ptr<SentenceModel> splitter_model;
  if (Status s = LoadSyntaxAndSplitter(model_dir, parser, splitter, &model, &splitter_model); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  std::vector<SyntaxSentence> gold;
  std::vector<std::string> diagnostics;
  if (Status s = syntax::ReadConlluFile(gold_path, &gold, &diagnostics); !s.ok()) {
    PrintError(s);
    return kExitFailure;
  }
  for (const std::string& d : diagnostics) PrintError(d);
  if (gold.empty()) {
    PrintError(gold_path + ": no sentences");
    return kExitFailure;
  }

  std::vector<SyntaxSentence> system;
  std::vector<std::vector<Span>> spans;
  syntax::TextLayout layout;
  if (gold_tokens) {
    for (const SyntaxSentence& g : gold) {
      SyntaxSentence s;
      s.words = g.words;
      s.space_after = g.space_after;
      system.push_back(std::move(s));
    }
  } else {
    syntax::ReconstructText(gold, &layout);
  }
  size_t words = 0;
  auto start = std::chrono::steady_clock::now();
  if (!gold_tokens) {
    Document doc;
    doc.text = layout.text;
    SplitAndTokenize(&doc, splitter_model.get());
    syntax::SentencesFromDocument(doc, &system, &spans);
  }
  model->Annotate(system);
  for (const SyntaxSentence& s : system) words += s.words.size();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!output_path.empty()) {
    std::ofstream out(output_path, std::ios::binary | std::ios::trunc);
    syntax::WriteConllu(system, out);
    if (!out) {
      PrintError(output_path + ": cannot write the system's CoNLL-U");
      return kExitFailure;
    }
  }

  syntax::SyntaxScores scores;
  Status st = gold_tokens ? syntax::EvaluateGoldTokens(gold, system, &scores)
                          : syntax::EvaluateRaw(gold, layout, system, spans, &scores);
  if (!st.ok()) {
    PrintError(st);
    return kExitFailure;
  }
  std::cout << "gold: " << gold_path << " (" << scores.gold_sentences << " sentences, "
            << scores.gold_words << " words), "
            << (gold_tokens ? "gold tokens" : "raw text through dyad's tokenizer")
            << (model->has_parser() ? "" : ", no parser model")
            << (gold_tokens ? ""
                : splitter_model ? ", sentence-boundary model"
                                 : ", sentence rules only")
            << '\n';
  if (scores.raw) {
    std::cout << "Tokens     F1 " << Fixed(scores.words_f1) << "  (" << scores.matched_words
              << " of " << scores.system_words << " system / " << scores.gold_words
              << " gold words)\n";
    std::cout << "Sentences  F1 " << Fixed(scores.sentences_f1) << "  ("
              << scores.matched_sentences << " of " << scores.system_sentences << " system / "
              << scores.gold_sentences << " gold)\n";
  }
  const char* kind = scores.raw ? "F1" : "  ";
  std::cout << "UPOS       " << kind << ' ' << Fixed(scores.upos) << '\n'
            << "XPOS       " << kind << ' ' << Fixed(scores.xpos) << '\n'
            << "LEMMA      " << kind << ' ' << Fixed(scores.lemma) << '\n'
            << "UAS        " << kind << ' ' << Fixed(scores.uas) << '\n'
            << "LAS        " << kind << ' ' << Fixed(scores.las) << '\n';
  std::cout << "speed: " << static_cast<long>(seconds > 0 ? words / seconds : 0)
            << " words/s (" << words << " words in " << Fixed(seconds) << " s, one thread"
            << (gold_tokens ? "" : ", tokenizing included") << ")\n";
  std::cout << "syntax: UPOS=" << Fixed(scores.upos) << " XPOS=" << Fixed(scores.xpos)
            << " LEMMA=" << Fixed(scores.lemma) << " UAS=" << Fixed(scores.uas)
            << " LAS=" << Fixed(scores.las) << '\n';
  return kExitOk;
}

}  // namespace dyad::cli
