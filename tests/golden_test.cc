// Data-driven golden suites: every tests/golden/<feature>/suite.project is a
// small TABARI validation project (see tests/golden/README.md). Each runs
// through RunValidation and must have no failing record. Adding a case needs
// no C++: add a record to a suite.text, or a new folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/validate.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string GoldenDir() { return std::string(DYAD_SOURCE_DIR) + "/tests/golden"; }

// Folder names holding a suite.project, sorted so test names are stable.
std::vector<std::string> GoldenSuites() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(GoldenDir(), ec)) {
    if (entry.is_directory() && fs::exists(entry.path() / "suite.project")) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenSuite : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenSuite, AllRecordsPass) {
  const std::string project = GoldenDir() + "/" + GetParam() + "/suite.project";
  std::ostringstream out;
  ValidationReport report;
  Status st = RunValidation(project, out, &report);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_GT(report.passed, 0u) << project << ": no record was checked";
  std::string failures;
  for (const std::string& f : report.failures) failures += "  " + f + "\n";
  EXPECT_EQ(report.failed, 0u) << project << ": " << report.failed << " failing record(s):\n"
                               << failures;
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenSuite, ::testing::ValuesIn(GoldenSuites()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           return param_info.param;  // folder names are [a-z_]
                         });

TEST(GoldenSuites, EveryFeatureFolderIsPresent) {
  // Guards against the glob silently finding nothing (a moved folder).
  EXPECT_GE(GoldenSuites().size(), 10u) << "looked in " << GoldenDir();
}

}  // namespace
}  // namespace dyad
