// DictionarySet: TABARI's and PETRARCH's dictionary languages, loaded and
// compiled into one form that the one coder runs on.
//
// Holds the actors (with synonyms, coded compounds and date-restricted
// codes), agents, verbs (roots, irregular forms, patterns with $ + % ^ * @
// tokens, synsets, alternatives), <NOUN>/<ADJECTIVE> lists, <TIME> and
// <ATTRIB> phrases, and discards. Several files of each kind may be loaded;
// the first entry for a phrase wins, as in TABARI.
//
// PETRARCH's formats (PETRARCH-1 and -2 verb dictionaries with synsets and
// verb blocks, actors with date restrictions, agents with !MARKER!
// substitutions, discards, issues) compile into the same form; see
// doc/dictionaries.md for what is read and what is not.
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

// The kinds of PETRARCH dictionary file.
// kPico: UniversalPetrarch's internal coding ontology (PICOfile), read for
// the negation of event codes.
enum class PetrarchFile { kVerbs, kActors, kAgents, kDiscards, kIssues, kPico };

// The language of the verb dictionary a set was loaded with (the first
// one, when several were), which says with whose semantics its patterns
// are meant to be coded: TABARI's, PETRARCH-1's or PETRARCH-2's (also
// UniversalPetrarch's). kNone: no verbs loaded yet.
enum class VerbLanguage { kNone, kTabari, kPetrarch1, kPetrarch2 };

// What has been loaded, for reports and tests.
struct DictionaryCounts {
  size_t actors = 0;         // actor entries (a synonym group is one)
  size_t agents = 0;         // agent lines
  size_t verbs = 0;          // verb entries (PETRARCH: one per block and verb code)
  size_t verb_patterns = 0;  // pattern lines read
  size_t synsets = 0;
  size_t discards = 0;         // discard phrases
  size_t issues = 0;           // issue lines (ignore phrases included)
  size_t transformations = 0;  // PETRARCH-2 "~" lines
  size_t warnings = 0;
};

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

  // PETRARCH files. Verbs in PETRARCH-1 or PETRARCH-2 syntax are told apart
  // by their content.
  Status LoadPetrarch(PetrarchFile kind, std::string_view text, std::string_view name);
  Status LoadPetrarchFile(PetrarchFile kind, const std::string& path);

  // Loads every dictionary a PETRARCH config file names (its [Dictionaries]
  // section: verbfile_name, actorfile_list, agentfile_name, discardfile_name,
  // issuefile_name), looking for each file beside the config, then in
  // `search_dirs`; or, given a folder, every dictionary file in it, the kind
  // of each told by its name or content (see DetectPetrarchFile). A folder
  // holding several verb dictionaries loads the first by name and warns.
  Status LoadPetrarchDictionaries(const std::string& config_or_dir,
                                  const std::vector<std::string>& search_dirs = {});

  // Sorts patterns into TABARI precedence and builds the lookup indexes.
  // Must be called once after loading and before coding.
  void Finalize();

  const std::vector<std::string>& warnings() const;
  size_t actor_count() const;
  size_t verb_pattern_count() const;
  DictionaryCounts counts() const;
  VerbLanguage verb_language() const;

  const dict::CompiledDictionaries& compiled() const { return *compiled_; }

 private:
  std::unique_ptr<dict::CompiledDictionaries> compiled_;
};

// Tells the kind of a PETRARCH dictionary file from its name (verb, actor,
// agent, discard, issue; CAMEO.*) or, failing that, its content. False for a
// file that is not a dictionary dyad reads (records, configs, word lists).
bool DetectPetrarchFile(std::string_view file_name, std::string_view text, PetrarchFile* kind);

// Directory holding the dictionaries bundled with dyad (data/dictionaries),
// resolved from $DYAD_DATA_DIR, then next to the executable, then the source tree.
std::string BundledDictionaryDir();

// Loads dyad's bundled default dictionaries into `set` (not finalized).
Status LoadBundledDictionaries(DictionarySet* set);

}  // namespace dyad
