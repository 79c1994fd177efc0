// Reading TABARI-language dictionary files into CompiledDictionaries.
//
// Each reader walks the file line by line with a small state machine
// (sections such as <NOUN> or <SYNSETS>, the open actor synonym group, the
// current verb root) and hands every phrase to ParsePhrase. A malformed line
// is reported with file and line and skipped, as TABARI does, unless the
// file's structure itself is broken (an unterminated section), which fails
// the load.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dictionary/compiled.h"
#include "dictionary/loader_common.h"
#include "dictionary/loaders.h"
#include "dictionary/phrase_parser.h"
#include "dyad/dictionary.h"

namespace dyad {

using dict::ActorEntry;
using dict::AgentEntry;
using dict::Code;
using dict::CompiledDictionaries;
using dict::DatedCode;
using dict::ElementKind;
using dict::EntryKind;
using dict::IsCommentLine;
using dict::IsFinish;
using dict::LineReader;
using dict::Loader;
using dict::Phrase;
using dict::PhraseContext;
using dict::Surface;
using dict::Trim;
using dict::Upper;
using dict::VerbEntry;

namespace {

// ---------------------------------------------------------------- actors

class ActorGroup {
 public:
  std::vector<std::pair<std::string, size_t>> phrases;  // text, line
  std::vector<DatedCode> codes;
  bool open = false;
};

// PETRARCH dictionaries: a phrase that a later entry lists again with
// dated codes takes those codes for the dates the first entry's own dated
// codes leave to its default. Phoenix lists "PRESIDENT BUSH" under George
// H. W. Bush (USAGOV 1989-1993, else USAELI) and under George W. Bush
// (USAGOV 2001-2009): in 2008 the phrase is W.'s, USAGOV. The first entry
// still wins where its dates say something, and only this phrase gets a
// merged entry; the first entry's other phrases keep theirs. True when
// the phrase was merged (it is then registered).
bool MergeDatedDuplicate(Loader& L, const Phrase& p, int entry, size_t line) {
  const int existing = L.FindSurface(p, EntryKind::kActor);
  if (existing < 0) return false;
  const ActorEntry& later = L.d_->actors[static_cast<size_t>(entry)];
  if (std::none_of(later.codes.begin(), later.codes.end(),
                   [](const DatedCode& c) { return c.restricted; })) {
    return false;
  }
  dict::Surface& surface = L.d_->surfaces[static_cast<size_t>(existing)];
  ActorEntry merged = L.d_->actors[static_cast<size_t>(surface.entry)];
  const auto first_default = std::find_if(merged.codes.begin(), merged.codes.end(),
                                          [](const DatedCode& c) { return !c.restricted; });
  std::vector<DatedCode> dated;
  for (const DatedCode& c : later.codes) {
    if (c.restricted) dated.push_back(c);
  }
  merged.codes.insert(first_default, dated.begin(), dated.end());
  surface.entry = static_cast<int>(L.d_->actors.size());
  L.d_->actors.push_back(std::move(merged));
  ++L.d_->merged_actor_entries;
  L.Warn(line, "duplicate entry: the first one is used, with this one's dated codes where the "
               "first one's dates do not apply");
  return true;
}

void CloseActorGroup(Loader& L, ActorGroup& g) {
  if (!g.open) return;
  g.open = false;
  if (g.codes.empty()) {
    if (!g.phrases.empty()) L.Warn(g.phrases[0].second, "actor has no code; ignored");
    g.phrases.clear();
    return;
  }
  // Unrestricted codes are the default and go last; with only restricted
  // codes the default is the null code (manual 6.5.2, note 5).
  std::stable_partition(g.codes.begin(), g.codes.end(),
                        [](const DatedCode& c) { return c.restricted; });
  if (g.codes.back().restricted) {
    DatedCode null_code;
    null_code.code.kind = Code::Kind::kNull;
    g.codes.push_back(null_code);
  }
  ActorEntry entry;
  entry.codes = std::move(g.codes);
  entry.parent = g.phrases.empty() ? "" : g.phrases[0].first;
  int index = static_cast<int>(L.d_->actors.size());
  L.d_->actors.push_back(std::move(entry));
  for (auto& [text, line] : g.phrases) {
    Phrase p;
    Status st = L.Parse(text, false, line, &p);
    if (!st.ok()) {
      L.d_->warnings.push_back(st.message());
      continue;
    }
    p.origin = L.Origin(line, text);
    if (L.whole_words_ && MergeDatedDuplicate(L, p, index, line)) continue;
    L.AddSurface(std::move(p), EntryKind::kActor, index, line);
  }
  g.phrases.clear();
  g.codes.clear();
}

Status AddActorCodes(Loader& L, const dict::SplitLine& split, size_t line, ActorGroup& g) {
  if (split.unterminated_block) return Status::InvalidInput(L.Where(line) + "missing ']'");
  for (std::string_view block : split.blocks) {
    DatedCode dc;
    Status st = dict::ParseActorCode(block, &dc);
    if (!st.ok()) return Status::InvalidInput(dyad::Where(L.name_, line, st.message()));
    // PETRARCH keeps its discards in a list of their own and has no
    // complex actors: in its actor dictionaries [###] and [+++] are actor
    // codes like any other (its suites code "The Nasgul said" with the
    // source ### or +++).
    if (L.whole_words_ &&
        (dc.code.kind == Code::Kind::kDiscard || dc.code.kind == Code::Kind::kComplex)) {
      const std::string literal = dc.code.kind == Code::Kind::kDiscard ? "###" : "+++";
      dc.code.kind = Code::Kind::kEvent;
      dc.code.code = literal;
      dc.codes = {literal};
    }
    g.codes.push_back(std::move(dc));
  }
  return Status::Ok();
}

}  // namespace

Status LoadActorsInto(CompiledDictionaries* d, std::string_view text, std::string_view name,
                      bool petrarch) {
  Loader L(d, name);
  L.whole_words_ = petrarch;
  LineReader reader(text);
  std::string_view raw;
  enum class Section { kNone, kNoun, kAdjective } section = Section::kNone;
  size_t section_line = 0;
  ActorGroup group;
  while (reader.Next(&raw)) {
    size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (IsFinish(t)) break;
    if (t.empty()) {
      // PETRARCH skips blank lines: a group runs until the next primary phrase.
      if (!petrarch) CloseActorGroup(L, group);
      continue;
    }
    if (t[0] == '<') {
      std::string tag = Upper(t.substr(0, t.find('>') + 1));
      CloseActorGroup(L, group);
      if (tag == "<NOUN>" || tag == "<NOUNS>") {
        section = Section::kNoun;
        section_line = line;
      } else if (tag == "<ADJECTIVE>" || tag == "<ADJECTIVES>" || tag == "<ADJ>") {
        section = Section::kAdjective;
        section_line = line;
      } else if (tag == "</NOUN>" || tag == "</NOUNS>" || tag == "</ADJECTIVE>" ||
                 tag == "</ADJECTIVES>" || tag == "</ADJ>") {
        section = Section::kNone;
      } else {
        L.Warn(line, "unknown section tag " + std::string(t) + " ignored");
      }
      continue;
    }
    if (IsCommentLine(t)) continue;
    dict::SplitLine split = dict::SplitDictionaryLine(t);
    if (section != Section::kNone) {
      if (split.phrase.empty()) continue;
      Phrase p;
      Status st = L.Parse(split.phrase, false, line, &p);
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      p.origin = L.Origin(line, split.phrase);
      L.AddSurface(std::move(p),
                   section == Section::kNoun ? EntryKind::kNoun : EntryKind::kAdjective, -1, line);
      continue;
    }
    if (t[0] == '[') {
      if (!group.open) {
        L.Warn(line, "code line without an actor; ignored");
        continue;
      }
      Status st = AddActorCodes(L, split, line, group);
      if (!st.ok()) d->warnings.push_back(st.message());
      continue;
    }
    if (t[0] == '+') {
      if (!group.open) {
        L.Warn(line, "synonym '+' without an actor; ignored");
        continue;
      }
      dict::SplitLine syn = dict::SplitDictionaryLine(t.substr(1));
      group.phrases.emplace_back(std::string(syn.phrase), line);
      if (!syn.blocks.empty()) {
        Status st = AddActorCodes(L, syn, line, group);
        if (!st.ok()) d->warnings.push_back(st.message());
      }
      continue;
    }
    if (split.phrase.empty()) {
      CloseActorGroup(L, group);
      L.Warn(line, "phrase missing");
      continue;
    }
    // PETRARCH: primary phrases without a code, one after the other, share
    // the codes that follow them ("IVO_JOSIPOVIC_ / JOSIPOVIC_ / [HRVGOV ...]").
    if (petrarch && group.open && group.codes.empty() && split.blocks.empty()) {
      group.phrases.emplace_back(std::string(split.phrase), line);
      continue;
    }
    CloseActorGroup(L, group);
    group.open = true;
    group.phrases.emplace_back(std::string(split.phrase), line);
    Status st = AddActorCodes(L, split, line, group);
    if (!st.ok()) {
      d->warnings.push_back(st.message());
      group.open = false;
      group.phrases.clear();
      group.codes.clear();
    }
  }
  CloseActorGroup(L, group);
  if (section != Section::kNone) {
    return Status::InvalidInput(dyad::Where(name, section_line, "section is never closed"));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- agents

Status LoadAgentsInto(CompiledDictionaries* d, std::string_view text, std::string_view name) {
  Loader L(d, name);
  LineReader reader(text);
  std::string_view raw;
  // PETRARCH-style macros: "!PERSON! = MAN, MEN, WOMAN".
  std::vector<std::pair<std::string, std::vector<std::string>>> macros;
  while (reader.Next(&raw)) {
    size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (IsFinish(t)) break;
    if (IsCommentLine(t)) continue;
    if (t[0] == '!') {
      size_t close = t.find('!', 1);
      size_t eq = t.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        L.Warn(line, "bad !MACRO! = ... line; ignored");
        continue;
      }
      std::vector<std::string> values;
      std::string_view rest = t.substr(eq + 1);
      size_t start = 0;
      while (start <= rest.size()) {
        size_t comma = rest.find(',', start);
        std::string_view v = Trim(rest.substr(start, comma == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : comma - start));
        if (!v.empty()) values.emplace_back(v);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      macros.emplace_back(Upper(t.substr(0, close + 1)), std::move(values));
      continue;
    }
    dict::SplitLine split = dict::SplitDictionaryLine(t);
    std::string code;
    if (!L.FirstCode(split, line, &code)) continue;
    AgentEntry agent;
    if (code == "---" || code == "###" || code == "+++") {
      Code c;
      (void)dict::ParseEventCode(code, false, &c);
      agent.kind = c.kind;
    } else if (!code.empty() && code.front() == '~') {
      agent.code = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      agent.code = code.substr(0, code.size() - 1);
      agent.prefix = true;
    } else {
      L.Warn(line, "missing ~ connector in agent code [" + code + "]");
      continue;
    }
    int index = static_cast<int>(d->agents.size());
    d->agents.push_back(agent);
    // Expand macros into one phrase per value.
    std::vector<std::string> phrases{Upper(split.phrase)};
    for (const auto& [macro, values] : macros) {
      std::vector<std::string> next;
      for (const std::string& p : phrases) {
        size_t at = p.find(macro);
        if (at == std::string::npos) {
          next.push_back(p);
          continue;
        }
        for (const std::string& v : values) {
          std::string q = p;
          q.replace(at, macro.size(), v);
          next.push_back(q);
        }
      }
      phrases = std::move(next);
    }
    for (const std::string& text_phrase : phrases) {
      if (text_phrase.find('!') != std::string::npos) {
        L.Warn(line, "unknown !MACRO! in " + text_phrase);
        continue;
      }
      Phrase p;
      Status st = L.Parse(text_phrase, false, line, &p);
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      p.origin = L.Origin(line, t);
      L.AddSurface(std::move(p), EntryKind::kAgent, index, line);
    }
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- verbs

Status LoadVerbsInto(CompiledDictionaries* d, std::string_view text, std::string_view name) {
  if (d->verb_language == VerbLanguage::kNone) d->verb_language = VerbLanguage::kTabari;
  Loader L(d, name);
  LineReader reader(text);
  std::string_view raw;
  enum class Section { kVerbs, kSynsets, kTime, kAttribution } section = Section::kVerbs;
  size_t section_line = 0;
  int verb = -1;           // current root's VerbEntry
  bool forms_allowed = false;
  int synset = -1;
  while (reader.Next(&raw)) {
    size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (IsFinish(t)) break;
    if (t.empty() || t[0] == '#' || t[0] == '/' || t[0] == '~') continue;
    if (t[0] == '<') {
      std::string tag = Upper(t.substr(0, t.find('>') + 1));
      if (tag == "<SYNSETS>" || tag == "<SYNSET>") {
        section = Section::kSynsets;
      } else if (tag == "<TIME>") {
        section = Section::kTime;
        d->has_time_phrases = true;
      } else if (tag == "<ATTRIB>" || tag == "<ATTRIBUTION>") {
        section = Section::kAttribution;
        d->has_attribution = true;
      } else if (tag == "</SYNSETS>" || tag == "</SYNSET>" || tag == "</TIME>" ||
                 tag == "</ATTRIB>" || tag == "</ATTRIBUTION>") {
        section = Section::kVerbs;
      } else {
        L.Warn(line, "unknown section tag " + std::string(t) + " ignored");
        continue;
      }
      section_line = line;
      verb = -1;
      synset = -1;
      continue;
    }
    if (section == Section::kSynsets) {
      dict::SplitLine split = dict::SplitDictionaryLine(t);
      if (t[0] == '&') {
        std::string sname = Upper(split.phrase);
        auto [it, inserted] = d->synset_index.emplace(sname, static_cast<int>(d->synsets.size()));
        if (inserted) {
          d->synsets.push_back(dict::Synset{sname, {}, 0});
        } else {
          L.Warn(line, "synset " + sname + " declared again; members are added to it");
        }
        synset = it->second;
        continue;
      }
      if (t[0] == '+') {
        if (synset < 0) {
          L.Warn(line, "synset member without a synset; ignored");
          continue;
        }
        dict::SplitLine member = dict::SplitDictionaryLine(t.substr(1));
        // A synset may not refer to itself: hide it while parsing its members.
        std::string self = d->synsets[synset].name;
        d->synset_index.erase(self);
        Phrase p;
        Status st = L.Parse(member.phrase, true, line, &p);
        d->synset_index[self] = synset;
        if (!st.ok()) {
          d->warnings.push_back(st.message());
          continue;
        }
        for (auto& e : p.elements) e.endings = false;
        d->synsets[synset].max_length = std::max(d->synsets[synset].max_length, p.length);
        p.origin = L.Origin(line, t);
        d->synsets[synset].members.push_back(std::move(p));
        continue;
      }
      L.Warn(line, "expected '&NAME' or '+member' inside <SYNSETS>; ignored");
      continue;
    }
    dict::SplitLine split = dict::SplitDictionaryLine(t);
    if (t[0] == '{') {
      if (verb < 0 || !forms_allowed) {
        L.Warn(line, "verb forms {...} must follow a verb root; ignored");
        continue;
      }
      size_t close = t.find('}');
      if (close == std::string_view::npos) {
        L.Warn(line, "missing '}' after verb forms; ignored");
        continue;
      }
      std::string_view forms = t.substr(1, close - 1);
      std::istringstream in{std::string(forms)};
      std::string form;
      size_t count = 0;
      while (in >> form) {
        Phrase p;
        Status st = L.Parse(form, false, line, &p);
        if (!st.ok()) {
          d->warnings.push_back(st.message());
          continue;
        }
        p.origin = d->verbs[verb].origin;
        L.AddSurface(std::move(p), EntryKind::kVerb, verb, line);
        ++count;
      }
      if (count == 0) L.Warn(line, "no verb forms inside {...}");
      continue;
    }
    if (t[0] == '-') {
      forms_allowed = false;
      if (verb < 0) {
        L.Warn(line, "pattern before any verb; ignored");
        continue;
      }
      dict::SplitLine pat = dict::SplitDictionaryLine(t.substr(1));
      if (pat.blocks.empty() || pat.unterminated_block) {
        L.Warn(line, pat.unterminated_block ? "missing ']'" : "pattern has no code [...]");
        continue;
      }
      Phrase p;
      Status st = L.Parse(pat.phrase, true, line, &p);
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      if (p.verb_index < 0) {
        L.Warn(line, "missing verb marker '*' in pattern; ignored");
        continue;
      }
      st = dict::ParseEventCode(pat.blocks[0], section == Section::kTime, &p.code);
      if (!st.ok()) {
        L.Warn(line, st.message());
        continue;
      }
      p.origin = L.Origin(line, t);
      d->verbs[verb].patterns.push_back(std::move(p));
      ++d->pattern_count;
      continue;
    }
    // A new root.
    if (split.phrase.empty()) {
      L.Warn(line, "phrase missing");
      continue;
    }
    VerbEntry entry;
    if (!split.blocks.empty() && !split.unterminated_block) {
      Status st = dict::ParseEventCode(split.blocks[0], section == Section::kTime, &entry.code);
      if (!st.ok()) {
        L.Warn(line, st.message());
        verb = -1;
        continue;
      }
    } else if (split.unterminated_block) {
      L.Warn(line, "missing ']'");
      verb = -1;
      continue;
    } else {
      entry.code.kind = Code::Kind::kNull;
    }
    entry.origin = L.Origin(line, t);
    Phrase p;
    Status st = L.Parse(split.phrase, false, line, &p);
    if (!st.ok()) {
      d->warnings.push_back(st.message());
      verb = -1;
      continue;
    }
    p.origin = entry.origin;
    int index = static_cast<int>(d->verbs.size());
    d->verbs.push_back(std::move(entry));
    EntryKind kind = section == Section::kTime          ? EntryKind::kTime
                     : section == Section::kAttribution ? EntryKind::kAttribution
                                                        : EntryKind::kVerb;
    if (!L.AddSurface(std::move(p), kind, index, line)) {
      // A duplicate root: its patterns are dropped with it.
      verb = -1;
      continue;
    }
    verb = index;
    forms_allowed = true;
  }
  if (section != Section::kVerbs) {
    return Status::InvalidInput(dyad::Where(name, section_line, "section is never closed"));
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- discards

Status LoadDiscardsInto(CompiledDictionaries* d, std::string_view text, std::string_view name) {
  Loader L(d, name);
  LineReader reader(text);
  std::string_view raw;
  while (reader.Next(&raw)) {
    size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (IsFinish(t)) break;
    if (IsCommentLine(t)) continue;
    if (t[0] == '+') t = Trim(t.substr(1));  // story-level discard: we discard the sentence
    if (t.find('\t') != std::string_view::npos) {
      L.Warn(line, "tab inside a discard phrase; line ignored (is this a discards file?)");
      continue;
    }
    dict::SplitLine split = dict::SplitDictionaryLine(t);
    if (split.phrase.empty()) continue;
    Phrase p;
    Status st = L.Parse(split.phrase, false, line, &p);
    if (!st.ok()) {
      d->warnings.push_back(st.message());
      continue;
    }
    p.origin = L.Origin(line, t);
    p.code.kind = Code::Kind::kDiscard;
    L.AddSurface(std::move(p), EntryKind::kDiscard, -1, line);
  }
  return Status::Ok();
}

}  // namespace dyad
