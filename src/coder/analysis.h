// Analysis: one sentence as the coder sees it after lexing and parsing.
//
// The lexer turns the tokens of a sentence into TABARI words (upper case,
// diacritics removed, possessives and contractions re-attached, hyphens
// split). The analyzer then gives every word a type from the dictionaries
// (actor, agent, verb, noun ...), attaches agents to actors, groups parsed
// compound actors, drops comma-delimited nonrestrictive clauses, splits the
// sentence into conjunction clauses and resolves pronouns. The matcher and
// the coder read the result; nothing here is shared between threads.
#pragma once

#include <string>
#include <vector>

#include "dictionary/compiled.h"
#include "dyad/document.h"
#include "dyad/options.h"

namespace dyad::coder {

enum class WordType : uint8_t {
  kPlain,  // not in any dictionary
  kActor,
  kAgent,
  kVerb,
  kTime,
  kAttribution,
  kNoun,
  kAdjective,
  kDeterminer,  // A AN THE
  kPronoun,
  kConjunction,  // AND BUT OR NOR
  kComma,
  kQuote,
  kAuxiliary,  // WAS WERE BEEN
  kBy,
  kNumber,
  kPreposition,  // IN OF (agents)
  kFormer,       // FORMER (agents become elites)
};

struct Word {
  std::string text;  // TABARI form: upper case, no diacritics
  Span span;         // bytes in the sentence text
  bool capitalized = false;
  // The sentence token the word comes from (index into Sentence::tokens):
  // where a dependency parse of the tokens says something about the word.
  // A word with a clitic glued on (RUSSIA'S) names its first token; the
  // pieces of a hyphenated token (PRO RUSSIAN) all name that token.
  int token = -1;
};

struct WordInfo {
  WordType type = WordType::kPlain;
  int surface = -1;            // matched dictionary surface (head words only)
  int head = -1;               // for words consumed by a multi-word phrase: its head word
  int run_end = -1;            // head words: one past the last word of the adjacent run
  int last = -1;               // head words: last word matched by the phrase (gaps included)
  int mention = -1;            // head words of actors and resolved pronouns: index into mentions
  bool deleted = false;        // inside a dropped comma clause
  bool compound_conj = false;  // a conjunction inside a compound: no clause break
  // A conjunction the parse puts between the modifiers of a noun ("death and
  // injury toll"): a {noun phrase} of a pattern may skip it and its conjunct.
  bool modifier_conj = false;
  dict::Code code;  // verbs/time: the root code; actors: the resolved code
};

struct Mention {
  int first = 0, last = 0;         // word range (inclusive) incl. attached agents
  int head = 0;                    // the actor's (or converted agent's, or pronoun's) first word
  std::vector<std::string> codes;  // one per coded-compound member
  std::vector<std::string> base_codes;  // the actor's own codes, before agents
  bool pronoun = false;
  int unit = -1;
};

// A source/target candidate: one mention or a parsed compound of several.
struct Unit {
  int first = 0, last = 0;  // word range (inclusive)
  std::vector<int> mentions;
  std::vector<std::string> codes;  // distinct codes of all members, in order
  bool compound() const { return codes.size() > 1; }
};

struct Clause {
  int begin = 0, end = 0;  // positions in Analysis::visible
};

struct Analysis {
  std::vector<Word> words;
  std::vector<WordInfo> info;
  std::vector<Mention> mentions;
  std::vector<Unit> units;
  std::vector<int> visible;   // word indices that survive comma-clause removal
  std::vector<int> position;  // word index -> position in `visible`, -1 if deleted
  std::vector<Clause> clauses;
  int date = 0;                        // YYYYMMDD of the sentence, 0 if unknown
  std::vector<std::string> forwarded;  // FORWARD: previous sentence's first actor
  // Commas a parse found inside a noun phrase ("complete, full diplomatic
  // ties"), by word index: they delimit no comma clause. Kept across
  // AnalyzeSentence; empty when there is no such parse.
  std::vector<bool> phrase_commas;
  // Words a bound parse reads as verbs, by word index; empty without one.
  std::vector<bool> parsed_verbs;
  int time_shift = 0;
  bool all_caps = false;
  bool discard = false, complex = false;
  std::string reason;  // why discarded or complex
  int verb_count = 0, free_conjunctions = 0, pronoun_count = 0, comma_clauses = 0;
};

// The date-restricted code of an actor that applies on `date` (YYYYMMDD,
// 0 when unknown: only an unrestricted code applies).
const dict::DatedCode* ResolveActor(const dict::ActorEntry& actor, int date);

// The word that begins a dictionary verb (WordType::kVerb, not inside
// another word's run) at token `token`, or -1.
int VerbWordAt(const Analysis& a, int token);

// Makes the actor mentions of `a` and attaches the agents to them
// (src/coder/agents.cc). Called by AnalyzeSentence after the words are typed.
void AttachAgents(const dict::CompiledDictionaries& d, const CodingOptions& options, Analysis* a);

// Builds the words of doc.sentences[index].
void LexSentence(const Document& doc, size_t index, Analysis* a);

// Types, agents, compounds, comma clauses, clauses, pronouns.
void AnalyzeSentence(const dict::CompiledDictionaries& d, const CodingOptions& options,
                     Analysis* a);

// Whether an upper-case word is possessive (GONDOR'S, ALLIES').
bool Possessive(const std::string& word);

// Recomputes the clauses after conjunctions were marked compound_conj
// (a parse found they join nouns, not clauses).
void RebuildClauses(Analysis* a);

// One line per word: text, type, clause, unit codes; dropped words in [ ].
std::string DescribeAnalysis(const Analysis& a);

// The unit whose span contains word `w`, or -1.
int UnitAt(const Analysis& a, int w);

// The mention whose words include word `w`, or -1. Words skipped inside a
// gapped phrase ("Ithilen state-run television") are not the actor's.
int MentionAt(const Analysis& a, int w);

}  // namespace dyad::coder
