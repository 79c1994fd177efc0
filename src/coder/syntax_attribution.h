// Source and target from a dependency parse (CodingOptions::Attribution::kSyntax).
//
// TABARI places the source before the verb and the target after it. That
// fails in long news sentences: the first actor of the clause is not always
// the verb's subject ("The minister, who met Iranian officials, said Russia
// would attack Ukraine"), a passive may lack the adjacent BY ("Ukraine was
// attacked on Monday by Russia"), and an uncoded head hides its coded
// appositive ("Putin, the Russian president, visited Tehran"). Here the
// verb's dependents decide instead, read UD-style (heads and deprels as in
// Universal Dependencies v2), whoever produced the parse: dyad's SyntaxModel
// or a parse given by the caller.
//
// The rules, for the verb token v:
//   subject    nsubj / nsubj:pass / csubj of v; without one, the subject of
//              the verb v is conj of (shared subject), the object (else the
//              subject) of the verb v is xcomp of (control), the subject of
//              the verb an advcl hangs from, or the noun an acl / acl:relcl
//              modifies. A relative pronoun (who, which, that) stands for the
//              noun its relative clause modifies.
//   active     source = subject; target = obj / iobj, then obl (prepositional
//              attachment), in text order; a relative clause with no object
//              of its own ("the country Russia attacked") takes its noun.
//   passive    (nsubj:pass, csubj:pass or aux:pass on v, or v a participle
//              modifying a noun) target = subject; source = obl:agent, or an
//              obl whose case is "by".
//   actors     a dependent names the actor mention that contains it, else
//              the nearest one in its subtree (appositions, nmod, compounds;
//              not through clauses), and one more per conj member
//              (coordination: one event per member, as TABARI's compounds).
//   negation   not / n't / never as advmod (or neg) of v: the verb is not
//              the event, unless the pattern that matched spells the
//              negation itself (CAMEO codes "did not recognize" as an event
//              only when the dictionary says so).
//
// Thread safety: a ParseView is per sentence and per thread.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "dictionary/compiled.h"
#include "dyad/syntax.h"

namespace dyad::coder {

// A parse of a sentence's tokens, bound to the coder's words and mentions.
class ParseView {
 public:
  // Binds `parse`: its words must be the sentence's `token_count` tokens one
  // to one, each with a head in [0, n]. Otherwise returns false and says why
  // in `why`; the coder then keeps TABARI's rules.
  bool Bind(const SyntaxSentence& parse, size_t token_count, const Analysis& a, std::string* why);

  int size() const { return static_cast<int>(head_.size()); }
  int Head(int t) const { return head_[t]; }  // -1 for the root
  const std::string& Rel(int t) const { return parse_->syntax[t].deprel; }
  const std::string& Word(int t) const { return parse_->words[t]; }
  const std::string& Xpos(int t) const { return parse_->syntax[t].xpos; }
  const std::string& Upos(int t) const { return parse_->syntax[t].upos; }
  // Dependents of t in text order.
  const int* ChildrenBegin(int t) const { return children_.data() + child_begin_[t]; }
  const int* ChildrenEnd(int t) const { return children_.data() + child_begin_[t + 1]; }
  // The mention (Analysis::mentions) whose words include token t, or -1.
  int MentionAt(int t) const { return mention_at_[t]; }
  // Whether token t lies in the verb phrase of verb v: in v's subtree, but
  // not under a verb coordinated with v (conj, parataxis), which a
  // constituency parse makes a sister phrase.
  bool InVerbPhrase(int v, int t) const;
  // Whether t is a noun with a determiner ("an accord"), not a verb.
  bool HasDeterminer(int t) const;
  // Whether token t is, or lies in, the subject of a verb other than
  // `except_verb` (-1: of any verb).
  bool InSubjectOf(int t, int except_verb) const;
  // The token a coder word comes from, or -1.
  int TokenOf(const Analysis& a, int word) const {
    const int t = a.words[word].token;
    return t >= 0 && t < size() ? t : -1;
  }

  // The parse as lines "index word upos head deprel" for the trace.
  std::string Describe() const;

 private:
  const SyntaxSentence* parse_ = nullptr;
  std::vector<int> head_;
  std::vector<int> child_begin_, children_;
  std::vector<int> mention_at_;
};

// What the parse says about one verb: the mentions that are its source and
// target (coordinated members in order; empty when the parse names none),
// whether it is passive and whether it is negated.
class VerbRoles {
 public:
  // The verb whose first word is `verb_word` in `a`. With
  // `passive_needs_agent` (PETRARCH-1) a passive without a by-agent is read
  // as active: "The Philippines was criticized over its dispute with
  // Eriador" has the Philippines as source.
  VerbRoles(const ParseView& view, const Analysis& a, int verb_word,
            bool passive_needs_agent = false);

  bool found() const { return verb_ >= 0; }  // the verb word maps to a token
  int verb() const { return verb_; }         // its token
  bool passive() const { return passive_; }
  // The verb has a subject of its own in the parse (not one it shares
  // through conj, xcomp, advcl or acl).
  bool own_subject() const { return own_subject_; }
  int negation() const { return negation_; }  // token of not/n't/never, or -1

  // The mentions `accept` allows, with the relation that led to them for
  // the trace (`how`, may be null).
  using Accept = std::function<bool(int mention)>;
  std::vector<int> Source(const Accept& accept, std::string* how) const;
  std::vector<int> Target(const Accept& accept, std::string* how) const;
  // PETRARCH-1's target of an active verb: the first actor after the verb
  // inside its phrase, at any depth ("cordoned off the roads leading into
  // Mordor along the pass of Cirith Ungol": MOR), with its coordinated
  // members.
  std::vector<int> FirstTargetInPhrase(const Accept& accept, std::string* how) const;

  // The first clausal complement (ccomp, xcomp) of the verb whose token
  // `accept` allows, or -1.
  int ClausalComplement(const std::function<bool(int token)>& accept) const;

  // The noun phrases in the source (target) role, each as its tokens in
  // text order: the first phrase there and the members coordinated with it.
  // The words of a phrase leave out its own preposition, punctuation and
  // possessive 's.
  std::vector<std::vector<int>> SourcePhrases() const;
  std::vector<std::vector<int>> TargetPhrases() const;

  // Whether a noun phrase stands where the target (source) would be, actor
  // or not: PETRARCH-1 writes a side "---" only over such a phrase.
  bool HasTargetPhrase() const;
  bool HasSourcePhrase() const;

  // "passive", "negated by 'not'" ... for the trace.
  std::string Describe() const;

 private:
  std::vector<int> SubjectsOf(int v) const;
  int SubjectOf(int v, int depth) const;
  bool IsConjunct(int t) const;
  int Antecedent(int v, int t) const;
  std::vector<int> ObjectsOf(int v) const;
  std::vector<int> AgentsOf(int v) const;
  // The mentions that node `t` names: its own or its subtree's nearest,
  // and one per conj member.
  void MentionsOf(int t, const Accept& accept, std::vector<int>* out, int depth) const;
  int NearestMention(int t, const Accept& accept, int* where) const;
  std::vector<std::vector<int>> PhrasesOf(int node) const;
  void PhraseTokens(int t, bool top, std::vector<int>* out, int depth) const;
  // The mentions of the first of `nodes` that names any; of every node.
  std::vector<int> FirstNaming(const std::vector<int>& nodes, const Accept& accept,
                               const char* role, std::string* how) const;
  std::vector<int> AllNaming(const std::vector<int>& nodes, const Accept& accept, const char* role,
                             std::string* how) const;

  const ParseView& view_;
  const Analysis& a_;
  int verb_ = -1;
  bool passive_ = false;
  bool own_subject_ = false;
  int negation_ = -1;
};

// Marks the conjunctions the parse attaches to a coordinated noun,
// adjective or adverb ("death and injury toll", "heavily and unjustly") as
// inside a phrase, not between clauses, so that patterns match across them
// (PETRARCH-1 suite, DEMO-21, PATTERN-30), and rebuilds the clauses of `a`.
// Returns whether any changed.
bool JoinNounCoordinations(const ParseView& view, Analysis* a);

// Marks in a->phrase_commas the commas the parse puts between the
// modifiers of a noun ("complete, full diplomatic ties"): PETRARCH reads
// the noun phrase whole, so such a comma opens no comma clause (both
// PETRARCH suites, COMMA-08). Returns whether any comma was marked.
bool FindPhraseCommas(const ParseView& view, Analysis* a);

// Fills a->parsed_verbs: the words whose token the parse tags VERB or AUX.
void MarkParsedVerbs(const ParseView& view, Analysis* a);

// Whether a verb pattern spells a negation itself (NOT, NEVER, NO, a word
// ending in N'T), in its words, alternatives or synsets.
bool PatternHasNegation(const dict::Phrase& p, const dict::CompiledDictionaries& d);

}  // namespace dyad::coder
