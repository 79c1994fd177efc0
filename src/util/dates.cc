#include "util/dates.h"

#include <cstdio>

namespace dyad::dates {

int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int z, int* y, int* m, int* d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp + (mp < 10 ? 3 : -9);
  *y = yoe + era * 400 + (*m <= 2);
}

std::string FormatIso(int y, int m, int d) {
  char buf[48];  // room for any int, which keeps -Wformat-truncation quiet
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int IsoToInt(const std::string& iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  int v = 0;
  for (char c : iso) {
    if (c == '-') continue;
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string ShiftIso(const std::string& iso, int days) {
  const int v = IsoToInt(iso);
  if (v == 0 || days == 0) return iso;
  const int z = DaysFromCivil(v / 10000, v / 100 % 100, v % 100) + days;
  int y, m, d;
  CivilFromDays(z, &y, &m, &d);
  return FormatIso(y, m, d);
}

}  // namespace dyad::dates
