// Tests of the CAMEO ontology tables. The Cameo*Shared tests cross-check the
// event table against the reference files in ../shared/cameo (GDELT's code
// and Goldstein tables, the ICEWS CAMEO table); the others need no data.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/cameo.h"
#include "test_support.h"

namespace dyad {
namespace {

// Splits one CSV record (RFC 4180 quoting, no embedded newlines).
std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// Reads a two-column tab-separated table with a header: code -> second column.
std::map<std::string, std::string> ReadTsv(const std::string& path) {
  std::map<std::string, std::string> out;
  std::vector<std::string> lines = Lines(testing::ReadFileOrDie(path));
  for (size_t i = 1; i < lines.size(); ++i) {
    const size_t tab = lines[i].find('\t');
    if (tab == std::string::npos) continue;
    out[lines[i].substr(0, tab)] = lines[i].substr(tab + 1);
  }
  return out;
}

std::set<std::string> TableCodes() {
  std::set<std::string> out;
  for (const CameoEventType& e : AllCameoEvents()) out.insert(std::string(e.code));
  return out;
}

TEST(CameoEvents, LookupIsByExactString) {
  const CameoEventType* e = FindCameoEvent("010");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->root, "01");
  EXPECT_EQ(e->quad_class, 1);
  EXPECT_EQ(FindCameoEvent("10")->name, "Demand");
  EXPECT_NE(FindCameoEvent("10"), FindCameoEvent("010"));
  EXPECT_EQ(FindCameoEvent(""), nullptr);
  EXPECT_EQ(FindCameoEvent("0"), nullptr);
  EXPECT_EQ(FindCameoEvent("21"), nullptr);
  EXPECT_EQ(FindCameoEvent("999"), nullptr);
  EXPECT_EQ(FindCameoEvent("0101"), nullptr);
  EXPECT_EQ(FindCameoEvent("042 "), nullptr);
}

TEST(CameoEvents, KnownRows) {
  const CameoEventType* visit = FindCameoEvent("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->name, "Make a visit");
  EXPECT_EQ(visit->root, "04");
  EXPECT_EQ(visit->quad_class, 1);
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);

  const CameoEventType* appeal = FindCameoEvent("0211");
  ASSERT_NE(appeal, nullptr);
  EXPECT_EQ(appeal->name, "Appeal for economic cooperation");
  EXPECT_EQ(appeal->root, "02");

  const CameoEventType* demand = FindCameoEvent("1011");
  ASSERT_NE(demand, nullptr);
  EXPECT_EQ(demand->root, "10");
  EXPECT_EQ(demand->quad_class, 3);

  EXPECT_EQ(FindCameoEvent("163")->quad_class, 4);
  EXPECT_DOUBLE_EQ(FindCameoEvent("163")->goldstein, -8.0);
  EXPECT_EQ(FindCameoEvent("073")->quad_class, 2);
  EXPECT_EQ(FindCameoEvent("2042")->name, "Detonate nuclear weapons");
}

TEST(CameoEvents, QuadClassFollowsRoot) {
  for (const CameoEventType& e : AllCameoEvents()) {
    const int root = std::stoi(std::string(e.root));
    const int want = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    EXPECT_EQ(e.quad_class, want) << e.code;
  }
}

TEST(CameoEvents, TableIsSortedUniqueAndWellFormed) {
  const std::vector<CameoEventType>& all = AllCameoEvents();
  ASSERT_GT(all.size(), 300u);
  std::set<std::string_view> roots;
  for (size_t i = 0; i < all.size(); ++i) {
    const CameoEventType& e = all[i];
    if (i > 0) {
      EXPECT_LT(all[i - 1].code, e.code);
    }
    EXPECT_GE(e.code.size(), 2u);
    EXPECT_LE(e.code.size(), 4u);
    for (char c : e.code) EXPECT_TRUE(c >= '0' && c <= '9') << e.code;
    EXPECT_EQ(e.root, e.code.substr(0, 2));
    EXPECT_FALSE(e.name.empty()) << e.code;
    EXPECT_GE(e.goldstein, -10.0);
    EXPECT_LE(e.goldstein, 10.0);
    // Every code's parent (one digit shorter) is itself a code.
    if (e.code.size() > 2) {
      EXPECT_NE(FindCameoEvent(e.code.substr(0, e.code.size() - 1)), nullptr) << e.code;
    }
    if (e.code.size() == 2) roots.insert(e.code);
    EXPECT_EQ(FindCameoEvent(e.code), &e);
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(CameoEventsShared, SameCodesAndNamesAsGdeltTable) {
  DYAD_REQUIRE_SHARED(shared);
  std::map<std::string, std::string> names = ReadTsv(shared + "/cameo/CAMEO.eventcodes.txt");
  ASSERT_GT(names.size(), 300u);
  std::set<std::string> theirs;
  for (const auto& [code, name] : names) {
    theirs.insert(code);
    EXPECT_NE(FindCameoEvent(code), nullptr) << "missing from dyad's table: " << code << " "
                                             << name;
  }
  for (const std::string& code : TableCodes()) {
    EXPECT_TRUE(theirs.count(code)) << "not a code in CAMEO.eventcodes.txt: " << code;
  }
}

TEST(CameoEventsShared, GoldsteinMatchesGdeltTable) {
  DYAD_REQUIRE_SHARED(shared);
  std::map<std::string, std::string> scores =
      ReadTsv(shared + "/cameo/CAMEO.goldsteinscale.txt");
  ASSERT_GT(scores.size(), 300u);
  for (const auto& [code, score] : scores) {
    const CameoEventType* e = FindCameoEvent(code);
    ASSERT_NE(e, nullptr) << code;
    EXPECT_NEAR(e->goldstein, std::atof(score.c_str()), 0.1) << code;
  }
}

// The ICEWS table lists one code more than CAMEO 1.1b3 (1213, reject
// judicial cooperation, an ICEWS addition) and scores four codes differently
// from GDELT's table; dyad follows GDELT's scores for those.
TEST(CameoEventsShared, MatchesIcewsTable) {
  DYAD_REQUIRE_SHARED(shared);
  std::vector<std::string> lines =
      Lines(testing::ReadFileOrDie(shared + "/cameo/icews_cameo-codes.csv"));
  ASSERT_GT(lines.size(), 300u);
  const std::vector<std::string> header = SplitCsvLine(lines[0]);
  int code_col = -1, goldstein_col = -1, root_col = -1;
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "code") code_col = static_cast<int>(i);
    if (header[i] == "goldstein") goldstein_col = static_cast<int>(i);
    if (header[i] == "root_code") root_col = static_cast<int>(i);
  }
  ASSERT_GE(code_col, 0);
  ASSERT_GE(goldstein_col, 0);
  ASSERT_GE(root_col, 0);
  const std::set<std::string> icews_only = {"1213"};
  const std::set<std::string> goldstein_differs = {"016", "022", "164", "165"};
  std::set<std::string> theirs;
  for (size_t i = 1; i < lines.size(); ++i) {
    const std::vector<std::string> f = SplitCsvLine(lines[i]);
    ASSERT_GT(f.size(), static_cast<size_t>(root_col)) << lines[i];
    const std::string& code = f[code_col];
    theirs.insert(code);
    if (icews_only.count(code)) continue;
    const CameoEventType* e = FindCameoEvent(code);
    ASSERT_NE(e, nullptr) << "missing from dyad's table: " << code;
    EXPECT_EQ(e->root, f[root_col]) << code;
    // CAMEO's quad classes by root: 01-05, 06-08, 09-13, 14-20.
    const int root = std::stoi(f[root_col]);
    EXPECT_EQ(e->quad_class, root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4) << code;
    if (!goldstein_differs.count(code)) {
      EXPECT_NEAR(e->goldstein, std::atof(f[goldstein_col].c_str()), 0.1) << code;
    }
  }
  for (const std::string& code : TableCodes()) {
    EXPECT_TRUE(theirs.count(code)) << "not in icews_cameo-codes.csv: " << code;
  }
}

TEST(CameoActors, FindsBlocksOfEachKind) {
  const CameoActorBlock* rus = FindCameoActorBlock("RUS");
  ASSERT_NE(rus, nullptr);
  EXPECT_EQ(rus->name, "Russia");
  EXPECT_EQ(rus->kind, ActorBlockKind::kCountry);
  EXPECT_EQ(FindCameoActorBlock("GOV")->kind, ActorBlockKind::kRole);
  EXPECT_EQ(FindCameoActorBlock("MEA")->kind, ActorBlockKind::kRegion);
  EXPECT_EQ(FindCameoActorBlock("IGO")->kind, ActorBlockKind::kInternational);
  EXPECT_EQ(FindCameoActorBlock("NAT")->name, "North Atlantic Treaty Organization");
  EXPECT_EQ(FindCameoActorBlock("XYZ"), nullptr);
  EXPECT_EQ(FindCameoActorBlock("rus"), nullptr);
  EXPECT_EQ(FindCameoActorBlock("RU"), nullptr);
}

TEST(CameoActors, CountryTableIsLarge) {
  int countries = 0;
  for (std::string_view code : {"USA", "GBR", "FRA", "DEU", "CHN", "IND", "BRA", "ZAF", "IRN",
                                "PSE", "SSD", "TLS", "VAT", "KOR", "PRK", "COD", "COG"}) {
    const CameoActorBlock* b = FindCameoActorBlock(code);
    ASSERT_NE(b, nullptr) << code;
    EXPECT_EQ(b->kind, ActorBlockKind::kCountry) << code;
    ++countries;
  }
  EXPECT_EQ(countries, 17);
}

TEST(CameoActors, DescribeSplitsIntoBlocks) {
  std::vector<CameoActorBlock> parts = DescribeActorCode("RUSGOV");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].name, "Russia");
  EXPECT_EQ(parts[0].kind, ActorBlockKind::kCountry);
  EXPECT_EQ(parts[1].name, "Government");
  EXPECT_EQ(parts[1].kind, ActorBlockKind::kRole);

  parts = DescribeActorCode("USAGOVMIL");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].code, "USA");
  EXPECT_EQ(parts[1].code, "GOV");
  EXPECT_EQ(parts[2].name, "Military");

  parts = DescribeActorCode("IGOWSTNAT");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].kind, ActorBlockKind::kInternational);
  EXPECT_EQ(parts[1].kind, ActorBlockKind::kRegion);
  EXPECT_EQ(parts[2].code, "NAT");
}

TEST(CameoActors, DescribeKeepsUnknownBlocks) {
  const std::string code = "FRAQQQGO";
  std::vector<CameoActorBlock> parts = DescribeActorCode(code);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].kind, ActorBlockKind::kCountry);
  EXPECT_EQ(parts[1].code, "QQQ");
  EXPECT_EQ(parts[1].kind, ActorBlockKind::kUnknown);
  EXPECT_EQ(parts[2].code, "GO");
  EXPECT_EQ(parts[2].kind, ActorBlockKind::kUnknown);
  EXPECT_TRUE(DescribeActorCode("").empty());
}

TEST(CameoActors, BlockCodesAreUniqueUpperCaseTriples) {
  // Every block found by DescribeActorCode of itself is the same entry.
  for (std::string_view code : {"AFR", "ASA", "WST", "UNO", "NGO", "MNC", "IMG", "NGM", "REB",
                                "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
                                "CVL", "HLH", "HRI", "LAB", "LEG", "REF", "RAD", "AGR", "ELI",
                                "ENV", "MOD", "UAF", "SEP", "INS", "EEC", "IAE", "WHO", "OPC"}) {
    const CameoActorBlock* b = FindCameoActorBlock(code);
    ASSERT_NE(b, nullptr) << code;
    EXPECT_EQ(b->code, code);
    EXPECT_FALSE(b->name.empty());
  }
}

}  // namespace
}  // namespace dyad
