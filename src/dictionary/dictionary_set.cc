#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dictionary/compiled.h"
#include "dictionary/loaders.h"
#include "dyad/dictionary.h"

namespace dyad {

Status ReadDictionaryFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::IoError(path + ": is a directory, not a dictionary file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open dictionary file");
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  if (out->find('\0') != std::string::npos) {
    return Status::InvalidInput(path + ": binary data, not a dictionary file");
  }
  return Status::Ok();
}

namespace {

template <typename Fn>
Status LoadFile(const std::string& path, Fn&& fn) {
  std::string text;
  Status st = ReadDictionaryFile(path, &text);
  if (!st.ok()) return st;
  return fn(text, path);
}

}  // namespace

DictionarySet::DictionarySet() : compiled_(std::make_unique<dict::CompiledDictionaries>()) {}
DictionarySet::~DictionarySet() = default;
DictionarySet::DictionarySet(DictionarySet&&) noexcept = default;
DictionarySet& DictionarySet::operator=(DictionarySet&&) noexcept = default;

Status DictionarySet::LoadActors(std::string_view text, std::string_view name) {
  return LoadActorsInto(compiled_.get(), text, name);
}
Status DictionarySet::LoadAgents(std::string_view text, std::string_view name) {
  return LoadAgentsInto(compiled_.get(), text, name);
}
Status DictionarySet::LoadVerbs(std::string_view text, std::string_view name) {
  return LoadVerbsInto(compiled_.get(), text, name);
}
Status DictionarySet::LoadDiscards(std::string_view text, std::string_view name) {
  return LoadDiscardsInto(compiled_.get(), text, name);
}
Status DictionarySet::LoadActorsFile(const std::string& path) {
  return LoadFile(path,
                  [this](std::string_view t, std::string_view n) { return LoadActors(t, n); });
}
Status DictionarySet::LoadAgentsFile(const std::string& path) {
  return LoadFile(path,
                  [this](std::string_view t, std::string_view n) { return LoadAgents(t, n); });
}
Status DictionarySet::LoadVerbsFile(const std::string& path) {
  return LoadFile(path, [this](std::string_view t, std::string_view n) { return LoadVerbs(t, n); });
}
Status DictionarySet::LoadDiscardsFile(const std::string& path) {
  return LoadFile(path,
                  [this](std::string_view t, std::string_view n) { return LoadDiscards(t, n); });
}

namespace {

// The code of the dictionary verb whose root is the single word `word`, or
// "" when there is none or it has no event code.
std::string VerbCodeOf(const dict::CompiledDictionaries& d, const std::string& word) {
  const auto it = d.by_first_word.find(word);
  if (it == d.by_first_word.end()) return "";
  for (int s : it->second) {
    const dict::Surface& surface = d.surfaces[s];
    if (surface.kind != dict::EntryKind::kVerb || surface.words.elements.size() != 1) continue;
    const dict::Code& code = d.verbs[surface.entry].code;
    if (code.kind == dict::Code::Kind::kEvent) return code.code;
  }
  return "";
}

}  // namespace

void DictionarySet::Finalize() {
  // TABARI tries longer patterns first; equal lengths keep file order.
  for (dict::VerbEntry& v : compiled_->verbs) {
    std::stable_sort(
        v.patterns.begin(), v.patterns.end(),
        [](const dict::Phrase& a, const dict::Phrase& b) { return a.length > b.length; });
    for (dict::Phrase& p : v.patterns) {
      // The last literal before the verb decides whether those words are a
      // {noun phrase}: its head is the group's last word.
      for (int i = 0; i < p.verb_index; ++i) {
        const dict::Element& e = p.elements[i];
        if (e.kind == dict::ElementKind::kWord || e.kind == dict::ElementKind::kSynset ||
            e.kind == dict::ElementKind::kAlternatives) {
          p.plain_words_before_verb = !e.not_a_verb;
        }
      }
      for (size_t i = 0; i < p.elements.size(); ++i) {
        const dict::Element& e = p.elements[i];
        if (e.kind != dict::ElementKind::kWord) continue;
        uint64_t bit = dict::LiteralBit(e.text);
        (static_cast<int>(i) < p.verb_index ? p.before_bits : p.after_bits) |= bit;
      }
    }
  }
  for (dict::Transformation& t : compiled_->transformations) {
    t.verb_code = VerbCodeOf(*compiled_, t.verb);
    if (t.inner_verb != "Q") t.inner_verb_code = VerbCodeOf(*compiled_, t.inner_verb);
  }
  dict::PrefixTrie trie;
  for (const auto& [key, surfaces] : compiled_->by_first_word) {
    for (int s : surfaces) {
      const dict::Element& first = compiled_->surfaces[s].words.elements[0];
      // Endings apply only to the last word of a phrase; an exact word that
      // is not last must be the whole text word (the ending check is then
      // done again, precisely, by the coder).
      trie.Insert(key, s, first.exact);
    }
  }
  trie.Build();
  compiled_->first_word_trie = std::move(trie);
  compiled_->seen.clear();
  compiled_->seen.rehash(0);
}

const std::vector<std::string>& DictionarySet::warnings() const { return compiled_->warnings; }
size_t DictionarySet::actor_count() const {
  return compiled_->actors.size() - compiled_->merged_actor_entries;
}
size_t DictionarySet::verb_pattern_count() const { return compiled_->pattern_count; }
VerbLanguage DictionarySet::verb_language() const { return compiled_->verb_language; }

DictionaryCounts DictionarySet::counts() const {
  DictionaryCounts c;
  const dict::CompiledDictionaries& d = *compiled_;
  c.actors = d.actors.size() - d.merged_actor_entries;
  c.agents = d.agents.size();
  c.verbs = d.verbs.size();
  c.verb_patterns = d.pattern_count;
  c.synsets = d.synsets.size();
  for (const dict::Surface& s : d.surfaces) c.discards += s.kind == dict::EntryKind::kDiscard;
  c.issues = d.issues.size();
  c.transformations = d.transformations.size();
  c.warnings = d.warnings.size();
  return c;
}

std::string BundledDictionaryDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env != nullptr && *env != '\0') {
    return (fs::path(env) / "dictionaries").string();
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      fs::path candidate = dir / "data" / "dictionaries";
      if (fs::is_directory(candidate, ec)) return candidate.string();
      candidate = dir / "share" / "dyad" / "dictionaries";
      if (fs::is_directory(candidate, ec)) return candidate.string();
    }
  }
  return std::string(DYAD_DATA_DIR) + "/dictionaries";
}

Status LoadBundledDictionaries(DictionarySet* set) {
  const std::string dir = BundledDictionaryDir();
  // Provenance names the bundled files as "dyad.verbs:LINE", not by the
  // install path, so events read the same on every machine.
  struct File {
    const char* name;
    Status (DictionarySet::*load)(std::string_view, std::string_view);
  };
  static const File kFiles[] = {{"dyad.actors", &DictionarySet::LoadActors},
                                {"dyad.agents", &DictionarySet::LoadAgents},
                                {"dyad.verbs", &DictionarySet::LoadVerbs}};
  for (const File& f : kFiles) {
    std::string text;
    Status st = ReadDictionaryFile(dir + "/" + f.name, &text);
    if (!st.ok()) return Status::NotFound("bundled dictionaries: " + st.message());
    st = (set->*f.load)(text, f.name);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace dyad
