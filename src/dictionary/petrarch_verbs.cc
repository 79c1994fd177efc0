// Reading PETRARCH verb dictionaries (PETRARCH-1 CAMEO.verbpatterns.*.txt and
// PETRARCH-2 CAMEO.2.0.txt) into the same compiled form as TABARI's .verbs.
//
// The file is read in two passes. The first collects the synsets (&NAME and
// its +member lines, which PETRARCH allows anywhere in the file) so that a
// pattern may use a synset defined after it. The second reads the
// "--- NAME [code] ---" blocks: verb lines (with {forms} and a [code] of
// their own), "- ... [code]" patterns, and, in PETRARCH-2, "~ ..."
// transformations.
//
// In PETRARCH a block's patterns belong to every verb of the block. The
// coder keeps patterns per VerbEntry, so a block becomes one VerbEntry per
// distinct verb code in it (usually one or two), each holding the block's
// patterns; every verb form is a surface of the entry for its code.
//
// A verb written again (in another block, or another file) takes the later
// definition, as PETRARCH's verb dictionary does; generated forms never
// replace a form that is already there.
//
// PETRARCH matches complete words only: every pattern word and verb form is
// an exact word without TABARI's regular endings; the regular verb forms
// (and synset plurals) are generated here instead, as PETRARCH does.
#include <algorithm>
#include <map>
#include <sstream>

#include "dictionary/compiled.h"
#include "dictionary/loader_common.h"
#include "dictionary/loaders.h"
#include "dictionary/petrarch_words.h"
#include "dictionary/phrase_parser.h"

namespace dyad {

using dict::Code;
using dict::CompiledDictionaries;
using dict::Element;
using dict::ElementKind;
using dict::EntryKind;
using dict::LineReader;
using dict::Loader;
using dict::Phrase;
using dict::Trim;
using dict::Upper;

namespace {

// Whole words, no endings; `consecutive` also links every word to the one
// before it (synset members and multi-word verbs are consecutive words).
void MakeWholeWords(Phrase* p, bool consecutive) {
  for (size_t i = 0; i < p->elements.size(); ++i) {
    Element& e = p->elements[i];
    if (e.kind == ElementKind::kWord) {
      e.exact = true;
      e.endings = false;
    }
    if (consecutive && i > 0) e.adjacent = true;
  }
}

// "--- NAME [code] ---" (the closing dashes may follow the code directly).
bool IsBlockHeader(std::string_view t) {
  return t.size() >= 3 && t.substr(0, 3) == "---" && (t.size() == 3 || t[3] == ' ' || t[3] == '\t');
}

// PETRARCH-2 is told from PETRARCH-1 by its constructs: transformations,
// (...) prepositional phrases and {...} noun phrases (PETRARCH-1 braces in a
// pattern hold alternatives separated by '|').
bool LooksLikePetrarch2(std::string_view text) {
  LineReader reader(text);
  std::string_view raw;
  while (reader.Next(&raw)) {
    std::string_view t = Trim(raw);
    if (t.size() > 2 && t[0] == '~' && t[1] == ' ') return true;
    if (t.empty() || t[0] != '-' || IsBlockHeader(t)) continue;
    std::string_view pattern = t.substr(0, std::min(t.find('#'), t.find('[')));
    if (pattern.find('(') != std::string_view::npos) return true;
    if (pattern.find('{') != std::string_view::npos && pattern.find('|') == std::string_view::npos)
      return true;
  }
  return false;
}

struct RawSynset {
  int index = -1;
  bool no_plurals = false;                              // the label ends with '_'
  std::vector<std::pair<std::string, size_t>> members;  // text, line
};

// Pass 1: every &NAME with its +member lines. A synset runs until a blank
// line or a line that is neither a member nor a comment.
std::vector<RawSynset> CollectSynsets(Loader& L, std::string_view text) {
  std::vector<RawSynset> out;
  LineReader reader(text);
  std::string_view raw;
  int open = -1;
  while (reader.Next(&raw)) {
    std::string_view t = Trim(raw);
    if (dict::IsFinish(t)) break;
    if (!t.empty() && t[0] == '#') continue;
    if (!t.empty() && t[0] == '&') {
      std::string name = Upper(dict::SplitDictionaryLine(t).phrase);
      RawSynset s;
      if (name.size() > 1 && name.back() == '_') {
        s.no_plurals = true;
        name.pop_back();
      }
      auto [it, inserted] =
          L.d_->synset_index.emplace(name, static_cast<int>(L.d_->synsets.size()));
      if (inserted) {
        L.d_->synsets.push_back(dict::Synset{name, {}, 0});
      } else {
        L.Warn(reader.number(), "synset " + name + " defined again; members are added to it");
      }
      s.index = it->second;
      out.push_back(std::move(s));
      open = static_cast<int>(out.size()) - 1;
      continue;
    }
    if (open >= 0 && !t.empty() && t[0] == '+') {
      out[open].members.emplace_back(std::string(t.substr(1)), reader.number());
      continue;
    }
    open = -1;
  }
  return out;
}

void CompileSynsetMembers(Loader& L, const std::vector<RawSynset>& raw) {
  CompiledDictionaries* d = L.d_;
  for (const RawSynset& s : raw) {
    const std::string self = d->synsets[s.index].name;
    for (const auto& [member, line] : s.members) {
      std::string_view phrase = dict::SplitDictionaryLine(member).phrase;
      if (phrase.empty()) {
        L.Warn(line, "empty synset member");
        continue;
      }
      // A synset may not contain itself: hide its name while parsing.
      d->synset_index.erase(self);
      Phrase p;
      Status st = L.Parse(phrase, false, line, &p);
      d->synset_index[self] = s.index;
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      MakeWholeWords(&p, /*consecutive=*/true);
      p.origin = L.Origin(line, member);
      std::vector<Phrase> forms{p};
      if (!s.no_plurals && phrase.back() != '_' && p.elements.back().kind == ElementKind::kWord) {
        Phrase plural = p;
        plural.elements.back().text = dict::PluralNoun(plural.elements.back().text);
        forms.push_back(std::move(plural));
      }
      for (Phrase& f : forms) {
        f.length = dict::PhraseLength(f, d->synsets);
        d->synsets[s.index].max_length = std::max(d->synsets[s.index].max_length, f.length);
        d->synsets[s.index].members.push_back(std::move(f));
      }
    }
  }
}

struct VerbLine {
  std::string text;   // phrase before {forms}
  std::string forms;  // inside {...}; empty when none were given
  bool has_forms = false;
  std::string code;  // the verb's own [code], or empty
  size_t line = 0;
  std::string origin;
};

struct Block {
  bool open = false;
  size_t line = 0;
  Code code;  // the block's default code
  std::vector<VerbLine> verbs;
  std::vector<Phrase> patterns;
};

// The forms of a verb line: "KLM_NOP_+RST" -> KLM_NOP_RST, KLM_NOP_RSTS, ...
// (the word after '+' is the verb; without '+', the first word). Given
// {forms} replace the generated ones. Returns {text, generated}.
std::vector<std::pair<std::string, bool>> VerbForms(Loader& L, const VerbLine& v) {
  std::vector<std::pair<std::string, bool>> out;
  std::string base = v.text;
  size_t plus = base.find('+');
  std::string without = base;
  without.erase(std::remove(without.begin(), without.end(), '+'), without.end());
  out.emplace_back(without, false);
  if (v.has_forms) {
    std::istringstream in(v.forms);
    std::string form;
    while (in >> form) {
      form.erase(std::remove(form.begin(), form.end(), '+'), form.end());
      if (!form.empty()) out.emplace_back(form, false);
    }
    return out;
  }
  // The verb word: after '+', else the whole (one-word) phrase.
  size_t begin = 0, end = base.size();
  if (plus != std::string::npos) {
    begin = plus + 1;
  } else if (base.find_first_of("_ ") != std::string::npos) {
    // Most such lines are phrasal verbs (LASH OUT, RULE OUT).
    L.Warn(v.line,
           "multi-word verb without '+' before the verb word; the first word takes the forms");
  }
  end = base.find_first_of("_ ", begin);
  if (end == std::string::npos) end = base.size();
  std::string word = Upper(std::string_view(base).substr(begin, end - begin));
  for (const std::string& f : dict::RegularVerbForms(word)) {
    std::string text = base.substr(0, begin) + f + base.substr(end);
    text.erase(std::remove(text.begin(), text.end(), '+'), text.end());
    out.emplace_back(text, true);
  }
  return out;
}

void FlushBlock(Loader& L, Block& b) {
  if (!b.open) return;
  b.open = false;
  CompiledDictionaries* d = L.d_;
  if (b.verbs.empty()) {
    if (!b.patterns.empty()) L.Warn(b.line, "verb block has patterns but no verb; ignored");
    b.patterns.clear();
    return;
  }
  // One entry per distinct code among the block's verbs.
  std::map<std::string, int> entry_for_code;
  std::vector<int> entries;
  for (const VerbLine& v : b.verbs) {
    auto it = entry_for_code.find(v.code);
    int entry;
    if (it != entry_for_code.end()) {
      entry = it->second;
    } else {
      dict::VerbEntry e;
      e.code = b.code;
      if (!v.code.empty()) {
        Status st = dict::ParseEventCode(v.code, false, &e.code);
        if (!st.ok()) {
          L.Warn(v.line, st.message() + "; the block's code is used");
          e.code = b.code;
        }
      }
      e.origin = v.origin;
      entry = static_cast<int>(d->verbs.size());
      d->verbs.push_back(std::move(e));
      entry_for_code.emplace(v.code, entry);
      entries.push_back(entry);
    }
    for (const auto& [form, generated] : VerbForms(L, v)) {
      Phrase p;
      Status st = L.Parse(form, false, v.line, &p);
      if (!st.ok()) {
        d->warnings.push_back(st.message());
        continue;
      }
      MakeWholeWords(&p, /*consecutive=*/true);
      p.origin = v.origin;
      // A verb written out again belongs to its later block: PETRARCH keeps
      // verbs in a dictionary, where the later definition replaces the
      // earlier (the validation suite's SHOT is coded by its second block).
      if (!generated) {
        auto seen = d->seen.find(std::to_string(static_cast<int>(EntryKind::kVerb)) + "|" +
                                 Loader::Signature(p));
        if (seen != d->seen.end() && d->surfaces[seen->second].kind == EntryKind::kVerb) {
          d->surfaces[seen->second].entry = entry;
          d->surfaces[seen->second].words.origin = p.origin;
          L.Warn(v.line, "verb " + form + " defined again; this later definition is used");
          continue;
        }
      }
      L.quiet_duplicates_ = generated;
      L.AddSurface(std::move(p), EntryKind::kVerb, entry, v.line);
      L.quiet_duplicates_ = false;
    }
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i + 1 == entries.size()) {
      d->verbs[entries[i]].patterns = std::move(b.patterns);
    } else {
      d->verbs[entries[i]].patterns = b.patterns;
    }
  }
  b.verbs.clear();
  b.patterns.clear();
}

void ReadVerbLine(Loader& L, std::string_view t, size_t line, Block& b) {
  VerbLine v;
  v.line = line;
  v.origin = L.Origin(line, t);
  dict::SplitLine split = dict::SplitDictionaryLine(t);
  std::string_view phrase = split.phrase;
  size_t brace = phrase.find('{');
  if (brace != std::string_view::npos) {
    size_t close = phrase.find('}', brace);
    if (close == std::string_view::npos) {
      L.Warn(line, "missing '}' after verb forms; line ignored");
      return;
    }
    v.forms = Upper(phrase.substr(brace + 1, close - brace - 1));
    v.has_forms = true;
    phrase = Trim(phrase.substr(0, brace));
  }
  if (phrase.empty()) {
    L.Warn(line, "verb missing before {forms}");
    return;
  }
  if (phrase.find_first_of("*$%^") != std::string_view::npos) {
    L.Warn(line, "pattern line must start with '-'; ignored");
    return;
  }
  v.text = Upper(phrase);
  if (split.unterminated_block) {
    L.Warn(line, "missing ']'; line ignored");
    return;
  }
  if (!split.blocks.empty()) v.code = std::string(Trim(split.blocks[0]));
  b.verbs.push_back(std::move(v));
}

void ReadPattern(Loader& L, std::string_view t, size_t line, bool petrarch2, Block& b) {
  dict::SplitLine pat = dict::SplitDictionaryLine(t.substr(1));
  if (pat.blocks.empty() || pat.unterminated_block) {
    L.Warn(line, pat.unterminated_block ? "missing ']'" : "pattern has no code [...]");
    return;
  }
  std::string text(pat.phrase);
  // PETRARCH-2's {noun phrase} and (preposition noun) end in their head
  // word: the last word of a group follows the one before it, determiners
  // aside. "{&TIETYPES MEMOS}" is not "cultural internal memos", "(FOR
  // ASYLUM)" not "for foreign asylum", but "(ON RESOLUTION)" is "on a
  // resolution" and "{NEW &TIETYPES RELATIONS}" "new global economic
  // relations" (UD suite SYNSET-22b/22bb/23ee, PATTERN-04, VERB-11).
  // head[i]: the i-th word of the pattern ends a group of two or more.
  // noun_head[i]: the i-th word ends a {noun phrase}: with a parse, it may
  // not be a verb ("{TO SUPPLY}" is not "signed an accord to supply
  // Gondor", UD suite DEMO-15).
  std::vector<bool> head, noun_head;
  if (petrarch2) {
    bool inside = false, noun = false;
    int in_group = 0;
    std::string flat;
    for (char c : text) {
      if (c == '{' || c == '(') {
        inside = true;
        noun = c == '{';
        in_group = 0;
        c = ' ';
      } else if (c == '}' || c == ')') {
        if (inside && in_group >= 2) head.back() = true;
        if (inside && noun && in_group >= 1) noun_head.back() = true;
        inside = false;
        c = ' ';
      }
      const bool starts_word =
          c != ' ' && c != '\t' && (flat.empty() || flat.back() == ' ' || flat.back() == '\t');
      if (starts_word) {
        head.push_back(false);
        noun_head.push_back(false);
        if (inside) ++in_group;
      }
      flat.push_back(c);
    }
    text = flat;
  } else if (text.find_first_of("{|}") != std::string::npos) {
    L.Warn(line, "PETRARCH-1 does not use { | } alternatives; pattern skipped");
    return;
  }
  for (size_t at = text.find("**"); at != std::string::npos; at = text.find("**"))
    text.erase(at, 1);
  Phrase p;
  Status st = L.Parse(text, true, line, &p);
  if (!st.ok()) {
    L.d_->warnings.push_back(st.message());
    return;
  }
  if (p.verb_index < 0) {
    L.Warn(line, "missing verb marker '*' in pattern; ignored");
    return;
  }
  MakeWholeWords(&p, /*consecutive=*/false);
  if (petrarch2) {
    for (Element& e : p.elements) {
      if (e.kind == ElementKind::kWord) e.plural_form = dict::PluralNoun(e.text);
    }
  }
  // One element per word of the text (else, a contraction joined, the
  // groups are not known and stay loose).
  if (head.size() == p.elements.size()) {
    for (size_t i = 0; i < head.size(); ++i) {
      p.elements[i].not_a_verb = noun_head[i];
      if (noun_head[i]) L.d_->has_noun_phrase_heads = true;
      if (!head[i] || p.elements[i].adjacent) continue;
      p.elements[i].adjacent = true;
      p.elements[i].determiners_between = true;
    }
  }
  if (petrarch2) {
    for (size_t i = static_cast<size_t>(p.verb_index) + 1; i < p.elements.size(); ++i) {
      p.elements[i].after_verb = p.elements[i].kind == ElementKind::kWord;
    }
  }
  st = dict::ParseEventCode(pat.blocks[0], false, &p.code);
  if (!st.ok()) {
    L.Warn(line, st.message());
    return;
  }
  if (!b.open) {
    L.Warn(line, "pattern outside a '--- VERB ---' block; ignored");
    return;
  }
  p.origin = L.Origin(line, t);
  b.patterns.push_back(std::move(p));
  ++L.d_->pattern_count;
}

// "~ a (b c VERB1) VERB2 = x y CODE"
void ReadTransformation(Loader& L, std::string_view t, size_t line) {
  std::string spaced;
  for (char c : dict::SplitDictionaryLine(t.substr(1)).phrase) {
    if (c == '(' || c == ')' || c == '=') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  std::istringstream in(spaced);
  std::vector<std::string> tok;
  for (std::string w; in >> w;) tok.push_back(w);
  if (tok.size() != 11 || tok[1] != "(" || tok[5] != ")" || tok[7] != "=") {
    L.Warn(line, "transformation is not '~ a (b c VERB) VERB = x y CODE'; ignored");
    return;
  }
  dict::Transformation tr;
  tr.source = tok[0];
  tr.inner_source = tok[2];
  tr.inner_target = tok[3];
  tr.inner_verb = Upper(tok[4]);
  tr.verb = Upper(tok[6]);
  tr.result_source = tok[8];
  tr.result_target = tok[9];
  tr.result_code = tok[10];
  tr.origin = L.Origin(line, t);
  L.d_->transformations.push_back(std::move(tr));
}

}  // namespace

Status LoadPetrarchVerbsInto(CompiledDictionaries* d, std::string_view raw_text,
                             std::string_view name) {
  const std::string text = dict::StripXmlComments(raw_text);
  Loader L(d, name);
  L.whole_words_ = true;
  const bool petrarch2 = LooksLikePetrarch2(text);
  if (d->verb_language == VerbLanguage::kNone) {
    d->verb_language = petrarch2 ? VerbLanguage::kPetrarch2 : VerbLanguage::kPetrarch1;
  }
  CompileSynsetMembers(L, CollectSynsets(L, text));

  LineReader reader(text);
  std::string_view raw;
  Block block;
  bool in_synset = false;
  while (reader.Next(&raw)) {
    const size_t line = reader.number();
    std::string_view t = Trim(raw);
    if (dict::IsFinish(t)) break;
    if (t.empty()) {
      in_synset = false;
      continue;
    }
    if (t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '&') {  // read in pass 1
      in_synset = true;
      continue;
    }
    if (in_synset && t[0] == '+') continue;
    in_synset = false;
    if (IsBlockHeader(t)) {
      FlushBlock(L, block);
      block.open = true;
      block.line = line;
      block.code = Code();  // null unless given
      std::string_view inner = Trim(t.substr(3));
      if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") {
        inner = Trim(inner.substr(0, inner.size() - 3));
      }
      dict::SplitLine split = dict::SplitDictionaryLine(inner);
      if (split.unterminated_block) {
        L.Warn(line, "missing ']' in block header; null code used");
      } else if (!split.blocks.empty()) {
        Status st = dict::ParseEventCode(split.blocks[0], false, &block.code);
        if (!st.ok()) {
          L.Warn(line, st.message() + "; null code used");
          block.code = Code();
        }
      }
      continue;
    }
    if (t[0] == '-') {
      ReadPattern(L, t, line, petrarch2, block);
      continue;
    }
    // A pattern that lost its dash ("* (TO QUESTION) [110]" under BEGIN in
    // the UD suite's verbs, which its DATE-11 relies on): no verb starts
    // with '*', so it is read as the pattern it is meant to be.
    if (t[0] == '*' && block.open) {
      L.Warn(line, "pattern without its leading '-'; read as a pattern");
      ReadPattern(L, "- " + std::string(t), line, petrarch2, block);
      continue;
    }
    if (t[0] == '~') {
      if (petrarch2) {
        ReadTransformation(L, t, line);
      } else {
        L.Warn(line, "'~' line in a PETRARCH-1 verb file ignored");
      }
      continue;
    }
    if (t[0] == '<' || t[0] == '{' || t[0] == '[') {
      L.Warn(line, "unexpected line ignored");
      continue;
    }
    if (!block.open) {
      L.Warn(line, "verb outside a '--- VERB [code] ---' block; ignored");
      continue;
    }
    ReadVerbLine(L, t, line, block);
  }
  FlushBlock(L, block);
  return Status::Ok();
}

}  // namespace dyad
