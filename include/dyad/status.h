// Status: the outcome of an operation that can fail, as a value.
//
// libdyad never throws across its API and never calls exit(). A function that
// can fail returns a Status (or fills an out-parameter and returns Status).
// An ok Status carries no message; an error Status carries a code and a
// human-readable message that names the file, line and problem where known,
// e.g. "dict/x.verbs:12: missing ']' in code block".
//
// Thread safety: Status is an immutable value type; copies are independent.
#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace dyad {

class Status {
 public:
  enum class Code { kOk = 0, kNotFound, kInvalidInput, kIoError, kUnsupported };

  Status() = default;  // ok

  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Unsupported(std::string msg) {
    return Status(Code::kUnsupported, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "ok", or "<kind>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// Formats "file:line: problem" the way every diagnostic in dyad is worded.
std::string Where(std::string_view file, size_t line, std::string_view problem);

}  // namespace dyad
