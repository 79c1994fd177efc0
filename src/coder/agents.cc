// Agents: attaching agent words to the actors they qualify (TABARI manual
// 5.3, PETRARCH's agent dictionary), split from the analyzer.
//
// TABARI attaches an agent to the actor just before it, else just after it,
// else after IN or OF, and combines the codes (GON + ~GOV: GONGOV).
// PETRARCH reads noun phrases, so under CodingOptions::petrarch_agents an
// agent also qualifies every actor of a coordinated list, coordinated agents
// each make a code, FROM links like OF; anonymous_agents codes an agent with
// no actor "---" plus the agent; nested_agents layers the agents found
// inside a longer agent phrase.
#include <algorithm>
#include <map>

#include "coder/analysis.h"
#include "coder/word_match.h"

namespace dyad::coder {

using dict::Code;
using dict::CompiledDictionaries;
using dict::EntryKind;

namespace {

// Appends the 3-letter blocks of `agent` that `actor` does not already hold
// on a block boundary (TABARI: no LKAREBREB).
std::string CombineCodes(const std::string& actor, const std::string& agent, bool prefix) {
  auto has_block = [&](const std::string& block) {
    for (size_t at = 0; at + block.size() <= actor.size(); at += 3) {
      if (actor.compare(at, block.size(), block) == 0) return true;
    }
    return false;
  };
  std::string add;
  for (size_t at = 0; at < agent.size(); at += 3) {
    std::string block = agent.substr(at, 3);
    if (!has_block(block)) add += block;
  }
  return prefix ? add + actor : actor + add;
}

// The agents PETRARCH also finds inside a longer agent phrase, starting at
// one of its later words and ending within it: "main opposition group" is
// MAIN_OPPOSITION_GROUP [~MOP] and OPPOSITION_GROUP [~OPP] (GONMOPOPP),
// "human rights activists" HUMAN_RIGHTS_ACTIVIST [HGM~] and RIGHTS_ACTIVIST
// [SGM~] (SGMHGMARN). In text order; one, the longest, per start word.
std::vector<int> NestedAgents(const CompiledDictionaries& d, const Analysis& a, int g) {
  std::vector<int> out;
  const int last = a.info[g].last;
  for (int p = g + 1; p <= last; ++p) {
    int best = -1, best_len = 0;
    d.first_word_trie.ForEachPrefix(a.words[p].text, [&](int s) {
      const dict::Surface& surface = d.surfaces[s];
      if (surface.kind != EntryKind::kAgent) return;
      const auto& el = surface.words.elements;
      const int len = static_cast<int>(el.size());
      if (p + len - 1 > last || len <= best_len) return;
      for (int k = 0; k < len; ++k) {
        if (el[k].kind != dict::ElementKind::kWord) return;
        const EndingKind endings = k + 1 == len ? EndingKind::kNoun : EndingKind::kNone;
        if (!WordMatches(el[k], a.words[p + k].text, endings)) return;
      }
      best = surface.entry;
      best_len = len;
    });
    if (best >= 0 && d.agents[best].kind == Code::Kind::kEvent) out.push_back(best);
  }
  return out;
}

}  // namespace

void AttachAgents(const CompiledDictionaries& d, const CodingOptions& options, Analysis* a) {
  const int n = static_cast<int>(a->words.size());
  // Mentions for actors first.
  a->mentions.clear();
  std::vector<int> mention_of(n, -1);
  for (int i = 0; i < n; ++i) {
    WordInfo& info = a->info[i];
    if (info.type != WordType::kActor || info.head >= 0) continue;
    Mention m;
    m.first = i;
    m.last = info.last;
    m.head = i;
    const dict::DatedCode* c = ResolveActor(d.actors[d.surfaces[info.surface].entry], a->date);
    if (options.join_actor_codes) {
      m.codes = {c->code.code};
    } else {
      m.codes = c->codes;
    }
    m.base_codes = m.codes;
    info.mention = static_cast<int>(a->mentions.size());
    for (int w = m.first; w <= m.last; ++w) mention_of[w] = info.mention;
    a->mentions.push_back(std::move(m));
  }
  auto skip_former = [&](int w, int step) {
    while (w >= 0 && w < n && a->info[w].type == WordType::kFormer) w += step;
    return w;
  };
  // PETRARCH links an agent to its actor with FROM as well ("soldiers from
  // Gondor"); TABARI with IN and OF only.
  auto linking = [&](int w) {
    return a->info[w].type == WordType::kPreposition ||
           (options.petrarch_agents && a->words[w].text == "FROM");
  };
  // The actor an agent qualifies: the one just before it, else just after
  // it, else after a linking preposition. `former` is set when FORMER
  // precedes the agent or that actor.
  auto find_target = [&](int g, bool* former) {
    const int g_end = a->info[g].last + 1;
    const int prev = skip_former(g - 1, -1);
    if (prev >= 0 && mention_of[prev] >= 0 && a->mentions[mention_of[prev]].last == prev) {
      const int before = a->mentions[mention_of[prev]].first - 1;
      if (before >= 0 && a->info[before].type == WordType::kFormer) *former = true;
      return mention_of[prev];
    }
    const int next = skip_former(g_end, +1);
    if (next < n && mention_of[next] >= 0 && a->mentions[mention_of[next]].first == next) {
      if (next > 0 && a->info[next - 1].type == WordType::kFormer) *former = true;
      return mention_of[next];
    }
    if (next < n && linking(next)) {
      int after = next + 1;
      while (after < n && a->info[after].type == WordType::kDeterminer) ++after;
      after = skip_former(after, +1);
      if (after < n && mention_of[after] >= 0 && a->mentions[mention_of[after]].first == after) {
        if (a->info[after - 1].type == WordType::kFormer) *former = true;
        return mention_of[after];
      }
    }
    return -1;
  };
  // The actors listed with mention `m` ("Arnor, Osgiliath and Gondor"),
  // towards `step`: bare actors joined by commas and AND/OR, the join at
  // the list's end being a conjunction ("In Arnor, Gondor officials said"
  // lists nothing).
  auto listed_with = [&](int m, int step) {
    std::vector<int> list;
    size_t keep = 0;
    for (int cur = m;;) {
      int w = step > 0 ? a->mentions[cur].last + 1 : a->mentions[cur].first - 1;
      bool joined = false, conj = false;
      while (w >= 0 && w < n) {
        const WordType t = a->info[w].type;
        if (t == WordType::kConjunction && a->words[w].text != "BUT") {
          conj = true;
        } else if (t != WordType::kComma) {
          break;
        }
        joined = true;
        w += step;
      }
      if (!joined || w < 0 || w >= n || mention_of[w] < 0) break;
      const int next = mention_of[w];
      const Mention& nm = a->mentions[next];
      const bool bare =
          nm.codes == nm.base_codes && nm.first == nm.head && nm.last == a->info[nm.head].last;
      if ((step > 0 ? nm.first : nm.last) != w || !bare) break;
      if (step < 0 && list.empty() && !conj) break;
      list.push_back(next);
      if (step < 0 || conj) keep = list.size();
      cur = next;
    }
    list.resize(keep);
    return list;
  };
  // PETRARCH codes a noun phrase by its first actor: an agent after a
  // possessive actor and its modifiers ("Ithilen's awful and evil minister
  // Calimehtar") qualifies the possessor, ITHGOV, and a name after the agent
  // is that person, not an actor of its own (both PETRARCH suites,
  // COMPOUND-17/19). The possessor's mention, or -1.
  auto possessor_of = [&](int g) {
    int p = g - 1;
    for (int steps = 0; p >= 0 && steps < 4; --p, ++steps) {
      const WordType t = a->info[p].type;
      if (t != WordType::kPlain && t != WordType::kAdjective && t != WordType::kConjunction) break;
    }
    if (p < 0 || p == g - 1 || mention_of[p] < 0) return -1;
    const Mention& m = a->mentions[mention_of[p]];
    return m.last == p && Possessive(a->words[p].text) ? mention_of[p] : -1;
  };
  std::vector<int> absorbed;  // mentions of names taken into a possessor's phrase
  struct Deferred {
    int agent, partner;
    std::vector<int> members;  // the partner's actor and its list, found while still bare
  };
  std::vector<Deferred> deferred;
  // Mentions an agent after the actor qualified: their codes before it.
  std::map<int, std::vector<std::string>> unqualified;
  for (int g = 0; g < n; ++g) {
    WordInfo& info = a->info[g];
    if (info.type != WordType::kAgent || info.head >= 0) continue;
    const dict::AgentEntry& agent = d.agents[d.surfaces[info.surface].entry];
    bool former = (g > 0 && a->info[g - 1].type == WordType::kFormer);
    const int possessor = options.petrarch_agents ? possessor_of(g) : -1;
    const int target = possessor >= 0 ? possessor : find_target(g, &former);
    if (possessor >= 0) {
      const int name = info.last + 1 < n ? mention_of[info.last + 1] : -1;
      if (name >= 0 && a->mentions[name].first == info.last + 1 &&
          a->mentions[name].codes == a->mentions[name].base_codes) {
        Mention& owner = a->mentions[possessor];
        owner.last = a->mentions[name].last;
        absorbed.push_back(name);
      }
    }
    const int span_first = g > 0 && a->info[g - 1].type == WordType::kFormer ? g - 1 : g;
    const int span_last = info.last;
    const std::string code = former ? "ELI" : agent.code;
    const bool prefix = agent.prefix && !former;
    std::vector<int> nested;
    if (options.nested_agents && !former) nested = NestedAgents(d, *a, g);
    if (target >= 0) {
      Mention& m = a->mentions[target];
      const bool after_actor = m.first < g;
      auto qualify = [&](std::string& c) {
        c = CombineCodes(c, code, prefix);
        for (int e : nested) c = CombineCodes(c, d.agents[e].code, d.agents[e].prefix);
      };
      if (after_actor) unqualified[target] = m.codes;
      for (std::string& c : m.codes) qualify(c);
      m.first = std::min(m.first, span_first);
      m.last = std::max(m.last, span_last);
      for (int w = m.first; w <= m.last; ++w) mention_of[w] = target;
      if (options.petrarch_agents) {
        // The agent qualifies the whole list its actor ends or begins.
        for (int other : listed_with(target, after_actor ? -1 : +1)) {
          for (std::string& c : a->mentions[other].codes) qualify(c);
        }
      }
      continue;
    }
    // "Danish media and government": an agent coordinated with the agent
    // just after an actor qualifies that actor too, with a code of its own
    // (DNKMED, DNKGOV).
    if (options.petrarch_agents && g >= 2 && a->info[g - 1].type == WordType::kConjunction &&
        a->words[g - 1].text != "BUT" && mention_of[g - 2] >= 0 &&
        unqualified.count(mention_of[g - 2]) != 0 && a->mentions[mention_of[g - 2]].last == g - 2) {
      const int shared = mention_of[g - 2];
      Mention& m = a->mentions[shared];
      for (const std::string& base : unqualified[shared]) {
        std::string c = CombineCodes(base, code, prefix);
        for (int e : nested) c = CombineCodes(c, d.agents[e].code, d.agents[e].prefix);
        if (std::find(m.codes.begin(), m.codes.end(), c) == m.codes.end()) m.codes.push_back(c);
      }
      m.last = span_last;
      for (int w = m.first; w <= m.last; ++w) mention_of[w] = shared;
      continue;
    }
    // "Lawmakers and officials in Gondor": an agent coordinated with a later
    // one shares its actors, each agent making a code of its own.
    if (options.petrarch_agents) {
      int w = info.last + 1;
      if (w + 1 < n && a->info[w].type == WordType::kConjunction && a->words[w].text != "BUT" &&
          a->info[w + 1].type == WordType::kAgent && a->info[w + 1].head < 0) {
        bool unused = false;
        int partner = w + 1, shared = -1;
        // Through a chain of coordinated agents to the one that has an actor.
        while ((shared = find_target(partner, &unused)) < 0) {
          int x = a->info[partner].last + 1;
          if (x + 1 >= n || a->info[x].type != WordType::kConjunction ||
              a->info[x + 1].type != WordType::kAgent || a->info[x + 1].head >= 0) {
            partner = -1;
            break;
          }
          partner = x + 1;
        }
        if (partner >= 0) {
          const Mention& sm = a->mentions[shared];
          std::vector<int> members{shared};
          for (int other : listed_with(shared, sm.first < partner ? -1 : +1))
            members.push_back(other);
          deferred.push_back({g, partner, std::move(members)});
          continue;
        }
      }
    }
    if (options.convert_agents || options.anonymous_agents) {
      Mention m;
      m.first = span_first;
      m.last = span_last;
      m.head = g;
      // PETRARCH writes the missing actor as "---" (---GOV); TABARI's CONVERT
      // AGENTS leaves a "~" for it.
      const std::string none = options.anonymous_agents ? "---" : "~";
      m.codes.push_back(agent.prefix ? code + none : none + code);
      info.type = WordType::kActor;
      info.mention = static_cast<int>(a->mentions.size());
      for (int w = m.first; w <= m.last; ++w) mention_of[w] = info.mention;
      a->mentions.push_back(std::move(m));
    }
  }
  // Coordinated agents after the partner has qualified its actors: each
  // adds its own code per actor code ("FORLEG" beside "FORGOV").
  for (const Deferred& def : deferred) {
    const dict::AgentEntry& agent = d.agents[d.surfaces[a->info[def.agent].surface].entry];
    // The coordinated agent's words stay outside the mention: an AND
    // between the agents still divides TABARI's clauses.
    for (int member : def.members) {
      Mention& mm = a->mentions[member];
      for (const std::string& base : mm.base_codes) {
        std::string c = CombineCodes(base, agent.code, agent.prefix);
        if (std::find(mm.codes.begin(), mm.codes.end(), c) == mm.codes.end()) mm.codes.push_back(c);
      }
    }
  }
  std::sort(absorbed.begin(), absorbed.end());
  for (auto it = absorbed.rbegin(); it != absorbed.rend(); ++it) {
    a->info[a->mentions[*it].head].type = WordType::kPlain;
    a->mentions.erase(a->mentions.begin() + *it);
  }
  // Mentions in text order, and every word knows its mention's head.
  std::sort(a->mentions.begin(), a->mentions.end(),
            [](const Mention& x, const Mention& y) { return x.first < y.first; });
  for (int i = 0; i < n; ++i) a->info[i].mention = -1;
  for (size_t m = 0; m < a->mentions.size(); ++m)
    a->info[a->mentions[m].first].mention = static_cast<int>(m);
}

}  // namespace dyad::coder
