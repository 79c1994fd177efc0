// CodingOptions: the switches of TABARI's .options language that change how
// sentences are coded (COMPLEX, DEFAULT, COMMA, SET: CODE BY, MINIMUM WORDS,
// CONVERT AGENTS, TIME SHIFTING, NONEVENTS, LABEL ...).
//
// A CodingOptions is a plain value: the coder reads it per call, so a
// validation suite can change options between records (OPTION records)
// without rebuilding anything.
//
// Thread safety: plain value type.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct CodingOptions {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;

  int minimum_words = 8;        // SET: MINIMUM WORDS
  bool convert_agents = false;  // SET: CONVERT AGENTS
  bool time_shifting = true;    // SET: TIME SHIFTING (only acts when <TIME> phrases exist)
  bool yyyy = false;            // SET: YYYY (4-digit years in TABARI records)
  bool fbis = false;            // SET: FBIS
  bool label = true;            // SET: LABEL

  // COMPLEX: thresholds; 0 disables a numeric test.
  struct Complexity {
    int verbs = 0, actors = 0, pronouns = 0, conj = 0, comma = 0, lateverb = 0;
    bool noactprior = false, noactafter = false, noverb = false;
    bool nosource = false, notarget = false, noevent = false;
    bool explain = false, nosave = false;
  } complex;

  // DEFAULT: SOURCE [code] PRIOR TARGET [code] AFTER
  struct Defaults {
    std::string source, target;  // empty: no default
    bool source_prior = false;   // apply whenever no actor precedes the verb
    bool target_after = false;   // apply whenever no actor follows the verb
  } defaults;

  // COMMA: limits on the comma-delimited clauses that are dropped before coding.
  struct Comma {
    bool enabled = true;
    int min = 2, max = 10;     // middle clauses
    int emin = 2, emax = 10;   // clause ending the sentence
    int bmin = 128, bmax = 0;  // clause starting the sentence (default: never)
  } comma;

  enum class NonEvents { kFalse, kTrue, kOnly };
  NonEvents nonevents = NonEvents::kFalse;

  std::map<std::string, std::string> labels;  // LABEL: code=text

  // FORWARD: a pronoun that opens a sentence before any actor stands for the
  // first actor of the previous sentence of the same story (manual 8.4).
  bool forward = false;
  std::string forward_format;  // e.g. "^^*****NNN*SSS": where story and sentence numbers are

  // Who is the source and who the target of a verb. kTabari: TABARI's
  // shallow rules (the actor before the verb, the actor after it, BY for
  // passives). kSyntax: the verb's dependents in a dependency parse (subject,
  // object, prepositional attachment, passive agent, coordination, relative
  // clauses, apposition; a negated verb codes no event), falling back to
  // TABARI's rules for a side the parse names no actor for. Pattern tokens
  // ($ +) win in both. Set in .options by dyad's extension
  // "SET: ATTRIBUTION = SYNTAX" (or TABARI); the default keeps TABARI's
  // semantics, which its validation suite specifies.
  enum class Attribution { kTabari, kSyntax };
  Attribution attribution = Attribution::kTabari;

  // PETRARCH's require_dyad: an event needs both a source and a target.
  // False (PETRARCH suites switch it off) codes a verb with one side named
  // and writes the other as "---"; TABARI always wants both.
  bool require_dyad = true;

  // PETRARCH's agents, which read noun phrases rather than TABARI's word
  // sequence: an agent applies to every actor of a coordinated list it
  // qualifies ("the ambassadors of Arnor, Osgiliath and Gondor", "Arnor and
  // Gondor governments"), coordinated agents each apply ("lawmakers and
  // officials in Gondor": GONLEG, GONGOV), and FROM links an agent to its
  // actor like OF and IN ("soldiers from Gondor"). TABARI attaches an agent
  // to one actor.
  bool petrarch_agents = false;
  // An agent with no actor is an actor of its own, "---" plus the agent
  // ("the government": ---GOV), as in PETRARCH. TABARI drops it (or, with
  // CONVERT AGENTS, writes "~GOV").
  bool anonymous_agents = false;
  // PETRARCH-1 also applies the agents found inside a longer agent phrase
  // from one of its later words ("main opposition group": MAIN_OPPOSITION_
  // GROUP [~MOP] then OPPOSITION_GROUP [~OPP], GONMOPOPP). TABARI and
  // UniversalPetrarch apply the longest phrase only.
  bool nested_agents = false;
  // An actor with several codes ("THE_SHIRE [FRO/BIL/SAM]") is one actor per
  // code to TABARI and PETRARCH-1 (FRO, BIL, SAM each code an event);
  // UniversalPetrarch keeps "FRO/BIL/SAM" as one code.
  bool join_actor_codes = false;

  // PETRARCH-1 reads a verb as passive only with its BY phrase: "The
  // Philippines was criticized over its dispute with Eriador" codes the
  // Philippines as source (syntax attribution; TABARI's rule already wants BY).
  bool passive_needs_agent = false;

  // PETRARCH-1 reads the compound a % pattern token matches as one side:
  // the source before the verb, the target after it, the other side found
  // as usual ("Gondor and Osgiliath have postponed their meeting ... Cirith
  // Ungol": GON and OSG against MORMIL); TABARI pairs the members.
  bool compound_side = false;
  // PETRARCH keeps a '_' after a synset binding: "MOST_CERTAINLY_&NEG_EVER"
  // needs EVER right after the member. TABARI lets a member of several
  // words end away from the next element (its suite's SYNSET-22h).
  bool synset_adjacency = false;
  // PETRARCH codes every verb phrase of a sentence. With a parse, a verb
  // after the one that gave its clause's event is coded too when the parse
  // gives it a subject of its own, both sides taken from the parse only
  // ("Fornost welcomed ..., the official news agency said": ---GOV/---/023
  // with require_dyad off; nothing with it on, "said" having no object).
  bool code_parsed_clauses = false;
  // TABARI replaces a pronoun by the actor it refers to (manual 7.7);
  // PETRARCH-1 codes noun phrases as they stand: "burned down its embassy"
  // has no target (PETRARCH-1 suite, COMMA-11).
  bool resolve_pronouns = true;
  // With a parse that names one side of a verb, TABARI's word-order search
  // fills the other side; PETRARCH-1 finds the target inside the verb's
  // phrase: "Calenardhon crowds burned down its embassy, a senior Bree
  // official said" has no target for "burned down" (COMMA-12). Here the
  // search may not take the subject of another verb.
  bool target_in_verb_phrase = false;
  // TABARI ends a clause at every conjunction outside a compound actor;
  // PETRARCH reads the parse's noun phrases, so "death and injury toll"
  // is one phrase that "DEATH TOLL *" matches across (PETRARCH-1 suite
  // DEMO-21) and "launched a new bombing and shelling offensive" matches
  // "* OFFENSIVE" (UD suite PATTERN-23).
  bool noun_coordination_from_parse = false;
  // Over a parse, a dictionary verb the parse reads as a noun with a
  // determiner is no verb ("was in an accord with", PETRARCH-1 suite
  // PATTERN-06; "the Australian state of New South Wales"). Without a
  // determiner the tag is not trusted: headlines drop determiners and a
  // tagger then takes verbs for nouns ("Ethiopia departs from Libya").
  bool noun_with_determiner_is_no_verb = false;
  // PETRARCH's new_actor_length: over a parse, a noun phrase of at most this
  // many words in the source or target role that holds no known actor is an
  // actor of its own, coded as its words in quotes ("THE MINISTRY OF
  // MAGIC"), so that analysts see who their dictionaries miss. 0: off.
  int new_actor_length = 0;
  // Over a parse, a comma between the modifiers of a noun ("restore
  // complete, full diplomatic ties") delimits no comma clause, as PETRARCH
  // reads the noun phrase whole; TABARI counts words between commas only.
  bool phrase_commas_from_parse = false;
  // PETRARCH-2 / UniversalPetrarch build a verb's event from its subject and
  // its complement's event: a verb whose parse gives it no actor for a
  // source (an expletive "it", a passive without agent) leaves the event to
  // the dictionary verb of its clausal complement. "It has been noted that
  // Gondor and Osgiliath have delayed their meeting" is the delay (UD suite
  // DEMO-29); "Gollum was seen to break into an anti-Gondor parade" is
  // Gollum's breaking in (PATTERN-01).
  bool complement_codes_sourceless_verb = false;
  // UniversalPetrarch matches the words a pattern puts before the verb only
  // as a {noun phrase}, its subject ("{DEATH TOLL} * [190]"); plain words
  // there ("RECENTLY * [025]", "WILL * [036]", "NEITHER *", "(TO) *") match
  // nothing, and the verb's other patterns or its own code decide (UD suite
  // PATTERN-14, PATTERN-26, VERB-23, COMPOUND-20, SYNSET-24b).
  bool words_before_verb_only_as_noun_phrase = false;
  // PETRARCH-2 matches the words a pattern puts after the verb against the
  // noun and prepositional phrases of the verb's phrase, so a word the parse
  // reads as a verb, the verb of a complement clause, is none of them:
  // "wants Putin to attack" does not match WANT's "* ATTACK [138]" (an
  // attack), and PETRARCH-2's transformation makes it an appeal to Putin
  // (GigaWord APPEALS_0). UniversalPetrarch matches such words ("has begun
  // to question" for "(TO QUESTION)", UD suite DATE-11).
  bool pattern_words_not_parsed_verbs = false;

  bool trace = false;  // fill CodingResult::trace (for debugging dictionaries)
};

// Applies one line of the .options language to `options`. `where` names the
// file and line for messages. Unknown commands are an error; comments and
// blank lines are accepted and ignored.
Status ApplyOptionsLine(std::string_view line, std::string_view where, CodingOptions* options);

// Reads a whole .options file.
Status LoadOptionsFile(const std::string& path, CodingOptions* options);

}  // namespace dyad
