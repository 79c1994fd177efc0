// Sentence splitter and tokenizer for news prose.
//
// SplitAndTokenize() fills Document::sentences with sentence spans and their
// tokens. It knows abbreviations and titles (Mr., Gen., U.S., U.N., Jan.),
// initials (George W. Bush), decimal numbers and thousands separators
// (3.5, 1,500), quotes of every kind ("'“”‘’«»), dashes (- – —), ellipses,
// possessives (Iran's -> Iran + 's) and contractions (don't -> do + n't).
// Hyphens split as in UD English EWT (al - Assad, 22 - year - old) except
// after bound prefixes (e-mail, non-Western) and in digit codes
// (713-853-3989, 2022-07-19); the coder reads a hyphen as a blank anyway.
// Besides terminal punctuation, mail and web layout ends sentences: time
// stamps of mail headers, letter closings ("Thanks,"), e-mail addresses and
// URLs before a capital, and datelines ("TEHRAN (AFP) -").
//
// When Document::single_unit is set, the whole text becomes one sentence
// (still tokenized).
//
// Optionally a learned model (dyad/sentence_model.h, models/splitter.bin)
// revises the rules' boundaries, mainly to end unpunctuated sentences of
// mail and web text; without one the rules decide alone.
//
// Thread safety: stateless free functions; safe from any thread (a model is
// immutable and may be shared).
#pragma once

#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Tokenizes text[span] into `out` (spans are relative to `text`).
void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

class SentenceModel;

// Splits doc->text into sentences and tokenizes each, by the rules alone.
void SplitAndTokenize(Document* doc);

// The same, with `model` (when not null) revising the rules' boundaries.
void SplitAndTokenize(Document* doc, const SentenceModel* model);

}  // namespace dyad
