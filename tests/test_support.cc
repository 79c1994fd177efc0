#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace dyad::testing {

std::string SourceDir() { return DYAD_SOURCE_DIR; }

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(SourceDir()).parent_path() / "shared";
  if (std::filesystem::is_directory(p)) return p.string();
  return "";
}

std::string UniqueTempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
