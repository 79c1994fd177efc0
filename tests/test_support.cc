#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::string SourceDir() { return DYAD_SOURCE_DIR; }

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(SourceDir()).parent_path() / "shared";
  if (std::filesystem::is_directory(p)) return p.string();
  return "";
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
