// Syntax: part-of-speech tags, lemmas and a labelled dependency tree for the
// tokens of a sentence, and the model that produces them.
//
// A SyntaxModel bundles dyad's own statistical models (trained by `dyad
// train` on Universal Dependencies English EWT): a tagger (UPOS and Penn
// XPOS), a lemmatizer, and a transition-based dependency parser. Models are
// read from binary files under models/ (format: doc/model_format.md).
//
// Ownership and thread safety: a loaded SyntaxModel is immutable; share one
// instance (const) between any number of threads. Annotate() keeps its
// scratch space per thread.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// The syntax of one token, CoNLL-U style. `head` is 1-based; 0 is the root;
// -1 means not parsed.
struct TokenSyntax {
  std::string upos;
  std::string xpos;
  std::string lemma;
  int head = -1;
  std::string deprel;
};

// One sentence as plain words with (optionally) their syntax: the unit the
// tagger, parser, CoNLL-U reader/writer and evaluator work on.
struct SyntaxSentence {
  std::vector<std::string> comments;  // CoNLL-U lines starting with '#', without the '#'
  std::vector<std::string> words;
  std::vector<TokenSyntax> syntax;    // same length as words once annotated
  std::vector<bool> space_after;      // false where CoNLL-U says SpaceAfter=No
};

class SyntaxModel {
 public:
  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  // Which of a model directory's parsers to use.
  enum class Parser {
    kFast,      // parser.bin (optional): greedy, tagging + parsing ~100 k words/s
    kAccurate,  // parser-accurate.bin (required): a beam over a globally trained
                // model; about 1 LAS point better and ~5 times slower (README)
  };
  // Loads the models in `dir`: tagger.bin and the chosen parser.
  static Status Load(const std::string& dir, std::unique_ptr<SyntaxModel>* out,
                     Parser parser = Parser::kFast);

  // The bundled model directory: $DYAD_MODEL_DIR, else models/ next to the
  // executable or in the source tree.
  static std::string DefaultDir();

  // Tags, lemmatizes and (when a parser is loaded) parses `s` in place.
  void Annotate(SyntaxSentence* s) const;

  // The same for a batch (a document, say): tags all of them first, then
  // parses them. The tagger's and the parser's weight tables are too large
  // to share the cache and each evicts the other: on Wikinews, an article
  // at a time ran ~3% faster than a sentence at a time, all of it in one
  // batch ~7% (BM_TaggerAndParserBatch; README, speed).
  void Annotate(std::span<SyntaxSentence> sentences) const;

  bool has_parser() const;

  struct Impl;

 private:
  explicit SyntaxModel(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
