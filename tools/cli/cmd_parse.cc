// dyad parse: raw text in, CoNLL-U out (sentences, tokens, tags, lemmas and,
// with a parser model, dependency trees).
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "dyad/syntax.h"
#include "dyad/tokenizer.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"

namespace dyad::cli {

int RunParse(int argc, char** argv) {
  CLI::App app{"Tag, lemmatize and parse raw text; write CoNLL-U on standard output.",
               "dyad parse"};
  std::string model_dir, input = "-";
  std::string parser;
  AddModelFlags(&app, &model_dir, &parser);
  std::string splitter;
  AddSplitterFlag(&app, &splitter);
  app.add_option("input", input, "text file; '-' or none reads standard input")
      ->type_name("FILE");
  if (const int rc = ParseCommandLine(&app, argc, argv); rc >= 0) return rc;

  std::unique_ptr<SyntaxModel> model;
  std::unique_ptr<SentenceModel> splitter_model;
  if (Status s = LoadSyntaxAndSplitter(model_dir, parser, splitter, &model, &splitter_model); !s.ok()) {
    PrintError(s);
    return kExitUsage;
  }
  Document doc;
  if (input == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    doc.text = ss.str();
  } else {
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      PrintError(input + ": cannot open");
      return kExitFailure;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    doc.text = ss.str();
  }
  SplitAndTokenize(&doc, splitter_model.get());
  std::vector<SyntaxSentence> sentences;
  syntax::SentencesFromDocument(doc, &sentences, nullptr);
  model->Annotate(sentences);
  for (const SyntaxSentence& s : sentences) syntax::WriteConlluSentence(s, std::cout);
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailure;
}

}  // namespace dyad::cli
