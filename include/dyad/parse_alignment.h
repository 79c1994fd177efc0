// Parse alignment: a dependency parse made over another tokenizer's words
// (CoreNLP's in PETRARCH records, UDPipe's in CoNLL-U) carried onto the
// tokens of a dyad sentence, so the coder can read a given parse as if dyad
// had parsed its own tokens.
//
// Tokenizers disagree on the same text: CoreNLP writes "(" as -LRB-, quotes
// as `` and '', keeps "al-Assad" whole where dyad splits at the hyphen,
// splits "cannot" and drops the period that ends a sentence after "U.S.".
// Alignment is by character offsets: each parse word is found in the text in
// order (with those spellings treated as equal), a word that cannot be found
// takes the unexplained text between its found neighbours, and then tokens
// and words that overlap form groups:
//   one token, one word        the token takes the word's syntax;
//   one token, several words   the token takes the syntax of the group's
//                              head word (the one nearest the root);
//   several tokens, one word   (or a crossing) the last non-punctuation
//                              token takes it, the others hang from that one
//                              as compound (punct for punctuation);
//   a token no word covers     hangs from its neighbour as punct / dep.
// Heads are carried through the groups; a word left out (found nowhere)
// passes its dependents on to its own head. The result is a tree over the
// tokens: cycles that grouping could create are broken at the root.
//
// Thread safety: stateless functions on plain values.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad {

// How an alignment went, for traces and tests.
struct ParseAlignmentStats {
  size_t words = 0;            // parse words
  size_t words_found = 0;      // found in the text where expected
  size_t words_guessed = 0;    // placed in the gap between found neighbours
  size_t words_dropped = 0;    // in no token (their dependents re-attached)
  size_t tokens_merged = 0;    // tokens covering several words
  size_t tokens_split = 0;     // extra tokens of a word covering several tokens
  size_t tokens_unparsed = 0;  // tokens no word covers
};

// Finds each of `words` in `text` in order, from `from`: spans[i] is the
// byte span of words[i], empty (begin == end) when it was not found.
std::vector<Span> LocateWords(std::string_view text, size_t from,
                              const std::vector<std::string>& words);

// Carries `parse` (words with syntax) onto `tokens` (spans into `text`).
// `out` gets one word per token (the token's text) with upos, xpos, lemma,
// head and deprel. Fails when the parse has no syntax for its words, or
// when fewer than half its words can be placed in the text (a parse of some
// other sentence).
Status AlignParse(std::string_view text, const std::vector<Token>& tokens,
                  const SyntaxSentence& parse, SyntaxSentence* out,
                  ParseAlignmentStats* stats = nullptr);

// Aligns `parse`, the parse of a whole document, onto the one sentence of
// `doc` (split and tokenized as one unit, Document::single_unit). PETRARCH
// codes the parse, not the text: when some of the parse's words are not in
// the text (dropped or guessed: a <Text> that stops mid-sentence, as
// PETRARCH-1's DEMO-28, or a parse of an edited sentence, as GigaWord's
// PASSIVE_3), the parse's words joined by spaces become the document's
// text, split and tokenized again, and the parse is aligned onto that. On
// failure `doc` is left as it was and the error is the first alignment's.
Status AlignParseToDocument(const SyntaxSentence& parse, Document* doc, SyntaxSentence* out,
                            ParseAlignmentStats* stats = nullptr);

}  // namespace dyad
