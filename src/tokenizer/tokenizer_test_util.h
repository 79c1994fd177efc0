// Test helpers for the tokenizer tests: token strings and the structural
// invariants every tokenization must satisfy, whatever the input.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tokenizer.h"
#include "tokenizer/char_class.h"

namespace dyad::testing {

inline std::vector<std::string> TokenStrings(std::string_view text) {
  std::vector<Token> toks;
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &toks);
  std::vector<std::string> out;
  out.reserve(toks.size());
  for (const Token& t : toks) out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

inline Document Split(std::string_view text, bool single_unit = false) {
  Document doc;
  doc.text = std::string(text);
  doc.single_unit = single_unit;
  SplitAndTokenize(&doc);
  return doc;
}

// Sentence texts (their spans) of `text`.
inline std::vector<std::string> SentenceStrings(std::string_view text) {
  Document doc = Split(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.View(s.span));
  return out;
}

inline bool IsAllSpace(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const tok::Decoded d = tok::Decode(p, end);
    if (d.cls != tok::CharClass::kSpace) return false;
    p += d.len;
  }
  return true;
}

// Tokens non-empty, ordered, disjoint, inside their sentence; sentences
// ordered, disjoint, trimmed; every byte outside tokens is white space.
// Returns the number of violations (reported through gtest, capped).
inline int CheckInvariants(const Document& doc) {
  int errors = 0;
  auto fail = [&](const std::string& what) {
    if (++errors <= 5) ADD_FAILURE() << what;
  };
  uint32_t covered = 0;  // end of the last token seen
  uint32_t prev_sentence_end = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.span.empty()) fail("empty sentence " + std::to_string(si));
    if (s.span.begin < prev_sentence_end) fail("sentences overlap at " + std::to_string(si));
    if (s.span.end > doc.text.size()) fail("sentence past end of text");
    if (s.tokens.empty()) fail("sentence without tokens " + std::to_string(si));
    if (!s.tokens.empty() && (s.tokens.front().span.begin != s.span.begin ||
                              s.tokens.back().span.end != s.span.end)) {
      fail("sentence span not trimmed to its tokens at " + std::to_string(si));
    }
    for (const Token& t : s.tokens) {
      if (t.span.empty()) fail("empty token at " + std::to_string(t.span.begin));
      if (t.span.begin < covered) fail("token out of order at " + std::to_string(t.span.begin));
      if (t.span.begin < s.span.begin || t.span.end > s.span.end) fail("token outside sentence");
      if (t.span.end > doc.text.size()) break;
      if (t.span.begin >= covered &&
          !IsAllSpace(std::string_view(doc.text).substr(covered, t.span.begin - covered))) {
        fail("non-space bytes skipped before offset " + std::to_string(t.span.begin));
      }
      covered = std::max(covered, t.span.end);
    }
    prev_sentence_end = s.span.end;
  }
  if (covered <= doc.text.size() && !IsAllSpace(std::string_view(doc.text).substr(covered))) {
    fail("non-space bytes skipped at the end of the text");
  }
  return errors;
}

}  // namespace dyad::testing
