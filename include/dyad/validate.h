// Validation suites: run a peer's golden records through dyad and compare.
//
// Two kinds: TABARI suites (below) and PETRARCH records files (.xml, read
// by ReadPetrarchRecords; doc/petrarch.md): each active <Sentence> is coded
// as one sentence over its given parse (aligned onto dyad's tokens, see
// parse_alignment.h) or dyad's own parse of its <Text>, with the suite's
// <Environment> dictionaries and its <Config> options in file order, and
// its (source, target, event) set compared with the expected <EventCoding>s,
// or with its noevents / error expectation.
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
  // Expected events over the checked records, how many of them were coded,
  // and coded events no record expected (PETRARCH suites).
  size_t expected_events = 0, found_events = 0, extra_events = 0;
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
  // PETRARCH suites: code over each record's given parse (kGiven) or dyad's
  // own parse of its text (kOwn; `syntax` or the default models).
  enum class Parse { kGiven, kOwn };
  Parse parse = Parse::kGiven;
};

// Runs the suite named by `path`: a TABARI .project, or a PETRARCH records
// file (.xml, or content that looks like one). Writes a line for each
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
