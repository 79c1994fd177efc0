// Coding a whole document: its sentences in order as one story, each over a
// dependency parse that came with the input (a PETRARCH record's <Parse>,
// Document::given_parse) or over dyad's own parse of the text.
//
// PETRARCH codes the parse of a record, not its text (the <Text> is "used
// only for the display"), and a record's parse is one tree: a document with
// a given parse is therefore one sentence. Readying that parse (reading the
// Treebank or CoNLL-U, aligning it onto dyad's tokens) is done once by
// PrepareDocument, apart from coding, so `dyad bench` can time the two
// separately; CodeDocument then codes the prepared document.
//
// Thread safety: stateless functions; CodeDocument is const on the Coder
// and may run on many threads at once (on different documents).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/document.h"
#include "dyad/options.h"
#include "dyad/parse_alignment.h"
#include "dyad/sentence_model.h"
#include "dyad/syntax.h"

namespace dyad {

// Where the parse of a sentence comes from under syntax attribution.
// kGiven: the document's given parse when it has one, dyad's parser
// otherwise. kOwn: always dyad's parser (the given parse is ignored).
enum class ParseSource { kGiven, kOwn };

// What PrepareDocument made for the coder.
struct PreparedParses {
  // One per sentence of the document when the given parse is used (then
  // exactly one), else empty: the coder's own parser parses.
  std::vector<SyntaxSentence> sentences;
  // The given parse was read and aligned and is used.
  bool given = false;
  // Why a given parse is not used (cannot be read, or does not fit the
  // text: "file:line:col: problem"); empty otherwise.
  std::string problem;
  ParseAlignmentStats alignment;

  // The parse for sentence `i`, or null when the coder is to parse it.
  const SyntaxSentence* For(size_t i) const {
    return i < sentences.size() ? &sentences[i] : nullptr;
  }
};

// Splits and tokenizes `doc` (with `splitter`, which may be null: the
// rules alone). Under kGiven, a document with a given parse is split as one
// sentence and the parse is converted (SyntaxFromGivenParse) and aligned
// onto its tokens (AlignParseToDocument, which may replace the text by the
// parse's words); a parse that cannot be read or aligned is not used, the
// document is split as usual and `problem` says why.
PreparedParses PrepareDocument(Document* doc, ParseSource source,
                               const SentenceModel* splitter = nullptr);

// Codes every sentence of a prepared document in order, the previous
// sentence's first actor carried to the next (FORWARD), and calls `emit`
// with each sentence's index and result. The events come complete: doc id,
// sentence index, sentence text and date filled where the coder left them
// empty.
void CodeDocument(const Coder& coder, const Document& doc, const PreparedParses& parses,
                  const CodingOptions& options,
                  const std::function<void(size_t sentence, CodingResult& result)>& emit);

}  // namespace dyad
