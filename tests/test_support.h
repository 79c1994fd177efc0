// Helpers shared by the unit tests: where the source tree and ../shared are.
//
// Tests that need ../shared call SharedDirOrSkip(): when the folder is absent
// (a user's fresh clone) the test is skipped with the reason printed; under
// CI=true its absence is a failure, because CI must exercise the suites.
#pragma once

#include <string>

namespace dyad::testing {

// Absolute path of the project source tree.
std::string SourceDir();

// Path of ../shared relative to the source tree, or "" when it is absent.
std::string SharedDir();

// Reads a whole file; fails the current test when it cannot.
std::string ReadFileOrDie(const std::string& path);

// A path in the system temp directory that no other test process uses: CTest
// runs tests in parallel, so a fixed name would be shared between them.
std::string UniqueTempPath(const std::string& name);

}  // namespace dyad::testing

// Skips (or, under CI=true, fails) the current test when ../shared is absent.
#define DYAD_REQUIRE_SHARED(dir_var)                                                  \
  std::string dir_var = ::dyad::testing::SharedDir();                                 \
  if (dir_var.empty()) {                                                              \
    const char* ci = std::getenv("CI");                                               \
    if (ci != nullptr && std::string(ci) == "true") {                                 \
      FAIL() << "../shared is absent but CI=true: the suites must run in CI";         \
    }                                                                                 \
    GTEST_SKIP() << "../shared is absent (fresh clone): skipping a test that reads it"; \
  }
