// The compiled form of TABARI's dictionary language.
//
// Every phrase in every dictionary (an actor name, an agent, a verb root, an
// irregular verb form, a verb pattern, a synset member, a noun, a <TIME>
// phrase) compiles to a Phrase: a sequence of Elements, each a word to match
// (exactly, or as a stem), a synset or a set of alternatives, or one of the
// pattern tokens ($ source, + target, % compound, ^ skip, @ attribution,
// * the verb). The coder's matcher (src/coder/matcher.h) runs over these; so
// will later stages that match over syntactic structure. There is one form.
//
// Ownership: CompiledDictionaries owns everything; phrases refer to synsets
// by index. Immutable after DictionarySet::Finalize(); safe to share.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dictionary/pico.h"
#include "dictionary/prefix_trie.h"
#include "dyad/dictionary.h"

namespace dyad::dict {

struct Phrase;

enum class ElementKind : uint8_t {
  kWord,          // a literal word
  kSynset,        // &NAME: any member phrase of a synset
  kAlternatives,  // { a | b | c }: any of the alternative phrases
  kSource,        // $
  kTarget,        // +
  kCompound,      // %: a compound actor that is both source and target
  kSkip,          // ^: an actor passed over
  kAttribution,   // @
  kVerb,          // *: where the verb stands
};

struct Element {
  ElementKind kind = ElementKind::kWord;
  // The element must immediately follow the previous element of the phrase
  // ('_' between them in the dictionary). For the first element it is false.
  bool adjacent = false;
  // With `adjacent`: determiners may stand between (PETRARCH-2's "(ON
  // RESOLUTION)" is "on a resolution").
  bool determiners_between = false;
  // kWord: the head of a PETRARCH-2 {noun phrase}; over a parse it does not
  // match a word the parse reads as a verb.
  bool not_a_verb = false;
  // kWord after the '*' of a PETRARCH-2 verb pattern: with
  // CodingOptions::pattern_words_not_parsed_verbs, not a word the parse
  // reads as a verb either.
  bool after_verb = false;
  // kWord: match the whole word (a trailing '_'), not as a stem. Regular
  // endings may still apply (see `endings`).
  bool exact = false;
  // kWord: regular endings (plural/possessive for nouns, S ED ES EN ING for
  // verbs) are accepted after an exact word; '=' turns them off.
  bool endings = false;
  // kWord with noun endings: the plural (S, S') as well as the possessive.
  // PETRARCH writes its plurals out ("POLICE {}" has none), so its words
  // take only the possessive, which its tokenizer splits off.
  bool plural = true;
  std::string text;  // kWord: upper case; kSynset: the name
  // kWord in a PETRARCH-2 verb pattern: its regular plural, which matches
  // too ("- * EFFORT [080]" for "abandoned efforts", UD suite PATTERN-09),
  // as PETRARCH-2 adds plurals to its synsets' nouns. Empty otherwise.
  std::string plural_form;
  int synset = -1;                   // kSynset: index into synsets
  std::vector<Phrase> alternatives;  // kAlternatives
};

// What a code block [ ... ] says.
struct Code {
  enum class Kind : uint8_t { kEvent, kNull, kDiscard, kComplex };
  Kind kind = Kind::kNull;
  std::string code;          // event or actor code; for actors "A/B" compounds are split below
  std::string paired;        // second code of a paired event "032:033"
  bool subordinate = false;  // "023?"
  bool dominant = false;     // "111!"
  int time_shift = 0;        // <TIME> phrases: days
};

// A date-restricted actor code: [CODE <YYMMDD], [CODE >YYMMDD],
// [CODE YYMMDD-YYMMDD] or unrestricted. Dates are YYYYMMDD integers.
struct DatedCode {
  int from = 0;       // inclusive; 0 = open
  int to = 99999999;  // inclusive
  bool restricted = false;
  Code code;                       // kind + first code
  std::vector<std::string> codes;  // coded compounds: GME/GMW -> {GME, GMW}
};

struct Phrase {
  std::vector<Element> elements;
  int verb_index = -1;  // index of the kVerb element, -1 if none
  int length = 0;       // TABARI precedence length: letters and digits (alternatives: longest)
  Code code;
  std::string origin;             // "file:line: text" where it was defined (event provenance)
  bool has_actor_tokens = false;  // uses $ + % (no passive swap, no defaults for those)
  // Words stand before the verb that are not a PETRARCH-2 {noun phrase}
  // ("RECENTLY *", "(TO) *"; not "{DEATH TOLL} *"). Built by Finalize().
  bool plain_words_before_verb = false;
  // Quick rejection: bits of the first letters (WordBits) of the literal
  // words that must occur before and after the verb. Built by Finalize().
  uint64_t before_bits = 0, after_bits = 0;
};

// A 64-bit signature of a word's first two letters (or one, for a one-letter
// literal) used to reject patterns whose words cannot all be present.
inline uint64_t LiteralBit(std::string_view text) {
  if (text.empty()) return 0;
  unsigned h = static_cast<unsigned char>(text[0]);
  if (text.size() >= 2) h = h * 31 + static_cast<unsigned char>(text[1]) + 7;
  return uint64_t{1} << (h % 64);
}

// Bits a text word offers: its one- and two-letter prefixes.
inline uint64_t WordBits(std::string_view word) {
  if (word.empty()) return 0;
  return LiteralBit(word.substr(0, 1)) | LiteralBit(word.substr(0, 2));
}

enum class EntryKind : uint8_t {
  kActor,
  kAgent,
  kVerb,
  kNoun,
  kAdjective,
  kTime,
  kAttribution,
  kDiscard,
};

struct ActorEntry {
  std::vector<DatedCode> codes;  // evaluated in order; the unrestricted one last
  std::string parent;            // first phrase of a synonym group
};

struct AgentEntry {
  std::string code;     // without the '~'
  bool prefix = false;  // "NGO~": the agent code goes before the actor code
  Code::Kind kind = Code::Kind::kEvent;
};

struct VerbEntry {
  Code code;                     // the root's own code
  std::vector<Phrase> patterns;  // "- ..." lines, sorted by descending length
  std::string origin;
};

// One way to recognise an entry in text: the words of an actor/agent/noun
// phrase, or of a verb root or one of its irregular forms.
struct Surface {
  Phrase words;
  EntryKind kind = EntryKind::kNoun;
  int entry = -1;  // index into the table for `kind`
};

struct Synset {
  std::string name;
  std::vector<Phrase> members;
  int max_length = 0;
};

// A PETRARCH issue phrase (Phoenix.IssueCoding.txt): a sentence holding one
// of `variants` (n: v: + expanded) is about `code`, unless an ignore phrase
// (~) also occurs. Loaded and kept; the coder does not code issues yet.
struct Issue {
  std::vector<Phrase> variants;  // consecutive whole words
  std::string code;              // empty for an ignore phrase
  std::string category;          // CATEGORY of the enclosing <ISSUE> block
  bool ignore = false;
  std::string origin;
};

// A PETRARCH-2 transformation "~ a (b c VERB1) VERB2 = x y CODE": when VERB2
// (source a) governs a clause whose verb VERB1 has source b and target c,
// the pair is one event x -> y with CODE (src/coder/transformations.h).
// Letters name actors, '.' any actor, '_' none, Q any verb (and as CODE,
// VERB1's code).
struct Transformation {
  std::string source, inner_source, inner_target, inner_verb, verb;
  std::string result_source, result_target, result_code;
  std::string origin;
  // The codes of the dictionary verbs VERB1 and VERB2 name (SAY: 010,
  // ATTACK: 190), set by Finalize(); empty for Q, an unknown verb or a verb
  // without a code.
  std::string inner_verb_code, verb_code;
};

// Heterogeneous lookup so the coder can probe with string_views.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct CompiledDictionaries {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbEntry> verbs;  // also <TIME> and <ATTRIB> roots (see kinds in surfaces)
  std::vector<Synset> synsets;
  std::unordered_map<std::string, int> synset_index;

  std::vector<Surface> surfaces;
  // First word of each surface -> surfaces. Exact words ending in E are also
  // keyed without the E so DEPLORE_ finds DEPLORING.
  std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> by_first_word;
  PrefixTrie first_word_trie;  // the same keys, for one-pass stem lookup (built by Finalize)
  // Surfaces already seen, to report duplicates: kind + normalised text.
  std::unordered_map<std::string, int> seen;

  std::vector<Issue> issues;
  // UniversalPetrarch's PICO ontology: negated and combined codes.
  PicoOntology pico;
  std::vector<Transformation> transformations;

  // Entries made for one phrase that two PETRARCH actor entries share
  // (dictionary_loader.cc): in `actors`, but not synonym groups of the file.
  size_t merged_actor_entries = 0;
  // The language of the first verb dictionary loaded (dyad/dictionary.h).
  VerbLanguage verb_language = VerbLanguage::kNone;
  bool has_time_phrases = false;
  // Some pattern has a PETRARCH-2 {noun phrase} head (Element::not_a_verb):
  // the coder then marks the words a parse reads as verbs.
  bool has_noun_phrase_heads = false;
  bool has_attribution = false;
  std::vector<std::string> warnings;
  size_t pattern_count = 0;
};

}  // namespace dyad::dict
