#include "dyad/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace dyad {
namespace {

struct ReadResult {
  Status status;
  std::vector<Document> docs;
  Diagnostics diagnostics;
};

ReadResult Read(std::string_view name, std::string_view content,
                InputKind kind = InputKind::kAuto) {
  ReadResult r;
  r.status = ReadDocuments(
      name, content, kind, [&](Document&& d) { r.docs.push_back(std::move(d)); }, &r.diagnostics);
  return r;
}

bool AnyDiagnosticContains(const Diagnostics& d, std::string_view needle) {
  for (const std::string& s : d) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}

std::string Joined(const Diagnostics& d) {
  std::string out;
  for (const std::string& s : d) out += s + "\n";
  return out;
}

// ------------------------------------------------------------ detection

TEST(DetectInputKind, ExtensionsAndContent) {
  EXPECT_EQ(DetectInputKind("a.jsonl", "whatever"), InputKind::kJsonLines);
  EXPECT_EQ(DetectInputKind("a.NDJSON", ""), InputKind::kJsonLines);
  EXPECT_EQ(DetectInputKind("a.txt", "950101  DEMO-01\nArnor met Gondor.\n"),
            InputKind::kTabariRecords);
  EXPECT_EQ(DetectInputKind("a.text", "19950101 X\ntext\n"), InputKind::kTabariRecords);
  EXPECT_EQ(DetectInputKind("a.txt", "Putin arrived in Tehran.\n"), InputKind::kPlainText);
  EXPECT_EQ(DetectInputKind("a.txt", "1990 was a year.\n"), InputKind::kPlainText);
  EXPECT_EQ(DetectInputKind("stdin", "  {\"text\": \"x\"}\n"), InputKind::kJsonLines);
  EXPECT_EQ(DetectInputKind("article", "Hello.\n"), InputKind::kPlainText);
}

TEST(DetectInputKind, TabariFileOpeningWithBannerIsRecords) {
  EXPECT_EQ(DetectInputKind("Validate.text", "#####\n# suite\n#####\n\n950101  DEMO-01\nText.\n"),
            InputKind::kTabariRecords);
}

// ------------------------------------------------------------ common checks

TEST(Readers, EmptyFileIsAnError) {
  ReadResult r = Read("empty.txt", "");
  EXPECT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(), "empty.txt: empty input");
  EXPECT_FALSE(Read("blank.jsonl", " \n\n\t\n").status.ok());
}

TEST(Readers, BinaryFileIsRejected) {
  std::string nul("PK\x03\x04\0\0\0\x08", 8);
  ReadResult r = Read("archive.txt", nul);
  EXPECT_FALSE(r.status.ok());
  EXPECT_EQ(r.status.message(), "archive.txt: looks like binary data");
  EXPECT_TRUE(r.docs.empty());

  std::string noise;
  for (int i = 0; i < 1000; ++i) noise += (i % 2 == 0) ? '\xFF' : 'a';
  EXPECT_EQ(Read("noise.txt", noise).status.message(), "noise.txt: looks like binary data");
}

TEST(Readers, CrlfIsNormalized) {
  ReadResult r = Read("a.txt", "Line one.\r\nLine two.\r\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.find('\r'), std::string::npos);
  EXPECT_NE(r.docs[0].text.find("one.\nLine"), std::string::npos);
}

TEST(Readers, InvalidUtf8IsReplacedAndReported) {
  ReadResult r = Read("news.txt", "Good line.\nBad \xC0\xAF and \xED\xA0\x80 here.\n");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_NE(r.docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(r.diagnostics.size(), 1u) << Joined(r.diagnostics);
  EXPECT_EQ(r.diagnostics[0], "news.txt:2: 5 invalid UTF-8 byte sequences replaced");
}

TEST(Readers, ManyBadLinesAreSummarisedNotListed) {
  std::string content;
  for (int i = 0; i < 100; ++i) content += "word word word word \xFF word\n";
  ReadResult r = Read("many.txt", content);
  ASSERT_TRUE(r.status.ok());
  EXPECT_LE(r.diagnostics.size(), 25u);
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "further lines")) << Joined(r.diagnostics);
}

TEST(Readers, ByteOrderMarkIsDropped) {
  ReadResult r = Read("a.txt", "\xEF\xBB\xBFHello.");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Hello.");
}

// ------------------------------------------------------------ plain text

TEST(PlainText, WholeFileIsOneDocumentNamedByStem) {
  ReadResult r = Read("dir/tehran-visit.txt", "Putin arrived in Tehran.\n\nHe met Raisi.\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "tehran-visit");
  EXPECT_EQ(r.docs[0].origin, "dir/tehran-visit.txt:1");
  EXPECT_FALSE(r.docs[0].single_unit);
  EXPECT_NE(r.docs[0].text.find("He met Raisi."), std::string::npos);
}

TEST(PlainText, TenMegabyteSingleLineIsRead) {
  std::string big;
  big.reserve(10 * 1024 * 1024 + 64);
  while (big.size() < 10 * 1024 * 1024) big += "Arnor signed an accord with Gondor. ";
  ReadResult r = Read("big.txt", big);
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.size(), big.size());

  std::string json = "{\"id\":\"big\",\"text\":\"" + big + "\"}";
  ReadResult j = Read("big.jsonl", json);
  ASSERT_EQ(j.docs.size(), 1u);
  EXPECT_EQ(j.docs[0].text.size(), big.size());

  ReadResult t = Read("big.txt", "950101 BIG-01\n" + big + "\n", InputKind::kTabariRecords);
  ASSERT_EQ(t.docs.size(), 1u);
}

// ------------------------------------------------------------ TABARI records

constexpr char kTabari[] =
    "#########\n"
    "# banner comment block\n"
    "#########\n"
    "\n"
    "950101  DEMO-01\n"
    "Arnor is about to restore full diplomatic ties with Gondor almost \n"
    "five years after crowds trashed its embassy. \n"
    "/*\\n-------------\n"
    "\\n{ ARN / GON / 064 } */\n"
    "\n"
    "Free prose between records is a comment.\n"
    "\n"
    "950113  DEMO-13\n"
    "Arnor signed a trade protocol with Dagolath./*\n"
    "\\n{ ARN / DAG / 085 } 950113 */\n"
    "\n"
    "20150607 YYYY-01  CEP2002\n"
    "Fornost is about to restore ties with Gondor.\n";

TEST(TabariRecords, RecordsTextAndAnnotations) {
  ReadResult r = Read("suite.txt", kTabari);
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
  ASSERT_EQ(r.docs.size(), 3u);

  const Document& d1 = r.docs[0];
  EXPECT_EQ(d1.id, "DEMO-01");
  EXPECT_EQ(d1.date, "1995-01-01");
  EXPECT_TRUE(d1.single_unit);
  EXPECT_EQ(d1.origin, "suite.txt:5");
  EXPECT_EQ(d1.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost\n"
            "five years after crowds trashed its embassy.");
  EXPECT_NE(d1.annotation.find("{ ARN / GON / 064 }"), std::string::npos);
  EXPECT_EQ(d1.text.find("/*"), std::string::npos);

  const Document& d2 = r.docs[1];
  EXPECT_EQ(d2.id, "DEMO-13");
  EXPECT_EQ(d2.text, "Arnor signed a trade protocol with Dagolath.");
  EXPECT_NE(d2.annotation.find("085"), std::string::npos);

  const Document& d3 = r.docs[2];
  EXPECT_EQ(d3.id, "YYYY-01");
  EXPECT_EQ(d3.date, "2015-06-07");
  EXPECT_EQ(d3.title, "CEP2002");
}

TEST(TabariRecords, SeveralCommentBlocksAreConcatenated) {
  ReadResult r = Read("a.txt", "950101 A-1\nText one /* first */ more /* second\nstill */ end.\n",
                      InputKind::kTabariRecords);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Text one  more\nend.");
  EXPECT_EQ(r.docs[0].annotation, "first\nsecond\nstill");
}

TEST(TabariRecords, TwoDigitYearsPivotAtThirty) {
  std::string iso;
  ASSERT_TRUE(TabariDateToIso("300101", false, &iso));
  EXPECT_EQ(iso, "2030-01-01");
  ASSERT_TRUE(TabariDateToIso("310101", false, &iso));
  EXPECT_EQ(iso, "1931-01-01");
  ASSERT_TRUE(TabariDateToIso("000229", false, &iso));
  EXPECT_EQ(iso, "2000-02-29");
  EXPECT_FALSE(TabariDateToIso("990229", false, &iso));
  EXPECT_FALSE(TabariDateToIso("951301", false, &iso));
  EXPECT_FALSE(TabariDateToIso("95010", false, &iso));
  ASSERT_TRUE(TabariDateToIso("19140724", true, &iso));
  EXPECT_EQ(iso, "1914-07-24");
}

TEST(TabariRecords, BadHeaderDateIsReportedAndRecordKept) {
  ReadResult r =
      Read("a.txt", "9501201  ACTORSYN-01\nGollum met Gondor.\n", InputKind::kTabariRecords);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "ACTORSYN-01");
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "a.txt:1: bad date '9501201'"))
      << Joined(r.diagnostics);
}

TEST(TabariRecords, TruncatedRecordIsReported) {
  ReadResult r = Read("a.txt", "950101  GOOD-1\nArnor met Gondor.\n\n950102  CUT-2\n",
                      InputKind::kTabariRecords);
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "GOOD-1");
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "a.txt:4: record CUT-2 is truncated"))
      << Joined(r.diagnostics);
}

TEST(TabariRecords, UnterminatedCommentEndsAtBlankLine) {
  ReadResult r = Read("a.txt",
                      "950101  OPEN-1\nArnor met Gondor.\n/* { ARN / GON / 040 }   /*\n\n"
                      "950101  NEXT-2\nGondor met Arnor.\n",
                      InputKind::kTabariRecords);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].id, "NEXT-2");
  EXPECT_EQ(r.docs[1].text, "Gondor met Arnor.");
  EXPECT_TRUE(
      AnyDiagnosticContains(r.diagnostics, "a.txt:3: unterminated /* comment in record OPEN-1"))
      << Joined(r.diagnostics);
}

TEST(TabariRecords, TextLinesStartingWithDigitsStayText) {
  ReadResult r = Read("a.txt", "950115  DEMO-15\nArnor will supply some\n50,000 tonnes of wheat.\n",
                      InputKind::kTabariRecords);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Arnor will supply some\n50,000 tonnes of wheat.");
}

TEST(TabariRecords, ValidationSuiteIsRead) {
  DYAD_REQUIRE_SHARED(shared);
  const std::string path = shared + "/suites/tabari/Validate.text";
  std::vector<Document> docs;
  Diagnostics diagnostics;
  Status s = ReadDocumentsFromFile(
      path, InputKind::kAuto, [&](Document&& d) { docs.push_back(std::move(d)); }, &diagnostics);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(docs.size(), 450u);
  bool found = false;
  for (const Document& d : docs) {
    if (d.id == "DEMO-01") {
      found = true;
      EXPECT_EQ(d.date, "1995-01-01");
      EXPECT_NE(d.text.find("Arnor is about to restore"), std::string::npos);
      EXPECT_NE(d.annotation.find("ARN / GON / 064"), std::string::npos);
    }
    EXPECT_TRUE(d.single_unit);
    EXPECT_EQ(d.text.find("/*"), std::string::npos) << d.id;
  }
  EXPECT_TRUE(found);
  // The suite's own deliberate oddities are reported, not fatal.
  EXPECT_LT(diagnostics.size(), 20u) << Joined(diagnostics);
}

// ------------------------------------------------------------ JSON Lines

TEST(JsonLines, FieldsAreRead) {
  ReadResult r = Read("batch.jsonl",
                      "{\"id\":\"a1\",\"date\":\"2022-07-19\",\"text\":\"Putin visited Tehran.\","
                      "\"url\":\"http://x\",\"source\":\"AFP\",\"title\":\"Visit\"}\n"
                      "{\"text\":\"No id here.\",\"date\":\"20220720\"}\n");
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].date, "2022-07-19");
  EXPECT_EQ(r.docs[0].url, "http://x");
  EXPECT_EQ(r.docs[0].source, "AFP");
  EXPECT_EQ(r.docs[0].title, "Visit");
  EXPECT_EQ(r.docs[0].origin, "batch.jsonl:1");
  EXPECT_EQ(r.docs[1].id, "batch-2");
  EXPECT_EQ(r.docs[1].date, "2022-07-20");
}

TEST(JsonLines, BadJsonLineIsSkippedAndBatchGoesOn) {
  ReadResult r = Read("batch.jsonl",
                      "{\"id\":\"1\",\"text\":\"One.\"}\n"
                      "{\"id\":\"2\",\"text\":\"Two.\"\n"
                      "[1,2,3]\n"
                      "\n"
                      "{\"id\":\"5\",\"text\":\"Five.\"}\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "1");
  EXPECT_EQ(r.docs[1].id, "5");
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "batch.jsonl:2: bad JSON"))
      << Joined(r.diagnostics);
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "batch.jsonl:3: expected a JSON object"))
      << Joined(r.diagnostics);
}

TEST(JsonLines, MissingTextOrWrongTypesSkipTheRecord) {
  ReadResult r = Read("b.jsonl",
                      "{\"id\":\"1\"}\n"
                      "{\"id\":\"2\",\"text\":42}\n"
                      "{\"id\":3,\"text\":\"Three.\"}\n"
                      "{\"id\":\"4\",\"text\":\"Four.\",\"url\":null}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "4");
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "b.jsonl:1: missing \"text\""));
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "b.jsonl:2: field \"text\" is number"));
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "b.jsonl:3: field \"id\" is number"));
}

TEST(JsonLines, BadDateIsReportedAndRecordKept) {
  ReadResult r = Read("b.jsonl",
                      "{\"id\":\"1\",\"text\":\"x\",\"date\":\"July 19\"}\n"
                      "{\"id\":\"2\",\"text\":\"x\",\"date\":\"2022-02-30\"}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(r.docs[1].date, "");
  EXPECT_EQ(r.diagnostics.size(), 2u);
  EXPECT_TRUE(AnyDiagnosticContains(r.diagnostics, "b.jsonl:1: bad date"));
}

TEST(JsonLines, InvalidUtf8InsideStringIsReplaced) {
  ReadResult r = Read("b.jsonl", "{\"id\":\"1\",\"text\":\"caf\xE9 latte\"}\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "caf\xEF\xBF\xBD latte");
  EXPECT_TRUE(
      AnyDiagnosticContains(r.diagnostics, "b.jsonl:1: 1 invalid UTF-8 byte sequence replaced"));
}

TEST(Dates, NormalizeDateAcceptsTwoForms) {
  std::string iso;
  ASSERT_TRUE(NormalizeDate("2022-07-19", &iso));
  EXPECT_EQ(iso, "2022-07-19");
  ASSERT_TRUE(NormalizeDate("20220719", &iso));
  EXPECT_EQ(iso, "2022-07-19");
  ASSERT_TRUE(NormalizeDate("2022-07-19T10:00:00Z", &iso));
  EXPECT_EQ(iso, "2022-07-19");
  EXPECT_FALSE(NormalizeDate("2022-7-19", &iso));
  EXPECT_FALSE(NormalizeDate("2022-13-01", &iso));
  EXPECT_FALSE(NormalizeDate("2023-02-29", &iso));
  EXPECT_FALSE(NormalizeDate("", &iso));
}

// ------------------------------------------------------------ files

TEST(ReadFromFile, MissingFileIsAnIoError) {
  Diagnostics d;
  Status s = ReadDocumentsFromFile(
      "/nonexistent/dyad/x.txt", InputKind::kAuto, [](Document&&) {}, &d);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("/nonexistent/dyad/x.txt"), std::string::npos);
}

TEST(ReadFromFile, ReadsAFileFromDisk) {
  const std::filesystem::path p = std::filesystem::temp_directory_path() /
                                  ("dyad_reader_test_" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(p, std::ios::binary);
    out << "{\"text\":\"Hello.\"}\n";
  }
  std::vector<Document> docs;
  Status s = ReadDocumentsFromFile(
      p.string(), InputKind::kAuto, [&](Document&& doc) { docs.push_back(std::move(doc)); },
      nullptr);
  std::filesystem::remove(p);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p.stem().string() + "-1");
}

}  // namespace
}  // namespace dyad
