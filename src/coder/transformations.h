// PETRARCH-2's verb transformations: a verb that governs the clause of
// another dictionary verb codes the pair as one event when a "~" line of the
// verb dictionary says so. "The US claimed that they had attacked Iraq" is
// `~ a (a b ATTACK) CLAIM = a b 015`, the US claiming responsibility
// (USA/IRQ/015); "Obama wants Putin to attack Switzerland" is
// `~ a (b . ATTACK) WANT = a b 021`, an appeal to Putin.
//
// A verb of a transformation matches an event whose code is the verb's code
// or, for a root code (190), any code under that root (193): PETRARCH-2
// compares its internal codes with their low digits masked, which groups
// codes by CAMEO root. Actor letters bind the upper source and the lower
// source and target in turn ('a' in the lower event must be the actor 'a'
// of the upper one), '.' matches any actor without binding it, '_' a lower
// verb without a subject other than the one it shares with the upper verb,
// and Q any lower code, which a result Q repeats. The first matching line,
// in file order, decides.
//
// Thread safety: pure functions over immutable dictionaries.
#pragma once

#include "coder/sentence_coder.h"
#include "dictionary/compiled.h"

namespace dyad::coder {

// Whether event code `code` falls under a transformation verb's code.
bool CodeUnder(const std::string& code, const std::string& verb_code);

// Whether an event with this code is some transformation's upper verb: only
// then is its complement looked for (most events are not).
bool MayTransform(const dict::CompiledDictionaries& d, const std::string& code);

// Recodes `upper` (an event of the governing verb) from `lower` (the event
// of the verb of its clausal complement) when a transformation matches;
// returns whether one did.
bool ApplyTransformations(const dict::CompiledDictionaries& d, const VerbOutcome& lower,
                          VerbOutcome* upper);

}  // namespace dyad::coder
