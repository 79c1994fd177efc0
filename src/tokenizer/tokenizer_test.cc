// Unit tests for the sentence splitter and tokenizer on hand-written text.
#include "dyad/tokenizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "tokenizer/tokenizer_test_util.h"

namespace dyad {
namespace {

using ::dyad::testing::CheckInvariants;
using ::dyad::testing::SentenceStrings;
using ::dyad::testing::Split;
using ::dyad::testing::TokenStrings;
using Strings = std::vector<std::string>;

TEST(SentenceSplitter, TitlesAndAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(SentenceStrings("Gen. Smith met Mr. Jones and Sen. Kerry on Jan. 5 at 3 p.m. in "
                            "Washington. Lt. Col. Ali Khan of Acme Corp. Ltd. and Dr. Li "
                            "agreed. It is No. 1 on the list, vs. No. 2 etc. last year."),
            (Strings{"Gen. Smith met Mr. Jones and Sen. Kerry on Jan. 5 at 3 p.m. in Washington.",
                     "Lt. Col. Ali Khan of Acme Corp. Ltd. and Dr. Li agreed.",
                     "It is No. 1 on the list, vs. No. 2 etc. last year."}));
  // The title keeps its period as part of the token.
  EXPECT_EQ(TokenStrings("Mr. Putin met Gen. Ali."),
            (Strings{"Mr.", "Putin", "met", "Gen.", "Ali", "."}));
  // Capitalised after "U.S." but not a sentence opener: one sentence.
  EXPECT_EQ(SentenceStrings("The U.S. President met U.N. Secretary-General Guterres."),
            (Strings{"The U.S. President met U.N. Secretary-General Guterres."}));
  // Not inside numbers.
  EXPECT_EQ(SentenceStrings("Growth was 3.5 percent. Prices rose 1.2 percent."),
            (Strings{"Growth was 3.5 percent.", "Prices rose 1.2 percent."}));
}

TEST(SentenceSplitter, InitialsStayInsideSentence) {
  EXPECT_EQ(SentenceStrings("George W. Bush met John F. Kennedy Jr. in Texas. They spoke."),
            (Strings{"George W. Bush met John F. Kennedy Jr. in Texas.", "They spoke."}));
  EXPECT_EQ(TokenStrings("George W. Bush"), (Strings{"George", "W.", "Bush"}));
  EXPECT_EQ(SentenceStrings("Dmitriy S. Peskov said so."), (Strings{"Dmitriy S. Peskov said so."}));
  // A capital at the very end is a word and a full stop.
  EXPECT_EQ(TokenStrings("They chose Plan B."), (Strings{"They", "chose", "Plan", "B", "."}));
}

TEST(SentenceSplitter, AbbreviationCanEndSentence) {
  const Document doc = Split("He moved to the U.S. The next day he left. Apple Inc. It grew.");
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.View(doc.sentences[0].span), "He moved to the U.S.");
  EXPECT_EQ(doc.View(doc.sentences[0].tokens.back().span), "U.S.");
  EXPECT_EQ(doc.View(doc.sentences[1].span), "The next day he left.");
  EXPECT_EQ(doc.View(doc.sentences[2].span), "Apple Inc.");
  EXPECT_EQ(SentenceStrings("Talks were held in Washington, D.C. But no deal came."),
            (Strings{"Talks were held in Washington, D.C.", "But no deal came."}));
  EXPECT_EQ(SentenceStrings("They sold fruit, nuts, etc. Prices rose."),
            (Strings{"They sold fruit, nuts, etc.", "Prices rose."}));
  EXPECT_EQ(SentenceStrings("He went to the U.S. \"We won,\" he said."),
            (Strings{"He went to the U.S. \"We won,\" he said."}));
  // A closing quote after the abbreviation is evidence enough.
  EXPECT_EQ(SentenceStrings("\"He lives in the U.S.\" Then he left."),
            (Strings{"\"He lives in the U.S.\"", "Then he left."}));
}

TEST(Tokenizer, PossessiveIsSplit) {
  EXPECT_EQ(TokenStrings("Iran's leaders' talks"), (Strings{"Iran", "'s", "leaders", "'", "talks"}));
  EXPECT_EQ(TokenStrings("Russia\u2019s army"), (Strings{"Russia", "\u2019s", "army"}));
  EXPECT_EQ(TokenStrings("the U.S.'s role"), (Strings{"the", "U.S.", "'s", "role"}));
  EXPECT_EQ(TokenStrings("don't we'll I'm they're can't won\u2019t"),
            (Strings{"do", "n't", "we", "'ll", "I", "'m", "they", "'re", "ca", "n't", "wo",
                     "n\u2019t"}));
  // Inner apostrophes of names are not clitics.
  EXPECT_EQ(TokenStrings("Shi'a O'Neill Qur'an"), (Strings{"Shi'a", "O'Neill", "Qur'an"}));
  EXPECT_EQ(TokenStrings("the 1990's"), (Strings{"the", "1990", "'s"}));
}

TEST(Tokenizer, CurlyQuotesAndDashesAreTokens) {
  EXPECT_EQ(TokenStrings("\u201CNo\u2014never,\u201D he said \u2013 \u2018yes\u2019 \u00ABoui\u00BB "
                         "\u201Eja\u201C -- so... well\u2026 \"ok\" (a) [b] {c}!? a-- b"),
            (Strings{"\u201C", "No", "\u2014", "never", ",", "\u201D", "he", "said", "\u2013",
                     "\u2018", "yes", "\u2019", "\u00AB", "oui", "\u00BB", "\u201E", "ja",
                     "\u201C", "--", "so", "...", "well", "\u2026", "\"", "ok", "\"", "(", "a",
                     ")", "[", "b", "]", "{", "c", "}", "!?", "a", "--", "b"}));
  const Document doc = Split("\u201CWe won.\u201D He smiled. Really?! Yes.");
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.View(doc.sentences[0].span), "\u201CWe won.\u201D");
  EXPECT_EQ(doc.View(doc.sentences[2].span), "Really?!");
  // Kinds.
  std::vector<Token> toks;
  const std::string text = "Iran , $ 5 \u2014 % \u00E9t\u00E9";
  Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &toks);
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(toks[0].kind, TokenKind::kWord);
  EXPECT_EQ(toks[1].kind, TokenKind::kPunctuation);
  EXPECT_EQ(toks[2].kind, TokenKind::kSymbol);
  EXPECT_EQ(toks[3].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[4].kind, TokenKind::kPunctuation);
  EXPECT_EQ(toks[5].kind, TokenKind::kSymbol);
  EXPECT_EQ(toks[6].kind, TokenKind::kWord);
}

TEST(Tokenizer, HyphensSplitAsInTheTreebankExceptPrefixesAndCodes) {
  // UD English EWT splits hyphenated compounds; the coder's lexer reads a
  // hyphen as a blank either way, so "al-Assad" still matches AL-ASSAD.
  EXPECT_EQ(TokenStrings("al-Assad's 22-year-old U.N.-backed pro\u2010Western"),
            (Strings{"al", "-", "Assad", "'s", "22", "-", "year", "-", "old", "U.N.", "-",
                     "backed", "pro\u2010Western"}));
  // Bound prefixes stay on their word.
  EXPECT_EQ(TokenStrings("e-mail non-Western co-operation re-read Anti-war"),
            (Strings{"e-mail", "non-Western", "co-operation", "re-read", "Anti-war"}));
  // Digit codes stay whole; ranges split.
  EXPECT_EQ(TokenStrings("713-853-3989 853-3989 77002-7361 2022-07-19 1969-1970 25-26"),
            (Strings{"713-853-3989", "853-3989", "77002-7361", "2022-07-19", "1969", "-",
                     "1970", "25", "-", "26"}));
  // A hyphen that joins nothing is punctuation.
  EXPECT_EQ(TokenStrings("pro- and anti-war - fine"),
            (Strings{"pro", "-", "and", "anti-war", "-", "fine"}));
}

TEST(Tokenizer, FileNamesInCapitalsStayWhole) {
  EXPECT_EQ(TokenStrings("See ENRON.XLS and memo.doc."),
            (Strings{"See", "ENRON.XLS", "and", "memo.doc", "."}));
}

TEST(Tokenizer, NumbersWithSeparators) {
  EXPECT_EQ(TokenStrings("1,500 3.5 $4.2 10% 1990s 2022-07-19 10:30 07/29/2024 1,5"),
            (Strings{"1,500", "3.5", "$", "4.2", "10", "%", "1990s", "2022-07-19", "10:30",
                     "07/29/2024", "1", ",", "5"}));
  EXPECT_EQ(TokenStrings("Over 1,000,000 fled; 5,000."),
            (Strings{"Over", "1,000,000", "fled", ";", "5,000", "."}));
  EXPECT_EQ(TokenStrings("mail press@un.org or see https://news.un.org/en/story (now)."),
            (Strings{"mail", "press@un.org", "or", "see", "https://news.un.org/en/story", "(",
                     "now", ")", "."}));
  EXPECT_EQ(TokenStrings("(see www.example.com/a_(b).)"),
            (Strings{"(", "see", "www.example.com/a_(b)", ".", ")"}));
  EXPECT_EQ(TokenStrings("reuters.com reported"), (Strings{"reuters.com", "reported"}));
}

TEST(SentenceSplitter, HeadlineWithoutPeriodIsOwnSentence) {
  EXPECT_EQ(SentenceStrings("Putin visits Tehran\n\nBy Jane Doe\n\nPutin arrived on Tuesday. "
                            "He met Raisi.\n\n- Item one\n- Item two\n"),
            (Strings{"Putin visits Tehran", "By Jane Doe", "Putin arrived on Tuesday.",
                     "He met Raisi.", "- Item one", "- Item two"}));
  // Hard-wrapped wire copy: a single newline inside a paragraph is a space,
  // but a short line (the headline) still stands alone.
  const std::string wire =
      "Iran hosts summit\n"
      "TEHRAN (Reuters) - Russian President Vladimir Putin arrived in Tehran\n"
      "on Tuesday for talks with the leaders of Iran and Turkey, the Kremlin\n"
      "said, in his second trip abroad since the invasion of Ukraine began.\n";
  const Document doc = Split(wire);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.View(doc.sentences[0].span), "Iran hosts summit");
  // The dateline stands alone (as in the treebanks), so its city is not
  // taken for an actor of the first sentence.
  EXPECT_EQ(doc.View(doc.sentences[1].span), "TEHRAN (Reuters) -");
  EXPECT_EQ(doc.sentences[2].tokens.size(), 35u);
}

TEST(Tokenizer, SpansPointAtOriginalBytes) {
  const std::string text =
      "  \u201CIt\u2019s\u00A0done,\u201D said Gen. O'Neill\u2014Iran's 1,500 troops. "
      "\u00C9lys\u00E9e \u0420\u043E\u0441\u0441\u0438\u044F \u0625\u064A\u0631\u0627\u0646 "
      "\U0001F44D\U0001F3FD ok\n\n";
  const Document doc = Split(text);
  EXPECT_EQ(CheckInvariants(doc), 0);
  Strings got;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) got.emplace_back(doc.View(t.span));
  }
  EXPECT_EQ(got, (Strings{"\u201C", "It", "\u2019s", "done", ",", "\u201D", "said", "Gen.",
                          "O'Neill", "\u2014", "Iran", "'s", "1,500", "troops", ".",
                          "\u00C9lys\u00E9e", "\u0420\u043E\u0441\u0441\u0438\u044F",
                          "\u0625\u064A\u0631\u0627\u0646", "\U0001F44D\U0001F3FD", "ok"}));
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].span.begin, 2u);  // trimmed of the leading spaces
}

TEST(SentenceSplitter, SingleUnitMakesOneSentence) {
  const Document doc = Split("  Headline\n\nFirst sentence. Second one!  ", /*single_unit=*/true);
  ASSERT_EQ(doc.sentences.size(), 1u);
  EXPECT_EQ(doc.View(doc.sentences[0].span), "Headline\n\nFirst sentence. Second one!");
  EXPECT_EQ(doc.sentences[0].tokens.size(), 7u);
  EXPECT_TRUE(Split("   \n ", true).sentences.empty());
  EXPECT_TRUE(Split("").sentences.empty());
}

TEST(SentenceSplitter, SplitsOnPunctuationFollowedByCapital) {
  EXPECT_EQ(SentenceStrings("Is it over? No. \"Never,\" he said. (It was.) Then 2022 came. "
                            "Sales fell... and fell. iPhones sold."),
            (Strings{"Is it over?", "No.", "\"Never,\" he said.", "(It was.)", "Then 2022 came.",
                     "Sales fell... and fell. iPhones sold."}));
}

TEST(SentenceSplitter, InformalTextEndsSentencesWithoutCapitals) {
  // A bare terminal then a lowercase word ends a sentence in informal text...
  EXPECT_EQ(SentenceStrings("call me on my cell. i am out. why? dunno! ok"),
            (Strings{"call me on my cell.", "i am out.", "why?", "dunno!", "ok"}));
  // ...but not after an ellipsis, a closing quote, a brand name, or before
  // a word with an inner capital.
  EXPECT_EQ(SentenceStrings("It fell... and fell. \"Why?\" he asked. Yahoo! and AOL. "
                            "Sales fell. iPhones sold."),
            (Strings{"It fell... and fell.", "\"Why?\" he asked.", "Yahoo! and AOL.",
                     "Sales fell. iPhones sold."}));
}

TEST(SentenceSplitter, SmileysUrlsAndClosingsEndSentences) {
  EXPECT_EQ(SentenceStrings("Thanks for the help :-) Posted by darin"),
            (Strings{"Thanks for the help :-)", "Posted by darin"}));
  EXPECT_EQ(SentenceStrings("See http://www.bbc.co.uk/news The report is out."),
            (Strings{"See http://www.bbc.co.uk/news", "The report is out."}));
  EXPECT_EQ(SentenceStrings("Best regards, Debra Perlingiere"),
            (Strings{"Best regards,", "Debra Perlingiere"}));
  EXPECT_EQ(SentenceStrings("Regards were sent, Smith said."),
            (Strings{"Regards were sent, Smith said."}));
}

TEST(SentenceSplitter, ShortLetterClosingsEndSentencesUnlessTheNameEndsThem) {
  EXPECT_EQ(SentenceStrings("Please advise. Thanks, Anne Clayton, call me."),
            (Strings{"Please advise.", "Thanks,", "Anne Clayton, call me."}));
  EXPECT_EQ(SentenceStrings("Thank you, Lorie Leigh"), (Strings{"Thank you,", "Lorie Leigh"}));
  EXPECT_EQ(SentenceStrings("Best, Jeff"), (Strings{"Best,", "Jeff"}));
  // "Thanks, Kim." and "Thanks, I know" are one sentence each.
  EXPECT_EQ(SentenceStrings("Thanks, Kim."), (Strings{"Thanks, Kim."}));
  EXPECT_EQ(SentenceStrings("Thanks, I know you are busy."),
            (Strings{"Thanks, I know you are busy."}));
}

TEST(SentenceSplitter, MailTimeStampsStandAlone) {
  EXPECT_EQ(SentenceStrings("Kay Mann 03/15/2001 04:11 PM I have a change in plans."),
            (Strings{"Kay Mann", "03/15/2001 04:11 PM", "I have a change in plans."}));
  EXPECT_EQ(SentenceStrings("Mike Jordan 26/09/2000 14:14 Fernley called."),
            (Strings{"Mike Jordan", "26/09/2000 14:14", "Fernley called."}));
  // After "on" the stamp belongs to its sentence; a time zone stays with it.
  EXPECT_EQ(SentenceStrings("Sent by a@b.com on 01/25/2002 03:13:58 PM Funny."),
            (Strings{"Sent by a@b.com on 01/25/2002 03:13:58 PM", "Funny."}));
  EXPECT_EQ(SentenceStrings("Posted 3/9/2005 11:16 PM EST by Nook"),
            (Strings{"Posted 3/9/2005 11:16 PM EST by Nook"}));
}

TEST(SentenceSplitter, DatelinesAndSalutationsBeforeADashStandAlone) {
  EXPECT_EQ(SentenceStrings("NEW DELHI - While India is ready, it waits."),
            (Strings{"NEW DELHI -", "While India is ready, it waits."}));
  EXPECT_EQ(SentenceStrings("Boulder, CO, Feb. 23 (UPI) -- Scientists can argue."),
            (Strings{"Boulder, CO, Feb. 23 (UPI) --", "Scientists can argue."}));
  EXPECT_EQ(SentenceStrings("Kay - Can you review this?"),
            (Strings{"Kay -", "Can you review this?"}));
  // Not an aside inside a sentence, nor a schedule line or a lowercase clause.
  EXPECT_EQ(SentenceStrings("Hamas - which rules Gaza - said no."),
            (Strings{"Hamas - which rules Gaza - said no."}));
  EXPECT_EQ(SentenceStrings("Sat. Sept. 30 - Paris Sun. Oct. 1 - London"),
            (Strings{"Sat. Sept. 30 - Paris Sun. Oct. 1 - London"}));
  EXPECT_EQ(SentenceStrings("Iran and Russia - The talks went on."),
            (Strings{"Iran and Russia - The talks went on."}));
}

TEST(SentenceSplitter, EmailAddressBeforeACapitalEndsSentence) {
  EXPECT_EQ(SentenceStrings("Email: laurie.ellis@enron.com Sorry about the flooding."),
            (Strings{"Email: laurie.ellis@enron.com", "Sorry about the flooding."}));
  EXPECT_EQ(SentenceStrings("Write to press@un.org for details."),
            (Strings{"Write to press@un.org for details."}));
}

TEST(SentenceSplitter, DayNamesExtensionsAndPostscriptsKeepTheirPeriod) {
  EXPECT_EQ(SentenceStrings("We fly to Paris Wed. Sept. 27 and call ext. 39938 then. "
                            "P.S. I am moving back."),
            (Strings{"We fly to Paris Wed. Sept. 27 and call ext. 39938 then.",
                     "P.S. I am moving back."}));
}

TEST(Tokenizer, DottedLowercaseNamesStayWhole) {
  EXPECT_EQ(TokenStrings("Groups: alt.animals.cat, mail.enron.com"),
            (Strings{"Groups", ":", "alt.animals.cat", ",", "mail.enron.com"}));
  EXPECT_EQ(TokenStrings("It ended.The next"), (Strings{"It", "ended", ".", "The", "next"}));
}

// Seconds to split `text`.
double TimeSplit(const std::string& text) {
  const auto t0 = std::chrono::steady_clock::now();
  Document doc;
  doc.text = text;
  SplitAndTokenize(&doc);
  EXPECT_EQ(CheckInvariants(doc), 0);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

TEST(TokenizerRobustness, PathologicalInputsAreLinear) {
  // A quadratic scan of 1 MB takes minutes; linear ones take milliseconds.
  const double prose = TimeSplit(Repeat("Gen. Ali met the U.S. envoy on Jan. 5, 2022. ", 10 << 20));
  EXPECT_LT(prose, 10.0) << "10 MB single line";
  for (std::string_view unit : {".", "a", "a.", "A. ", "-", "'", "a@", "a@b.", "1,", "www.",
                                "\xFF", "\xE2\x80", "U.S.-", "n't ", "e\xCC\x81"}) {
    const double small = TimeSplit(Repeat(unit, 1 << 18));
    const double big = TimeSplit(Repeat(unit, 1 << 20));
    EXPECT_LT(big, 3.0) << "1 MB of '" << unit << "'";
    // 4x the input may cost ~4x the time; quadratic would be 16x.
    EXPECT_LT(big, 10 * small + 0.05) << "'" << unit << "' scales super-linearly";
  }
  Document dots;
  dots.text = std::string(1 << 20, '.');
  SplitAndTokenize(&dots);
  ASSERT_EQ(dots.sentences.size(), 1u);
  EXPECT_EQ(dots.sentences[0].tokens.size(), 1u);
}

TEST(TokenizerRobustness, TokenizerSurvivesRandomBytes) {
  // Deterministic: a fixed seed, biased towards bytes that steer the scanner.
  std::mt19937 rng(20240719);
  const std::string alphabet =
      "aZ09 .'-,@:/!?\"()\n\t$%&_\xE2\x80\x99\xE2\x80\x94\xC3\xA9\xCC\x81\xF0\x9F\x91\x8D\xFF\xC0";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string text;
    const size_t len = rng() % 200;
    for (size_t i = 0; i < len; ++i) {
      text += (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    const Document doc = Split(text, iter % 7 == 0);
    ASSERT_EQ(CheckInvariants(doc), 0) << "iteration " << iter;
    // Tokenize() alone over an arbitrary sub-span stays inside it.
    if (!text.empty()) {
      const uint32_t b = rng() % text.size();
      const uint32_t e = b + rng() % (text.size() - b + 1);
      std::vector<Token> toks;
      Tokenize(text, Span{b, e}, &toks);
      for (const Token& t : toks) {
        ASSERT_TRUE(t.span.begin >= b && t.span.end <= e && !t.span.empty()) << iter;
      }
    }
  }
  // Spans past the text are clamped, not trusted.
  std::vector<Token> toks;
  Tokenize("abc", Span{1, 1000}, &toks);
  ASSERT_EQ(toks.size(), 1u);
  EXPECT_EQ(toks[0].span, (Span{1, 3}));
}

}  // namespace
}  // namespace dyad
