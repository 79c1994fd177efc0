// Entry points of the readers: kind detection, the checks every kind shares,
// file access, and date conversion. The per-kind parsers live in
// plain_text.cc, tabari_records.cc and jsonl.cc.
#include "dyad/reader.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "dyad/petrarch.h"
#include "io/reader_internal.h"
#include "io/utf8.h"
#include "util/dates.h"

namespace dyad {
namespace io {

void ReadContext::Report(size_t line, std::string_view problem) {
  if (diagnostics_ != nullptr) diagnostics_->push_back(Where(name_, line, problem));
}

void ReadContext::AppendSanitized(std::string_view line, size_t line_number, std::string* out) {
  if (IsValidUtf8(line)) {
    out->append(line);
    return;
  }
  const size_t n = AppendSanitizedUtf8(line, out);
  if (n == 0) return;
  ++utf8_lines_;
  if (utf8_lines_ <= kMaxListedUtf8Lines) {
    Report(line_number,
           std::to_string(n) + " invalid UTF-8 byte sequence" + (n == 1 ? "" : "s") + " replaced");
  } else {
    ++utf8_unlisted_lines_;
    utf8_unlisted_count_ += n;
  }
}

void ReadContext::Finish() {
  if (utf8_unlisted_lines_ == 0) return;
  Report(0, std::to_string(utf8_unlisted_count_) +
                " more invalid UTF-8 byte sequences replaced on " +
                std::to_string(utf8_unlisted_lines_) + " further lines");
  utf8_unlisted_lines_ = 0;
  utf8_unlisted_count_ = 0;
}

std::string ReadContext::Origin(size_t line) const {
  return std::string(name_) + ":" + std::to_string(line);
}

std::string ReadContext::Stem() const {
  std::string stem = std::filesystem::path(std::string(name_)).stem().string();
  return stem.empty() ? std::string("doc") : stem;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

}  // namespace io

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool HasExtension(std::string_view name, std::initializer_list<std::string_view> exts) {
  std::string ext = std::filesystem::path(std::string(name)).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view e : exts) {
    if (ext == e) return true;
  }
  return false;
}

// `^\d{6}(\d{2})?\s`: the header line of a TABARI record.
bool LooksLikeTabariHeader(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && IsDigit(line[n])) ++n;
  if (n != 6 && n != 8) return false;
  return n < line.size() && (line[n] == ' ' || line[n] == '\t');
}

// TABARI files often open with '#' banners or prose, so rather than only the
// first line, look at the first line of each blank-separated block near the
// start: the first one that starts with a digit decides.
bool LooksLikeTabariRecords(std::string_view content) {
  constexpr size_t kScan = 64 * 1024;
  io::LineCursor lines(content.substr(0, kScan));
  std::string_view line;
  bool block_start = true;
  while (lines.Next(&line)) {
    if (io::IsBlank(line)) {
      block_start = true;
      continue;
    }
    if (block_start && !line.empty() && IsDigit(line[0])) return LooksLikeTabariHeader(line);
    block_start = false;
  }
  return false;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDay(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const int max = kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
  return d <= max;
}

int ParseDigits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

using dates::FormatIso;

// Normalizes CRLF and lone CR to LF and drops a UTF-8 byte-order mark.
// Returns a view of `content` itself when nothing needs changing.
std::string_view NormalizeNewlines(std::string_view content, std::string* storage) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  if (content.find('\r') == std::string_view::npos) return content;
  storage->clear();
  storage->reserve(content.size());
  for (size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c != '\r') {
      storage->push_back(c);
    } else {
      storage->push_back('\n');
      if (i + 1 < content.size() && content[i + 1] == '\n') ++i;
    }
  }
  return *storage;
}

bool LooksBinary(std::string_view content) {
  constexpr size_t kNulScan = 8 * 1024;
  const std::string_view head = content.substr(0, kNulScan);
  if (std::memchr(head.data(), '\0', head.size()) != nullptr) return true;
  const size_t invalid = io::CountInvalidUtf8Bytes(content);
  return invalid * 10 > content.size() * 3;
}

}  // namespace

InputKind DetectInputKind(std::string_view name, std::string_view content) {
  if (HasExtension(name, {".jsonl", ".ndjson"})) return InputKind::kJsonLines;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  const std::string_view head = io::Trim(content.substr(0, 1024));
  if ((HasExtension(name, {".xml"}) || (!head.empty() && head[0] == '<')) &&
      LooksLikePetrarchXml(content))
    return InputKind::kPetrarchXml;
  if (LooksLikeTabariRecords(content)) return InputKind::kTabariRecords;
  if (HasExtension(name, {".txt", ".text"})) return InputKind::kPlainText;
  const std::string_view start = io::Trim(content.substr(0, 1024));
  if (!start.empty() && start[0] == '{') return InputKind::kJsonLines;
  return InputKind::kPlainText;
}

Status ReadDocuments(std::string_view name, std::string_view content, InputKind kind,
                     const std::function<void(Document&&)>& sink, Diagnostics* diagnostics) {
  if (io::IsBlank(content)) return Status::InvalidInput(std::string(name) + ": empty input");
  if (LooksBinary(content)) {
    return Status::InvalidInput(std::string(name) + ": looks like binary data");
  }
  std::string storage;
  const std::string_view text = NormalizeNewlines(content, &storage);
  if (kind == InputKind::kAuto) kind = DetectInputKind(name, text);

  io::ReadContext ctx(name, diagnostics);
  switch (kind) {
    case InputKind::kJsonLines:
      io::ReadJsonLines(text, &ctx, sink);
      break;
    case InputKind::kTabariRecords:
      io::ReadTabariRecords(text, &ctx, sink);
      break;
    case InputKind::kPetrarchXml:
      io::ReadPetrarchXml(text, &ctx, sink);
      break;
    case InputKind::kPlainText:
    case InputKind::kAuto:
      io::ReadPlainText(text, &ctx, sink);
      break;
  }
  ctx.Finish();
  return Status::Ok();
}

Status io::ReadWholeFile(const std::string& path, std::string* content) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": " + std::strerror(errno));
  content->clear();
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) content->reserve(static_cast<size_t>(size));
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) content->append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");
  return Status::Ok();
}

Status ReadDocumentsFromFile(const std::string& path, InputKind kind,
                             const std::function<void(Document&&)>& sink,
                             Diagnostics* diagnostics) {
  std::string content;
  std::string name = path;
  if (path == "-") {
    name = "stdin";
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) content.append(buf, n);
    if (std::ferror(stdin)) return Status::IoError("stdin: read error");
  } else if (Status st = io::ReadWholeFile(path, &content); !st.ok()) {
    return st;
  }
  return ReadDocuments(name, content, kind, sink, diagnostics);
}

bool TabariDateToIso(std::string_view yymmdd, bool four_digit_year, std::string* iso) {
  const size_t want = four_digit_year ? 8 : 6;
  if (yymmdd.size() != want || !AllDigits(yymmdd)) return false;
  const size_t ylen = four_digit_year ? 4 : 2;
  int y = ParseDigits(yymmdd.substr(0, ylen));
  const int m = ParseDigits(yymmdd.substr(ylen, 2));
  const int d = ParseDigits(yymmdd.substr(ylen + 2, 2));
  if (!four_digit_year) y += y <= 30 ? 2000 : 1900;
  if (!ValidDay(y, m, d)) return false;
  *iso = FormatIso(y, m, d);
  return true;
}

bool NormalizeDate(std::string_view text, std::string* iso) {
  text = io::Trim(text);
  int y = 0, m = 0, d = 0;
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    if (!AllDigits(text.substr(0, 4)) || !AllDigits(text.substr(5, 2)) ||
        !AllDigits(text.substr(8, 2))) {
      return false;
    }
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return false;
    y = ParseDigits(text.substr(0, 4));
    m = ParseDigits(text.substr(5, 2));
    d = ParseDigits(text.substr(8, 2));
  } else if (text.size() == 8 && AllDigits(text)) {
    y = ParseDigits(text.substr(0, 4));
    m = ParseDigits(text.substr(4, 2));
    d = ParseDigits(text.substr(6, 2));
  } else {
    return false;
  }
  if (!ValidDay(y, m, d)) return false;
  *iso = FormatIso(y, m, d);
  return true;
}

}  // namespace dyad
