// Validation suites: run a peer's golden records through dyad and compare.
//
// TABARI suites are named by their .project file, which lists the actors,
// verbs, options, agents and text files relative to itself. Each text record
// carries its expected events in a /* ... { SRC / TGT / CODE } ... */ block,
// may change options with { OPTION: ... }, and the run stops at the record
// that says it is the end of the standard validation records.
//
// Thread safety: RunValidation is reentrant.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct ValidationReport {
  size_t passed = 0;
  size_t failed = 0;
  // One line per failing record: "ID: expected {...} coded {...}".
  std::vector<std::string> failures;
  double seconds = 0;       // coding time only (dictionaries excluded)
  size_t sentences = 0;     // records coded
  size_t words = 0;         // words in those records
};

// Runs the suite named by `path` (a TABARI .project). Writes a line for each
// failing record to `out` as it goes, then returns the report.
// `trace_id`, when not empty, prints the coder's parse of that record.
Status RunValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                     const std::string& trace_id = "");

}  // namespace dyad
