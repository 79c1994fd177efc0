// Coder::CodeSentence: the whole of TABARI's coding of one sentence.
//
// The loop reads like the manual's summary (7.10): lex, analyze, apply the
// discard/complex filters, then for each clause evaluate its verbs in order,
// pick the event the CODE BY rule keeps, and carry the source to the next
// clause. Source and target come from pattern tokens when the pattern has
// them, else from the default searches (manual 5.8), with passive voice
// reversing them; under syntax attribution a dependency parse of the
// sentence names them first (syntax_attribution.h).
#include "dyad/coder.h"

#include <algorithm>
#include <optional>

#include "coder/analysis.h"
#include "coder/matcher.h"
#include "coder/syntax_attribution.h"
#include "dictionary/compiled.h"
#include "util/ascii.h"
#include "util/dates.h"

namespace dyad {

using coder::Analysis;
using coder::MatchResult;
using coder::PatternMatcher;
using coder::PositionIndex;
using coder::WordType;
using dict::Code;

using dates::IsoToInt;
using dates::ShiftIso;

namespace {

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

struct VerbOutcome {
  bool discard = false, complex = false;
  std::string why;
  Code code;
  Side source, target;
  bool compound = false;  // % : pairs within one side
  const std::string* origin = nullptr;
  int span_first = -1, span_last = -1;  // positions
  bool has_events = false;
  // CodingOptions::complement_codes_sourceless_verb: the token of the
  // complement's verb that codes in this verb's stead, or -1.
  int deferred_to = -1;
  std::string note;  // with options.trace: what the parse said about the verb
};

class SentenceCoder {
 public:
  // `parse`, when not null, is bound to `a` and decides source and target.
  SentenceCoder(const dict::CompiledDictionaries& d, const CodingOptions& o, const Analysis& a,
                const coder::ParseView* parse)
      : d_(d), o_(o), a_(a), parse_(parse), matcher_(d, a, idx_, o.synset_adjacency) {
    idx_.Build(a);
  }

  void AddMention(int m, Side* s) const {
    const coder::Mention& mention = a_.mentions[m];
    for (const std::string& c : mention.codes) {
      if (!s->Has(c)) s->members.push_back({c, mention.first, mention.last});
    }
  }

  Side UnitSide(int u, bool first_member_only = false) const {
    Side s;
    s.unit = u;
    if (u < 0) return s;
    const coder::Unit& unit = a_.units[u];
    for (int m : unit.mentions) {
      AddMention(m, &s);
      if (first_member_only) break;
    }
    return s;
  }

  // Mentions the parse named; they need not form one unit, and may lie in a
  // dropped comma clause (an appositive).
  Side MentionsSide(const std::vector<int>& mentions) const {
    Side s;
    for (int m : mentions) AddMention(m, &s);
    if (!mentions.empty()) s.unit = a_.mentions[mentions.front()].unit;
    for (int m : mentions) {
      if (a_.mentions[m].unit != s.unit) s.unit = -1;
    }
    return s;
  }

  static Side DefaultSide(const std::string& code) {
    Side s;
    s.members.push_back({code, -1, -1});
    return s;
  }

  const PatternMatcher& matcher() const { return matcher_; }

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

  bool DistinctFrom(int u, const Side& source) const {
    for (const std::string& c : a_.units[u].codes) {
      if (!source.Has(c)) return true;
    }
    return false;
  }

  Side FindSource(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
                  const Side& target, const Side& carried) const {
    int u = FirstUnit(c.begin, verb, [&](int x) {
      return !Excluded(x, m) && (target.empty() || DistinctFrom(x, target));
    });
    if (u >= 0) return UnitSide(u);
    if (!carried.empty()) return carried;
    if (!o_.defaults.source.empty() && o_.defaults.source_prior)
      return DefaultSide(o_.defaults.source);
    u = FirstUnit(verb_end, c.end, [&](int x) {
      return !Excluded(x, m) && (target.empty() || DistinctFrom(x, target));
    });
    if (u >= 0) return UnitSide(u, /*first_member_only=*/true);
    if (!o_.defaults.source.empty()) return DefaultSide(o_.defaults.source);
    return Side();
  }

  Side FindTarget(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
                  const Side& source) const {
    int u = FirstUnit(verb_end, c.end, [&](int x) {
      return !Excluded(x, m) && x != source.unit && DistinctFrom(x, source);
    });
    if (u >= 0) return UnitSide(u);
    if (!o_.defaults.target.empty() && o_.defaults.target_after)
      return DefaultSide(o_.defaults.target);
    // Before the verb, nearest first, one actor at a time.
    const std::string first_code = source.empty() ? "" : source.members[0].code;
    // Only within the clause: TABARI's suite codes nothing more for "...a real
    // easy or pleasant place to visit" (CONNECT-10), although the manual's
    // example in 7.6.1 suggests the search reaches into earlier clauses.
    int previous = -1;
    for (int p = verb - 1; p >= c.begin; --p) {
      // Any word of an actor counts, not only its first: the clause may hold
      // only the tail of a phrase that began before the conjunction
      // ("near Durthang and an Orc leader said", DEBUG-01).
      int mention = coder::MentionAt(a_, a_.visible[p]);
      if (mention < 0 || mention == previous) continue;
      previous = mention;
      const coder::Mention& mm = a_.mentions[mention];
      if (mm.unit < 0) continue;
      if (Excluded(mm.unit, m)) continue;
      bool distinct = false;
      for (const std::string& code : mm.codes) distinct = distinct || code != first_code;
      if (!distinct) continue;
      if (mm.unit == source.unit && source.members.size() > 1) {
        Side s;
        s.unit = mm.unit;
        for (const std::string& code : mm.codes) s.members.push_back({code, mm.first, mm.last});
        return s;
      }
      if (mm.unit == source.unit) continue;
      return UnitSide(mm.unit);
    }
    if (source.members.size() > 1) return source;
    if (!o_.defaults.target.empty()) return DefaultSide(o_.defaults.target);
    return Side();
  }

  bool Passive(int verb, int verb_end) const {
    bool aux = false;
    for (int p = verb - 1; p >= 0 && p >= verb - 2; --p) {
      aux = aux || a_.info[a_.visible[p]].type == WordType::kAuxiliary;
    }
    if (!aux) return false;
    const int v = static_cast<int>(a_.visible.size());
    for (int p = verb_end; p < v && p <= verb_end + 1; ++p) {
      if (a_.info[a_.visible[p]].type == WordType::kBy) return true;
    }
    return false;
  }

  // `parse_only`: a later verb of a clause that already has its event
  // (CodingOptions::code_parsed_clauses): coded only when the parse gives it
  // a subject of its own, its sides only from the parse.
  VerbOutcome Evaluate(const coder::Clause& c, int verb, const Side& carried,
                       bool parse_only = false) const {
    VerbOutcome out;
    const int w = a_.visible[verb];
    const coder::WordInfo& info = a_.info[w];
    const dict::Surface& surface = d_.surfaces[info.surface];
    const dict::VerbEntry& entry = d_.verbs[surface.entry];
    int last_run = info.run_end - 1;
    int verb_end = a_.position[last_run] >= 0 ? a_.position[last_run] + 1 : verb + 1;

    const dict::Phrase* best = nullptr;
    MatchResult best_match;
    // Longest first; a match through alternatives or synsets shorter than its
    // pattern's full length is accepted only after every pattern at least as
    // long as the text it matched has been tried (manual 5.7.1).
    uint64_t before_bits = 0, after_bits = 0;
    if (!entry.patterns.empty()) {
      for (int p = c.begin; p < verb; ++p)
        before_bits |= dict::WordBits(a_.words[a_.visible[p]].text);
      for (int p = verb_end; p < c.end; ++p)
        after_bits |= dict::WordBits(a_.words[a_.visible[p]].text);
    }
    for (const dict::Phrase& p : entry.patterns) {
      if (best != nullptr && (p.length < best_match.length || best_match.length == best->length))
        break;
      if ((p.before_bits & ~before_bits) != 0 || (p.after_bits & ~after_bits) != 0) continue;
      if (o_.words_before_verb_only_as_noun_phrase && p.plain_words_before_verb) continue;
      MatchResult m;
      if (!matcher_.Match(p, c.begin, c.end, verb, verb_end, &m)) continue;
      if (best == nullptr || m.length >= best_match.length) {
        best = &p;
        best_match = std::move(m);
      }
    }
    MatchResult root_match;
    root_match.first = verb;
    root_match.last = verb_end - 1;
    const MatchResult& m = best != nullptr ? best_match : root_match;
    out.code = best != nullptr ? best->code : entry.code;
    out.origin = best != nullptr ? &best->origin : &entry.origin;
    out.span_first = m.first;
    out.span_last = m.last;
    if (out.code.kind == Code::Kind::kDiscard || out.code.kind == Code::Kind::kComplex) {
      out.discard = out.code.kind == Code::Kind::kDiscard;
      out.complex = !out.discard;
      out.why = *out.origin;
      return out;
    }
    if (out.code.kind != Code::Kind::kEvent) return out;

    std::optional<coder::VerbRoles> roles;
    if (parse_only && parse_ == nullptr) return out;
    if (parse_ != nullptr) {
      roles.emplace(*parse_, a_, w, o_.passive_needs_agent);
      if (o_.trace) out.note = roles->Describe();
      // CAMEO codes what happened: "China did not recognize Taiwan" is no
      // recognition, unless the dictionary has a pattern for the negation.
      if (roles->negation() >= 0 && (best == nullptr || !coder::PatternHasNegation(*best, d_))) {
        // With an ontology that says what the negation of the code is (PICO:
        // not disapproving, 110, is 050) that is the event.
        const std::string negated = d_.pico.Negation(out.code.code);
        if (negated.empty()) {
          if (o_.trace) out.note += ": no event (the pattern does not spell the negation)";
          return out;
        }
        if (o_.trace) out.note += ": negation codes " + negated;
        out.code.code = negated;
        out.code.paired.clear();
      }
      if (o_.complement_codes_sourceless_verb && !parse_only) {
        out.deferred_to = ComplementVerbOfSourceless(*roles, m);
        if (out.deferred_to >= 0) {
          if (o_.trace) out.note += ": no source; its complement's verb codes";
          return out;
        }
      }
    }

    // PETRARCH-1 reads the compound of a % pattern as one side, the source
    // before the verb ("Gondor and Osgiliath have postponed") and the target
    // after it ("agrees with the Philippines and France"), and looks for the
    // other side as usual; only without one do its members pair up.
    Side other;
    bool placed = false;
    if (parse_only) {
      if (!roles->found() || !roles->own_subject() || m.compound >= 0) return out;
      if (m.target >= 0) out.target = UnitSide(m.target);
      if (m.source >= 0) out.source = UnitSide(m.source);
      AttributeFromParse(*roles, m, &out, /*no_pronouns=*/true);
      if (out.source.empty()) return out;
    } else if (m.compound >= 0 && o_.compound_side) {
      VerbOutcome probe;
      const bool before = a_.position[a_.units[m.compound].first] < verb;
      (before ? probe.source : probe.target) = UnitSide(m.compound);
      if (roles) AttributeFromParse(*roles, m, &probe);
      if (before && probe.target.empty())
        probe.target = FindTarget(c, verb, verb_end, m, probe.source);
      if (!before && probe.source.empty())
        probe.source = FindSource(c, verb, verb_end, m, probe.target, carried);
      other = before ? std::move(probe.target) : std::move(probe.source);
      // The searches hand back the compound itself when nothing else is there.
      if (other.unit == m.compound) other = Side();
      if (!other.empty()) {
        (before ? out.source : out.target) = UnitSide(m.compound);
        (before ? out.target : out.source) = std::move(other);
        placed = true;
      }
    }
    if (placed || parse_only) {
      out.compound = false;
    } else if (m.compound >= 0) {
      out.source = UnitSide(m.compound);
      out.target = out.source;
      out.compound = true;
    } else {
      if (m.target >= 0) out.target = UnitSide(m.target);
      if (m.source >= 0) out.source = UnitSide(m.source);
      // When the parse names one side at least, TABARI's searches fill the
      // other around it, and its BY rule has no say.
      const bool parsed = roles && AttributeFromParse(*roles, m, &out);
      if (out.source.empty()) {
        out.source = FindSource(c, verb, verb_end, m, out.target, carried);
        if (parsed && o_.target_in_verb_phrase && !InSomeSubject(out.source)) out.source = Side();
      }
      if (out.target.empty() && !out.source.empty()) {
        out.target = FindTarget(c, verb, verb_end, m, out.source);
        if (parsed && o_.target_in_verb_phrase && SubjectElsewhere(*roles, out.target))
          out.target = Side();
      }
      bool tokens = best != nullptr && best->has_actor_tokens;
      if (!parsed && !tokens && Passive(verb, verb_end)) std::swap(out.source, out.target);
    }
    // PETRARCH's require_dyad = false codes a one-sided event, the missing
    // side written "---" (PETRARCH-1 suite, COMPOUND-03).
    // Over a parse, only where a noun phrase stands in that role: "a senior
    // official said on Saturday" is ---GOV/---, "... said today" (a
    // temporal noun, no object) codes nothing (COMMA-10, COMMA-06).
    if (!o_.require_dyad && out.source.empty() != out.target.empty()) {
      const bool phrase =
          !roles || !roles->found() ||
          (out.source.empty() ? roles->HasSourcePhrase() : roles->HasTargetPhrase());
      if (phrase) (out.source.empty() ? out.source : out.target) = DefaultSide("---");
    }
    out.has_events = !out.source.empty() && !out.target.empty();
    return out;
  }

  // CodingOptions::new_actor_length: the phrases of a role that hold no
  // actor and are short enough join `side` as actors named by their words.
  // A side that already has an actor from one phrase keeps it ("Eriador's
  // death and injury toll": ERI and "INJURY TOLL"). Returns whether any
  // was added.
  bool AddNewActors(const std::vector<std::vector<int>>& phrases, Side* side) const {
    bool added = false;
    for (const std::vector<int>& tokens : phrases) {
      if (tokens.empty() || static_cast<int>(tokens.size()) > o_.new_actor_length) continue;
      bool known = false;
      for (int t : tokens) known = known || parse_->MentionAt(t) >= 0;
      if (known) continue;
      Side::Member member;
      member.code = "\"";
      for (int t : tokens) {
        if (member.code.size() > 1) member.code += ' ';
        member.code += ascii::Upper(parse_->Word(t));
      }
      member.code += '"';
      for (int w = 0; w < static_cast<int>(a_.words.size()); ++w) {
        const int t = a_.words[w].token;
        if (t == tokens.front() && member.first < 0) member.first = w;
        if (t == tokens.back()) member.last = w;
      }
      if (member.first < 0 || member.last < member.first) member.first = member.last = -1;
      if (!side->Has(member.code)) {
        side->members.push_back(std::move(member));
        added = true;
      }
    }
    return added;
  }

  // PETRARCH-1 finds a source in a subject: a side found by word order must
  // be a subject of some verb, or inside one ("On improvement of ...
  // Gondor's health centres, he said": no source, TAB-DEBUG-19).
  bool InSomeSubject(const Side& side) const {
    for (const Side::Member& member : side.members) {
      if (member.first < 0) continue;
      const int t = parse_->TokenOf(a_, member.first);
      if (t < 0 || !parse_->InSubjectOf(t, /*except_verb=*/-1)) return false;
    }
    return true;
  }

  // Whether an actor of `side` is, or is inside, the subject of a verb
  // outside the phrase of the verb `roles` is about (a side without words,
  // a default, is not).
  bool SubjectElsewhere(const coder::VerbRoles& roles, const Side& side) const {
    for (const Side::Member& member : side.members) {
      if (member.first < 0) continue;
      const int t = parse_->TokenOf(a_, member.first);
      if (t >= 0 && !parse_->InVerbPhrase(roles.verb(), t) &&
          parse_->InSubjectOf(t, /*except_verb=*/roles.verb()))
        return true;
    }
    return false;
  }

  // CodingOptions::complement_codes_sourceless_verb: the parse names no
  // actor for the verb's source, nor does its pattern, and a clausal
  // complement (ccomp, xcomp) is a dictionary verb: that verb's token, else -1.
  int ComplementVerbOfSourceless(const coder::VerbRoles& roles, const MatchResult& m) const {
    if (!roles.found() || m.source >= 0 || m.compound >= 0) return -1;
    const auto any = [](int) { return true; };
    if (!roles.Source(any, nullptr).empty()) return -1;
    const coder::ParseView& view = *parse_;
    for (const int* c = view.ChildrenBegin(roles.verb()); c != view.ChildrenEnd(roles.verb());
         ++c) {
      const std::string& rel = view.Rel(*c);
      if (rel != "ccomp" && rel != "xcomp") continue;
      for (size_t w = 0; w < a_.words.size(); ++w) {
        if (a_.words[w].token == *c && a_.info[w].type == WordType::kVerb) return *c;
      }
    }
    return -1;
  }

  // Fills the sides the pattern left open from the parse. False when the
  // parse names no actor for either (TABARI's rules then decide all).
  // `no_pronouns`: PETRARCH-1 resolves no pronouns; the verbs only it
  // codes (parse_only) do not take "its" for an actor.
  bool AttributeFromParse(const coder::VerbRoles& roles, const MatchResult& m, VerbOutcome* out,
                          bool no_pronouns = false) const {
    if (!roles.found()) return false;
    auto usable = [&](int mention, const Side& other) {
      const coder::Mention& mm = a_.mentions[mention];
      if (no_pronouns && mm.pronoun) return false;
      if (mm.unit >= 0 && m.Took(mm.unit)) return false;
      for (const std::string& c : mm.codes) {
        if (!other.Has(c)) return true;
      }
      return false;
    };
    std::string how_source, how_target;
    std::string* hs = o_.trace ? &how_source : nullptr;
    std::string* ht = o_.trace ? &how_target : nullptr;
    bool named = false;
    if (out->source.empty()) {
      // A subject borrowed from another verb (no subject of its own) is not
      // looked for in a dropped comma clause: "Arnor is inching nearer to
      // accord with Gondor ..., a senior official said" is Arnor's accord.
      auto source_ok = [&](int x) {
        const bool dropped = a_.info[a_.mentions[x].head].deleted;
        return usable(x, out->target) && !(dropped && !roles.own_subject() && !roles.passive());
      };
      out->source = MentionsSide(roles.Source(source_ok, hs));
      named = !out->source.empty();
    }
    if (out->target.empty()) {
      auto target_ok = [&](int x) { return usable(x, out->source); };
      out->target = MentionsSide(o_.target_in_verb_phrase ? roles.FirstTargetInPhrase(target_ok, ht)
                                                          : roles.Target(target_ok, ht));
      named = named || !out->target.empty();
    }
    if (o_.new_actor_length > 0) {
      named = AddNewActors(roles.SourcePhrases(), &out->source) || named;
      named = AddNewActors(roles.TargetPhrases(), &out->target) || named;
    }
    if (o_.trace) {
      for (const std::string* how : {&how_source, &how_target}) {
        if (!how->empty()) out->note += "; " + *how;
      }
      if (!named) out->note += "; no actor in the parse: TABARI's rules";
    }
    return named;
  }

  void Emit(const VerbOutcome& v, const Document& doc, size_t index, const std::string& date,
            std::vector<Event>* events) const {
    const Sentence& s = doc.sentences[index];
    std::string_view text = doc.View(s.span);
    auto span_of = [&](int first, int last) {
      if (first < 0) return Span{};
      return Span{a_.words[first].span.begin, a_.words[last].span.end};
    };
    auto actor = [&](const Side::Member& m) {
      EventActor ea;
      ea.code = m.code;
      ea.span = span_of(m.first, m.last);
      ea.text = std::string(text.substr(ea.span.begin, ea.span.size()));
      return ea;
    };
    Span verb_span{a_.words[a_.visible[v.span_first]].span.begin,
                   a_.words[a_.visible[v.span_last]].span.end};
    auto add = [&](const Side::Member& src, const Side::Member& tgt, const std::string& code) {
      if (src.code == tgt.code) return;
      for (const Event& e : *events) {
        if (e.source.code == src.code && e.target.code == tgt.code && e.code == code) return;
      }
      Event e;
      e.doc_id = doc.id;
      e.sentence_index = index;
      e.sentence_text = std::string(text);
      e.date = date;
      e.source = actor(src);
      e.target = actor(tgt);
      e.code = code;
      e.verb_span = verb_span;
      e.verb_text = std::string(text.substr(verb_span.begin, verb_span.size()));
      e.pattern = v.origin != nullptr ? *v.origin : "";
      events->push_back(std::move(e));
    };
    for (const Side::Member& src : v.source.members) {
      for (const Side::Member& tgt : v.target.members) {
        if (!v.code.code.empty()) add(src, tgt, v.code.code);
        if (!v.code.paired.empty()) add(tgt, src, v.code.paired);
      }
    }
  }

 private:
  const dict::CompiledDictionaries& d_;
  const CodingOptions& o_;
  const Analysis& a_;
  const coder::ParseView* parse_;
  PositionIndex idx_;
  PatternMatcher matcher_;
};

// The sentence's tokens as the words of a SyntaxSentence to annotate,
// reusing `s`'s strings.
void TokensToSyntaxSentence(const Document& doc, const Sentence& sentence, SyntaxSentence* s) {
  const size_t n = sentence.tokens.size();
  s->comments.clear();
  s->words.resize(n);
  s->space_after.resize(n);
  s->syntax.clear();
  for (size_t i = 0; i < n; ++i) {
    const Span span = sentence.tokens[i].span;
    s->words[i].assign(doc.View(span));
    s->space_after[i] = i + 1 == n || sentence.tokens[i + 1].span.begin != span.end;
  }
}

bool IsAuxiliaryRel(const std::string& rel) {
  return rel == "aux" || rel == "aux:pass" || rel == "cop";
}

// Whether the sentence can yield an event at all: a verb and an actor (or
// new actors may come from the parse's noun phrases). Only then is a parse
// worth its cost.
bool WorthParsing(const Analysis& a, const CodingOptions& options) {
  bool verb = false;
  for (int w : a.visible) verb = verb || (a.info[w].type == WordType::kVerb && a.info[w].head < 0);
  return verb && (!a.mentions.empty() || options.new_actor_length > 0);
}

void SetDisposition(CodingResult* r, CodingResult::Disposition d, std::string why) {
  r->disposition = d;
  r->reason = std::move(why);
  r->events.clear();
}

}  // namespace

CodingResult Coder::CodeSentence(const Document& doc, size_t index, const CodingOptions& options,
                                 const SentenceContext* context,
                                 const SyntaxSentence* parse) const {
  CodingResult result;
  result.date = doc.date;
  if (index >= doc.sentences.size()) return result;
  const dict::CompiledDictionaries& d = dicts_.compiled();
  // Scratch space per thread: its vectors keep their capacity between
  // sentences, so coding a sentence rarely allocates.
  thread_local Analysis a;
  a.forwarded.clear();
  a.phrase_commas.clear();
  a.parsed_verbs.clear();
  a.date = IsoToInt(doc.date);
  coder::LexSentence(doc, index, &a);
  if (options.forward && context != nullptr) a.forwarded = context->previous_first_actor;
  if (static_cast<int>(a.words.size()) < options.minimum_words) {
    SetDisposition(&result, CodingResult::Disposition::kTooShort,
                   "fewer than " + std::to_string(options.minimum_words) + " words");
    return result;
  }
  // TABARI's MAX_LEX: a longer "sentence" is a run-on from a bad filter
  // (validation DEBUG-08); it is diverted, which also bounds coding time.
  constexpr size_t kMaxWords = 127;
  if (a.words.size() > kMaxWords) {
    SetDisposition(&result, CodingResult::Disposition::kComplex,
                   "complex: more than " + std::to_string(kMaxWords) + " words");
    return result;
  }
  coder::AnalyzeSentence(d, options, &a);
  if (options.trace) result.trace = coder::DescribeAnalysis(a);
  for (const coder::Mention& m : a.mentions) {
    if (m.pronoun || m.unit < 0 || m.base_codes.empty()) continue;
    result.first_actor = {m.base_codes.front()};
    break;
  }
  if (a.discard) {
    SetDisposition(&result, CodingResult::Disposition::kDiscarded, a.reason);
    return result;
  }
  if (a.complex) {
    SetDisposition(&result, CodingResult::Disposition::kComplex, a.reason);
    return result;
  }
  // COMPLEX: conditions that can be judged before coding.
  const auto& cx = options.complex;
  int first_verb = -1;
  for (size_t p = 0; p < a.visible.size(); ++p) {
    int w = a.visible[p];
    // Verbs whose root is null-coded do not count here (COMPLEX-06).
    if (a.info[w].type == WordType::kVerb && a.info[w].head < 0 &&
        a.info[w].code.kind != Code::Kind::kNull) {
      first_verb = static_cast<int>(p);
      break;
    }
  }
  auto complex = [&](const std::string& why) {
    SetDisposition(&result, CodingResult::Disposition::kComplex, "complex: " + why);
    return result;
  };
  int actors = 0;
  for (const coder::Mention& m : a.mentions) actors += m.pronoun ? 0 : 1;
  if (cx.verbs > 0 && a.verb_count >= cx.verbs) return complex("too many verbs");
  if (cx.actors > 0 && actors >= cx.actors) return complex("too many actors");
  if (cx.pronouns > 0 && a.pronoun_count >= cx.pronouns) return complex("too many pronouns");
  if (cx.conj > 0 && a.free_conjunctions >= cx.conj) return complex("too many conjunctions");
  if (cx.comma > 0 && a.comma_clauses >= cx.comma) return complex("too many comma clauses");
  if (cx.noverb && first_verb < 0) return complex("no verb");
  if (cx.lateverb > 0 && (first_verb < 0 || first_verb >= cx.lateverb)) return complex("late verb");
  if (first_verb >= 0 && (cx.noactprior || cx.noactafter)) {
    bool prior = false, after = false;
    for (const coder::Unit& u : a.units) {
      int p = a.position[u.first];
      if (p < 0) continue;
      if (p < first_verb)
        prior = true;
      else
        after = true;
    }
    if (cx.noactprior && !prior) return complex("no actor before the first verb");
    if (cx.noactafter && !after) return complex("no actor after the first verb");
  }
  if (first_verb < 0 && cx.noactprior && a.units.empty()) {
    // No verb at all: TABARI still diverts a text with no actor in it.
    return complex("no actor and no verb");
  }

  // Syntax attribution: the caller's parse, else the model's.
  const coder::ParseView* view = nullptr;
  if (options.attribution == CodingOptions::Attribution::kSyntax && WorthParsing(a, options)) {
    thread_local SyntaxSentence own;
    thread_local coder::ParseView bound;
    if (parse == nullptr && syntax_ != nullptr && syntax_->has_parser()) {
      TokensToSyntaxSentence(doc, doc.sentences[index], &own);
      syntax_->Annotate(&own);
      parse = &own;
    }
    std::string why = "no parse given and no parser model";
    if (parse != nullptr && bound.Bind(*parse, doc.sentences[index].tokens.size(), a, &why)) {
      view = &bound;
      // Commas inside noun phrases: analysed again without them as clause
      // delimiters, and bound again to the new analysis.
      if (options.phrase_commas_from_parse && coder::FindPhraseCommas(bound, &a)) {
        coder::AnalyzeSentence(d, options, &a);
        if (!bound.Bind(*parse, doc.sentences[index].tokens.size(), a, &why)) view = nullptr;
      }
    }
    if (view != nullptr) {
      if (options.noun_coordination_from_parse) coder::JoinNounCoordinations(bound, &a);
      if (d.has_noun_phrase_heads) coder::MarkParsedVerbs(bound, &a);
    }
    if (options.trace) {
      result.trace += view != nullptr ? bound.Describe() : "syntax: not used: " + why + "\n";
    }
  }
  result.parsed = view != nullptr;
  SentenceCoder sc(d, options, a, view);
  // Time shifting: the first non-null <TIME> phrase moves the date.
  std::string date = doc.date;
  if (options.time_shifting && d.has_time_phrases) {
    for (int w : a.visible) {
      const coder::WordInfo& info = a.info[w];
      if (info.type != WordType::kTime || info.head >= 0) continue;
      const dict::VerbEntry& entry = d.verbs[d.surfaces[info.surface].entry];
      Code code = entry.code;
      const PatternMatcher& matcher = sc.matcher();
      int p = a.position[w];
      int end = a.position[info.run_end - 1] + 1;
      int best_len = -1;
      for (const dict::Phrase& pat : entry.patterns) {
        if (pat.length <= best_len) break;
        MatchResult m;
        if (matcher.Match(pat, 0, static_cast<int>(a.visible.size()), p, end, &m) &&
            m.length > best_len) {
          best_len = m.length;
          code = pat.code;
        }
      }
      if (code.kind == Code::Kind::kDiscard) {
        SetDisposition(&result, CodingResult::Disposition::kDiscarded, "discard: time phrase");
        return result;
      }
      if (code.kind == Code::Kind::kComplex) return complex("time phrase");
      if (code.kind == Code::Kind::kEvent) {
        date = ShiftIso(doc.date, code.time_shift);
        break;
      }
    }
  }
  result.date = date;

  // CODE BY CLAUSE keeps the first event of each clause, CODE BY SENTENCE
  // the first of the sentence, CODE ALL every one. A subordinate event (023?)
  // stands only when nothing else is found in the clause (CODE BY CLAUSE) or
  // the sentence (otherwise). The first verb that yields an event ends the
  // clause: TABARI evaluates no further verbs there (FRWD-002-003).
  const bool code_all = options.code_by == CodingOptions::CodeBy::kAll;
  const bool by_clause = options.code_by == CodingOptions::CodeBy::kClause;
  std::vector<VerbOutcome> kept;
  Side carried;
  // PETRARCH-1 codes a verb phrase once: a verb inside the phrase of a verb
  // already coded is part of that verb's object ("restore ties with Gondor
  // five years after Calenardhon crowds burned down its embassy" is one
  // event, COMMA-05).
  int coded_verb = -1;  // token of the last verb coded
  // A verb without source left its event to its complement's verb: that
  // verb's token and the code to combine with its own.
  std::optional<std::pair<int, std::string>> deferred;
  for (const coder::Clause& c : a.clauses) {
    std::optional<VerbOutcome> subordinate;
    bool took = false;
    for (int p = c.begin; p < c.end; ++p) {
      int w = a.visible[p];
      if (a.info[w].type != WordType::kVerb || a.info[w].head >= 0) continue;
      // PETRARCH codes each verb phrase: past the clause's event, a verb
      // with a subject of its own in the parse is coded from the parse
      // ("..., a senior official said": ---GOV).
      const bool later = took && !code_all;
      const int token = view != nullptr ? view->TokenOf(a, w) : -1;
      if (options.code_parsed_clauses && coded_verb >= 0 && token >= 0 &&
          view->InVerbPhrase(coded_verb, token)) {
        continue;
      }
      // PETRARCH-1 codes the head of a verb phrase: a modal or auxiliary the
      // dictionary lists as a verb (SHOULD [101]) belongs to the verb it
      // helps ("indicated it should have acted": ACT's pattern, VERB-10).
      if (options.code_parsed_clauses && token >= 0 && IsAuxiliaryRel(view->Rel(token))) continue;
      // Nor is a dictionary verb the parse reads as a noun with a
      // determiner (CodingOptions::noun_with_determiner_is_no_verb).
      if (options.noun_with_determiner_is_no_verb && token >= 0 && view->HasDeterminer(token))
        continue;
      VerbOutcome v = sc.Evaluate(c, p, carried, /*parse_only=*/later);
      if (deferred && token == deferred->first && v.has_events) {
        v.code.code = d.pico.Combine(deferred->second, v.code.code);
        if (options.trace) v.note += "; combined with " + deferred->second + ": " + v.code.code;
      }
      if (!v.note.empty()) result.trace += "syntax: " + v.note + "\n";
      if (v.deferred_to >= 0) {
        deferred.emplace(v.deferred_to, v.code.code);
        continue;
      }
      if (v.discard) {
        SetDisposition(&result, CodingResult::Disposition::kDiscarded, "discard: " + v.why);
        return result;
      }
      if (v.complex) return complex(v.why);
      if (!v.has_events) {
        // A verb with a code of its own that found no actors still holds
        // its phrase: PETRARCH-1 does not look for events below it ("he
        // said government proposed ...": nothing, TAB-DEBUG-19).
        if (token >= 0 && v.code.kind == Code::Kind::kEvent && options.code_parsed_clauses)
          coded_verb = token;
        continue;
      }
      if (v.code.subordinate && !later) {
        if (!subordinate) subordinate = std::move(v);
        continue;
      }
      kept.push_back(std::move(v));
      took = true;
      if (token >= 0) coded_verb = token;
      if (!code_all && !options.code_parsed_clauses) break;
    }
    if (!took && subordinate) {
      kept.push_back(std::move(*subordinate));
      took = by_clause;
    }
    if (took) carried = kept.back().source;
    if (took && options.code_by == CodingOptions::CodeBy::kSentence) break;
  }
  if (!by_clause) {
    bool any_main = false;
    for (const VerbOutcome& v : kept) any_main = any_main || !v.code.subordinate;
    if (any_main) {
      kept.erase(std::remove_if(kept.begin(), kept.end(),
                                [](const VerbOutcome& v) { return v.code.subordinate; }),
                 kept.end());
    } else if (kept.size() > 1) {
      kept.resize(1);
    }
  }
  // A dominant code (111!) keeps only the dominant events.
  if (std::any_of(kept.begin(), kept.end(), [](const VerbOutcome& v) { return v.code.dominant; })) {
    kept.erase(std::remove_if(kept.begin(), kept.end(),
                              [](const VerbOutcome& v) { return !v.code.dominant; }),
               kept.end());
  }
  for (const VerbOutcome& v : kept) sc.Emit(v, doc, index, date, &result.events);
  if (options.complex.nosource || options.complex.notarget || options.complex.noevent) {
    if (result.events.empty() && options.complex.noevent) return complex("no event");
  }
  result.disposition = result.events.empty() ? CodingResult::Disposition::kNoEvent
                                             : CodingResult::Disposition::kCoded;
  return result;
}

}  // namespace dyad
