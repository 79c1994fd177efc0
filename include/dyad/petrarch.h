// PETRARCH records files: the XML in which PETRARCH-1, PETRARCH-2 and
// UniversalPetrarch take parsed sentences and keep their validation suites
// (doc/petrarch.md describes the format).
//
//   <Sentences>
//   <Config option="require_dyad" value="false"></Config>
//   <Sentence date="19950101" id="DEMO-01" category="DEMO" valid="true">
//   <!-- why the record is there -->
//   <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//   <Text>Arnor is about to restore ...</Text>
//   <Parse>(ROOT (S ...))</Parse>
//   </Sentence>
//   </Sentences>
//
// ReadPetrarchRecords keeps everything a validator needs: each record with
// all its attributes, text, parse (Penn Treebank or CoNLL-U, kept as
// written), expected codings and comments; the <Environment> block; and the
// <Config> option changes in file order, each with the first record it
// applies to. ReadDocuments (reader.h) reads the same files as input to
// code, one Document per record.
//
// Errors: the file is read record by record, so a malformed record (bad
// XML, no <Text>) is reported as "file:line: problem" and skipped, and the
// rest is read. UniversalPetrarch's "<PLEvent {json}>" lines, which are not
// XML, are lifted out into PetrarchRecord::plover before parsing.
//
// Thread safety: plain values and stateless functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"
#include "dyad/syntax.h"

namespace dyad {

struct PetrarchAttribute {
  std::string name;
  std::string value;
};

// One <EventCoding>: an expected event, or an expectation of none/an error.
struct PetrarchCoding {
  std::string source;      // sourcecode, "" when absent
  std::string target;      // targetcode
  std::string event;       // eventcode
  bool no_events = false;  // noevents="True": the record codes no event
  std::string error;       // error="bad_input_parse": the record raises this error
  std::vector<PetrarchAttribute> attributes;  // all of them, as written, in order
  size_t line = 0;
};

struct PetrarchRecord {
  std::string id;        // synthesised "<file stem>-<line>" (and reported) when absent
  std::string date;      // ISO YYYY-MM-DD, "" when absent or malformed (reported)
  std::string category;  // "DEMO", "ACTOR" ...; "" when absent
  std::vector<PetrarchAttribute> attributes;  // every <Sentence> attribute, in order
  std::string text;  // <Text>, each line trimmed, blank lines dropped, joined by '\n'
  GivenParse parse;  // <Parse>, format detected; empty when absent
  std::vector<PetrarchCoding> codings;
  std::vector<std::string> comments;  // <!-- --> inside the record, trimmed, in order
  std::vector<std::string> plover;    // UniversalPetrarch <PLEvent ...> JSON, as written
  bool skip = false;                  // the record holds <Skip/>: PETRARCH skips it
  size_t line = 0;                    // of the <Sentence> tag

  // The attribute's value, or null.
  const std::string* Attribute(std::string_view name) const;
  // False when valid="false" or evaluate="false" (any case): the suite
  // keeps the record but does not test it.
  bool Evaluated() const;
};

// <Config option=".." value=".."/>: from records[first_record] on (to the
// next change of the same option) the option has this value.
struct PetrarchConfig {
  std::string option;
  std::string value;
  size_t first_record = 0;  // index into PetrarchRecords::records
  size_t line = 0;
};

struct PetrarchRecords {
  // <Environment> children as name / text (Verbfile, Actorfile, Include,
  // Pause ...), in order; its <Config>s are in `configs` with first_record 0.
  std::vector<PetrarchAttribute> environment;
  std::vector<PetrarchConfig> configs;  // in file order
  std::vector<PetrarchRecord> records;  // in file order
  // Index of the first record after a <Stop> element (PETRARCH stops
  // there), or records.size() when the file has none.
  size_t stop_at = 0;
};

// Whether `content` looks like a PETRARCH records file (a <Sentences> or
// <Sentence element near the start).
bool LooksLikePetrarchXml(std::string_view content);

// Parses `content` (named `name` in messages). Returns an error only when
// nothing could be read (empty input, no <Sentence> at all); per-record
// problems go to `diagnostics`.
Status ReadPetrarchRecords(std::string_view name, std::string_view content, PetrarchRecords* out,
                           Diagnostics* diagnostics);

Status ReadPetrarchRecordsFile(const std::string& path, PetrarchRecords* out,
                               Diagnostics* diagnostics);

// Turns a given parse into a dependency sentence: a Penn Treebank parse by
// TreebankToSyntax (treebank.h), a CoNLL-U one as read, with Universal
// Dependencies v1 relations (dobj, nsubjpass, auxpass, nmod of a verb ...)
// renamed to v2 and v1's coordination (cc and commas on the first
// conjunct) moved onto the conjunct they precede, as the coder expects.
// Errors name the file and line inside the parse.
Status SyntaxFromGivenParse(const GivenParse& parse, SyntaxSentence* out);

// The UD v1 -> v2 relation update used above, on its own.
void UpgradeUdV1Relations(SyntaxSentence* s);

}  // namespace dyad
