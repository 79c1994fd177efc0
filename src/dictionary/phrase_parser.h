// Parsing of single dictionary lines: phrases and code blocks.
//
// A phrase is the text before the code block: words joined by '_' must be
// adjacent, a trailing '_' stops stemming, '~' before '_' keeps the stem,
// '=' turns regular endings off, '{ a | b }' lists alternatives, '&NAME'
// names a synset, and $ + % ^ @ * are pattern tokens. Hyphens are read as
// underscores, as TABARI does since 0.7.3.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dictionary/compiled.h"
#include "dyad/status.h"

namespace dyad::dict {

// Context for resolving synset names while parsing.
struct PhraseContext {
  const std::unordered_map<std::string, int>* synset_index = nullptr;
  const std::vector<Synset>* synsets = nullptr;
};

// Parses `text` into `out`. `allow_tokens` permits $ + % ^ @ * (patterns and
// synset members). Errors name no location: the caller prefixes file:line.
Status ParsePhrase(std::string_view text, bool allow_tokens, const PhraseContext& ctx,
                   Phrase* out);

// Splits a dictionary line into phrase text, code blocks ("[...]" contents)
// and comment. Comments start at ';' or at '#' preceded by a blank.
struct SplitLine {
  std::string_view phrase;
  std::vector<std::string_view> blocks;
  bool unterminated_block = false;
};
SplitLine SplitDictionaryLine(std::string_view line);

// Parses an event/verb code block ("064", "032:033", "023?", "111!", "---",
// "###", "+++", "+7" for time phrases when `time_phrase`).
Status ParseEventCode(std::string_view block, bool time_phrase, Code* out);

// Parses one actor code block with an optional date restriction
// ("USAGOV 991201-010114", "HOB < 950601", "GME/GMW", "---").
// `four_digit_years` reads YYYYMMDD instead of YYMMDD.
Status ParseActorCode(std::string_view block, DatedCode* out);

// Converts YYMMDD (years 00-30 are 20xx) or YYYYMMDD to YYYYMMDD; -1 if invalid.
int ParseTabariDate(std::string_view digits);

// Letters and digits in the phrase, the longest alternative counted.
int PhraseLength(const Phrase& phrase, const std::vector<Synset>& synsets);

std::string_view Trim(std::string_view s);

}  // namespace dyad::dict
