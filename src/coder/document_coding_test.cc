// Coding whole documents over a given parse or dyad's own: when the given
// parse is used, what happens when it cannot be, and that CodeDocument
// hands back complete events sentence by sentence.
#include "dyad/document_coding.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

constexpr std::string_view kActors = "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n";
constexpr std::string_view kVerbs = "PRAISE [051]\nCONDEMN [122]\n";

// "Arnor praised Gondor ." as CoreNLP parses it.
constexpr std::string_view kArnorPraisedGondor =
    "(ROOT (S (NP (NNP Arnor)) (VP (VBD praised) (NP (NNP Gondor))) (. .)))";

Document Doc(const std::string& text, std::string_view parse = "") {
  Document doc;
  doc.id = "d1";
  doc.date = "2008-08-06";
  doc.text = text;
  if (!parse.empty()) {
    doc.given_parse.format = ParseFormat::kTreebank;
    doc.given_parse.text = std::string(parse);
    doc.given_parse.file = "t.xml";
    doc.given_parse.line = 7;
  }
  return doc;
}

class DocumentCoding : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dicts_.LoadActors(kActors, "t.actors").ok());
    ASSERT_TRUE(dicts_.LoadVerbs(kVerbs, "t.verbs").ok());
    dicts_.Finalize();
    options_.minimum_words = 0;
    options_.attribution = CodingOptions::Attribution::kSyntax;
  }

  // The events of `doc` as "SOURCE/TARGET/CODE@sentence".
  std::vector<std::string> Code(const Document& doc, const PreparedParses& parses) {
    std::vector<std::string> out;
    CodeDocument(Coder(dicts_), doc, parses, options_, [&](size_t i, CodingResult& r) {
      for (const Event& e : r.events) {
        EXPECT_EQ(e.doc_id, "d1");
        EXPECT_EQ(e.sentence_index, i);
        EXPECT_EQ(e.sentence_text, doc.View(doc.sentences[i].span));
        EXPECT_EQ(e.date, "2008-08-06");
        out.push_back(e.source.code + "/" + e.target.code + "/" + e.code + "@" + std::to_string(i));
      }
    });
    return out;
  }

  DictionarySet dicts_;
  CodingOptions options_;
};

TEST_F(DocumentCoding, GivenParseIsAlignedAndCodesTheDocumentAsOneSentence) {
  Document doc = Doc("Arnor praised Gondor.", kArnorPraisedGondor);
  const PreparedParses p = PrepareDocument(&doc, ParseSource::kGiven);
  EXPECT_TRUE(p.given);
  EXPECT_TRUE(p.problem.empty()) << p.problem;
  ASSERT_EQ(doc.sentences.size(), 1u);
  ASSERT_NE(p.For(0), nullptr);
  EXPECT_EQ(p.For(0)->words.size(), doc.sentences[0].tokens.size());
  EXPECT_EQ(p.alignment.words_found, 4u);
  EXPECT_EQ(Code(doc, p), std::vector<std::string>{"ARN/GON/051@0"});
  EXPECT_TRUE(Coder(dicts_).CodeSentence(doc, 0, options_, nullptr, p.For(0)).parsed);
}

TEST_F(DocumentCoding, OwnIgnoresTheGivenParseAndSplitsTheText) {
  Document doc = Doc("Arnor praised Gondor. Rohan condemned Gondor.", kArnorPraisedGondor);
  const PreparedParses p = PrepareDocument(&doc, ParseSource::kOwn);
  EXPECT_FALSE(p.given);
  EXPECT_EQ(p.For(0), nullptr);
  EXPECT_EQ(doc.sentences.size(), 2u);
  // No parser model: TABARI's rules decide, sentence by sentence.
  EXPECT_EQ(Code(doc, p), (std::vector<std::string>{"ARN/GON/051@0", "ROH/GON/122@1"}));
}

TEST_F(DocumentCoding, DocumentWithoutParseIsSplitAsUsual) {
  Document doc = Doc("Arnor praised Gondor. Rohan condemned Gondor.");
  const PreparedParses p = PrepareDocument(&doc, ParseSource::kGiven);
  EXPECT_FALSE(p.given);
  EXPECT_TRUE(p.problem.empty());
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST_F(DocumentCoding, UnreadableParseIsReportedAndNotUsed) {
  Document doc = Doc("Arnor praised Gondor. Rohan condemned Gondor.", "(ROOT (S (NP (NNP Arnor)");
  const PreparedParses p = PrepareDocument(&doc, ParseSource::kGiven);
  EXPECT_FALSE(p.given);
  EXPECT_NE(p.problem.find("t.xml:7"), std::string::npos) << p.problem;
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST_F(DocumentCoding, ParseOfOtherWordsIsCodedAsItsOwnWords) {
  // PETRARCH codes the parse, not the <Text>: GigaWord's test records edit
  // the parse ("a Nigerian student" where the text has "a man").
  Document doc = Doc("Arnor praised a man.", kArnorPraisedGondor);
  const PreparedParses p = PrepareDocument(&doc, ParseSource::kGiven);
  EXPECT_TRUE(p.given);
  EXPECT_EQ(doc.text, "Arnor praised Gondor .");
  EXPECT_EQ(Code(doc, p), std::vector<std::string>{"ARN/GON/051@0"});
}

}  // namespace
}  // namespace dyad
