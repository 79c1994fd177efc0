// SentenceCoder: the evaluation of one verb of one analysed sentence, for
// Coder::CodeSentence (coder.cc), which walks the clauses and keeps events.
//
// Evaluate() matches the verb's patterns (longest first, manual 5.7.1),
// then fills source and target: from pattern tokens, from the parse when
// one is bound (syntax_attribution.h) and else by TABARI's default searches
// (manual 5.8), with the PETRARCH options of CodingOptions deciding where
// PETRARCH codes otherwise. Emit() turns an outcome into Events with their
// provenance.
//
// Ownership and thread safety: a SentenceCoder borrows the dictionaries,
// options, analysis and parse view it is built on, which must outlive it;
// it is built per sentence, on one thread.
#pragma once

#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/matcher.h"
#include "coder/syntax_attribution.h"
#include "dictionary/compiled.h"
#include "dyad/coder.h"

namespace dyad::coder {

// One side of an event: its codes, each with the words that named it.
struct Side {
  struct Member {
    std::string code;
    int first = -1, last = -1;  // words; -1 for a default code
  };
  std::vector<Member> members;
  int unit = -1;
  bool empty() const { return members.empty(); }
  bool Has(const std::string& code) const {
    for (const Member& m : members) {
      if (m.code == code) return true;
    }
    return false;
  }
};

// What evaluating one verb gave.
struct VerbOutcome {
  bool discard = false, complex = false;
  std::string why;
  dict::Code code;
  Side source, target;
  bool compound = false;  // % : pairs within one side
  const std::string* origin = nullptr;
  int span_first = -1, span_last = -1;  // positions
  bool has_events = false;
  // The token of the dictionary verb of this verb's clausal complement,
  // found only where that verb may code with it (else -1): in its stead
  // (`deferred`, CodingOptions::complement_codes_sourceless_verb) or through
  // a PETRARCH-2 transformation (transformations.h).
  int complement = -1;
  bool deferred = false;
  // The parse gives the verb a subject of its own (not one it shares
  // through conj, xcomp, advcl or acl).
  bool own_subject = false;
  std::string note;  // with options.trace: what the parse said about the verb
};

class SentenceCoder {
 public:
  // `parse`, when not null, is bound to `a` and decides source and target.
  SentenceCoder(const dict::CompiledDictionaries& d, const CodingOptions& o, const Analysis& a,
                const coder::ParseView* parse)
      : d_(d),
        o_(o),
        a_(a),
        parse_(parse),
        matcher_(d, a, idx_, o.synset_adjacency, o.pattern_words_not_parsed_verbs) {
    idx_.Build(a);
  }

  void AddMention(int m, Side* s) const;

  Side UnitSide(int u, bool first_member_only = false) const;

  // Mentions the parse named; they need not form one unit, and may lie in a
  // dropped comma clause (an appositive).
  Side MentionsSide(const std::vector<int>& mentions) const;

  static Side DefaultSide(const std::string& code);

  const PatternMatcher& matcher() const { return matcher_; }
  const dict::CompiledDictionaries& dictionaries() const { return d_; }

  bool Excluded(int u, const MatchResult& m) const { return m.Took(u); }

  // The units that begin inside [from, to) in order.
  template <typename Fn>
  int FirstUnit(int from, int to, Fn&& accept) const {
    for (int p = from; p < to; ++p) {
      int u = idx_.unit_of[p];
      if (u < 0 || idx_.unit_first[u] != p) continue;
      if (accept(u)) return u;
    }
    return -1;
  }

  bool DistinctFrom(int u, const Side& source) const;

  Side FindSource(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
                  const Side& target, const Side& carried) const;

  Side FindTarget(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
                  const Side& source) const;

  bool Passive(int verb, int verb_end) const;

  // `parse_only`: a later verb of a clause that already has its event
  // (CodingOptions::code_parsed_clauses): coded only when the parse gives it
  // a subject of its own, its sides only from the parse.
  VerbOutcome Evaluate(const coder::Clause& c, int verb, const Side& carried,
                       bool parse_only = false) const;

  // CodingOptions::new_actor_length: the phrases of a role that hold no
  // actor and are short enough join `side` as actors named by their words.
  // A side that already has an actor from one phrase keeps it ("Eriador's
  // death and injury toll": ERI and "INJURY TOLL"). Returns whether any
  // was added.
  bool AddNewActors(const std::vector<std::vector<int>>& phrases, Side* side) const;

  // PETRARCH-1 finds a source in a subject: a side found by word order must
  // be a subject of some verb, or inside one ("On improvement of ...
  // Gondor's health centres, he said": no source, TAB-DEBUG-19).
  bool InSomeSubject(const Side& side) const;

  // Whether an actor of `side` is, or is inside, the subject of a verb
  // outside the phrase of the verb `roles` is about (a side without words,
  // a default, is not).
  bool SubjectElsewhere(const coder::VerbRoles& roles, const Side& side) const;

  // CodingOptions::complement_codes_sourceless_verb: the parse names no
  // actor for the verb's source, nor does its pattern; the token of its
  // clausal complement's dictionary verb, else -1.
  int ComplementVerbOfSourceless(const coder::VerbRoles& roles, const MatchResult& m) const;
  // The token of the dictionary verb of the verb's clausal complement, or -1.
  int ComplementVerb(const coder::VerbRoles& roles) const;

  // Fills the sides the pattern left open from the parse. False when the
  // parse names no actor for either (TABARI's rules then decide all).
  // `no_pronouns`: PETRARCH-1 resolves no pronouns; the verbs only it
  // codes (parse_only) do not take "its" for an actor.
  bool AttributeFromParse(const coder::VerbRoles& roles, const MatchResult& m, VerbOutcome* out,
                          bool no_pronouns = false) const;

  void Emit(const VerbOutcome& v, const Document& doc, size_t index, const std::string& date,
            std::vector<Event>* events) const;

 private:
  const dict::CompiledDictionaries& d_;
  const CodingOptions& o_;
  const Analysis& a_;
  const coder::ParseView* parse_;
  PositionIndex idx_;
  PatternMatcher matcher_;
};

}  // namespace dyad::coder
