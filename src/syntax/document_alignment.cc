// AlignParseToDocument (dyad/parse_alignment.h): a given parse carried onto
// a document that is one sentence, with PETRARCH's rule that the parse, not
// the text, is what gets coded.
#include <utility>

#include "dyad/parse_alignment.h"
#include "dyad/tokenizer.h"

namespace dyad {

Status AlignParseToDocument(const SyntaxSentence& parse, Document* doc, SyntaxSentence* out,
                            ParseAlignmentStats* stats) {
  if (doc->sentences.empty()) return Status::InvalidInput(doc->id + ": no sentence to align on");
  ParseAlignmentStats first_stats;
  const Status first = AlignParse(doc->text, doc->sentences[0].tokens, parse, out, &first_stats);
  // A parse whose every word is in the text transcribes it; one with words
  // the text lacks is of another sentence, and PETRARCH codes that: the
  // PETRARCH-1 suite's COMMA-11 has "a senior official said on Saturday"
  // in its parse where its text has "a clearly inebriated Bree official
  // said today"; GigaWord's PASSIVE_3 "The Russian building was demolished
  // by a Ukrainian protestor" over "The building was demolished by a
  // protestor."
  if (first.ok() && first_stats.words_dropped == 0 && first_stats.words_guessed == 0) {
    if (stats != nullptr) *stats = first_stats;
    return first;
  }
  const SyntaxSentence first_out = first.ok() ? *out : SyntaxSentence();
  Document words = *doc;
  words.text.clear();
  for (const std::string& word : parse.words) {
    if (!words.text.empty()) words.text.push_back(' ');
    words.text += word;
  }
  words.sentences.clear();
  words.single_unit = true;
  SplitAndTokenize(&words);
  ParseAlignmentStats second_stats;
  if (words.sentences.empty() ||
      !AlignParse(words.text, words.sentences[0].tokens, parse, out, &second_stats).ok()) {
    // The text stays, with what the first alignment made of it.
    if (first.ok()) *out = first_out;
    if (stats != nullptr) *stats = first_stats;
    return first;
  }
  if (stats != nullptr) *stats = second_stats;
  *doc = std::move(words);
  return Status::Ok();
}

}  // namespace dyad
