// Internals shared by the readers (plain text, TABARI records, JSON Lines,
// PETRARCH records).
//
// ReadDocuments() in reader.cc does the checks common to every kind (empty
// input, binary data, byte-order mark, CRLF) and hands normalized content to
// one of the Read* functions here. They walk the content line by line, so
// work is linear in the input size whatever the line lengths.
//
// Thread safety: a ReadContext belongs to one read; the functions are
// otherwise stateless.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad::io {

// Per-read state for diagnostics.
class ReadContext {
 public:
  ReadContext(std::string_view name, Diagnostics* diagnostics)
      : name_(name), diagnostics_(diagnostics) {}

  std::string_view name() const { return name_; }

  // "name:line: problem".
  void Report(size_t line, std::string_view problem);
  // A message already worded "name:line: problem" (from a nested reader).
  void ReportRaw(std::string message) {
    if (diagnostics_ != nullptr) diagnostics_->push_back(std::move(message));
  }

  // Appends `line` to `out` with invalid UTF-8 replaced, reporting the
  // count against `line_number`. Only the first few lines are listed one by
  // one, so a damaged file cannot flood the output; Finish() summarises.
  void AppendSanitized(std::string_view line, size_t line_number, std::string* out);

  // Emits the summary of unlisted UTF-8 problems, if any.
  void Finish();

  // "name:line", for Document::origin.
  std::string Origin(size_t line) const;

  // File stem of the name ("a/b/news.jsonl" -> "news"); ids are built on it.
  std::string Stem() const;

 private:
  static constexpr size_t kMaxListedUtf8Lines = 20;

  std::string_view name_;
  Diagnostics* diagnostics_;
  size_t utf8_lines_ = 0;           // lines that had replacements
  size_t utf8_unlisted_lines_ = 0;  // ... beyond the listed ones
  size_t utf8_unlisted_count_ = 0;  // replacements in those
};

// Splits `content` into lines on '\n' (content is already CRLF-normalized).
// The last line has no terminator; an empty final line is not produced.
class LineCursor {
 public:
  explicit LineCursor(std::string_view content) : content_(content) {}

  // Sets *line and returns true, or returns false at the end.
  bool Next(std::string_view* line) {
    if (pos_ >= content_.size()) return false;
    const size_t nl = content_.find('\n', pos_);
    const size_t end = nl == std::string_view::npos ? content_.size() : nl;
    *line = content_.substr(pos_, end - pos_);
    pos_ = nl == std::string_view::npos ? content_.size() : nl + 1;
    ++number_;
    return true;
  }
  size_t number() const { return number_; }  // 1-based number of the last line

 private:
  std::string_view content_;
  size_t pos_ = 0;
  size_t number_ = 0;
};

bool IsBlank(std::string_view s);
std::string_view Trim(std::string_view s);

using DocumentSink = std::function<void(Document&&)>;

void ReadPlainText(std::string_view content, ReadContext* ctx, const DocumentSink& sink);
void ReadTabariRecords(std::string_view content, ReadContext* ctx, const DocumentSink& sink);
void ReadJsonLines(std::string_view content, ReadContext* ctx, const DocumentSink& sink);
// PETRARCH records (petrarch_records.cc): one Document per <Sentence>.
void ReadPetrarchXml(std::string_view content, ReadContext* ctx, const DocumentSink& sink);

// Reads a whole file ("-" is not special here) into `content`; the error
// names the path and the problem (missing, a directory, a read error).
Status ReadWholeFile(const std::string& path, std::string* content);

}  // namespace dyad::io
