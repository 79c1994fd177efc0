// Binary model files: a self-describing container for trained models.
//
// Layout (all integers little-endian):
//   "DYADMODL"            8-byte magic
//   u32 version           container version (kModelFileVersion)
//   str kind              e.g. "tagger", "parser"
//   str header            provenance text: command, data files, seed, date
//   u32 n                 number of sections
//   n x { str name; u64 size; size bytes }
// where str is u32 length + bytes. See doc/model_format.md.
//
// ModelWriter builds a file in memory and writes it; ModelReader owns the
// file's bytes and hands out views of its sections, valid while it lives.
//
// Thread safety: a ModelReader is immutable after Open(); share it freely.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::ml {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};
inline constexpr uint32_t kModelFileVersion = 1;

// Appends little-endian values to a byte string, and reads them back.
class ByteWriter {
 public:
  void U32(uint32_t v) { Raw(&v, 4); }
  void U64(uint64_t v) { Raw(&v, 8); }
  void F32(float v) { Raw(&v, 4); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;  // x86-64 and ARM64 are little-endian; the format says so too.
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool U32(uint32_t* v) { return Raw(v, 4); }
  bool U64(uint64_t* v) { return Raw(v, 8); }
  bool F32(float* v) { return Raw(v, 4); }
  bool Str(std::string_view* s) {
    uint32_t n;
    if (!U32(&n) || n > in_.size() - pos_) return false;
    *s = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool Raw(void* p, size_t n) {
    if (n > in_.size() - pos_) return false;
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool View(size_t n, std::string_view* s) {
    if (n > in_.size() - pos_) return false;
    *s = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// The date a model header records, YYYY-MM-DD (UTC): $SOURCE_DATE_EPOCH
// (reproducible-builds.org) when set, so that retraining gives a
// byte-identical file; otherwise today.
std::string HeaderDate();

// The file name of `path` without its directories, as headers record data.
std::string BaseName(const std::string& path);

class ModelWriter {
 public:
  ModelWriter(std::string kind, std::string header)
      : kind_(std::move(kind)), header_(std::move(header)) {}
  void AddSection(std::string name, std::string bytes) {
    sections_.emplace_back(std::move(name), std::move(bytes));
  }
  Status Write(const std::string& path) const;

 private:
  std::string kind_, header_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelReader {
 public:
  // Reads and checks a model file; `kind` must match the file's kind.
  Status Open(const std::string& path, std::string_view kind);
  const std::string& header() const { return header_; }
  // A view of a section's bytes, or false when the file has no such section.
  bool Section(std::string_view name, std::string_view* bytes) const;

 private:
  std::string data_;
  std::string header_;
  std::vector<std::pair<std::string, std::string_view>> sections_;
};

}  // namespace dyad::ml
