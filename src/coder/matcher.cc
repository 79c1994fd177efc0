#include "coder/matcher.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>

#include "coder/word_match.h"

namespace dyad::coder {

using dict::Element;
using dict::ElementKind;

void PositionIndex::Build(const Analysis& a) {
  const int v = static_cast<int>(a.visible.size());
  unit_of.assign(v, -1);
  unit_first.assign(a.units.size(), -1);
  unit_last.assign(a.units.size(), -1);
  for (int p = 0; p < v; ++p) {
    int u = UnitAt(a, a.visible[p]);
    unit_of[p] = u;
    if (u < 0) continue;
    if (unit_first[u] < 0) unit_first[u] = p;
    unit_last[u] = p;
  }
}

int LiteralLength(const Element& e) {
  int n = 0;
  for (char c : e.text) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

bool PatternMatcher::Blocking(int pos) const {
  int w = a_.visible[pos];
  if (a_.info[w].type != WordType::kComma) return false;
  int u = idx_.unit_of[pos];
  return u < 0;
}

bool PatternMatcher::IsDeterminer(int pos) const {
  const int w = a_.visible[pos];
  if (a_.info[w].type == WordType::kDeterminer) return true;
  // Quantifiers and possessives open a noun phrase too ("act on some
  // programs": (ON PROGRAMS), UD suite VERB-14).
  static constexpr std::string_view kOthers[] = {"SOME",  "ANY",  "THIS",  "THAT", "THESE",
                                                 "THOSE", "EACH", "EVERY", "ITS",  "THEIR",
                                                 "HIS",   "HER",  "OUR",   "ALL",  "BOTH"};
  const std::string& text = a_.words[w].text;
  return std::find(std::begin(kOthers), std::end(kOthers), text) != std::end(kOthers);
}

bool PatternMatcher::IsModifierConjunction(int pos) const {
  const coder::WordInfo& info = a_.info[a_.visible[pos]];
  return info.type == WordType::kConjunction && info.modifier_conj;
}

bool PatternMatcher::Literal(const Element& e, int pos) const {
  // Words inside actor phrases count too: LAUNCH "- TANKS *" must see the
  // TANKS of "Dol Amroth tanks" although AMROTH_TANKS is an actor.
  const int w = a_.visible[pos];
  if ((e.not_a_verb || (words_not_parsed_verbs_ && e.after_verb)) &&
      w < static_cast<int>(a_.parsed_verbs.size()) && a_.parsed_verbs[w])
    return false;
  const std::string& word = a_.words[w].text;
  if (!e.plural_form.empty() && word == e.plural_form) return true;
  return WordMatches(e, word, EndingKind::kNone);
}

void PatternMatcher::Assign(const Element& e, int unit, MatchResult& st) {
  switch (e.kind) {
    case ElementKind::kSource:
      st.source = unit;
      break;
    case ElementKind::kTarget:
      st.target = unit;
      break;
    case ElementKind::kCompound:
      st.compound = unit;
      break;
    case ElementKind::kAttribution:
      st.attribution = unit;
      break;
    default:
      break;
  }
  if (st.skipped_count < MatchResult::kMaxSkipped) st.skipped[st.skipped_count++] = unit;
}

void PatternMatcher::Extend(MatchResult& st, int first, int last) const {
  if (st.first < 0 || first < st.first) st.first = first;
  if (st.last < 0 || last > st.last) st.last = last;
}

bool PatternMatcher::TokenStartingAt(const Element& e, int pos, MatchResult& st, int* end) const {
  int u = idx_.unit_of[pos];
  if (u < 0 || idx_.unit_first[u] != pos) return false;
  if (e.kind == ElementKind::kCompound && !a_.units[u].compound()) return false;
  Assign(e, u, st);
  *end = idx_.unit_last[u] + 1;
  return true;
}

bool PatternMatcher::Forward(const Elements& els, size_t k, int from, int limit, bool anchored,
                             MatchResult& st, int* end) const {
  if (k == els.size()) {
    *end = from;
    return true;
  }
  const Element& e = els[k];
  bool next_anchored = k + 1 < els.size() && els[k + 1].adjacent;
  for (int p = from; p < limit; ++p) {
    if (Blocking(p)) break;
    if (anchored && e.determiners_between && p + 1 < limit && IsDeterminer(p) && !Literal(e, p)) {
      continue;
    }
    // A group's head may follow a coordinated modifier: "{DEATH TOLL}" is
    // "death and injury toll" (UD suite DEMO-21); the conjunct is skipped.
    if (anchored && e.determiners_between && p == from && p + 2 < limit &&
        IsModifierConjunction(p)) {
      ++p;
      continue;
    }
    switch (e.kind) {
      case ElementKind::kWord:
        if (Literal(e, p)) {
          MatchResult next = st;
          next.length += LiteralLength(e);
          Extend(next, p, p);
          if (Forward(els, k + 1, p + 1, limit, next_anchored, next, end)) {
            st = std::move(next);
            return true;
          }
        }
        break;
      case ElementKind::kSource:
      case ElementKind::kTarget:
      case ElementKind::kCompound:
      case ElementKind::kSkip:
      case ElementKind::kAttribution: {
        MatchResult next = st;
        int q;
        if (TokenStartingAt(e, p, next, &q) &&
            Forward(els, k + 1, q, limit, next_anchored, next, end)) {
          st = std::move(next);
          return true;
        }
        // An actor that is not the one wanted still ends the search for a
        // token: "$ and + are assigned to the first actor encountered".
        if (idx_.unit_of[p] >= 0 && idx_.unit_first[idx_.unit_of[p]] == p) return false;
        break;
      }
      case ElementKind::kAlternatives:
      case ElementKind::kSynset: {
        const std::vector<dict::Phrase>& alts =
            e.kind == ElementKind::kSynset ? d_.synsets[e.synset].members : e.alternatives;
        for (const dict::Phrase& alt : alts) {
          MatchResult next = st;
          int q;
          if (!Forward(alt.elements, 0, p, limit, true, next, &q)) continue;
          // TABARI compatibility: after a synset member of several words the
          // next element need not be adjacent (validation SYNSET-22h).
          bool relax =
              !synset_adjacency_ && e.kind == ElementKind::kSynset && alt.elements.size() > 1;
          if (Forward(els, k + 1, q, limit, next_anchored && !relax, next, end)) {
            st = std::move(next);
            return true;
          }
        }
        break;
      }
      case ElementKind::kVerb:
        break;
    }
    if (anchored) break;
  }
  return false;
}

bool PatternMatcher::Backward(const Elements& els, int k, int limit, int lower,
                              MatchResult& st) const {
  if (k < 0) return true;
  const Element& e = els[k];
  bool anchored_end = els[k + 1].adjacent;
  for (int q = limit - 1; q >= lower; --q) {
    if (Blocking(q)) break;
    int u = idx_.unit_of[q];
    switch (e.kind) {
      case ElementKind::kWord:
        if (Literal(e, q)) {
          MatchResult next = st;
          next.length += LiteralLength(e);
          Extend(next, q, q);
          if (Backward(els, k - 1, q, lower, next)) {
            st = std::move(next);
            return true;
          }
        }
        break;
      case ElementKind::kSource:
      case ElementKind::kTarget:
      case ElementKind::kCompound:
      case ElementKind::kSkip:
      case ElementKind::kAttribution: {
        if (u < 0 || idx_.unit_last[u] != q) break;
        int s = idx_.unit_first[u];
        if (s < lower) return false;
        if (e.kind == ElementKind::kCompound && !a_.units[u].compound()) {
          q = s;  // pass over the whole unit
          break;
        }
        MatchResult next = st;
        Assign(e, u, next);
        if (Backward(els, k - 1, s, lower, next)) {
          st = std::move(next);
          return true;
        }
        // The nearest actor is the one a token takes; do not look further.
        return false;
      }
      case ElementKind::kAlternatives:
      case ElementKind::kSynset: {
        const std::vector<dict::Phrase>& alts =
            e.kind == ElementKind::kSynset ? d_.synsets[e.synset].members : e.alternatives;
        for (const dict::Phrase& alt : alts) {
          // TABARI compatibility: a synset member of several words need not
          // touch the element that follows it (SYNSET-22h).
          if (anchored_end && q != limit - 1 &&
              (synset_adjacency_ || !(e.kind == ElementKind::kSynset && alt.elements.size() > 1)))
            continue;
          for (int s = q; s >= lower; --s) {
            if (s < q && Blocking(s)) break;
            MatchResult next = st;
            int end;
            if (!Forward(alt.elements, 0, s, q + 1, true, next, &end) || end != q + 1) continue;
            if (Backward(els, k - 1, s, lower, next)) {
              st = std::move(next);
              return true;
            }
            break;
          }
        }
        break;
      }
      case ElementKind::kVerb:
        break;
    }
    // As in Forward: "death and injury toll" for "{DEATH TOLL}".
    if (anchored_end && els[k + 1].determiners_between && q == limit - 1 && q - 2 >= lower &&
        IsModifierConjunction(q - 1)) {
      --q;
      continue;
    }
    if (anchored_end && (synset_adjacency_ || e.kind != ElementKind::kSynset)) break;
  }
  return false;
}

bool PatternMatcher::Match(const dict::Phrase& p, int begin, int end, int verb, int verb_end,
                           MatchResult* out) const {
  const Elements& els = p.elements;
  const int vi = p.verb_index;
  if (vi < 0) return false;
  MatchResult st;
  Extend(st, verb, verb_end - 1);
  if (!Backward(els, vi - 1, verb, begin, st)) return false;
  int stop;
  bool anchored = static_cast<size_t>(vi + 1) < els.size() && els[vi + 1].adjacent;
  if (!Forward(els, vi + 1, verb_end, end, anchored, st, &stop)) return false;
  *out = std::move(st);
  return true;
}

}  // namespace dyad::coder
