// Coder: turns a tokenized sentence into CAMEO events with TABARI's semantics.
//
// With CodingOptions::attribution == kSyntax the coder also reads a
// dependency parse of the sentence to decide source and target (subject,
// object, passive agent, coordination, relative clauses, apposition,
// negation; src/coder/syntax_attribution.h). The parse is either given to
// CodeSentence (any producer: a SyntaxSentence whose words are the
// sentence's tokens one to one, with UD heads and deprels) or made by the
// SyntaxModel the Coder was built with, only for sentences that can yield an
// event. Without either, the coder keeps TABARI's rules.
//
// The coder classifies the words of a sentence against a DictionarySet
// (actors, agents, verbs, nouns, adjectives, pronouns, conjunctions ...),
// marks compounds, comma clauses, conjunction clauses and passive voice, then
// matches the compiled verb patterns and assigns source and target. Patterns
// compile to one internal form (src/coder/pattern.h) that is matched over a
// sequence of words; there is one coder in dyad.
//
// Ownership: a Coder borrows its DictionarySet, which must outlive it.
// Thread safety: CodeSentence is const and keeps its scratch space on the
// stack; one Coder may be used from many threads at once.
#pragma once

#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/options.h"
#include "dyad/syntax.h"

namespace dyad {

struct CodingResult {
  enum class Disposition {
    kCoded,      // at least one event
    kNoEvent,    // nothing codeable
    kDiscarded,  // a discard phrase [###] was found
    kComplex,    // a complex phrase [+++] or a COMPLEX: condition held
    kTooShort,   // fewer words than MINIMUM WORDS
  };
  Disposition disposition = Disposition::kNoEvent;
  std::string reason;  // why complex/discarded, for EXPLAIN and diagnostics
  std::vector<Event> events;
  std::string date;  // the (possibly time-shifted) date of the sentence, ISO
  // With CodingOptions::trace: the sentence as the coder parsed it, one word
  // per line (type, clause, actor codes), like TABARI's parse display.
  std::string trace;
  // The first actor of the sentence (its own codes, without agents), which
  // FORWARD hands to the next sentence of the story.
  std::vector<std::string> first_actor;
  // A dependency parse decided source and target (attribution kSyntax and a
  // usable parse); false when the sentence was not parsed.
  bool parsed = false;
};

// What the coder carries from one sentence of a story to the next.
struct SentenceContext {
  std::vector<std::string> previous_first_actor;
};

class Coder {
 public:
  // `syntax` (optional, borrowed, must outlive the Coder) parses sentences
  // when the options ask for syntax attribution and no parse is given.
  explicit Coder(const DictionarySet& dictionaries, const SyntaxModel* syntax = nullptr)
      : dicts_(dictionaries), syntax_(syntax) {}

  // Codes doc.sentences[sentence_index]. The sentence must be tokenized.
  // `context`, when given, is the previous sentence of the same story.
  // `parse`, when given, is the sentence's dependency parse: one word per
  // token of the sentence, with heads and deprels (Universal Dependencies);
  // it is read only under Attribution::kSyntax, and a parse that does not
  // fit the tokens is ignored (the trace says why).
  CodingResult CodeSentence(const Document& doc, size_t sentence_index,
                            const CodingOptions& options,
                            const SentenceContext* context = nullptr,
                            const SyntaxSentence* parse = nullptr) const;

 private:
  const DictionarySet& dicts_;
  const SyntaxModel* syntax_;
};

}  // namespace dyad
