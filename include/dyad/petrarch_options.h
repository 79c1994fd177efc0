// PETRARCH's coding semantics as CodingOptions: the options each PETRARCH
// coder codes with, its PETR_config.ini [Options] and <Config> lines, and
// the options a dictionary set is meant to be coded with.
//
// PETRARCH-1, PETRARCH-2 and UniversalPetrarch read the same dictionary
// languages as TABARI, more or less, but code differently (agents over noun
// phrases, the first event of each clause, comma limits, require_dyad ...);
// doc/petrarch.md lists the differences and the suite records behind each.
// A caller that loads PETRARCH dictionaries takes the matching options here
// and then applies the user's own choices on top.
//
// Thread safety: stateless functions on plain values.
#pragma once

#include <string>
#include <string_view>

#include "dyad/dictionary.h"
#include "dyad/options.h"
#include "dyad/status.h"

namespace dyad {

// Which PETRARCH. The three share the base semantics and differ where their
// validation suites disagree (CodingOptions::nested_agents and the options
// after it).
enum class PetrarchLineage { kPetrarch1, kPetrarch2, kUniversalPetrarch };

// The options `lineage` codes with before any PETR_config.ini or <Config>:
// syntax attribution, the first event of each clause, no minimum length, no
// time shifting, PETR_config.ini's default comma limits, require_dyad,
// PETRARCH's agents, plus the lineage's own rules.
CodingOptions PetrarchCodingOptions(PetrarchLineage lineage);

// Applies one PETRARCH option (a <Config> or a PETR_config.ini [Options]
// line): require_dyad, comma_min/max/bmin/bmax/emin/emax. Options that do
// not change coding (new_actor_length, stop_on_error, write_actor_root ...)
// are accepted; an unknown option or a bad value is an error.
Status ApplyPetrarchOption(std::string_view option, std::string_view value, CodingOptions* options);

// Applies the coding keys (require_dyad, comma_*) of the [Options] section
// of a PETR_config.ini; its other keys (file lists, interface switches) are
// not coding options and are skipped. A file that does not exist applies
// nothing; a bad value is an error naming file and line.
Status ApplyPetrarchConfigOptions(const std::string& config_path, CodingOptions* options);

// The options `dictionaries` are meant to be coded with: PETRARCH-1's for a
// PETRARCH-1 verb dictionary, PETRARCH-2's for a PETRARCH-2 one
// (VerbLanguage), TABARI's defaults (CodingOptions()) otherwise. The verbs
// decide because they carry the coding rules: Phoenix actors loaded beside
// TABARI verbs are coded as TABARI codes.
CodingOptions DefaultCodingOptions(const DictionarySet& dictionaries);

}  // namespace dyad
