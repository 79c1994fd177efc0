// TABARI records: blank-line separated blocks; a block whose first line
// starts with a digit is a record ("YYMMDD ID ..." then text), any other
// block is a comment. /* ... */ blocks inside a record hold the expected
// events of validation suites and go to Document::annotation.
//
// A blank line always ends a record, even inside an unclosed /* comment:
// real suite files contain comments closed with a second "/*", and letting
// such a comment run on would swallow every later record.
#include <string>
#include <vector>

#include "io/reader_internal.h"

namespace dyad::io {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

class RecordBuilder {
 public:
  RecordBuilder(ReadContext* ctx, const DocumentSink& sink) : ctx_(ctx), sink_(sink) {}

  void Start(std::string_view raw_header, size_t line) {
    std::string clean;
    ctx_->AppendSanitized(raw_header, line, &clean);
    const std::string_view header = clean;
    doc_ = Document();
    open_ = true;
    in_comment_ = false;
    comment_line_ = 0;
    header_line_ = line;
    doc_.origin = ctx_->Origin(line);
    doc_.single_unit = true;

    const std::vector<std::string_view> words = SplitWords(header);
    const std::string_view date = words.empty() ? std::string_view() : words[0];
    size_t digits = 0;
    while (digits < date.size() && IsDigit(date[digits])) ++digits;
    const bool plausible = digits == date.size() && (digits == 6 || digits == 8);
    if (!plausible || !TabariDateToIso(date, digits == 8, &doc_.date)) {
      doc_.date.clear();
      ctx_->Report(
          line, "bad date '" + std::string(date) + "' in record header (want YYMMDD or YYYYMMDD)");
    }
    if (words.size() >= 2) {
      doc_.id = std::string(words[1]);
    } else {
      doc_.id = ctx_->Stem() + "-" + std::to_string(line);
      ctx_->Report(line, "record header has no id; using " + doc_.id);
    }
    if (words.size() >= 3) {
      const size_t rest = static_cast<size_t>(words[2].data() - header.data());
      doc_.title = std::string(Trim(header.substr(rest)));
    }
  }

  // A line of the record body: text outside comments, annotation inside.
  void AddLine(std::string_view line, size_t number) {
    std::string clean;
    ctx_->AppendSanitized(line, number, &clean);
    std::string_view rest = clean;
    std::string text_part;
    while (!rest.empty()) {
      if (!in_comment_) {
        const size_t open = rest.find("/*");
        text_part.append(rest.substr(0, open));
        if (open == std::string_view::npos) break;
        rest.remove_prefix(open + 2);
        in_comment_ = true;
        comment_line_ = number;
      } else {
        const size_t close = rest.find("*/");
        AddAnnotation(rest.substr(0, close));
        if (close == std::string_view::npos) break;
        rest.remove_prefix(close + 2);
        in_comment_ = false;
      }
    }
    const std::string_view kept = Trim(text_part);
    if (kept.empty()) return;
    // Lines are trimmed (suite files pad and indent them) but stay lines, so
    // a person comparing spans with the file can still find them.
    if (!doc_.text.empty()) doc_.text.push_back('\n');
    doc_.text.append(kept);
  }

  void Finish() {
    if (!open_) return;
    open_ = false;
    if (in_comment_) {
      ctx_->Report(comment_line_, "unterminated /* comment in record " + doc_.id);
    }
    if (doc_.text.empty() && doc_.annotation.empty()) {
      ctx_->Report(header_line_, "record " + doc_.id + " is truncated: no text after the header");
      return;
    }
    sink_(std::move(doc_));
  }

 private:
  // Pieces of every comment, in order, one per line of the annotation.
  void AddAnnotation(std::string_view piece) {
    const std::string_view t = Trim(piece);
    if (t.empty()) return;
    if (!doc_.annotation.empty()) doc_.annotation.push_back('\n');
    doc_.annotation.append(t);
  }

  ReadContext* ctx_;
  const DocumentSink& sink_;
  Document doc_;
  bool open_ = false;
  bool in_comment_ = false;
  size_t comment_line_ = 0;
  size_t header_line_ = 0;
};

}  // namespace

void ReadTabariRecords(std::string_view content, ReadContext* ctx, const DocumentSink& sink) {
  RecordBuilder record(ctx, sink);
  LineCursor lines(content);
  std::string_view line;
  bool in_block = false;
  bool in_record = false;
  while (lines.Next(&line)) {
    if (IsBlank(line)) {
      if (in_record) record.Finish();
      in_block = in_record = false;
      continue;
    }
    if (!in_block) {
      in_block = true;
      in_record = IsDigit(line[0]);
      if (in_record) record.Start(line, lines.number());
      continue;
    }
    if (in_record) record.AddLine(line, lines.number());
  }
  if (in_record) record.Finish();
}

}  // namespace dyad::io
