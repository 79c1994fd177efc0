// Coder unit tests on small inline dictionaries: provenance of events,
// dispositions, and sharing one coder between threads.
#include "dyad/coder.h"

#include <gtest/gtest.h>

#include <thread>

#include "dyad/tokenizer.h"

namespace dyad {
namespace {

constexpr std::string_view kActors = R"(ARNOR [ARN]
GONDOR
+MINAS_TIRITH
  [GON]
ROHAN [ROH]
SOCCER [###]
)";
constexpr std::string_view kAgents = R"(MINISTER_ [~GOV]
POLICE_ [~COP]
)";
constexpr std::string_view kVerbs = R"(CONDEMN [122]
VISIT_ [042:043]
{ VISITED_ }
SAID [010?]
YIELD [010]
WARN [130]
- + WAS * BY $ [131]
)";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dicts_.LoadActors(kActors, "t.actors").ok());
    ASSERT_TRUE(dicts_.LoadAgents(kAgents, "t.agents").ok());
    ASSERT_TRUE(dicts_.LoadVerbs(kVerbs, "t.verbs").ok());
    dicts_.Finalize();
  }

  CodingResult Code(const std::string& text, const CodingOptions& options = CodingOptions()) {
    doc_ = Document();
    doc_.id = "doc-1";
    doc_.date = "2022-07-19";
    doc_.text = text;
    doc_.single_unit = true;
    SplitAndTokenize(&doc_);
    return Coder(dicts_).CodeSentence(doc_, 0, options);
  }

  DictionarySet dicts_;
  Document doc_;
};

TEST_F(CoderTest, EventCarriesItsProvenance) {
  CodingResult r = Code("The Arnor minister condemned Gondor on Monday over the border incident.");
  ASSERT_EQ(r.disposition, CodingResult::Disposition::kCoded) << r.reason;
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(e.doc_id, "doc-1");
  EXPECT_EQ(e.sentence_index, 0u);
  EXPECT_EQ(e.date, "2022-07-19");
  EXPECT_EQ(e.code, "122");
  EXPECT_EQ(e.source.code, "ARNGOV");
  EXPECT_EQ(e.source.text, "Arnor minister");
  EXPECT_EQ(e.sentence_text.substr(e.source.span.begin, e.source.span.size()), "Arnor minister");
  EXPECT_EQ(e.target.code, "GON");
  EXPECT_EQ(e.target.text, "Gondor");
  EXPECT_EQ(e.verb_text, "condemned");
  EXPECT_EQ(e.pattern, "t.verbs:1: CONDEMN [122]");
}

TEST_F(CoderTest, CodesStayStrings) {
  CodingResult r = Code("Arnor said on Monday it would yield the pass to Rohan soon.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].code, "010");  // not "10"
}

TEST_F(CoderTest, PairedCodeMakesTheMirrorEvent) {
  CodingResult r = Code("The minister of Arnor visited Minas Tirith on Tuesday for talks.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].source.code, "ARNGOV");
  EXPECT_EQ(r.events[0].target.code, "GON");
  EXPECT_EQ(r.events[0].code, "042");
  EXPECT_EQ(r.events[1].source.code, "GON");
  EXPECT_EQ(r.events[1].target.code, "ARNGOV");
  EXPECT_EQ(r.events[1].code, "043");
}

TEST_F(CoderTest, SubordinateCodeGivesWayToARealEvent) {
  CodingResult r = Code("Arnor said on Monday that it condemned Gondor for the raid.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].code, "122");
}

TEST_F(CoderTest, PatternTokensSetSourceAndTarget) {
  CodingResult r = Code("Rohan was warned by Gondor police on Friday about the floods.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].source.code, "GONCOP");
  EXPECT_EQ(r.events[0].target.code, "ROH");
  EXPECT_EQ(r.events[0].code, "131");
  EXPECT_NE(r.events[0].pattern.find("t.verbs:7:"), std::string::npos);
}

TEST_F(CoderTest, ShortFragmentIsNotCoded) {
  CodingResult r = Code("Arnor condemned Gondor.");
  EXPECT_EQ(r.disposition, CodingResult::Disposition::kTooShort);
  EXPECT_TRUE(r.events.empty());
}

TEST_F(CoderTest, DiscardPhraseDiscardsTheSentence) {
  CodingResult r = Code("Arnor condemned Gondor after the soccer final on Sunday night.");
  EXPECT_EQ(r.disposition, CodingResult::Disposition::kDiscarded);
  EXPECT_TRUE(r.events.empty());
  EXPECT_NE(r.reason.find("SOCCER"), std::string::npos);
}

TEST_F(CoderTest, TraceShowsTheParse) {
  CodingOptions options;
  options.trace = true;
  CodingResult r =
      Code("The Arnor minister condemned Gondor on Monday over the border incident.", options);
  EXPECT_NE(r.trace.find("CONDEMNED\tverb"), std::string::npos) << r.trace;
  EXPECT_NE(r.trace.find("unit ARNGOV"), std::string::npos) << r.trace;
}

TEST_F(CoderTest, OneCoderServesManyThreads) {
  const std::vector<std::string> texts = {
      "The Arnor minister condemned Gondor on Monday over the border incident.",
      "The minister of Arnor visited Minas Tirith on Tuesday for talks.",
      "Rohan was warned by Gondor police on Friday about the floods.",
      "Arnor said on Monday that it condemned Gondor for the raid."};
  std::vector<Document> docs;
  for (const std::string& t : texts) {
    Document d;
    d.id = "d";
    d.text = t;
    d.single_unit = true;
    SplitAndTokenize(&d);
    docs.push_back(std::move(d));
  }
  Coder coder(dicts_);
  CodingOptions options;
  std::vector<size_t> expected;
  for (const Document& d : docs)
    expected.push_back(coder.CodeSentence(d, 0, options).events.size());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 500; ++round) {
        size_t i = static_cast<size_t>((round + t) % docs.size());
        if (coder.CodeSentence(docs[i], 0, options).events.size() != expected[i]) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// PETRARCH-1 dictionaries compile into the same patterns and run on this
// coder: a block's pattern with a synset codes the sentence.
TEST(PetrarchCoding, Petrarch1PatternCodesASentence) {
  DictionarySet d;
  ASSERT_TRUE(
      d.LoadPetrarch(PetrarchFile::kActors, "ARNOR_ [ARN]\nGONDOR_ [GON]\n", "p.actors").ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, R"(&FORCES
+TROOP
+SOLDIER

--- SEND [030] ---
SEND {SENDS SENT SENDING}
DISPATCH
- * &FORCES TO + [0874]
)",
                             "p.verbs")
                  .ok());
  d.Finalize();
  ASSERT_TRUE(d.warnings().empty());
  Document doc;
  doc.id = "d";
  doc.text = "Arnor dispatched soldiers to Gondor on Monday after the raid.";
  doc.single_unit = true;
  SplitAndTokenize(&doc);
  CodingResult r = Coder(d).CodeSentence(doc, 0, CodingOptions());
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].source.code, "ARN");
  EXPECT_EQ(r.events[0].target.code, "GON");
  EXPECT_EQ(r.events[0].code, "0874");
  EXPECT_EQ(r.events[0].pattern, "p.verbs:8: - * &FORCES TO + [0874]");
}

}  // namespace
}  // namespace dyad
