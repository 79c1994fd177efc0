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

Status RunPetrarchValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                             const ValidationSettings& settings);

}  // namespace dyad
