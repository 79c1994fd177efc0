// The sentence splitter's stages, shared by SplitAndTokenize(), the learned
// boundary model (sentence_model.cc) and its trainer, which must see exactly
// the blocks and rule decisions the splitter itself sees.
//
// Thread safety: pure functions; safe from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::tok {

// Calls block_fn with each block of `text` in order: blank lines always end a
// block, single newlines too unless the document is hard-wrapped (see
// sentence_splitter.cc). No sentence crosses a block.
void ForEachBlock(std::string_view text, const std::function<void(Span)>& block_fn);

// The hand-written rules on one block's tokens: (*starts)[j] = 1 when a
// sentence starts at toks[j] (j > 0), else 0. starts->size() == toks.size().
void RuleBoundaries(std::string_view text, const std::vector<Token>& toks,
                    std::vector<uint8_t>* starts);

}  // namespace dyad::tok
