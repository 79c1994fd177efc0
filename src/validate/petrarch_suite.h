// The PETRARCH records validator behind RunValidation (dyad/validate.h) for
// .xml suites, and the PETRARCH options it understands.
//
// Thread safety: reentrant; CodingOptions is a plain value.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "dyad/options.h"
#include "dyad/status.h"
#include "dyad/validate.h"

namespace dyad {

// Whether RunValidation should read `path` as a PETRARCH records file.
bool IsPetrarchSuitePath(const std::string& path);

// Options PETRARCH codes a suite with before any <Config>: syntax
// attribution, the first event of each clause, no minimum length, and
// PETR_config.ini's comma limits.
CodingOptions PetrarchSuiteDefaults();

// Applies one PETRARCH option (a <Config> or a PETR_config.ini [Options]
// line): require_dyad, comma_min/max/bmin/bmax/emin/emax. Options that do
// not change coding (new_actor_length, stop_on_error, file names) are
// accepted; an unknown option or a bad value is an error.
Status ApplyPetrarchOption(std::string_view option, std::string_view value, CodingOptions* options);

Status RunPetrarchValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                             const ValidationSettings& settings);

}  // namespace dyad
