// Tokenizer and sentence splitter tests over real text in ../shared: the seed
// article, Wikinews articles and the UD English EWT treebank (token F1).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dyad/sentence_model.h"
#include "dyad/tokenizer.h"
#include "test_support.h"
#include "tokenizer/tokenizer_test_util.h"

namespace dyad {
namespace {

using ::dyad::testing::CheckInvariants;
using ::dyad::testing::ReadFileOrDie;

Document SplitFile(const std::string& path) {
  Document doc;
  doc.text = ReadFileOrDie(path);
  SplitAndTokenize(&doc);
  return doc;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Index of the first sentence starting with `prefix`, or -1.
int FindSentence(const Document& doc, std::string_view prefix) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (StartsWith(doc.View(doc.sentences[i].span), prefix)) return static_cast<int>(i);
  }
  return -1;
}

TEST(SentenceSplitter, SeedArticleSplitsPlausibly) {
  DYAD_REQUIRE_SHARED(shared);
  const Document doc = SplitFile(shared + "/samples/seed-article.txt");
  EXPECT_EQ(CheckInvariants(doc), 0);
  // 13 paragraphs on one line each, several with two or three sentences, a
  // five-fragment author bio and a four-line "More Stories" list.
  EXPECT_GE(doc.sentences.size(), 25u);
  EXPECT_LE(doc.sentences.size(), 32u);

  // "Mr." and the initial in "Dmitriy S. said" do not end sentences.
  const int mr = FindSentence(doc, "Mr. Putin, who has");
  ASSERT_GE(mr, 0);
  EXPECT_TRUE(EndsWith(doc.View(doc.sentences[mr].span), "sanctions against Russia."));
  const int peskov = FindSentence(doc, "Dmitriy S. said");
  ASSERT_GE(peskov, 0);
  EXPECT_TRUE(EndsWith(doc.View(doc.sentences[peskov].span), "both of them."));
  // Two sentences on one line are split.
  const int analysts = FindSentence(doc, "Analysts say Russia");
  ASSERT_GT(analysts, 0);
  EXPECT_TRUE(EndsWith(doc.View(doc.sentences[analysts - 1].span), "on the battlefield."));
  // The quotation opens its sentence and runs on past its closing quote.
  const int quote = FindSentence(doc, "\u201COur relationship");
  ASSERT_GE(quote, 0);
  EXPECT_TRUE(EndsWith(doc.View(doc.sentences[quote].span), "81 percent last year."));
  // The boilerplate after the body: headings without final punctuation stand
  // alone, one per line.
  const int more = FindSentence(doc, "More Stories");
  ASSERT_GE(more, 0);
  EXPECT_EQ(doc.View(doc.sentences[more].span), "More Stories");
  ASSERT_EQ(static_cast<size_t>(more) + 4, doc.sentences.size());
  EXPECT_TRUE(EndsWith(doc.View(doc.sentences[more + 1].span), "17-year-old arrested"));
  EXPECT_TRUE(StartsWith(doc.View(doc.sentences[more + 2].span), "Fiber optic"));
  EXPECT_TRUE(StartsWith(doc.View(doc.sentences[more + 3].span), "Putin warns US"));

  std::multiset<std::string> tokens;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) tokens.emplace(doc.View(t.span));
  }
  EXPECT_GE(tokens.count("\u2019s"), 6u);  // Russia’s, Putin’s, Biden’s ...
  EXPECT_EQ(tokens.count("Russia\u2019s"), 0u);
  EXPECT_GE(tokens.count("Mr."), 8u);
  // Hyphenated compounds split as in the treebanks: 17 - year - old.
  EXPECT_EQ(tokens.count("17-year-old"), 0u);
  EXPECT_EQ(tokens.count("07/29/2024"), 1u);
  EXPECT_EQ(tokens.count("decade"), 1u);
}

std::vector<std::string> WikinewsFiles(const std::string& shared) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e :
       std::filesystem::directory_iterator(shared + "/news/wikinews/text", ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(SentenceSplitter, WikinewsTokensAreWellFormed) {
  DYAD_REQUIRE_SHARED(shared);
  const std::vector<std::string> files = WikinewsFiles(shared);
  ASSERT_GE(files.size(), 40u);
  size_t sentences = 0;
  size_t lowercase_starts = 0;
  for (const std::string& path : files) {
    SCOPED_TRACE(path);
    const Document doc = SplitFile(path);
    EXPECT_EQ(CheckInvariants(doc), 0);
    sentences += doc.sentences.size();
    for (const Sentence& s : doc.sentences) {
      EXPECT_LE(s.tokens.size(), 150u) << doc.View(s.span).substr(0, 200);
      const std::string_view last = doc.View(s.tokens.back().span);
      EXPECT_TRUE(last != "Mr." && last != "Dr." && last != "Prof." && last != "St.")
          << "sentence ends in a title: " << doc.View(s.span);
      const char first = doc.text[s.span.begin];
      lowercase_starts += first >= 'a' && first <= 'z';
    }
  }
  // 43 articles, ~30k words: roughly 1,800 sentences.
  EXPECT_GE(sentences, 1500u);
  EXPECT_LE(sentences, 2100u);
  EXPECT_LE(lowercase_starts * 50, sentences) << lowercase_starts << " lowercase starts";
}

TEST(SentenceSplitter, WikinewsAbbreviationsSpotCheck) {
  DYAD_REQUIRE_SHARED(shared);
  const Document afghan = SplitFile(shared + "/news/wikinews/text/GUM_news_afghan.txt");
  // "... traveling to the U.S. The President later ..." ends a sentence;
  // "U.S. President Donald Trump" does not.
  const int president = FindSentence(afghan, "The President later");
  ASSERT_GT(president, 0);
  const Sentence& before = afghan.sentences[president - 1];
  EXPECT_EQ(afghan.View(before.tokens.back().span), "U.S.");
  EXPECT_NE(afghan.View(before.span).find("U.S. President Donald Trump"), std::string::npos);
  const int six = FindSentence(afghan, "The six");
  ASSERT_GT(six, 0);
  EXPECT_TRUE(EndsWith(afghan.View(afghan.sentences[six - 1].span), "Washington D.C."));
  // Headline and dateline are sentences of their own.
  ASSERT_GE(afghan.sentences.size(), 3u);
  EXPECT_TRUE(StartsWith(afghan.View(afghan.sentences[0].span), "After visa snags"));
  EXPECT_EQ(afghan.View(afghan.sentences[1].span), "Friday, July 21, 2017");

  const Document brotherhood =
      SplitFile(shared + "/news/wikinews/text/GUM_interview_brotherhood.txt");
  bool saint_louis = false;
  for (const Sentence& s : brotherhood.sentences) {
    for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
      saint_louis |= brotherhood.View(s.tokens[i].span) == "St." &&
                     brotherhood.View(s.tokens[i + 1].span) == "Louis";
    }
  }
  EXPECT_TRUE(saint_louis) << "St. Louis should be two tokens in one sentence";
}

// One sentence of a CoNLL-U file: its raw text and the gold token spans.
struct GoldSentence {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> tokens;
  bool aligned = true;
  bool new_paragraph = false;  // "# newpar" or "# newdoc" came before it
};

// Reads `# text =` and the word forms; a multiword token whose words spell its
// surface (do + n't) contributes its words, otherwise its surface.
std::vector<GoldSentence> ReadConllu(const std::string& path) {
  std::vector<GoldSentence> out;
  std::istringstream in(ReadFileOrDie(path));
  std::string line;
  GoldSentence cur;
  size_t cursor = 0;
  int range_end = 0;
  std::string range_surface;
  std::vector<std::string> range_words;
  auto place = [&](const std::string& form) {
    while (cursor < cur.text.size() && cur.text[cursor] == ' ') ++cursor;
    if (cur.text.compare(cursor, form.size(), form) != 0) {
      cur.aligned = false;
      return;
    }
    cur.tokens.emplace_back(cursor, cursor + form.size());
    cursor += form.size();
  };
  bool new_paragraph = false;
  while (std::getline(in, line)) {
    if (StartsWith(line, "# newpar") || StartsWith(line, "# newdoc")) {
      new_paragraph = true;
    } else if (StartsWith(line, "# text = ")) {
      cur = GoldSentence{line.substr(9), {}, true, new_paragraph};
      cursor = 0;
    } else if (line.empty()) {
      if (!cur.text.empty()) out.push_back(std::move(cur));
      cur = GoldSentence{};
      new_paragraph = false;
    } else if (line[0] != '#') {
      const size_t tab1 = line.find('\t');
      const size_t tab2 = line.find('\t', tab1 + 1);
      const std::string id = line.substr(0, tab1);
      const std::string form = line.substr(tab1 + 1, tab2 - tab1 - 1);
      if (id.find('.') != std::string::npos) continue;  // empty nodes
      const size_t dash = id.find('-');
      if (dash != std::string::npos) {
        range_end = std::atoi(id.c_str() + dash + 1);
        range_surface = form;
        range_words.clear();
      } else if (range_end > 0) {
        range_words.push_back(form);
        if (std::atoi(id.c_str()) == range_end) {
          std::string joined;
          for (const std::string& w : range_words) joined += w;
          if (joined == range_surface) {
            for (const std::string& w : range_words) place(w);
          } else {
            place(range_surface);
          }
          range_end = 0;
        }
      } else {
        place(form);
      }
    }
  }
  return out;
}

double F1(size_t correct, size_t predicted, size_t gold) {
  if (correct == 0) return 0;
  const double p = double(correct) / double(predicted);
  const double r = double(correct) / double(gold);
  return 2 * p * r / (p + r);
}

TEST(Tokenizer, EwtDevTokenF1) {
  DYAD_REQUIRE_SHARED(shared);
  const std::vector<GoldSentence> gold =
      ReadConllu(shared + "/nlp/ud-english-ewt/en_ewt-ud-dev.conllu");
  ASSERT_GE(gold.size(), 2000u);
  size_t predicted = 0, gold_count = 0, correct = 0;
  size_t skipped = 0;
  std::vector<Token> toks;
  for (const GoldSentence& g : gold) {
    if (!g.aligned) {
      ++skipped;
      continue;
    }
    toks.clear();
    Tokenize(g.text, Span{0, static_cast<uint32_t>(g.text.size())}, &toks);
    std::set<std::pair<uint32_t, uint32_t>> pred;
    for (const Token& t : toks) pred.emplace(t.span.begin, t.span.end);
    predicted += pred.size();
    gold_count += g.tokens.size();
    for (const auto& t : g.tokens) correct += pred.count(t);
  }
  const double raw = F1(correct, predicted, gold_count);
  std::printf("EWT dev: %zu sentences (%zu unaligned), token F1 %.4f\n", gold.size(), skipped,
              raw);
  EXPECT_LE(skipped, 5u);
  // Measured 0.9896; threshold 0.5 points below.
  EXPECT_GE(raw, 0.9846);
}

// The sentence splitter on EWT dev's raw text, rebuilt as `dyad evaluate`
// does: sentences joined by a space, paragraphs by a blank line. A sentence
// counts when both its ends match.
double EwtDevSentenceF1(const std::string& shared, const SentenceModel* model) {
  const std::vector<GoldSentence> gold =
      ReadConllu(shared + "/nlp/ud-english-ewt/en_ewt-ud-dev.conllu");
  EXPECT_GE(gold.size(), 2000u);
  Document doc;
  std::set<std::pair<uint32_t, uint32_t>> gold_spans;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (i > 0) doc.text += gold[i].new_paragraph ? "\n\n" : " ";
    const auto begin = static_cast<uint32_t>(doc.text.size());
    doc.text += gold[i].text;
    gold_spans.emplace(begin, static_cast<uint32_t>(doc.text.size()));
  }
  SplitAndTokenize(&doc, model);
  size_t correct = 0;
  for (const Sentence& s : doc.sentences) correct += gold_spans.count({s.span.begin, s.span.end});
  const double f1 = F1(correct, doc.sentences.size(), gold_spans.size());
  std::printf("EWT dev (%s): %zu gold, %zu system sentences, sentence F1 %.4f\n",
              model != nullptr ? "with the boundary model" : "rules alone", gold_spans.size(),
              doc.sentences.size(), f1);
  return f1;
}

TEST(SentenceSplitter, EwtDevSentenceF1) {
  DYAD_REQUIRE_SHARED(shared);
  std::unique_ptr<SentenceModel> model;
  const Status s =
      SentenceModel::Load(::dyad::testing::SourceDir() + "/models/splitter.bin", &model);
  ASSERT_TRUE(s.ok()) << s.message();
  // Measured 0.9074 with models/splitter.bin; threshold 0.3 points below.
  EXPECT_GE(EwtDevSentenceF1(shared, model.get()), 0.9044);
}

TEST(SentenceSplitter, EwtDevSentenceF1RulesAlone) {
  DYAD_REQUIRE_SHARED(shared);
  // Measured 0.8843; threshold 0.5 points below. The rules must stay good on
  // their own: they are the fallback without a model and a model feature.
  EXPECT_GE(EwtDevSentenceF1(shared, nullptr), 0.8793);
}

}  // namespace
}  // namespace dyad
