#include "ml/model_file.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace dyad::ml {

Status ModelWriter::Write(const std::string& path) const {
  ByteWriter w;
  w.Raw(kModelMagic, sizeof kModelMagic);
  w.U32(kModelFileVersion);
  w.Str(kind_);
  w.Str(header_);
  w.U32(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, bytes] : sections_) {
    w.Str(name);
    w.U64(bytes.size());
    w.Raw(bytes.data(), bytes.size());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot write model file");
  out.write(w.bytes().data(), static_cast<std::streamsize>(w.bytes().size()));
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

Status ModelReader::Open(const std::string& path, std::string_view kind) {
  // One read into a buffer of the file's size (a stringstream grew and
  // copied ~12 MB several times, 7% of loading the tagger).
  std::error_code error;
  const uintmax_t file_size = std::filesystem::file_size(path, error);
  if (error) return Status::NotFound(path + ": cannot open model file: " + error.message());
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  data_.resize(static_cast<size_t>(file_size));
  if (!in.read(data_.data(), static_cast<std::streamsize>(file_size)))
    return Status::InvalidInput(path + ": cannot read model file");
  auto bad = [&](const std::string& why) {
    return Status::InvalidInput(path + ": not a valid dyad model file: " + why);
  };
  ByteReader r(data_);
  char magic[8];
  if (!r.Raw(magic, 8) || std::memcmp(magic, kModelMagic, 8) != 0) return bad("bad magic");
  uint32_t version;
  if (!r.U32(&version)) return bad("truncated");
  if (version != kModelFileVersion)
    return bad("version " + std::to_string(version) + ", this build reads " +
               std::to_string(kModelFileVersion));
  std::string_view file_kind, header;
  if (!r.Str(&file_kind) || !r.Str(&header)) return bad("truncated header");
  if (file_kind != kind)
    return bad("holds a " + std::string(file_kind) + " model, not a " + std::string(kind));
  header_ = std::string(header);
  uint32_t n;
  if (!r.U32(&n)) return bad("truncated");
  sections_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view name, bytes;
    uint64_t size;
    if (!r.Str(&name) || !r.U64(&size) || !r.View(size, &bytes)) return bad("truncated section");
    sections_.emplace_back(std::string(name), bytes);
  }
  if (!r.done()) return bad("trailing bytes");
  return Status::Ok();
}

bool ModelReader::Section(std::string_view name, std::string_view* bytes) const {
  for (const auto& [n, b] : sections_) {
    if (n == name) {
      *bytes = b;
      return true;
    }
  }
  return false;
}

std::string HeaderDate() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0')
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace dyad::ml
