// DictionarySet: TABARI's dictionary language, loaded and compiled.
//
// Holds the actors (with synonyms, coded compounds and date-restricted
// codes), agents, verbs (roots, irregular forms, patterns with $ + % ^ * @
// tokens, synsets, alternatives), <NOUN>/<ADJECTIVE> lists, <TIME> and
// <ATTRIB> phrases, and discards. Several files of each kind may be loaded;
// the first entry for a phrase wins, as in TABARI.
//
// Loading reports the first hard error as a Status naming file, line and
// problem; recoverable problems (duplicate phrases, odd spacing) are kept as
// warnings and the line is skipped, as TABARI does.
//
// Ownership and thread safety: build a DictionarySet on one thread, call
// Finalize(), then share it read-only (const) between any number of coders
// and threads. It is immutable after Finalize().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace dict {
struct CompiledDictionaries;  // defined in src/dictionary/compiled.h
}

class DictionarySet {
 public:
  DictionarySet();
  ~DictionarySet();
  DictionarySet(DictionarySet&&) noexcept;
  DictionarySet& operator=(DictionarySet&&) noexcept;

  // Files. `path` is used in messages and in event provenance.
  Status LoadActorsFile(const std::string& path);
  Status LoadAgentsFile(const std::string& path);
  Status LoadVerbsFile(const std::string& path);
  Status LoadDiscardsFile(const std::string& path);

  // The same from text already in memory; `name` stands in for the path.
  Status LoadActors(std::string_view text, std::string_view name);
  Status LoadAgents(std::string_view text, std::string_view name);
  Status LoadVerbs(std::string_view text, std::string_view name);
  Status LoadDiscards(std::string_view text, std::string_view name);

  // Sorts patterns into TABARI precedence and builds the lookup indexes.
  // Must be called once after loading and before coding.
  void Finalize();

  const std::vector<std::string>& warnings() const;
  size_t actor_count() const;
  size_t verb_pattern_count() const;

  const dict::CompiledDictionaries& compiled() const { return *compiled_; }

 private:
  std::unique_ptr<dict::CompiledDictionaries> compiled_;
};

// Directory holding the dictionaries bundled with dyad (data/dictionaries),
// resolved from $DYAD_DATA_DIR, then next to the executable, then the source tree.
std::string BundledDictionaryDir();

// Loads dyad's bundled default dictionaries into `set` (not finalized).
Status LoadBundledDictionaries(DictionarySet* set);

}  // namespace dyad
