// Calendar arithmetic on ISO dates (YYYY-MM-DD), proleptic Gregorian: the
// coder moves a sentence's date by a time phrase ("last Tuesday"), the
// readers format the dates they parse.
//
// Thread safety: pure functions.
#pragma once

#include <string>

namespace dyad::dates {

// Days since 1970-01-01 (Howard Hinnant's algorithm), and back.
int DaysFromCivil(int year, int month, int day);
void CivilFromDays(int days, int* year, int* month, int* day);

// "YYYY-MM-DD", zero-padded.
std::string FormatIso(int year, int month, int day);

// YYYYMMDD of an ISO date; 0 if `iso` is not one.
int IsoToInt(const std::string& iso);

// `iso` moved by `days`; `iso` itself when it is no ISO date or days is 0.
std::string ShiftIso(const std::string& iso, int days);

}  // namespace dyad::dates
