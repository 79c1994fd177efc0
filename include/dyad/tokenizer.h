// Sentence splitter and tokenizer for news prose.
//
// SplitAndTokenize() fills Document::sentences with sentence spans and their
// tokens. It knows abbreviations and titles (Mr., Gen., U.S., U.N., Jan.),
// initials (George W. Bush), decimal numbers and thousands separators
// (3.5, 1,500), quotes of every kind ("'“”‘’«»), dashes (- – —), ellipses,
// possessives (Iran's -> Iran + 's), contractions (don't -> do + n't) and
// hyphenated words (al-Assad, 22-year-old stay one token).
//
// When Document::single_unit is set, the whole text becomes one sentence
// (still tokenized).
//
// Thread safety: stateless free functions; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Tokenizes text[span] into `out` (spans are relative to `text`).
void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

// Splits doc->text into sentences and tokenizes each.
void SplitAndTokenize(Document* doc);

}  // namespace dyad
