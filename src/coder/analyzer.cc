// The analyzer: TABARI's shallow parse of one sentence (manual chapter 7).
//
// In order: give every word a type from the dictionaries (the longest phrase
// starting at a word wins), shift verbs to nouns after a determiner or when
// capitalised mid-sentence, attach agents to actors, group parsed compound
// actors and compound noun/adjective phrases, drop comma-delimited
// nonrestrictive clauses, split the rest into conjunction clauses, and
// resolve pronouns against the actors that remain.
#include <algorithm>
#include <cctype>

#include "coder/analysis.h"
#include "coder/word_match.h"

namespace dyad::coder {

using dict::Code;
using dict::CompiledDictionaries;
using dict::EntryKind;

namespace {

// The closed-class words TABARI knows without dictionaries.
WordType BuiltinType(std::string_view t) {
  struct Entry {
    std::string_view word;
    WordType type;
  };
  static constexpr Entry kWords[] = {
      {",", WordType::kComma},         {"\"", WordType::kQuote},
      {"A", WordType::kDeterminer},    {"AN", WordType::kDeterminer},
      {"THE", WordType::kDeterminer},  {"HE", WordType::kPronoun},
      {"SHE", WordType::kPronoun},     {"IT", WordType::kPronoun},
      {"THEY", WordType::kPronoun},    {"THEM", WordType::kPronoun},
      {"THEIR", WordType::kPronoun},   {"ITS", WordType::kPronoun},
      {"HIS", WordType::kPronoun},     {"HER", WordType::kPronoun},
      {"HIM", WordType::kPronoun},     {"AND", WordType::kConjunction},
      {"BUT", WordType::kConjunction}, {"OR", WordType::kConjunction},
      {"NOR", WordType::kConjunction}, {"WAS", WordType::kAuxiliary},
      {"WERE", WordType::kAuxiliary},  {"BEEN", WordType::kAuxiliary},
      {"BY", WordType::kBy},           {"IN", WordType::kPreposition},
      {"OF", WordType::kPreposition},  {"FORMER", WordType::kFormer},
  };
  if (t.size() <= 6) {
    for (const Entry& e : kWords) {
      if (e.word.size() == t.size() && e.word == t) return e.type;
    }
  }
  if (!t.empty() && std::isdigit(static_cast<unsigned char>(t[0]))) return WordType::kNumber;
  return WordType::kPlain;
}

bool StrongBuiltin(WordType t) {
  return t == WordType::kComma || t == WordType::kQuote || t == WordType::kDeterminer ||
         t == WordType::kPronoun || t == WordType::kConjunction;
}

struct SurfaceMatch {
  int surface = -1;
  std::vector<int> positions;  // word indices matched, first is the head
  int score = -1, adjacency = 0;
};

// Tries surface `s` at word `i`; fills `positions` on success.
bool MatchSurface(const CompiledDictionaries& d, const Analysis& a, int s, int i,
                  std::vector<int>* positions) {
  const dict::Surface& surface = d.surfaces[s];
  const auto& el = surface.words.elements;
  EndingKind endings = EndingsFor(surface.kind);
  positions->clear();
  int n = static_cast<int>(a.words.size());
  int pos = i;
  for (size_t k = 0; k < el.size(); ++k) {
    bool last = k + 1 == el.size();
    if (el[k].kind != dict::ElementKind::kWord) return false;
    if (k == 0) {
      if (!WordMatches(el[k], a.words[pos].text, last ? endings : EndingKind::kNone)) return false;
      positions->push_back(pos);
      continue;
    }
    int p = pos + 1;
    bool found = false;
    for (; p < n; ++p) {
      const std::string& t = a.words[p].text;
      if (t == ",") break;
      if (a.info[p].head >= 0) {
        if (el[k].adjacent) break;
        continue;
      }
      if (WordMatches(el[k], t, last ? endings : EndingKind::kNone)) {
        found = true;
        break;
      }
      if (el[k].adjacent) break;
    }
    if (!found) return false;
    positions->push_back(p);
    pos = p;
  }
  return true;
}

void FindBestSurface(const CompiledDictionaries& d, const Analysis& a, int i, SurfaceMatch* best) {
  const std::string& text = a.words[i].text;
  std::vector<int> positions;
  d.first_word_trie.ForEachPrefix(text, [&](int s) {
    if (!MatchSurface(d, a, s, i, &positions)) return;
    const dict::Phrase& p = d.surfaces[s].words;
    int adjacency = 0;
    for (const auto& e : p.elements) adjacency += e.adjacent ? 1 : 0;
    int score = p.length * 4 + static_cast<int>(positions.size());
    bool better = score > best->score || (score == best->score && adjacency > best->adjacency) ||
                  (score == best->score && adjacency == best->adjacency && s < best->surface);
    if (better) {
      best->surface = s;
      best->positions = positions;
      best->score = score;
      best->adjacency = adjacency;
    }
  });
}

void Flag(Analysis* a, bool discard, const std::string& why) {
  if (discard) {
    if (!a->discard) a->reason = "discard: " + why;
    a->discard = true;
  } else {
    if (!a->complex && !a->discard) a->reason = "complex: " + why;
    a->complex = true;
  }
}

void Classify(const CompiledDictionaries& d, const CodingOptions& options, Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  a->info.assign(n, WordInfo());
  bool time_active = options.time_shifting && d.has_time_phrases;
  int first_word = 0;
  while (first_word < n && a->words[first_word].text == "\"") ++first_word;
  for (int i = 0; i < n; ++i) {
    WordInfo& info = a->info[i];
    if (info.head >= 0) continue;
    const std::string& text = a->words[i].text;
    WordType builtin = BuiltinType(text);
    if (builtin == WordType::kComma || builtin == WordType::kQuote) {
      info.type = builtin;
      continue;
    }
    SurfaceMatch best;
    FindBestSurface(d, *a, i, &best);
    if (best.surface < 0 || (StrongBuiltin(builtin) && best.positions.size() == 1)) {
      info.type = builtin;
      continue;
    }
    const dict::Surface& s = d.surfaces[best.surface];
    info.surface = best.surface;
    info.last = best.positions.back();
    info.run_end = i + 1;
    for (size_t k = 1; k < best.positions.size(); ++k) {
      int p = best.positions[k];
      a->info[p].head = i;
      if (p == info.run_end) info.run_end = p + 1;
    }
    const std::string& origin = s.words.origin;
    switch (s.kind) {
      case EntryKind::kActor: {
        const dict::DatedCode* c = ResolveActor(d.actors[s.entry], a->date);
        if (c == nullptr || c->code.kind == Code::Kind::kNull) {
          info.type = WordType::kNoun;
        } else if (c->code.kind == Code::Kind::kDiscard) {
          info.type = WordType::kNoun;
          Flag(a, true, origin);
        } else if (c->code.kind == Code::Kind::kComplex) {
          info.type = WordType::kNoun;
          Flag(a, false, origin);
        } else {
          info.type = WordType::kActor;
          info.code = c->code;
        }
        break;
      }
      case EntryKind::kAgent: {
        const dict::AgentEntry& agent = d.agents[s.entry];
        if (agent.kind == Code::Kind::kEvent) {
          info.type = WordType::kAgent;
        } else {
          info.type = WordType::kNoun;
          if (agent.kind != Code::Kind::kNull) Flag(a, agent.kind == Code::Kind::kDiscard, origin);
        }
        break;
      }
      case EntryKind::kVerb: {
        const dict::VerbEntry& verb = d.verbs[s.entry];
        info.code = verb.code;
        bool after_determiner = i > 0 && a->info[i - 1].type == WordType::kDeterminer;
        bool capital = i > first_word && a->words[i].capitalized && !a->all_caps;
        if (after_determiner || capital) {
          info.type = WordType::kNoun;
        } else if (verb.code.kind == Code::Kind::kNull && verb.patterns.empty()) {
          info.type = WordType::kPlain;
        } else {
          info.type = WordType::kVerb;
          if (verb.code.kind == Code::Kind::kDiscard || verb.code.kind == Code::Kind::kComplex)
            Flag(a, verb.code.kind == Code::Kind::kDiscard, origin);
        }
        break;
      }
      case EntryKind::kTime:
        info.type = WordType::kTime;
        info.code = d.verbs[s.entry].code;
        if (time_active &&
            (info.code.kind == Code::Kind::kDiscard || info.code.kind == Code::Kind::kComplex))
          Flag(a, info.code.kind == Code::Kind::kDiscard, origin);
        break;
      case EntryKind::kAttribution:
        info.type = WordType::kAttribution;
        info.code = d.verbs[s.entry].code;
        break;
      case EntryKind::kNoun:
        info.type = WordType::kNoun;
        break;
      case EntryKind::kAdjective:
        info.type = WordType::kAdjective;
        break;
      case EntryKind::kDiscard:
        info.type = WordType::kNoun;
        Flag(a, true, origin);
        break;
    }
  }
}

bool IsNounLike(const WordInfo& w) { return w.type == WordType::kNoun; }

// Parsed compound actors: mentions joined by commas, conjunctions,
// determiners and adjectives, with at least one conjunction. Words in
// dropped comma clauses are invisible here: the units are built once to
// know which commas sit inside lists, and again after the drop.
void BuildUnits(Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  a->units.clear();
  for (int w = 0; w < n; ++w) {
    if (a->info[w].type == WordType::kConjunction) {
      a->info[w].compound_conj = false;
      a->info[w].modifier_conj = false;
    }
  }
  std::vector<int> live;
  for (size_t m = 0; m < a->mentions.size(); ++m) {
    Mention& mention = a->mentions[m];
    mention.unit = -1;
    bool deleted = false;
    for (int w = mention.first; w <= mention.last; ++w) deleted = deleted || a->info[w].deleted;
    if (!deleted) live.push_back(static_cast<int>(m));
  }
  const int count = static_cast<int>(live.size());
  int i = 0;
  while (i < count) {
    std::vector<int> members{live[i]};
    std::vector<int> conjs;
    std::vector<bool> comma_before{false};
    int k = i;
    while (k + 1 < count) {
      const Mention& cur = a->mentions[live[k]];
      const Mention& next = a->mentions[live[k + 1]];
      if (next.first <= cur.last) break;
      bool ok = true, comma = false, any = false;
      std::vector<int> here;
      for (int w = cur.last + 1; w < next.first && ok; ++w) {
        if (a->info[w].deleted) continue;
        any = true;
        WordType t = a->info[w].type;
        if (t == WordType::kConjunction && a->words[w].text != "BUT")
          here.push_back(w);
        else if (t == WordType::kComma)
          comma = true;
        else if (t != WordType::kDeterminer && t != WordType::kAdjective)
          ok = false;
      }
      if (!any && !Possessive(a->words[cur.last].text)) ok = false;
      // np = actor | adjective np | determiner np: an agent in front of the
      // next actor ("awful and evil minister Calimehtar") ends the list.
      if (a->info[next.first].type != WordType::kActor) ok = false;
      if (!ok) break;
      conjs.insert(conjs.end(), here.begin(), here.end());
      members.push_back(live[++k]);
      comma_before.push_back(comma && here.empty());
    }
    if (conjs.empty()) {
      members.resize(1);
      k = i;
    }
    // After the last conjunction only adjectives and determiners may lead to
    // another member ("A and the evil B awful C"); a comma ends the list
    // ("A and B, the C newspaper").
    while (members.size() > 2 && comma_before.back() &&
           a->mentions[members[members.size() - 2]].first > conjs.back()) {
      members.pop_back();
      comma_before.pop_back();
      --k;
    }
    Unit u;
    u.first = a->mentions[members.front()].first;
    u.last = a->mentions[members.back()].last;
    for (int mm : members) {
      u.mentions.push_back(mm);
      a->mentions[mm].unit = static_cast<int>(a->units.size());
      for (const std::string& c : a->mentions[mm].codes) {
        if (std::find(u.codes.begin(), u.codes.end(), c) == u.codes.end()) u.codes.push_back(c);
      }
    }
    if (members.size() > 1) {
      for (int w : conjs) {
        if (w < u.last) a->info[w].compound_conj = true;
      }
    }
    a->units.push_back(std::move(u));
    i = k + 1;
  }
}

// <noun> <conj> <adj>* <noun> and <adj> <conj> <adj> do not split clauses.
void MarkCompoundPhrases(Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  for (int c = 1; c + 1 < n; ++c) {
    if (a->info[c].type != WordType::kConjunction || a->info[c].compound_conj) continue;
    const WordInfo& before = a->info[c - 1];
    int after = c + 1;
    if (before.type == WordType::kAdjective && a->info[after].type == WordType::kAdjective) {
      a->info[c].compound_conj = true;
      continue;
    }
    if (!IsNounLike(before) && !(before.head >= 0 && IsNounLike(a->info[before.head]))) continue;
    while (after < n && a->info[after].type == WordType::kAdjective) ++after;
    if (after < n && IsNounLike(a->info[after])) a->info[c].compound_conj = true;
  }
}

bool InsideUnit(const Analysis& a, int w) {
  for (const Unit& u : a.units) {
    if (u.mentions.size() > 1 && w > u.first && w < u.last) return true;
  }
  return false;
}

void DropCommaClauses(const CodingOptions& options, Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  if (!options.comma.enabled) return;
  std::vector<int> commas;
  std::vector<bool> in_list;
  for (int w = 0; w < n; ++w) {
    if (a->info[w].type != WordType::kComma) continue;
    if (w < static_cast<int>(a->phrase_commas.size()) && a->phrase_commas[w]) continue;
    commas.push_back(w);
    in_list.push_back(InsideUnit(*a, w));
  }
  if (commas.empty()) return;
  const auto& c = options.comma;
  auto drop = [&](int from, int to) {  // inclusive word range
    for (int w = std::max(from, 0); w <= std::min(to, n - 1); ++w) a->info[w].deleted = true;
    ++a->comma_clauses;
  };
  // A dropped clause uses up the comma that closes it: the next clause is
  // looked for from the comma after that (TABARI chains commas this way).
  const int k = static_cast<int>(commas.size());
  int i = 0;
  if (commas[0] > c.bmin && commas[0] <= c.bmax) {
    drop(0, commas[0]);
    i = 1;
  }
  while (i < k) {
    // A comma inside a list of actors does not open a clause (but may close one).
    if (in_list[i]) {
      ++i;
      continue;
    }
    if (i + 1 < k) {
      int len = commas[i + 1] - commas[i] - 1;
      if (len > c.min && len <= c.max) {
        drop(commas[i], commas[i + 1]);
        i += 2;
        continue;
      }
      ++i;
      continue;
    }
    int len = n - commas[i] - 1;
    if (len > c.emin && len <= c.emax) drop(commas[i], n - 1);
    ++i;
  }
}

void BuildVisibleAndClauses(Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  a->free_conjunctions = 0;
  a->visible.clear();
  a->position.assign(n, -1);
  for (int w = 0; w < n; ++w) {
    if (a->info[w].deleted) continue;
    a->position[w] = static_cast<int>(a->visible.size());
    a->visible.push_back(w);
  }
  a->clauses.clear();
  Clause cur;
  cur.begin = 0;
  const int v = static_cast<int>(a->visible.size());
  for (int p = 0; p < v; ++p) {
    const WordInfo& info = a->info[a->visible[p]];
    if (info.type == WordType::kConjunction && !info.compound_conj && info.head < 0) {
      ++a->free_conjunctions;
      cur.end = p;
      if (cur.end > cur.begin) a->clauses.push_back(cur);
      cur.begin = p + 1;
    }
  }
  cur.end = v;
  if (cur.end > cur.begin) a->clauses.push_back(cur);
}

// Pronouns become mentions of the actor they stand for (manual 7.7).
void ResolvePronouns(Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  auto visible_unit = [&](const Unit& u) {
    for (int w = u.first; w <= u.last; ++w) {
      if (!a->info[w].deleted) return true;
    }
    return false;
  };
  const size_t real_units = a->units.size();
  for (int p = 0; p < n; ++p) {
    if (a->info[p].type != WordType::kPronoun || a->info[p].deleted) continue;
    const std::string& t = a->words[p].text;
    bool plural = t == "THEY" || t == "THEM" || t == "THEIR";
    int referent = -1;
    for (size_t u = 0; u < real_units; ++u) {
      const Unit& unit = a->units[u];
      if (unit.first >= p) break;
      if (!visible_unit(unit)) continue;
      if (plural && !unit.compound()) {
        if (referent < 0) referent = static_cast<int>(u);
        continue;
      }
      if (plural) {
        referent = static_cast<int>(u);
        break;
      }
      if (referent < 0) referent = static_cast<int>(u);
      break;
    }
    if (referent < 0 && a->forwarded.empty()) continue;
    ++a->pronoun_count;
    Mention m;
    m.first = m.last = p;
    m.head = p;
    m.pronoun = true;
    // With no actor before it, a pronoun may stand for the previous
    // sentence's first actor (FORWARD).
    m.codes = referent >= 0 ? a->units[referent].codes : a->forwarded;
    Unit u;
    u.first = u.last = p;
    u.codes = m.codes;
    m.unit = static_cast<int>(a->units.size());
    u.mentions.push_back(static_cast<int>(a->mentions.size()));
    a->info[p].mention = static_cast<int>(a->mentions.size());
    a->mentions.push_back(std::move(m));
    a->units.push_back(std::move(u));
  }
  // Units in text order.
  std::vector<int> order(a->units.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](int x, int y) { return a->units[x].first < a->units[y].first; });
  std::vector<Unit> sorted;
  std::vector<int> new_index(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(a->units[order[i]]));
  }
  a->units = std::move(sorted);
  for (Mention& m : a->mentions) {
    if (m.unit >= 0) m.unit = new_index[m.unit];
  }
}

const char* TypeName(WordType t) {
  switch (t) {
    case WordType::kPlain:
      return "-";
    case WordType::kActor:
      return "actor";
    case WordType::kAgent:
      return "agent";
    case WordType::kVerb:
      return "verb";
    case WordType::kTime:
      return "time";
    case WordType::kAttribution:
      return "attrib";
    case WordType::kNoun:
      return "noun";
    case WordType::kAdjective:
      return "adj";
    case WordType::kDeterminer:
      return "det";
    case WordType::kPronoun:
      return "pronoun";
    case WordType::kConjunction:
      return "conj";
    case WordType::kComma:
      return "comma";
    case WordType::kQuote:
      return "quote";
    case WordType::kAuxiliary:
      return "aux";
    case WordType::kBy:
      return "by";
    case WordType::kNumber:
      return "number";
    case WordType::kPreposition:
      return "prep";
    case WordType::kFormer:
      return "former";
  }
  return "?";
}

}  // namespace

// The date-restricted code of an actor that applies on `date`.
const dict::DatedCode* ResolveActor(const dict::ActorEntry& actor, int date) {
  for (const dict::DatedCode& c : actor.codes) {
    if (!c.restricted) return &c;
    if (date == 0) continue;  // unknown date: only the default applies
    if (date >= c.from && date <= c.to) return &c;
  }
  return actor.codes.empty() ? nullptr : &actor.codes.back();
}

std::string DescribeAnalysis(const Analysis& a) {
  std::string out;
  for (size_t w = 0; w < a.words.size(); ++w) {
    const WordInfo& info = a.info[w];
    std::string line =
        std::to_string(w) + "\t" + (info.deleted ? "[" + a.words[w].text + "]" : a.words[w].text);
    line += "\t";
    line += info.head >= 0 ? "(part of " + std::to_string(info.head) + ")" : TypeName(info.type);
    int p = a.position[w];
    if (p >= 0) {
      for (size_t c = 0; c < a.clauses.size(); ++c) {
        if (p >= a.clauses[c].begin && p < a.clauses[c].end)
          line += "\tclause " + std::to_string(c);
      }
    }
    if (info.compound_conj) line += "\tin-compound";
    int u = UnitAt(a, static_cast<int>(w));
    if (u >= 0 && a.units[u].first == static_cast<int>(w)) {
      line += "\tunit";
      for (const std::string& c : a.units[u].codes) line += " " + c;
    }
    out += line + "\n";
  }
  if (!a.reason.empty()) out += "reason: " + a.reason + "\n";
  return out;
}

int UnitAt(const Analysis& a, int w) {
  for (size_t u = 0; u < a.units.size(); ++u) {
    if (w >= a.units[u].first && w <= a.units[u].last) return static_cast<int>(u);
    if (a.units[u].first > w) break;
  }
  return -1;
}

int MentionAt(const Analysis& a, int w) {
  for (size_t m = 0; m < a.mentions.size(); ++m) {
    const Mention& mm = a.mentions[m];
    if (w < mm.first || w > mm.last) continue;
    const int phrase_last = a.info[mm.head].last < 0 ? mm.head : a.info[mm.head].last;
    const bool in_gap = w > mm.head && w < phrase_last && a.info[w].head != mm.head;
    if (!in_gap) return static_cast<int>(m);
  }
  return -1;
}

void RebuildClauses(Analysis* a) { BuildVisibleAndClauses(a); }

bool Possessive(const std::string& word) {
  return word.size() > 2 && (word.compare(word.size() - 2, 2, "'S") == 0 || word.back() == '\'');
}

void AnalyzeSentence(const CompiledDictionaries& d, const CodingOptions& options, Analysis* a) {
  a->discard = a->complex = false;
  a->reason.clear();
  a->verb_count = a->free_conjunctions = a->pronoun_count = a->comma_clauses = 0;
  a->time_shift = 0;
  Classify(d, options, a);
  AttachAgents(d, options, a);
  BuildUnits(a);
  MarkCompoundPhrases(a);
  DropCommaClauses(options, a);
  BuildUnits(a);
  MarkCompoundPhrases(a);
  BuildVisibleAndClauses(a);
  if (options.resolve_pronouns) ResolvePronouns(a);
  for (int w : a->visible) {
    if (a->info[w].type == WordType::kVerb && a->info[w].head < 0) ++a->verb_count;
  }
}

int VerbWordAt(const Analysis& a, int token) {
  for (size_t w = 0; w < a.words.size(); ++w) {
    if (a.words[w].token == token && a.info[w].type == WordType::kVerb && a.info[w].head < 0)
      return static_cast<int>(w);
  }
  return -1;
}

}  // namespace dyad::coder
