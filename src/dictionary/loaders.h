// The dictionary readers behind DictionarySet, one per file kind and format.
//
// Each reads one text (`name` stands in for its path in messages and
// provenance) into a CompiledDictionaries. A malformed line becomes a warning
// naming file:line:problem and is skipped; only a file whose structure is
// broken returns an error Status. TABARI readers: dictionary_loader.cc;
// PETRARCH readers: petrarch_verbs.cc, petrarch_lists.cc.
//
// Thread safety: each call fills the one CompiledDictionaries it is given.
#pragma once

#include <string>
#include <string_view>

#include "dictionary/compiled.h"
#include "dyad/status.h"

namespace dyad {

// Reads a whole dictionary file; refuses folders and binary data.
Status ReadDictionaryFile(const std::string& path, std::string* out);

// TABARI formats. `petrarch` reads actors as PETRARCH does: every word
// must match a whole text word (no stems), blank lines do not end a synonym
// group, and primary phrases without a code share the codes that follow.
Status LoadActorsInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name,
                      bool petrarch = false);
Status LoadAgentsInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name);
Status LoadVerbsInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name);
Status LoadDiscardsInto(dict::CompiledDictionaries* d, std::string_view text,
                        std::string_view name);

// PETRARCH formats.
Status LoadPetrarchVerbsInto(dict::CompiledDictionaries* d, std::string_view text,
                             std::string_view name);
Status LoadPetrarchActorsInto(dict::CompiledDictionaries* d, std::string_view text,
                              std::string_view name);
Status LoadPetrarchAgentsInto(dict::CompiledDictionaries* d, std::string_view text,
                              std::string_view name);
Status LoadPetrarchDiscardsInto(dict::CompiledDictionaries* d, std::string_view text,
                                std::string_view name);
Status LoadPetrarchIssuesInto(dict::CompiledDictionaries* d, std::string_view text,
                              std::string_view name);
Status LoadPicoInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name);

}  // namespace dyad
