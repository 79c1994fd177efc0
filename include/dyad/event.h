// Event: one coded "who did what to whom", with its provenance.
//
// Codes are strings ("010" is not "10"). Spans are byte offsets into the
// sentence text (Event::sentence_text), not into the document, so an event
// line is self-contained.
//
// Thread safety: plain value type.
#pragma once

#include <string>

#include "dyad/document.h"

namespace dyad {

struct EventActor {
  std::string code;  // e.g. "RUSGOV"; empty when unknown
  std::string text;  // the words in the sentence that named the actor
  Span span;         // bytes in Event::sentence_text
};

struct Event {
  std::string doc_id;
  size_t sentence_index = 0;
  std::string sentence_text;
  std::string date;  // ISO YYYY-MM-DD (possibly time-shifted), or empty

  EventActor source;
  EventActor target;

  std::string code;       // CAMEO event code, e.g. "042"
  std::string verb_text;  // the words that matched the verb pattern
  Span verb_span;         // bytes in sentence_text

  // The dictionary entry that fired: "file:line: text of the pattern".
  std::string pattern;
};

}  // namespace dyad
