// Conformance: the PETRARCH validation suites (../shared/suites/petrarch1,
// ../shared/suites/ud-petrarch), coded over their given parses and over
// dyad's own parse of the text.
//
// PETRARCH-1 passes all 276 active records of its suite with the CoreNLP
// parses; UniversalPetrarch finds 267 of the UD suite's 312 expected events
// with 36 extra. The floors below are the counts dyad reached when they
// were last raised: raise them when the coder improves; never lower them to
// make a change pass.
#include <gtest/gtest.h>

#include <sstream>

#include "dyad/validate.h"
#include "test_support.h"

namespace dyad {
namespace {

constexpr size_t kPetrarch1Records = 276;  // active (valid="true") records
constexpr size_t kPetrarch1GivenMustPass = 270;
constexpr size_t kPetrarch1OwnMustPass = 253;

// Expected events in the records that are evaluated (evaluate="true"); the
// issue's 312 counts differently (UniversalPetrarch's validation script).
constexpr size_t kUdExpectedEvents = 308;
constexpr size_t kUdGivenMustFind = 290;
constexpr size_t kUdGivenMaxExtra = 22;
constexpr size_t kUdOwnMustFind = 286;
constexpr size_t kUdOwnMaxExtra = 30;

ValidationReport RunSuite(const std::string& path, ValidationSettings::Parse parse,
                          std::string* failures) {
  ValidationSettings settings;
  settings.parse = parse;
  std::ostringstream out;
  ValidationReport report;
  const Status st = RunValidation(path, out, &report, settings);
  EXPECT_TRUE(st.ok()) << st.ToString();
  *failures = out.str();
  return report;
}

TEST(PetrarchSuite, Petrarch1WithGivenParses) {
  DYAD_REQUIRE_SHARED(shared);
  std::string failures;
  const ValidationReport r = RunSuite(shared + "/suites/petrarch1/PETR.UnitTest.records.xml",
                                      ValidationSettings::Parse::kGiven, &failures);
  EXPECT_EQ(r.passed + r.failed, kPetrarch1Records);
  EXPECT_GE(r.passed, kPetrarch1GivenMustPass) << "failing records:\n" << failures;
}

TEST(PetrarchSuite, Petrarch1WithOwnParser) {
  DYAD_REQUIRE_SHARED(shared);
  std::string failures;
  const ValidationReport r = RunSuite(shared + "/suites/petrarch1/PETR.UnitTest.records.xml",
                                      ValidationSettings::Parse::kOwn, &failures);
  EXPECT_EQ(r.passed + r.failed, kPetrarch1Records);
  EXPECT_GE(r.passed, kPetrarch1OwnMustPass) << "failing records:\n" << failures;
}

TEST(PetrarchSuite, UdSuiteWithGivenParses) {
  DYAD_REQUIRE_SHARED(shared);
  std::string failures;
  const ValidationReport r = RunSuite(shared + "/suites/ud-petrarch/PETR_Validate_records_2_02.xml",
                                      ValidationSettings::Parse::kGiven, &failures);
  EXPECT_EQ(r.expected_events, kUdExpectedEvents);
  EXPECT_GE(r.found_events, kUdGivenMustFind) << "failing records:\n" << failures;
  EXPECT_LE(r.extra_events, kUdGivenMaxExtra) << "failing records:\n" << failures;
}

TEST(PetrarchSuite, UdSuiteWithOwnParser) {
  DYAD_REQUIRE_SHARED(shared);
  std::string failures;
  const ValidationReport r = RunSuite(shared + "/suites/ud-petrarch/PETR_Validate_records_2_02.xml",
                                      ValidationSettings::Parse::kOwn, &failures);
  EXPECT_EQ(r.expected_events, kUdExpectedEvents);
  EXPECT_GE(r.found_events, kUdOwnMustFind) << "failing records:\n" << failures;
  EXPECT_LE(r.extra_events, kUdOwnMaxExtra) << "failing records:\n" << failures;
}

TEST(PetrarchSuite, MissingRecordsFileIsReported) {
  std::ostringstream out;
  ValidationReport report;
  const Status st = RunValidation("/nonexistent/dir/records.xml", out, &report);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/dir/records.xml"), std::string::npos);
}

}  // namespace
}  // namespace dyad
