// Readers: turn input files into Documents.
//
// Kinds:
//  - plain text: one article per file (id = file stem);
//  - TABARI records: a "YYMMDD ID" line, the text, records separated by blank
//    lines; /* ... */ comment blocks go to Document::annotation; blocks that
//    do not start with a digit are comments and are skipped. The id is the
//    word after the date; further header words (e.g. an FBIS document id)
//    go to Document::title. A six-digit date is YYMMDD, eight digits YYYYMMDD;
//  - JSON Lines: one article per line with "id", "date", "text" and optional
//    "url", "source", "title";
//  - PETRARCH records XML (petrarch.h): one Document per <Sentence> with
//    its id, date and <Text>; the record's <Parse> goes to
//    Document::given_parse and its <!-- --> comments to annotation. Chosen
//    for a .xml file (or any input starting with '<') holding <Sentence.
// All text is validated as UTF-8; invalid bytes become U+FFFD and are
// reported. A bad record is reported (file, line, problem) and skipped; the
// batch goes on.
//
// Thread safety: stateless free functions.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

enum class InputKind { kAuto, kPlainText, kTabariRecords, kJsonLines, kPetrarchXml };

// Problems that did not stop the read: "file:line: problem".
using Diagnostics = std::vector<std::string>;

// Guesses the kind from the file name's extension, then the content.
InputKind DetectInputKind(std::string_view name, std::string_view content);

// Parses `content` (named `name` in messages) and calls `sink` for each
// document in order. Returns an error only when nothing could be read at all
// (e.g. binary data); per-record problems go to `diagnostics`.
Status ReadDocuments(std::string_view name, std::string_view content, InputKind kind,
                     const std::function<void(Document&&)>& sink, Diagnostics* diagnostics);

// Reads a file ("-" is standard input) and parses it as above.
Status ReadDocumentsFromFile(const std::string& path, InputKind kind,
                             const std::function<void(Document&&)>& sink,
                             Diagnostics* diagnostics);

// Converts TABARI's YYMMDD (or YYYYMMDD when four_digit_year) to ISO
// YYYY-MM-DD; two-digit years 00-30 are 2000-2030, others 19xx.
// Returns false when the date is malformed.
bool TabariDateToIso(std::string_view yymmdd, bool four_digit_year, std::string* iso);

// Replaces invalid UTF-8 with U+FFFD. Returns the number of replacements.
size_t SanitizeUtf8(std::string* text);

// Accepts "YYYY-MM-DD" (optionally followed by 'T' or ' ' and a time) or
// "YYYYMMDD" naming a real calendar day; writes ISO YYYY-MM-DD.
bool NormalizeDate(std::string_view text, std::string* iso);

}  // namespace dyad
