// Matching one text word against one dictionary word element.
//
// A stem ("RESTOR") matches any word that begins with it. An exact word
// ("DEPART_") matches itself and, on the last word of an actor, agent, noun
// or verb phrase, its regular endings: plural and possessive for nouns
// (S 'S S'; PETRARCH's words only 'S), S ED ES EN ING for verbs (DEPLORE_
// also takes DEPLORED, DEPLORING). '=' turns the endings off (BAN=).
//
// Thread safety: pure functions.
#pragma once

#include <string_view>

#include "dictionary/compiled.h"

namespace dyad::coder {

enum class EndingKind { kNone, kNoun, kVerb };

inline EndingKind EndingsFor(dict::EntryKind kind) {
  switch (kind) {
    case dict::EntryKind::kVerb:
    case dict::EntryKind::kTime:
    case dict::EntryKind::kAttribution:
      return EndingKind::kVerb;
    default:
      return EndingKind::kNoun;
  }
}

inline bool HasSuffix(std::string_view word, std::string_view stem, std::string_view suffix) {
  return word.size() == stem.size() + suffix.size() && word.substr(0, stem.size()) == stem &&
         word.substr(stem.size()) == suffix;
}

inline bool WordMatches(const dict::Element& e, std::string_view word, EndingKind endings) {
  const std::string& text = e.text;
  if (word.size() < text.size() - (text.empty() ? 0 : 1)) return false;
  if (!e.exact)
    return word.substr(0, std::min(word.size(), text.size())) == text && word.size() >= text.size();
  if (word == text) return true;
  if (!e.endings || endings == EndingKind::kNone) return false;
  if (endings == EndingKind::kNoun) {
    if (HasSuffix(word, text, "'S") || HasSuffix(word, text, "'")) return true;
    return e.plural && (HasSuffix(word, text, "S") || HasSuffix(word, text, "S'"));
  }
  static constexpr std::string_view kVerbEndings[] = {"S", "ED", "ES", "EN", "ING"};
  for (std::string_view suffix : kVerbEndings) {
    if (HasSuffix(word, text, suffix)) return true;
  }
  if (text.size() > 2 && text.back() == 'E') {
    std::string_view stem(text.data(), text.size() - 1);
    for (std::string_view suffix : kVerbEndings) {
      if (suffix != "S" && HasSuffix(word, stem, suffix)) return true;
    }
  }
  return false;
}

}  // namespace dyad::coder
