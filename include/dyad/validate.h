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

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/options.h"
#include "dyad/status.h"
#include "dyad/syntax.h"

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

struct ValidationSettings {
  // When not empty, print the coder's parse of the record with this id.
  std::string trace_id;
  // Overrides the suite's SET: ATTRIBUTION for every record; unset, the
  // suite's options (and its OPTION records) decide.
  std::optional<CodingOptions::Attribution> attribution;
  // Parses the records coded under syntax attribution (borrowed). When null
  // and a record needs a parse, the models in SyntaxModel::DefaultDir() are
  // loaded once.
  const SyntaxModel* syntax = nullptr;
};

// Runs the suite named by `path` (a TABARI .project). Writes a line for each
// failing record to `out` as it goes, then returns the report.
Status RunValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                     const ValidationSettings& settings);

// The same with the suite's own settings; `trace_id` as in ValidationSettings.
inline Status RunValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                            const std::string& trace_id = "") {
  ValidationSettings settings;
  settings.trace_id = trace_id;
  return RunValidation(path, out, report, settings);
}

}  // namespace dyad
