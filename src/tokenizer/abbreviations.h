// Word lists the tokenizer and sentence splitter consult: abbreviations that
// keep their period, capitalised function words that mark a new sentence
// after an abbreviation, and top-level domains for bare host names.
//
// The lists are sorted constant arrays searched by binary search over
// string_views, so a lookup never allocates. They are deliberately small and
// hand-picked for English news prose.
//
// Thread safety: immutable data and pure functions; safe from any thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::tok {

enum class AbbrevKind : uint8_t {
  kNone,          // not an abbreviation: a following period is punctuation
  kTitle,         // Mr, Gen, Sen: precedes a name, never ends a sentence
  kAbbrev,        // Inc, Jan, Calif, Jr: ends a sentence only before a function word
  kEndsFreely,    // etc: ends a sentence before any capitalised word
  kBeforeNumber,  // No, Vol, Fig: an abbreviation only when a number follows
};

// Classifies `word` (without its trailing period). Case-sensitive, except that
// an all-capitals word also matches its title-case entry ("GEN" as "Gen").
AbbrevKind LookupAbbreviation(std::string_view word);

// True for capitalised words that begin sentences far more often than they
// continue names ("The", "He", "But", "Mr"). After "U.S." or "Inc." such a
// word is evidence that the abbreviation also ended the sentence.
bool IsSentenceStarterWord(std::string_view word);

// True for the prefixes that the UD English treebanks keep joined to the
// word after their hyphen ("e-mail", "non-Western", "co-operation"). Any
// case: the word is compared in lower case.
bool IsJoiningPrefix(std::string_view word);

// True when `lower` (already lower case) is a common top-level domain, so
// "reuters.com" stays one token.
bool IsCommonTld(std::string_view lower);

}  // namespace dyad::tok
