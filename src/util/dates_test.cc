#include "util/dates.h"

#include <gtest/gtest.h>

namespace dyad::dates {
namespace {

TEST(Dates, ShiftCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(ShiftIso("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(ShiftIso("2023-02-28", 1), "2023-03-01");
  EXPECT_EQ(ShiftIso("2022-01-01", -1), "2021-12-31");
  EXPECT_EQ(ShiftIso("1999-12-25", 7), "2000-01-01");
}

TEST(Dates, WhatIsNoIsoDateIsLeftAlone) {
  EXPECT_EQ(ShiftIso("", 3), "");
  EXPECT_EQ(ShiftIso("2022-1-01", 3), "2022-1-01");
  EXPECT_EQ(IsoToInt("2022-07-19"), 20220719);
  EXPECT_EQ(IsoToInt("2022/07/19"), 0);
}

TEST(Dates, DaysRoundTrip) {
  for (int z : {-719468, -1, 0, 1, 19000, 2932896}) {
    int y, m, d;
    CivilFromDays(z, &y, &m, &d);
    EXPECT_EQ(DaysFromCivil(y, m, d), z);
  }
  EXPECT_EQ(FormatIso(7, 3, 9), "0007-03-09");
}

}  // namespace
}  // namespace dyad::dates
