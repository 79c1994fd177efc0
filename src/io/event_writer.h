// EventWriter: renders coded events for people (table) or programs (jsonl,
// tsv).
//
// Formats:
//  - table: aligned columns doc, sent, date, source, target, event (code
//    and CAMEO name), verb. Rows are buffered in chunks so the columns line
//    up; a long run is printed chunk by chunk.
//  - jsonl: one object per event with the fields doc_id, sentence_index,
//    sentence_text, date, source {code,text,span}, target {...}, event
//    {code, root, name, quad_class, goldstein, text, span}, pattern. Codes
//    are always JSON strings ("010" stays "010"); root, name, quad_class and
//    goldstein come from the CAMEO tables and are null for unknown codes.
//  - tsv: a header line, then date, source, target, code, root, quad_class,
//    goldstein, doc_id, sentence_index, pattern, sentence_text; tabs and
//    newlines inside fields become spaces.
//
// Ownership: a writer borrows its std::ostream, which must outlive it.
// Thread safety: none; use one writer per thread or serialize calls.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>

#include "dyad/event.h"

namespace dyad {

enum class EventFormat { kTable, kJsonl, kTsv };

// "table", "jsonl", "tsv" -> format; false for anything else.
bool ParseEventFormat(std::string_view name, EventFormat* format);

class EventWriter {
 public:
  virtual ~EventWriter() = default;

  static std::unique_ptr<EventWriter> Create(EventFormat format, std::ostream* out);

  virtual void Write(const Event& event) = 0;
  // Flushes buffered rows. Call once after the last event.
  virtual void Finish() {}
};

}  // namespace dyad
