// Coder::CodeSentence: the whole of TABARI's coding of one sentence.
//
// The loop reads like the manual's summary (7.10): lex, analyze, apply the
// discard/complex filters, then for each clause evaluate its verbs in order,
// pick the event the CODE BY rule keeps, and carry the source to the next
// clause. Each verb is evaluated by a SentenceCoder (sentence_coder.h):
// source and target come from pattern tokens when the pattern has them, else
// from the default searches (manual 5.8), with passive voice reversing them;
// under syntax attribution a dependency parse of the sentence names them
// first (syntax_attribution.h).
#include "dyad/coder.h"

#include <algorithm>
#include <optional>

#include "coder/analysis.h"
#include "coder/matcher.h"
#include "coder/sentence_coder.h"
#include "coder/syntax_attribution.h"
#include "coder/transformations.h"
#include "dictionary/compiled.h"
#include "util/dates.h"

namespace dyad {

using coder::Analysis;
using coder::MatchResult;
using coder::PatternMatcher;
using coder::SentenceCoder;
using coder::Side;
using coder::VerbOutcome;
using coder::WordType;
using dict::Code;

using dates::IsoToInt;
using dates::ShiftIso;

namespace {

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

// PETRARCH-2's transformations (transformations.h): the event `v` and
// that of its clausal complement's dictionary verb (VerbOutcome::complement),
// in whichever clause that verb stands (not in a dropped comma clause), as
// one event.
void TransformWithComplement(const SentenceCoder& sc, const Analysis& a, const Side& carried,
                             VerbOutcome* v) {
  const int position = a.position[coder::VerbWordAt(a, v->complement)];
  for (const coder::Clause& c : a.clauses) {
    if (position < c.begin || position >= c.end) continue;
    const VerbOutcome lower = sc.Evaluate(c, position, carried);
    if (lower.has_events) coder::ApplyTransformations(sc.dictionaries(), lower, v);
    return;
  }
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
      if (d.has_noun_phrase_heads || options.pattern_words_not_parsed_verbs)
        coder::MarkParsedVerbs(bound, &a);
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
      if (v.has_events && v.complement >= 0) TransformWithComplement(sc, a, carried, &v);
      if (!v.note.empty()) result.trace += "syntax: " + v.note + "\n";
      if (v.deferred) {
        deferred.emplace(v.complement, v.code.code);
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
