// Shared machinery of the dictionary readers (TABARI and PETRARCH formats).
//
// LineReader numbers the lines of a text; Loader holds the state of one load
// call (the target CompiledDictionaries, the file name for messages, synset
// resolution) and registers surfaces, reporting duplicates as warnings.
// Internal to src/dictionary.
//
// Ownership and thread safety: a Loader borrows the CompiledDictionaries it
// fills and is used by one thread for one load call.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

#include "dictionary/compiled.h"
#include "dictionary/phrase_parser.h"
#include "dyad/status.h"
#include "util/ascii.h"

namespace dyad::dict {

using ascii::Upper;

inline bool StartsWithCI(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// Walks the lines of a dictionary text, numbering them from 1.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    *line = text_.substr(pos_, nl - pos_);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos_ = nl + 1;
    ++number_;
    return true;
  }
  size_t number() const { return number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t number_ = 0;
};

inline bool IsFinish(std::string_view trimmed) { return StartsWithCI(trimmed, "~~FINISH"); }

inline bool IsCommentLine(std::string_view trimmed) {
  return trimmed.empty() || trimmed[0] == '#' || trimmed[0] == '/' || trimmed[0] == '~';
}

// Shared state of one load call.
class Loader {
 public:
  Loader(CompiledDictionaries* d, std::string_view name) : d_(d), name_(name) {
    ctx_.synset_index = &d->synset_index;
    ctx_.synsets = &d->synsets;
  }

  std::string Where(size_t line) const { return dyad::Where(name_, line, ""); }

  void Warn(size_t line, const std::string& problem) {
    d_->warnings.push_back(dyad::Where(name_, line, problem));
  }

  // The code of a "PHRASE [CODE]" line, blanks removed; false (with a
  // warning) when the phrase or the code is missing.
  bool FirstCode(const SplitLine& split, size_t line, std::string* code) {
    if (split.phrase.empty()) {
      Warn(line, "phrase missing");
      return false;
    }
    if (split.blocks.empty() || split.unterminated_block) {
      Warn(line, split.unterminated_block ? "missing ']'" : "no code in [...]");
      return false;
    }
    code->clear();
    for (char c : split.blocks[0]) {
      if (c != ' ' && c != '\t') code->push_back(c);
    }
    return true;
  }

  std::string Origin(size_t line, std::string_view text) const {
    return name_ + ":" + std::to_string(line) + ": " + std::string(Trim(text));
  }

  // The surface already registered for these words of this kind, or -1.
  int FindSurface(const Phrase& words, EntryKind kind) const {
    const auto it = d_->seen.find(std::to_string(static_cast<int>(kind)) + "|" + Signature(words));
    return it == d_->seen.end() ? -1 : it->second;
  }

  // Registers a surface; false (with a warning) for a duplicate.
  bool AddSurface(Phrase words, EntryKind kind, int entry, size_t line) {
    if (words.elements.empty() || words.elements[0].kind != ElementKind::kWord) {
      Warn(line, "phrase must start with a word");
      return false;
    }
    std::string key = std::to_string(static_cast<int>(kind)) + "|" + Signature(words);
    if (!d_->seen.emplace(key, static_cast<int>(d_->surfaces.size())).second) {
      if (!quiet_duplicates_) Warn(line, "duplicate entry ignored (the first one is used)");
      return false;
    }
    // Regular endings apply to the final word of a surface only.
    for (size_t i = 0; i + 1 < words.elements.size(); ++i) words.elements[i].endings = false;
    const dict::Element& first = words.elements[0];
    int index = static_cast<int>(d_->surfaces.size());
    d_->by_first_word[first.text].push_back(index);
    if (first.exact && first.endings && words.elements.size() == 1 && first.text.size() > 2 &&
        first.text.back() == 'E') {
      d_->by_first_word[first.text.substr(0, first.text.size() - 1)].push_back(index);
    }
    Surface s;
    s.words = std::move(words);
    s.kind = kind;
    s.entry = entry;
    d_->surfaces.push_back(std::move(s));
    return true;
  }

  // "DID N'T" / "DID_N'T" -> "DIDN'T": an N'T word joins the word before it.
  static std::string JoinContractions(std::string_view text) {
    std::string out(text);
    for (size_t at = 1; at + 3 <= out.size(); ++at) {
      const bool sep = out[at - 1] == ' ' || out[at - 1] == '_';
      const bool nt = (out[at] == 'N' || out[at] == 'n') && out[at + 1] == '\'' &&
                      (out[at + 2] == 'T' || out[at + 2] == 't');
      const bool ends = at + 3 == out.size() || out[at + 3] == ' ' || out[at + 3] == '_';
      if (!sep || !nt || !ends) continue;
      size_t from = at - 1;
      while (from > 0 && out[from - 1] == ' ') --from;
      if (from == 0 || out[from - 1] == '_' || out[from - 1] == '*' || out[from - 1] == '-') continue;
      out.erase(from, at - from);
      at = from;
    }
    return out;
  }

  static std::string Signature(const Phrase& p) {
    std::string out;
    for (const auto& e : p.elements) {
      if (e.adjacent) out += '_';
      out += ' ';
      out += e.text;
      if (e.exact) out += '_';
      if (!e.endings) out += '=';
    }
    return out;
  }

  Status Parse(std::string_view text, bool tokens, size_t line, Phrase* out) {
    // PETRARCH's dictionaries spell contractions as the Penn Treebank splits
    // them ("DID N'T", "CA N'T"); dyad's words keep them whole (DIDN'T).
    std::string joined;
    if (whole_words_) {
      joined = JoinContractions(text);
      text = joined;
    }
    Status st = dict::ParsePhrase(text, tokens, ctx_, out);
    if (!st.ok()) return Status::InvalidInput(dyad::Where(name_, line, st.message()));
    // PETRARCH matches complete words only: no word is a stem.
    if (whole_words_) {
      for (Element& e : out->elements) {
        if (e.kind != ElementKind::kWord) continue;
        e.exact = true;
        e.plural = false;
      }
    }
    return st;
  }

  CompiledDictionaries* d_;
  std::string name_;
  PhraseContext ctx_;
  bool whole_words_ = false;
  // Generated forms (PETRARCH plurals and verb forms) may coincide with
  // entries written out in the file; those duplicates are not worth a warning.
  bool quiet_duplicates_ = false;
};

}  // namespace dyad::dict
