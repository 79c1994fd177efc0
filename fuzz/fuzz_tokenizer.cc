// libFuzzer target for the sentence splitter and tokenizer.
//
// The first input byte chooses single-unit mode and a sub-span for a direct
// Tokenize() call; the rest is the document text, any bytes at all. The
// target traps when a structural invariant breaks: tokens empty, out of
// order, outside their sentence or span, or non-space bytes left uncovered.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// ASCII white space only; any other uncovered byte must at least not be an
// ASCII letter, digit or punctuation mark (non-ASCII space is legitimately
// skipped, and checking it would mean re-implementing the classifier).
bool MayBeSkipped(unsigned char c) { return c <= 0x20 || c >= 0x7F; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t control = data[0];
  dyad::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  doc.single_unit = (control & 1) != 0;
  dyad::SplitAndTokenize(&doc);

  uint32_t covered = 0;
  uint32_t prev_end = 0;
  for (const dyad::Sentence& s : doc.sentences) {
    Check(!s.span.empty() && s.span.begin >= prev_end && s.span.end <= doc.text.size());
    Check(!s.tokens.empty());
    Check(s.tokens.front().span.begin == s.span.begin && s.tokens.back().span.end == s.span.end);
    for (const dyad::Token& t : s.tokens) {
      Check(!t.span.empty() && t.span.begin >= covered);
      Check(t.span.begin >= s.span.begin && t.span.end <= s.span.end);
      for (uint32_t i = covered; i < t.span.begin; ++i) {
        Check(MayBeSkipped(static_cast<unsigned char>(doc.text[i])));
      }
      covered = t.span.end;
    }
    prev_end = s.span.end;
  }
  if (doc.single_unit) Check(doc.sentences.size() <= 1);

  // Tokenize() over an arbitrary sub-span stays inside it.
  const std::string_view text(doc.text);
  const uint32_t begin = text.empty() ? 0 : (control >> 1) % (text.size() + 1);
  std::vector<dyad::Token> tokens;
  dyad::Tokenize(text, dyad::Span{begin, static_cast<uint32_t>(text.size())}, &tokens);
  for (const dyad::Token& t : tokens) Check(t.span.begin >= begin && t.span.end <= text.size());
  return 0;
}
