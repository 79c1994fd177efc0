// Reading PETRARCH's actor, agent, discard and issue dictionaries.
//
// Actors and discards are TABARI's formats with PETRARCH's comments
// (<!-- --> and #), so they go through the TABARI readers after the comments
// are blanked out; actor words are whole words. Agents differ: "{plural}"
// after the phrase, regular plurals generated, and !MACRO! substitution
// markers. Issues are PETRARCH's own: "<ISSUE CATEGORY=...>" blocks of
// "phrase [CODE]" lines with n: v: + expansions and ~ ignore phrases.
#include <algorithm>
#include <sstream>

#include "dictionary/compiled.h"
#include "dictionary/loader_common.h"
#include "dictionary/loaders.h"
#include "dictionary/petrarch_words.h"
#include "dictionary/phrase_parser.h"

namespace dyad {

using dict::CompiledDictionaries;
using dict::Element;
using dict::ElementKind;
using dict::EntryKind;
using dict::LineReader;
using dict::Loader;
using dict::Phrase;
using dict::Trim;
using dict::Upper;

Status LoadPetrarchActorsInto(CompiledDictionaries* d, std::string_view text,
                              std::string_view name) {
  return LoadActorsInto(d, dict::StripXmlComments(text), name, /*petrarch=*/true);
}

Status LoadPetrarchDiscardsInto(CompiledDictionaries* d, std::string_view text,
                                std::string_view name) {
  // PETRARCH discards are stems unless they end in '_', as in TABARI. Its
  // '#' comments may hold tabs, which the TABARI reader takes for a sign of
  // a wrong file: drop them first.
  std::string stripped = dict::StripXmlComments(text);
  std::string out;
  out.reserve(stripped.size());
  LineReader reader(stripped);
  std::string_view line;
  while (reader.Next(&line)) {
    size_t hash = line.find('#');
    out.append(line.substr(0, hash));
    out.push_back('\n');
  }
  return LoadDiscardsInto(d, out, name);
}

namespace {

// Markers multiply phrases; a file that would make more than this many from
// one line is cut short rather than exhaust memory.
constexpr size_t kMaxExpansions = 4096;

struct Macro {
  std::string marker;  // "!PERSON!"
  std::vector<std::string> values;
};

std::vector<std::string> SplitCommas(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string_view v = Trim(
        s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!v.empty()) out.emplace_back(Upper(v));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

// Every marker is replaced by each of its values (all occurrences of a
// marker take the same value, as Python's str.replace does in PETRARCH).
std::vector<std::string> ExpandMacros(const std::string& phrase, const std::vector<Macro>& macros) {
  std::vector<std::string> phrases{phrase};
  for (const Macro& m : macros) {
    std::vector<std::string> next;
    for (const std::string& p : phrases) {
      if (p.find(m.marker) == std::string::npos) {
        next.push_back(p);
        continue;
      }
      for (const std::string& v : m.values) {
        if (next.size() >= kMaxExpansions) break;
        std::string q = p;
        for (size_t at = q.find(m.marker); at != std::string::npos;
             at = q.find(m.marker, at + v.size()))
          q.replace(at, m.marker.size(), v);
        next.push_back(std::move(q));
      }
    }
    phrases = std::move(next);
  }
  return phrases;
}

}  // namespace

Status LoadPetrarchAgentsInto(CompiledDictionaries* d, std::string_view raw_text,
                              std::string_view name) {
  const std::string text = dict::StripXmlComments(raw_text);
  Loader L(d, name);
  L.whole_words_ = true;
  LineReader reader(text);
  std::string_view raw;
  std::vector<Macro> macros;
  while (reader.Next(&raw)) {
    const size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (dict::IsFinish(t)) break;
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    dict::SplitLine split = dict::SplitDictionaryLine(t);
    // "!PERSON! = MAN, MEN, WOMAN": a substitution marker.
    if (t[0] == '!' && split.blocks.empty()) {
      size_t close = t.find('!', 1);
      size_t eq = split.phrase.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        L.Warn(line, "bad '!MARKER! = A, B' line; ignored");
        continue;
      }
      macros.push_back(
          Macro{Upper(t.substr(0, close + 1)), SplitCommas(split.phrase.substr(eq + 1))});
      continue;
    }
    std::string code;
    if (!L.FirstCode(split, line, &code)) continue;
    dict::AgentEntry agent;
    if (code == "---") {
      agent.kind = dict::Code::Kind::kNull;
    } else if (code.size() > 1 && code.front() == '~') {
      agent.code = code.substr(1);
    } else if (code.size() > 1 && code.back() == '~') {
      agent.code = code.substr(0, code.size() - 1);
      agent.prefix = true;
    } else {
      L.Warn(line, "agent code [" + code + "] needs '~' before or after it");
      continue;
    }
    // "PHRASE {PLURAL}": the plural is given ({} for none); otherwise the
    // regular plural of the last word is generated.
    std::string_view phrase = split.phrase;
    std::vector<std::string> plurals;
    bool given = false;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t close = phrase.find('}', brace);
      if (close == std::string_view::npos) {
        L.Warn(line, "missing '}' after the plural");
        continue;
      }
      std::istringstream in{Upper(phrase.substr(brace + 1, close - brace - 1))};
      for (std::string p; in >> p;) plurals.push_back(p);
      given = true;
      phrase = Trim(phrase.substr(0, brace));
    }
    if (phrase.empty()) {
      L.Warn(line, "phrase missing");
      continue;
    }
    const int index = static_cast<int>(d->agents.size());
    d->agents.push_back(agent);
    std::vector<std::pair<std::string, bool>> texts;  // text, generated
    for (const std::string& p : ExpandMacros(Upper(phrase), macros)) {
      texts.emplace_back(p, false);
      // Macro values are written out in full: no plural is added to them.
      const bool had_macro = p != Upper(phrase);
      if (!given && !had_macro) {
        size_t last = p.find_last_of("_ ");
        std::string head = last == std::string::npos ? p : p.substr(last + 1);
        if (!head.empty() && head != "_") {
          std::string stem = last == std::string::npos ? "" : p.substr(0, last + 1);
          texts.emplace_back(stem + dict::PluralNoun(head), true);
        }
      }
    }
    for (const std::string& p : plurals) {
      for (const std::string& q : ExpandMacros(p, macros)) texts.emplace_back(q, false);
    }
    for (const auto& [phrase_text, generated] : texts) {
      if (phrase_text.find('!') != std::string::npos) {
        L.Warn(line, "unknown !MARKER! in " + phrase_text);
        continue;
      }
      Phrase p;
      Status st = L.Parse(phrase_text, false, line, &p);
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      p.origin = L.Origin(line, t);
      L.quiet_duplicates_ = generated;
      L.AddSurface(std::move(p), EntryKind::kAgent, index, line);
      L.quiet_duplicates_ = false;
    }
  }
  return Status::Ok();
}

namespace {

// Expansions of one issue word: n:WORD (singular and plural), v:WORD (the
// regular verb forms), A+B (as "A B" and "A-B"); several may combine
// ("pre+n:school").
std::vector<std::vector<std::string>> ExpandIssueWord(const std::string& word) {
  size_t start = 0;
  std::vector<std::string> parts;
  while (start <= word.size()) {
    size_t plus = word.find('+', start);
    std::string part =
        word.substr(start, plus == std::string::npos ? std::string::npos : plus - start);
    if (!part.empty()) parts.push_back(std::move(part));  // "EU+ GENE": a stray '+'.
    if (plus == std::string::npos) break;
    start = plus + 1;
  }
  // Forms of each '+'-part.
  std::vector<std::vector<std::string>> forms;
  for (const std::string& part : parts) {
    std::vector<std::string> f;
    if (part.rfind("N:", 0) == 0) {
      f = {part.substr(2), dict::PluralNoun(part.substr(2))};
    } else if (part.rfind("V:", 0) == 0) {
      f = {part.substr(2)};
      for (const std::string& v : dict::RegularVerbForms(part.substr(2))) f.push_back(v);
    } else {
      f = {part};
    }
    forms.push_back(std::move(f));
  }
  // Cartesian product; a '+' joins parts as separate words or hyphenated.
  std::vector<std::vector<std::string>> seqs{{}};
  for (size_t i = 0; i < forms.size(); ++i) {
    std::vector<std::vector<std::string>> next;
    for (const auto& s : seqs) {
      for (const std::string& f : forms[i]) {
        if (f.empty()) continue;
        auto spaced = s;
        spaced.push_back(f);
        next.push_back(spaced);
        if (i > 0 && !s.empty()) {
          auto hyphen = s;
          hyphen.back() += "-" + f;
          next.push_back(std::move(hyphen));
        }
      }
    }
    seqs = std::move(next);
  }
  return seqs;
}

constexpr size_t kMaxIssueVariants = 256;

}  // namespace

Status LoadPetrarchIssuesInto(CompiledDictionaries* d, std::string_view raw_text,
                              std::string_view name) {
  const std::string text = dict::StripXmlComments(raw_text);
  Loader L(d, name);
  LineReader reader(text);
  std::string_view raw;
  std::string category;
  while (reader.Next(&raw)) {
    const size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] == '#') continue;
    if (t[0] == '<') {
      std::string tag = Upper(t);
      if (tag.rfind("<ISSUE", 0) == 0) {
        size_t q = tag.find("CATEGORY=\"");
        size_t e = q == std::string::npos ? q : tag.find('"', q + 10);
        category = e == std::string::npos ? "" : tag.substr(q + 10, e - q - 10);
      } else if (tag.rfind("</ISSUE", 0) == 0) {
        category.clear();
      } else {
        L.Warn(line, "unknown tag " + std::string(t) + " ignored");
      }
      continue;
    }
    dict::Issue issue;
    issue.category = category;
    std::string_view body = t;
    if (body[0] == '~') {
      issue.ignore = true;
      body = Trim(body.substr(body.find_first_not_of('~') == std::string_view::npos
                                  ? body.size()
                                  : body.find_first_not_of('~')));
    }
    size_t hash = body.find('#');
    if (hash != std::string_view::npos) body = Trim(body.substr(0, hash));
    std::string_view phrase = body;
    size_t open = body.find('[');
    if (open != std::string_view::npos) {
      size_t close = body.find(']', open);
      if (close == std::string_view::npos) {
        L.Warn(line, "missing ']'");
        continue;
      }
      issue.code = std::string(Trim(body.substr(open + 1, close - open - 1)));
      phrase = Trim(body.substr(0, open));
    }
    if (!issue.ignore && issue.code.empty()) {
      L.Warn(line, "issue phrase has no [CODE]");
      continue;
    }
    if (phrase.empty()) {
      L.Warn(line, "phrase missing");
      continue;
    }
    // The phrase's words, each expanded; the variants are their product.
    std::vector<std::vector<std::string>> variants{{}};
    std::istringstream in{Upper(phrase)};
    for (std::string w; in >> w;) {
      std::vector<std::vector<std::string>> next;
      for (const auto& v : variants) {
        for (const auto& e : ExpandIssueWord(w)) {
          auto joined = v;
          joined.insert(joined.end(), e.begin(), e.end());
          next.push_back(std::move(joined));
          if (next.size() >= kMaxIssueVariants) break;
        }
        if (next.size() >= kMaxIssueVariants) break;
      }
      variants = std::move(next);
    }
    for (const auto& words : variants) {
      if (words.empty()) continue;
      Phrase p;
      for (const std::string& w : words) {
        Element e;
        e.kind = ElementKind::kWord;
        e.text = w;
        e.exact = true;
        e.adjacent = !p.elements.empty();
        p.elements.push_back(std::move(e));
      }
      p.length = dict::PhraseLength(p, d->synsets);
      issue.variants.push_back(std::move(p));
    }
    if (issue.variants.empty()) {
      L.Warn(line, "issue phrase has no words");
      continue;
    }
    issue.origin = L.Origin(line, t);
    d->issues.push_back(std::move(issue));
  }
  return Status::Ok();
}

}  // namespace dyad
