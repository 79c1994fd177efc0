// Evaluation of tagging, lemmatization and parsing against a gold
// treebank, as the CoNLL 2018 shared task defines the metrics
// (conll18_ud_eval.py):
//   - with gold tokens, system and gold words correspond one to one and
//     UPOS, XPOS, LEMMA, UAS and LAS are accuracies over all words,
//     punctuation included;
//   - from raw text, system and gold words are aligned by their character
//     spans in the same text; Words ("tokens") and Sentences are F1 over
//     exactly matching spans, and UPOS/XPOS/LEMMA/UAS/LAS are F1 over
//     aligned words (precision over system words, recall over gold words).
// UAS needs the head words to be aligned to each other (or both be root);
// LAS compares only the universal part of DEPREL (before ':').
//
// Thread safety: stateless functions.
#pragma once

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad::syntax {

struct SyntaxScores {
  size_t gold_words = 0, system_words = 0, matched_words = 0;
  size_t gold_sentences = 0, system_sentences = 0, matched_sentences = 0;
  bool raw = false;  // true when scored from raw text (words and sentences F1 are meaningful)
  // Percentages.
  double words_f1 = 100, sentences_f1 = 100;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
};

// Gold tokens: system[s].words must equal gold[s].words in number.
Status EvaluateGoldTokens(const std::vector<SyntaxSentence>& gold,
                          const std::vector<SyntaxSentence>& system, SyntaxScores* scores);

// A text and the byte spans of the words of each of its sentences.
struct TextLayout {
  std::string text;
  std::vector<std::vector<Span>> words;
};

// Rebuilds the raw text of a gold treebank: each sentence's "# text ="
// comment (or its words joined by SpaceAfter), sentences separated by a
// space, paragraphs and documents (newpar/newdoc comments) by a blank line.
// Locates each gold word in that text.
void ReconstructText(const std::vector<SyntaxSentence>& gold, TextLayout* layout);

// Raw text: `system_words` holds the spans of `system` words in gold_layout.text.
Status EvaluateRaw(const std::vector<SyntaxSentence>& gold, const TextLayout& gold_layout,
                   const std::vector<SyntaxSentence>& system,
                   const std::vector<std::vector<Span>>& system_words, SyntaxScores* scores);

// The sentences of a tokenized document as SyntaxSentences (words = token
// texts, SpaceAfter from the spans, comments "sent_id = N" and "text = ..."),
// with each word's span when `spans` is not null.
void SentencesFromDocument(const Document& doc, std::vector<SyntaxSentence>* out,
                           std::vector<std::vector<Span>>* spans);

}  // namespace dyad::syntax
