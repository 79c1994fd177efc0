#include "coder/sentence_coder.h"

#include <algorithm>
#include <optional>

#include "coder/transformations.h"
#include "util/ascii.h"

namespace dyad::coder {

using dict::Code;

void SentenceCoder::AddMention(int m, Side* s) const {
  const coder::Mention& mention = a_.mentions[m];
  for (const std::string& c : mention.codes) {
    if (!s->Has(c)) s->members.push_back({c, mention.first, mention.last});
  }
}

Side SentenceCoder::UnitSide(int u, bool first_member_only) const {
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

Side SentenceCoder::MentionsSide(const std::vector<int>& mentions) const {
  Side s;
  for (int m : mentions) AddMention(m, &s);
  if (!mentions.empty()) s.unit = a_.mentions[mentions.front()].unit;
  for (int m : mentions) {
    if (a_.mentions[m].unit != s.unit) s.unit = -1;
  }
  return s;
}

Side SentenceCoder::DefaultSide(const std::string& code) {
  Side s;
  s.members.push_back({code, -1, -1});
  return s;
}

bool SentenceCoder::DistinctFrom(int u, const Side& source) const {
  for (const std::string& c : a_.units[u].codes) {
    if (!source.Has(c)) return true;
  }
  return false;
}

Side SentenceCoder::FindSource(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
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

Side SentenceCoder::FindTarget(const coder::Clause& c, int verb, int verb_end, const MatchResult& m,
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

bool SentenceCoder::Passive(int verb, int verb_end) const {
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

VerbOutcome SentenceCoder::Evaluate(const coder::Clause& c, int verb, const Side& carried,
                                    bool parse_only) const {
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
    out.own_subject = roles->own_subject();
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
      out.complement = ComplementVerbOfSourceless(*roles, m);
      out.deferred = out.complement >= 0;
      if (out.deferred) {
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
    const bool phrase = !roles || !roles->found() ||
                        (out.source.empty() ? roles->HasSourcePhrase() : roles->HasTargetPhrase());
    if (phrase) (out.source.empty() ? out.source : out.target) = DefaultSide("---");
  }
  out.has_events = !out.source.empty() && !out.target.empty();
  if (out.has_events && roles && MayTransform(d_, out.code.code))
    out.complement = ComplementVerb(*roles);
  return out;
}

bool SentenceCoder::AddNewActors(const std::vector<std::vector<int>>& phrases, Side* side) const {
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

bool SentenceCoder::InSomeSubject(const Side& side) const {
  for (const Side::Member& member : side.members) {
    if (member.first < 0) continue;
    const int t = parse_->TokenOf(a_, member.first);
    if (t < 0 || !parse_->InSubjectOf(t, /*except_verb=*/-1)) return false;
  }
  return true;
}

bool SentenceCoder::SubjectElsewhere(const coder::VerbRoles& roles, const Side& side) const {
  for (const Side::Member& member : side.members) {
    if (member.first < 0) continue;
    const int t = parse_->TokenOf(a_, member.first);
    if (t >= 0 && !parse_->InVerbPhrase(roles.verb(), t) &&
        parse_->InSubjectOf(t, /*except_verb=*/roles.verb()))
      return true;
  }
  return false;
}

int SentenceCoder::ComplementVerbOfSourceless(const coder::VerbRoles& roles,
                                              const MatchResult& m) const {
  if (!roles.found() || m.source >= 0 || m.compound >= 0) return -1;
  const auto any = [](int) { return true; };
  if (!roles.Source(any, nullptr).empty()) return -1;
  return ComplementVerb(roles);
}

int SentenceCoder::ComplementVerb(const coder::VerbRoles& roles) const {
  return roles.ClausalComplement([&](int t) { return VerbWordAt(a_, t) >= 0; });
}

bool SentenceCoder::AttributeFromParse(const coder::VerbRoles& roles, const MatchResult& m,
                                       VerbOutcome* out, bool no_pronouns) const {
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

void SentenceCoder::Emit(const VerbOutcome& v, const Document& doc, size_t index,
                         const std::string& date, std::vector<Event>* events) const {
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

}  // namespace dyad::coder
