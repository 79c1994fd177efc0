#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/petrarch.h"
#include "dyad/reader.h"
#include "test_support.h"

namespace dyad {
namespace {

struct Read {
  Status status;
  PetrarchRecords records;
  Diagnostics diagnostics;
};

Read ReadXml(std::string_view content, std::string_view name = "suite.xml") {
  Read r;
  r.status = ReadPetrarchRecords(name, content, &r.records, &r.diagnostics);
  return r;
}

std::string Joined(const Diagnostics& d) {
  std::string out;
  for (const std::string& s : d) out += s + "\n";
  return out;
}

constexpr std::string_view kSuite = R"(<Validation>
<!-- banner -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Include>valid DEMO</Include>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" valid="true">
<!-- Simple coding -->
<!-- Last update: 29 July 2013 -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore ties
  with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBN restored)))))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" place="XYZ" valid="false">
<EventCoding error="dateline"></EventCoding>
<EventCoding noevents="True" />
<Skip></Skip>
<Text>CEBU CITY: -- Cordova filed a suit &amp; more.</Text>
</Sentence>
<Config option="new_actor_length" value="4">
</Sentences>
</Validation>
)";

TEST(PetrarchRecords, ReadsRecordsWithEverythingAValidatorNeeds) {
  const Read r = ReadXml(kSuite);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
  ASSERT_EQ(r.records.records.size(), 2u);
  const PetrarchRecord& a = r.records.records[0];
  EXPECT_EQ(a.id, "DEMO-01");
  EXPECT_EQ(a.date, "1995-01-01");
  EXPECT_EQ(a.category, "DEMO");
  EXPECT_EQ(a.line, 9u);
  EXPECT_EQ(a.text, "Arnor is about to restore ties\nwith Gondor.");
  EXPECT_EQ(a.comments, (std::vector<std::string>{"Simple coding", "Last update: 29 July 2013"}));
  ASSERT_EQ(a.codings.size(), 1u);
  EXPECT_EQ(a.codings[0].source, "ARN");
  EXPECT_EQ(a.codings[0].target, "GON");
  EXPECT_EQ(a.codings[0].event, "064");
  EXPECT_EQ(a.codings[0].line, 12u);
  EXPECT_EQ(a.parse.format, ParseFormat::kTreebank);
  EXPECT_EQ(a.parse.line, 18u);
  EXPECT_EQ(a.parse.file, "suite.xml");
  EXPECT_EQ(a.parse.text.substr(0, 8), "(ROOT (S");
  EXPECT_TRUE(a.Evaluated());
  EXPECT_FALSE(a.skip);

  const PetrarchRecord& b = r.records.records[1];
  EXPECT_EQ(b.date, "2008-08-01");
  ASSERT_NE(b.Attribute("place"), nullptr);
  EXPECT_EQ(*b.Attribute("place"), "XYZ");
  EXPECT_EQ(b.attributes.size(), 5u);
  EXPECT_FALSE(b.Evaluated());
  EXPECT_TRUE(b.skip);
  EXPECT_EQ(b.text, "CEBU CITY: -- Cordova filed a suit & more.");
  EXPECT_TRUE(b.parse.empty());
  ASSERT_EQ(b.codings.size(), 2u);
  EXPECT_EQ(b.codings[0].error, "dateline");
  EXPECT_TRUE(b.codings[1].no_events);
}

TEST(PetrarchRecords, ConfigsKeepFileOrderAndTheRecordTheyApplyFrom) {
  const Read r = ReadXml(kSuite);
  ASSERT_EQ(r.records.configs.size(), 3u);
  EXPECT_EQ(r.records.configs[0].option, "stop_on_error");
  EXPECT_EQ(r.records.configs[0].first_record, 0u);
  EXPECT_EQ(r.records.configs[1].option, "require_dyad");
  EXPECT_EQ(r.records.configs[1].value, "false");
  EXPECT_EQ(r.records.configs[1].first_record, 1u);
  EXPECT_EQ(r.records.configs[1].line, 21u);
  // Written without </Config>, as PETRARCH's documentation does.
  EXPECT_EQ(r.records.configs[2].option, "new_actor_length");
  EXPECT_EQ(r.records.configs[2].first_record, 2u);
  ASSERT_EQ(r.records.environment.size(), 2u);
  EXPECT_EQ(r.records.environment[0].name, "Verbfile");
  EXPECT_EQ(r.records.environment[1].value, "valid DEMO");
  EXPECT_EQ(r.records.stop_at, 2u);
}

TEST(PetrarchRecords, MalformedRecordIsReportedByLineAndTheRestIsRead) {
  const Read r = ReadXml(
      "<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"A\">\n"
      "<Text>One.</Text>\n"
      "<EventCoding sourcecode=\"ARN\" eventcode=\"01\">\n"  // never closed
      "</Sentence>\n"
      "<Sentence date=\"19950102\" id=\"B\"><Text>Two.</Text></Sentence>\n"
      "</Sentences>\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.records.records.size(), 1u);
  EXPECT_EQ(r.records.records[0].id, "B");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0], "suite.xml:5: malformed record A: Start-end tags mismatch; skipped");
}

TEST(PetrarchRecords, UnterminatedRecordIsSkippedUpToTheNextOne) {
  const Read r = ReadXml(
      "<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"A\">\n"
      "<Text>One.</Text>\n"
      "<Sentence date=\"19950102\" id=\"B\"><Text>Two.</Text></Sentence>\n");
  ASSERT_EQ(r.records.records.size(), 1u);
  EXPECT_EQ(r.records.records[0].id, "B");
  EXPECT_EQ(Joined(r.diagnostics),
            "suite.xml:2: <Sentence> of record A has no </Sentence>; skipped\n");
}

TEST(PetrarchRecords, RecordProblemsAreReported) {
  const Read r = ReadXml(
      "<Sentences>\n"
      "<Sentence id=\"NO-DATE\"><Text>a</Text></Sentence>\n"
      "<Sentence date=\"19951340\" id=\"BAD-DATE\"><Text>b</Text></Sentence>\n"
      "<Sentence date=\"19950101\"><Text>c</Text></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"NO-TEXT\"><Text> </Text></Sentence>\n"
      "<Sentence date=\"19950101\" id=\"ODD\"><Text>d</Text><Parse>?? x</Parse><Foo/>"
      "<EventCoding sourcecode=\"X\"/></Sentence>\n"
      "stray words\n"
      "</Sentences>\n");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.records.records.size(), 4u);
  EXPECT_EQ(r.records.records[2].id, "suite-4");
  EXPECT_EQ(Joined(r.diagnostics),
            "suite.xml:2: record NO-DATE has no date\n"
            "suite.xml:3: bad date '19951340' in record BAD-DATE (want YYYYMMDD)\n"
            "suite.xml:4: record has no id; using suite-4\n"
            "suite.xml:5: record NO-TEXT has no <Text>; skipped\n"
            "suite.xml:6: <Parse> of record ODD is neither a Treebank tree nor CoNLL-U; ignored\n"
            "suite.xml:6: unknown element <Foo> in record ODD ignored\n"
            "suite.xml:6: <EventCoding> in record ODD has no eventcode, noevents or error; "
            "ignored\n"
            "suite.xml:7: text outside any record ignored\n");
}

TEST(PetrarchRecords, ParseWithoutTextGivesTheTextOfItsWords) {
  const Read r = ReadXml(
      "<Sentences>\n<Sentence date=\"20150609\" id=\"T\"><Text>\n\n</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (-LRB- -LRB-) (NN x) (-RRB- -RRB-))))"
      "</Parse></Sentence>\n"
      "<Sentence date=\"20150609\" id=\"U\"><Parse>(ROOT (S (NP</Parse></Sentence>\n");
  ASSERT_EQ(r.records.records.size(), 1u);
  EXPECT_EQ(r.records.records[0].text, "Arnor left ( x )");
  EXPECT_EQ(Joined(r.diagnostics),
            "suite.xml:6: record U has no <Text> and its parse is unreadable (suite.xml:6: "
            "column 50: unbalanced brackets: 3 '(' not closed); skipped\n");
}

TEST(PetrarchRecords, HashCommentsAnElementOut) {
  const Read r = ReadXml(
      "<Sentences><Sentence date=\"19950101\" id=\"A\">\n"
      "<EventCoding sourcecode=\"HOB\" targetcode=\"GON\" eventcode=\"023\"/>\n"
      "#<EventCoding sourcecode=\"HOB\" targetcode=\"ARN\" eventcode=\"023\"/>\n"
      "<Text>Frodo said.</Text></Sentence></Sentences>");
  ASSERT_EQ(r.records.records.size(), 1u);
  ASSERT_EQ(r.records.records[0].codings.size(), 1u);
  EXPECT_EQ(r.records.records[0].codings[0].target, "GON");
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
}

TEST(PetrarchRecords, NestedCommentsAsInTheUniversalPetrarchBanner) {
  const Read r = ReadXml(
      "<Validation>\n<!--\n# add a comment in <!-- ... --> explaining why\n"
      "# <PLEvent... lines are ignored\n-->\n<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"A\"><Text>x</Text></Sentence></Sentences>");
  EXPECT_EQ(r.records.records.size(), 1u);
  EXPECT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
}

TEST(PetrarchRecords, NothingToReadIsAnError) {
  EXPECT_EQ(ReadXml("").status.message(), "suite.xml: empty input");
  EXPECT_EQ(ReadXml("<Validation></Validation>").status.message(),
            "suite.xml: no <Sentence> records found");
}

TEST(PetrarchRecords, PloverLinesAreLiftedOutAndConlluIsDetected) {
  const Read r = ReadXml(
      "<Sentences>\n"
      "<Sentence category=\"DEMO\" date=\"19950107\" id=\"DEMO-07\" evaluate=\"true\">\n"
      "<EventCoding eventcode=\"012\" sourcecode=\"ARN\" targetcode=\"DAG\" />\n"
      "<PLEvent {\"event\": \"012\", \"source\": [{\"code\": \"ARN\"}]}>\n"
      "<Text>\nArnor believes Dagolath.\n</Text>\n"
      "<Parse>\n"
      "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tbelieves\tbelieve\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "3\tDagolath\tDagolath\tPROPN\tNNP\t_\t2\tdobj\t_\t_\n"
      "</Parse></Sentence>\n");
  ASSERT_TRUE(r.diagnostics.empty()) << Joined(r.diagnostics);
  ASSERT_EQ(r.records.records.size(), 1u);
  const PetrarchRecord& rec = r.records.records[0];
  EXPECT_EQ(rec.plover,
            (std::vector<std::string>{"{\"event\": \"012\", \"source\": [{\"code\": \"ARN\"}]}"}));
  EXPECT_EQ(rec.parse.format, ParseFormat::kConllu);
  EXPECT_EQ(rec.parse.line, 9u);
  SyntaxSentence s;
  ASSERT_TRUE(SyntaxFromGivenParse(rec.parse, &s).ok());
  ASSERT_EQ(s.words.size(), 3u);
  EXPECT_EQ(s.syntax[2].deprel, "obj");  // UD v1 dobj
}

TEST(GivenParse, ErrorsNameTheFileLine) {
  GivenParse p;
  p.format = ParseFormat::kTreebank;
  p.file = "suite.xml";
  p.line = 40;
  p.text = "(ROOT (S\n  (NP (NNP Arnor)) ))\n)";
  SyntaxSentence s;
  EXPECT_EQ(SyntaxFromGivenParse(p, &s).message(), "suite.xml:42: column 1: ')' closes nothing");
  p.format = ParseFormat::kConllu;
  p.text = "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n";
  EXPECT_EQ(SyntaxFromGivenParse(p, &s).message(), "suite.xml:41: word ID out of sequence: 3");
}

TEST(GivenParse, UdV1CoordinationMovesToTheLaterConjunct) {
  SyntaxSentence s;
  s.words = {"Arnor", ",", "Osgiliath", "and", "Gondor", "met"};
  auto tok = [](const char* upos, int head, const char* rel) {
    TokenSyntax t;
    t.upos = upos;
    t.head = head;
    t.deprel = rel;
    return t;
  };
  s.syntax = {tok("PROPN", 6, "nsubjpass"), tok("PUNCT", 1, "punct"), tok("PROPN", 1, "conj"),
              tok("CCONJ", 1, "cc"),        tok("PROPN", 1, "conj"),  tok("VERB", 0, "root")};
  UpgradeUdV1Relations(&s);
  EXPECT_EQ(s.syntax[0].deprel, "nsubj:pass");
  EXPECT_EQ(s.syntax[1].head, 3);  // "," -> Osgiliath
  EXPECT_EQ(s.syntax[3].head, 5);  // "and" -> Gondor
  SyntaxSentence again = s;
  UpgradeUdV1Relations(&again);
  EXPECT_EQ(again.syntax[3].head, 5);
}

TEST(PetrarchRecords, ReadDocumentsTakesAPetrarchFileAsInput) {
  EXPECT_EQ(DetectInputKind("suite.xml", kSuite), InputKind::kPetrarchXml);
  EXPECT_EQ(DetectInputKind("stdin", "<Sentences>\n<Sentence id=\"x\">"), InputKind::kPetrarchXml);
  EXPECT_NE(DetectInputKind("page.xml", "<html><body>Hi</body></html>"), InputKind::kPetrarchXml);
  std::vector<Document> docs;
  Diagnostics diagnostics;
  ASSERT_TRUE(ReadDocuments(
                  "suite.xml", kSuite, InputKind::kAuto,
                  [&](Document&& d) { docs.push_back(std::move(d)); }, &diagnostics)
                  .ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "DEMO-01");
  EXPECT_EQ(docs[0].date, "1995-01-01");
  EXPECT_EQ(docs[0].origin, "suite.xml:9");
  EXPECT_TRUE(docs[0].single_unit);
  EXPECT_EQ(docs[0].given_parse.format, ParseFormat::kTreebank);
  EXPECT_EQ(docs[0].annotation, "Simple coding\nLast update: 29 July 2013");
  EXPECT_TRUE(docs[1].given_parse.empty());
}

TEST(PetrarchRecords, InvalidUtf8IsReplacedAndReported) {
  const Read r = ReadXml(
      "<Sentences>\n<Sentence date=\"19950101\" id=\"A\"><Text>Caf\xE9.</Text>"
      "</Sentence>\n");
  ASSERT_EQ(r.records.records.size(), 1u);
  EXPECT_EQ(r.records.records[0].text, "Caf\xEF\xBF\xBD.");
  EXPECT_EQ(Joined(r.diagnostics), "suite.xml:2: 1 invalid UTF-8 byte sequence replaced\n");
}

// ------------------------------------------------------------ the suites

TEST(PetrarchSuites, Petrarch1RecordsReadCleanly) {
  DYAD_REQUIRE_SHARED(shared);
  PetrarchRecords r;
  Diagnostics d;
  ASSERT_TRUE(
      ReadPetrarchRecordsFile(shared + "/suites/petrarch1/PETR.UnitTest.records.xml", &r, &d).ok());
  EXPECT_TRUE(d.empty()) << Joined(d);
  EXPECT_EQ(r.records.size(), 281u);
  size_t evaluated = 0, skipped = 0, codings = 0;
  for (const PetrarchRecord& rec : r.records) {
    evaluated += rec.Evaluated() && !rec.skip;
    skipped += rec.skip;
    codings += rec.codings.size();
    EXPECT_EQ(rec.parse.format, ParseFormat::kTreebank) << rec.id;
  }
  EXPECT_EQ(evaluated, 274u);
  EXPECT_EQ(skipped, 2u);
  EXPECT_EQ(codings, 381u);  // one more is commented out with '#' (COMPOUND-28)
  EXPECT_EQ(r.configs.size(), 29u);
  EXPECT_EQ(r.stop_at, r.records.size());
}

TEST(PetrarchSuites, UniversalPetrarchRecordsReadCleanly) {
  DYAD_REQUIRE_SHARED(shared);
  PetrarchRecords r;
  Diagnostics d;
  ASSERT_TRUE(
      ReadPetrarchRecordsFile(shared + "/suites/ud-petrarch/PETR_Validate_records_2_02.xml", &r, &d)
          .ok());
  EXPECT_TRUE(d.empty()) << Joined(d);
  EXPECT_EQ(r.records.size(), 274u);
  size_t codings = 0, plover = 0;
  for (const PetrarchRecord& rec : r.records) {
    codings += rec.codings.size();
    plover += rec.plover.size();
    EXPECT_EQ(rec.parse.format, ParseFormat::kConllu) << rec.id;
  }
  EXPECT_EQ(codings, 349u);
  EXPECT_EQ(plover, 38u);
  EXPECT_EQ(r.configs.size(), 24u);
}

TEST(PetrarchSuites, GigaWordSampleIsInputForDyadCode) {
  DYAD_REQUIRE_SHARED(shared);
  std::vector<Document> docs;
  Diagnostics d;
  ASSERT_TRUE(ReadDocumentsFromFile(
                  shared + "/suites/gigaword/GigaWord.sample.PETR.xml", InputKind::kAuto,
                  [&](Document&& doc) { docs.push_back(std::move(doc)); }, &d)
                  .ok());
  EXPECT_TRUE(d.empty()) << Joined(d);
  ASSERT_EQ(docs.size(), 76u);
  EXPECT_EQ(docs[0].id, "AFP0808020625_4");
  EXPECT_EQ(docs[0].date, "2008-08-04");
  EXPECT_EQ(docs[0].source, "AFP");
  for (const Document& doc : docs) {
    SyntaxSentence s;
    EXPECT_TRUE(SyntaxFromGivenParse(doc.given_parse, &s).ok()) << doc.id;
  }
}

}  // namespace
}  // namespace dyad
