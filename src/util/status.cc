#include "dyad/status.h"

namespace dyad {

std::string Status::ToString() const {
  const char* kind = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kNotFound: kind = "not found"; break;
    case Code::kInvalidInput: kind = "invalid input"; break;
    case Code::kIoError: kind = "I/O error"; break;
    case Code::kUnsupported: kind = "unsupported"; break;
  }
  std::string out(kind);  // appended piecewise: GCC 12 -Wrestrict misfires on operator+
  out.append(": ");
  out.append(message_);
  return out;
}

std::string Where(std::string_view file, size_t line, std::string_view problem) {
  std::string out(file);
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  out += problem;
  return out;
}

}  // namespace dyad
