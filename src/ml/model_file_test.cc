#include "ml/model_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace dyad::ml {
namespace {

TEST(ModelFile, SectionsRoundTrip) {
  const std::string path = dyad::testing::UniqueTempPath("model.bin");
  ModelWriter w("tagger", "trained by a test");
  w.AddSection("weights", std::string("\0\1\2", 3));
  w.AddSection("empty", "");
  ASSERT_TRUE(w.Write(path).ok());
  ModelReader r;
  ASSERT_TRUE(r.Open(path, "tagger").ok());
  EXPECT_EQ(r.header(), "trained by a test");
  std::string_view bytes;
  ASSERT_TRUE(r.Section("weights", &bytes));
  EXPECT_EQ(bytes, std::string_view("\0\1\2", 3));
  ASSERT_TRUE(r.Section("empty", &bytes));
  EXPECT_TRUE(bytes.empty());
  EXPECT_FALSE(r.Section("missing", &bytes));
  std::filesystem::remove(path);
}

TEST(ModelFile, MissingFileOrDirectoryIsReportedByPath) {
  const std::string dir = dyad::testing::UniqueTempPath("model-dir.bin");
  std::filesystem::create_directories(dir);
  ModelReader r;
  const Status as_dir = r.Open(dir, "tagger");
  EXPECT_FALSE(as_dir.ok());
  EXPECT_NE(as_dir.message().find(dir), std::string::npos) << as_dir.message();
  const Status missing = r.Open(dir + "/none.bin", "tagger");
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("none.bin"), std::string::npos) << missing.message();
  std::filesystem::remove_all(dir);
}

TEST(ModelFile, TruncatedFileIsReported) {
  const std::string path = dyad::testing::UniqueTempPath("truncated.bin");
  ModelWriter w("parser", "header");
  w.AddSection("weights", std::string(1000, 'x'));
  ASSERT_TRUE(w.Write(path).ok());
  const auto size = std::filesystem::file_size(path);
  for (uintmax_t cut : {uintmax_t{0}, uintmax_t{5}, uintmax_t{20}, size - 1}) {
    ASSERT_TRUE(w.Write(path).ok());
    std::filesystem::resize_file(path, cut);
    ModelReader r;
    const Status st = r.Open(path, "parser");
    EXPECT_FALSE(st.ok()) << "cut at " << cut;
    EXPECT_NE(st.message().find(path), std::string::npos) << st.message();
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad::ml
