// Coding whole documents over given or own parses (dyad/document_coding.h).
#include "dyad/document_coding.h"

#include <utility>

#include "dyad/petrarch.h"
#include "dyad/tokenizer.h"

namespace dyad {

PreparedParses PrepareDocument(Document* doc, ParseSource source, const SentenceModel* splitter) {
  PreparedParses out;
  if (source == ParseSource::kGiven && !doc->given_parse.empty()) {
    SyntaxSentence given;
    if (Status s = SyntaxFromGivenParse(doc->given_parse, &given); !s.ok()) {
      out.problem = s.message();
    } else {
      // A parse is one tree, the record one sentence (PETRARCH's unit).
      const bool single_unit = doc->single_unit;
      doc->single_unit = true;
      doc->sentences.clear();
      SplitAndTokenize(doc, splitter);
      SyntaxSentence aligned;
      if (Status a = AlignParseToDocument(given, doc, &aligned, &out.alignment); a.ok()) {
        out.sentences.push_back(std::move(aligned));
        out.given = true;
        return out;
      } else {
        out.problem = a.message();
      }
      doc->single_unit = single_unit;
    }
  }
  doc->sentences.clear();
  SplitAndTokenize(doc, splitter);
  return out;
}

void CodeDocument(const Coder& coder, const Document& doc, const PreparedParses& parses,
                  const CodingOptions& options,
                  const std::function<void(size_t sentence, CodingResult& result)>& emit) {
  // The sentences of a document are one story: with FORWARD, a pronoun
  // that opens a sentence may stand for the previous sentence's actor.
  SentenceContext context;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    CodingResult result =
        coder.CodeSentence(doc, i, options, i > 0 ? &context : nullptr, parses.For(i));
    context.previous_first_actor = result.first_actor;
    for (Event& event : result.events) {
      // The coder fills these; defaults keep every output row complete.
      if (event.doc_id.empty()) event.doc_id = doc.id;
      event.sentence_index = i;
      if (event.sentence_text.empty()) {
        event.sentence_text = std::string(doc.View(doc.sentences[i].span));
      }
      if (event.date.empty()) event.date = result.date.empty() ? doc.date : result.date;
    }
    emit(i, result);
  }
}

}  // namespace dyad
