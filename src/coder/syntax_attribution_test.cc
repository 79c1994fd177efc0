// Source and target from a dependency parse: each scenario gives the coder a
// hand-written UD parse of the sentence (as a parse read from a file would
// be given), so the tests do not depend on the statistical models; the last
// ones run the bundled models on sentences any reasonable parser gets right.
#include "coder/syntax_attribution.h"

#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "coder/transformations.h"
#include "dyad/coder.h"
#include "dyad/petrarch_options.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

constexpr std::string_view kActors = R"(ARNOR [ARN]
ELESSAR [ROH]
GONDOR [GON]
ROHAN [ROH]
MORDOR [MOR]
)";
constexpr std::string_view kAgents = R"(MINISTER_ [~GOV]
TROOPS [~MIL]
)";
constexpr std::string_view kVerbs = R"(ATTACK [190]
VISIT_ [042]
CONDEMN [122]
RECOGNIZE [030]
- NOT * + [125]
THREATEN [130]
- * + OVER $ [131]
MASS [150]
ANNOUNCE [023]
SHOULD [101]
ACT [100]
- INDICATED SHOULD * [1011]
)";

// "word head deprel [xpos [upos]]" per line, heads 1-based, 0 the root.
SyntaxSentence ParseOf(std::string_view rows) {
  SyntaxSentence s;
  std::istringstream in{std::string(rows)};
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string word, deprel, xpos, upos;
    int head = -1;
    if (!(fields >> word >> head >> deprel)) continue;
    fields >> xpos >> upos;
    s.words.push_back(word);
    TokenSyntax t;
    t.head = head;
    t.deprel = deprel;
    t.xpos = xpos;
    t.upos = upos;
    s.syntax.push_back(t);
    s.space_after.push_back(true);
  }
  return s;
}

class SyntaxAttributionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dicts_.LoadActors(kActors, "t.actors").ok());
    ASSERT_TRUE(dicts_.LoadAgents(kAgents, "t.agents").ok());
    ASSERT_TRUE(dicts_.LoadVerbs(kVerbs, "t.verbs").ok());
    dicts_.Finalize();
    options_.minimum_words = 4;
    options_.attribution = CodingOptions::Attribution::kSyntax;
    options_.trace = true;
  }

  // Codes `text` with `parse` (empty: no parse), under syntax attribution.
  CodingResult Code(const std::string& text, std::string_view parse,
                    CodingOptions::Attribution attribution = CodingOptions::Attribution::kSyntax) {
    CodingOptions options = options_;
    options.attribution = attribution;
    return CodeWith(dicts_, options, text, parse);
  }

  // The same with other dictionaries and options.
  CodingResult CodeWith(const DictionarySet& d, const CodingOptions& options,
                        const std::string& text, std::string_view parse) {
    doc_ = Document();
    doc_.id = "d";
    doc_.text = text;
    doc_.single_unit = true;
    SplitAndTokenize(&doc_);
    parse_ = ParseOf(parse);
    return Coder(d).CodeSentence(doc_, 0, options, nullptr, parse.empty() ? nullptr : &parse_);
  }

  static std::string Events(const CodingResult& r) {
    std::string out;
    for (const Event& e : r.events) out += e.source.code + "/" + e.target.code + "/" + e.code + " ";
    return out;
  }

  DictionarySet dicts_;
  CodingOptions options_;
  Document doc_;
  SyntaxSentence parse_;
};

constexpr std::string_view kLatePassive = R"(
Gondor 3 nsubj:pass
was 3 aux:pass
attacked 0 root VBN
on 5 case
Monday 3 obl
by 7 case
Mordor 3 obl:agent
. 3 punct
)";

TEST_F(SyntaxAttributionTest, PassiveByPhraseMakesAgentTheSource) {
  const std::string text = "Gondor was attacked on Monday by Mordor.";
  // TABARI looks for BY right after the verb only, and reads it as active.
  EXPECT_EQ(Events(Code(text, kLatePassive, CodingOptions::Attribution::kTabari)), "GON/MOR/190 ");
  CodingResult r = Code(text, kLatePassive);
  EXPECT_TRUE(r.parsed);
  EXPECT_EQ(Events(r), "MOR/GON/190 ") << r.trace;
  EXPECT_NE(r.trace.find("passive"), std::string::npos) << r.trace;
}

TEST_F(SyntaxAttributionTest, SpansPointAtTheWordsTheParseChose) {
  CodingResult r = Code("Gondor was attacked on Monday by Mordor.", kLatePassive);
  ASSERT_EQ(r.events.size(), 1u);
  const Event& e = r.events[0];
  EXPECT_EQ(e.source.text, "Mordor");
  EXPECT_EQ(e.sentence_text.substr(e.source.span.begin, e.source.span.size()), "Mordor");
  EXPECT_EQ(e.target.text, "Gondor");
  EXPECT_EQ(e.verb_text, "attacked");
  EXPECT_EQ(e.pattern, "t.verbs:1: ATTACK [190]");
}

TEST_F(SyntaxAttributionTest, RelativePronounStandsForTheNounTheClauseModifies) {
  const std::string text = "Rohan welcomed the envoy of Mordor who visited Gondor on Monday.";
  constexpr std::string_view parse = R"(
Rohan 2 nsubj
welcomed 0 root
the 4 det
envoy 2 obj
of 6 case
Mordor 4 nmod
who 8 nsubj WP
visited 4 acl:relcl
Gondor 8 obj
on 11 case
Monday 8 obl
. 2 punct
)";
  EXPECT_EQ(Events(Code(text, parse, CodingOptions::Attribution::kTabari)), "ROH/GON/042 ");
  CodingResult r = Code(text, parse);
  EXPECT_EQ(Events(r), "MOR/GON/042 ") << r.trace;
}

TEST_F(SyntaxAttributionTest, ObjectControlMakesTheObjectTheSubject) {
  const std::string text = "Gondor urged Rohan on Monday to attack Mordor.";
  constexpr std::string_view parse = R"(
Gondor 2 nsubj
urged 0 root
Rohan 2 obj
on 5 case
Monday 2 obl
to 7 mark
attack 2 xcomp
Mordor 7 obj
. 2 punct
)";
  EXPECT_EQ(Events(Code(text, parse, CodingOptions::Attribution::kTabari)), "GON/MOR/190 ");
  EXPECT_EQ(Events(Code(text, parse)), "ROH/MOR/190 ");
}

TEST_F(SyntaxAttributionTest, ConjoinedVerbSharesTheSubject) {
  const std::string text = "Mordor moved tanks to the border and attacked Gondor.";
  constexpr std::string_view parse = R"(
Mordor 2 nsubj
moved 0 root
tanks 2 obj
to 6 case
the 6 det
border 2 obl
and 8 cc
attacked 2 conj
Gondor 8 obj
. 2 punct
)";
  // TABARI's clause after AND has no actor before the verb.
  EXPECT_TRUE(Code(text, parse, CodingOptions::Attribution::kTabari).events.empty());
  EXPECT_EQ(Events(Code(text, parse)), "MOR/GON/190 ");
}

TEST_F(SyntaxAttributionTest, CoordinatedSubjectsGiveOneEventPerMember) {
  const std::string text = "Arnor and Rohan condemned the attack by Mordor on Gondor.";
  constexpr std::string_view parse = R"(
Arnor 4 nsubj
and 3 cc
Rohan 1 conj
condemned 0 root
the 6 det
attack 4 obj
by 8 case
Mordor 6 nmod
on 10 case
Gondor 6 nmod
. 4 punct
)";
  EXPECT_EQ(Events(Code(text, parse)), "ARN/MOR/122 ROH/MOR/122 ");
}

TEST_F(SyntaxAttributionTest, AppositiveNamesAnUncodedHead) {
  const std::string text = "Thorongil, the Arnor minister, visited Gondor on Monday.";
  constexpr std::string_view parse = R"(
Thorongil 7 nsubj
, 5 punct
the 5 det
Arnor 5 compound
minister 1 appos
, 5 punct
visited 0 root
Gondor 7 obj
on 10 case
Monday 7 obl
. 7 punct
)";
  // TABARI drops the appositive as a comma clause and finds no source.
  EXPECT_TRUE(Code(text, parse, CodingOptions::Attribution::kTabari).events.empty());
  CodingResult r = Code(text, parse);
  ASSERT_EQ(Events(r), "ARNGOV/GON/042 ") << r.trace;
  EXPECT_EQ(r.events[0].source.text, "Arnor minister");
}

TEST_F(SyntaxAttributionTest, NegatedVerbCodesNoEvent) {
  const std::string text = "Arnor did not condemn Gondor on Monday.";
  constexpr std::string_view parse = R"(
Arnor 4 nsubj
did 4 aux
not 4 advmod
condemn 0 root
Gondor 4 obj
on 7 case
Monday 4 obl
. 4 punct
)";
  EXPECT_EQ(Events(Code(text, parse, CodingOptions::Attribution::kTabari)), "ARN/GON/122 ");
  CodingResult r = Code(text, parse);
  EXPECT_TRUE(r.events.empty());
  EXPECT_NE(r.trace.find("negated by 'not'"), std::string::npos) << r.trace;
}

TEST_F(SyntaxAttributionTest, PatternThatSpellsTheNegationStillCodes) {
  const std::string text = "Arnor did not recognize Gondor on Monday.";
  constexpr std::string_view parse = R"(
Arnor 4 nsubj
did 4 aux
not 4 advmod
recognize 0 root
Gondor 4 obj
on 7 case
Monday 4 obl
. 4 punct
)";
  EXPECT_EQ(Events(Code(text, parse)), "ARN/GON/125 ");
}

TEST_F(SyntaxAttributionTest, PatternTokensWinOverTheParse) {
  const std::string text = "Arnor threatened Gondor over Rohan on Monday.";
  constexpr std::string_view parse = R"(
Arnor 2 nsubj
threatened 0 root
Gondor 2 obj
over 5 case
Rohan 2 obl
on 7 case
Monday 2 obl
. 2 punct
)";
  EXPECT_EQ(Events(Code(text, parse)), "ROH/GON/131 ");
}

TEST_F(SyntaxAttributionTest, SideWithoutAnActorInTheParseFallsBackToTabari) {
  // The parse names the source only; the target is TABARI's first actor
  // after the verb (here the speaker, which is TABARI's choice too).
  const std::string text = "Arnor condemned the decision on Monday, Gondor reported.";
  constexpr std::string_view parse = R"(
Arnor 2 nsubj
condemned 0 root
the 4 det
decision 2 obj
on 6 case
Monday 2 obl
, 9 punct
Gondor 9 nsubj
reported 2 parataxis
. 2 punct
)";
  CodingResult r = Code(text, parse);
  EXPECT_EQ(Events(r), "ARN/GON/122 ") << r.trace;
  EXPECT_EQ(Events(Code(text, parse, CodingOptions::Attribution::kTabari)), "ARN/GON/122 ");
}

TEST_F(SyntaxAttributionTest, ParseOfOtherTokensIsIgnored) {
  CodingResult r = Code("Gondor was attacked on Monday by Mordor.", "Gondor 0 root\n");
  EXPECT_FALSE(r.parsed);
  EXPECT_EQ(Events(r), "GON/MOR/190 ");
  EXPECT_NE(r.trace.find("syntax: not used"), std::string::npos) << r.trace;
}

TEST_F(SyntaxAttributionTest, WithoutParseOrModelTabariRulesApply) {
  CodingResult r = Code("Gondor was attacked on Monday by Mordor.", "");
  EXPECT_FALSE(r.parsed);
  EXPECT_EQ(Events(r), "GON/MOR/190 ");
}

TEST_F(SyntaxAttributionTest, CyclicParseDoesNotHang) {
  constexpr std::string_view parse = R"(
Gondor 3 nsubj:pass
was 3 aux:pass
attacked 8 conj
on 5 case
Monday 3 obl
by 7 case
Mordor 5 nmod
. 3 punct
)";
  CodingResult r = Code("Gondor was attacked on Monday by Mordor.", parse);
  EXPECT_TRUE(r.parsed);  // a malformed tree still binds; the searches are bounded
}

// The bundled models, on sentences whose parse is unambiguous.
class SyntaxModelAttributionTest : public SyntaxAttributionTest {
 protected:
  static void SetUpTestSuite() {
    load_status_ = SyntaxModel::Load(SyntaxModel::DefaultDir(), &model_);
  }
  static void TearDownTestSuite() { model_.reset(); }

  void SetUp() override {
    SyntaxAttributionTest::SetUp();
    ASSERT_TRUE(load_status_.ok()) << load_status_.ToString();
    ASSERT_TRUE(model_->has_parser());
  }

  CodingResult CodeWithModel(const std::string& text) {
    doc_ = Document();
    doc_.id = "d";
    doc_.text = text;
    doc_.single_unit = true;
    SplitAndTokenize(&doc_);
    return Coder(dicts_, model_.get()).CodeSentence(doc_, 0, options_);
  }

  static inline Status load_status_;
  static inline std::unique_ptr<SyntaxModel> model_;  // loaded once: ~0.1 s
};

TEST_F(SyntaxModelAttributionTest, ModelParsesALatePassive) {
  CodingResult r = CodeWithModel("Gondor was attacked on Monday by Mordor.");
  EXPECT_TRUE(r.parsed);
  EXPECT_EQ(Events(r), "MOR/GON/190 ") << r.trace;
}

TEST_F(SyntaxModelAttributionTest, ModelParsesNegation) {
  CodingResult r = CodeWithModel("Arnor did not condemn Gondor on Monday.");
  EXPECT_TRUE(r.parsed);
  EXPECT_TRUE(r.events.empty()) << r.trace;
}

TEST_F(SyntaxModelAttributionTest, SentenceWithoutActorsIsNotParsed) {
  CodingResult r = CodeWithModel("The weather was attacked by critics on Monday.");
  EXPECT_FALSE(r.parsed);
}

// PETRARCH-1 (CodingOptions::passive_needs_agent): no BY, no passive.
TEST_F(SyntaxAttributionTest, PassiveWithoutAgentIsActiveForPetrarch1) {
  constexpr std::string_view parse = R"(
Gondor 3 nsubj:pass
was 3 aux:pass
condemned 0 root VBN
over 6 case
its 6 nmod:poss
dispute 3 obl
with 8 case
Rohan 6 nmod
. 3 punct
)";
  const std::string text = "Gondor was condemned over its dispute with Rohan.";
  options_.passive_needs_agent = true;
  EXPECT_EQ(Events(Code(text, parse)), "GON/ROH/122 ");
}

// A subject borrowed through advcl is not taken from a dropped comma clause.
TEST_F(SyntaxAttributionTest, BorrowedSubjectIsNotInADroppedCommaClause) {
  constexpr std::string_view parse = R"(
Arnor 3 nsubj
is 3 cop
ready 11 ccomp
to 5 mark
attack 11 advcl
Gondor 5 obj
, 11 punct
the 10 det
Rohan 10 compound
minister 11 nsubj
said 0 root
. 11 punct
)";
  EXPECT_EQ(Events(Code("Arnor is ready to attack Gondor, the Rohan minister said.", parse)),
            "ARN/GON/190 ");
}

// PETRARCH-1 (code_parsed_clauses): a later verb with its own subject is
// coded from the parse alone; one-sided only with require_dyad off.
TEST_F(SyntaxAttributionTest, LaterVerbWithItsOwnSubjectIsCodedFromTheParse) {
  constexpr std::string_view parse = R"(
Arnor 2 nsubj
attacked 8 ccomp
Gondor 2 obj
, 8 punct
the 7 det
Rohan 7 compound
minister 8 nsubj
announced 0 root
. 8 punct
)";
  const std::string text = "Arnor attacked Gondor, the Rohan minister announced.";
  options_.comma.enabled = false;
  options_.code_parsed_clauses = true;
  EXPECT_EQ(Events(Code(text, parse)), "ARN/GON/190 ");
  options_.require_dyad = false;
  // "announced" has no object: nothing stands where a target would.
  EXPECT_EQ(Events(Code(text, parse)), "ARN/GON/190 ");
  constexpr std::string_view with_object = R"(
Arnor 2 nsubj
attacked 8 ccomp
Gondor 2 obj
, 8 punct
the 7 det
Rohan 7 compound
minister 8 nsubj
announced 0 root
on 10 case
Monday 8 obl
. 8 punct
)";
  EXPECT_EQ(
      Events(Code("Arnor attacked Gondor, the Rohan minister announced on Monday.", with_object)),
      "ARN/GON/190 ROHGOV/---/023 ");
}

// PETRARCH-1 codes a verb phrase once: a clause inside the phrase of a
// coded verb is part of its object.
TEST_F(SyntaxAttributionTest, VerbInsideACodedVerbsPhraseIsNotCodedAgain) {
  constexpr std::string_view parse = R"(
Arnor 2 nsubj
condemned 0 root
Gondor 2 obj
after 6 mark
Rohan 6 nsubj
attacked 2 advcl
Mordor 6 obj
. 2 punct
)";
  const std::string text = "Arnor condemned Gondor after Rohan attacked Mordor.";
  options_.code_by = CodingOptions::CodeBy::kClause;
  options_.code_parsed_clauses = true;
  EXPECT_EQ(Events(Code(text, parse)), "ARN/GON/122 ");
}

// PETRARCH's new_actor_length: a short phrase with no known actor in a
// role is an actor named by its words.
TEST_F(SyntaxAttributionTest, ShortUnknownPhraseInARoleIsANewActor) {
  constexpr std::string_view parse = R"(
The 2 det
Ministry 5 nsubj
of 4 case
Magic 2 nmod
attacked 0 root
Gondor 5 obj
. 5 punct
)";
  const std::string text = "The Ministry of Magic attacked Gondor.";
  EXPECT_EQ(Events(Code(text, parse)), "");
  options_.new_actor_length = 4;
  EXPECT_EQ(Events(Code(text, parse)), "\"THE MINISTRY OF MAGIC\"/GON/190 ");
  options_.new_actor_length = 3;
  EXPECT_EQ(Events(Code(text, parse)), "");
}

// PETRARCH codes a noun phrase by its first actor: the possessor takes the
// agent, and the name after the agent is that person.
TEST_F(SyntaxAttributionTest, AgentAfterAPossessiveActorQualifiesThePossessor) {
  constexpr std::string_view parse = R"(
Arnor 5 nmod:poss
's 1 case
evil 5 amod
minister 5 compound
Elessar 6 nsubj
attacked 0 root
Gondor 6 obj
. 6 punct
)";
  const std::string text = "Arnor's evil minister Elessar attacked Gondor.";
  EXPECT_EQ(Events(Code(text, parse)), "ROHGOV/GON/190 ");
  options_.petrarch_agents = true;
  EXPECT_EQ(Events(Code(text, parse)), "ARNGOV/GON/190 ");
}

// PETRARCH-1 codes the heads of verb phrases: a modal the dictionary lists
// belongs to its verb; and to PETRARCH a verb word the parse reads as a
// noun with a determiner is no verb (noun_with_determiner_is_no_verb).
TEST_F(SyntaxAttributionTest, ModalsAndNounsAreNotVerbsToPetrarch1) {
  constexpr std::string_view modal = R"(
Rohan 2 nsubj
indicated 0 root
it 6 nsubj
should 6 aux
have 6 aux
acted 2 ccomp
against 8 case
Gondor 6 obl
. 2 punct
)";
  const std::string text = "Rohan indicated it should have acted against Gondor.";
  options_.code_by = CodingOptions::CodeBy::kClause;
  EXPECT_EQ(Events(Code(text, modal)), "ROH/GON/101 ");
  options_.code_parsed_clauses = true;
  EXPECT_EQ(Events(Code(text, modal)), "ROH/GON/1011 ");
  // TABARI types a verb right after a determiner as a noun, not one a few
  // words later ("an anti- Gondor attack"); the parse knows.
  constexpr std::string_view noun = R"(
Rohan 2 nsubj
saw 0 root
an 6 det
anti 6 amod
Gondor 6 compound
attack 2 obj NN NOUN
. 2 punct
)";
  const std::string seen = "Rohan saw an anti Gondor attack.";
  options_.noun_with_determiner_is_no_verb = true;
  EXPECT_EQ(Events(Code(seen, noun)), "");
  options_.noun_with_determiner_is_no_verb = false;
  EXPECT_EQ(Events(Code(seen, noun)), "ROH/GON/190 ");
}

// A verb the parser hangs as conj on a noun is no coordinated actor.
TEST_F(SyntaxAttributionTest, VerbConjoinedToANounIsNoCoordinatedActor) {
  constexpr std::string_view parse = R"(
Rohan 2 nsubj
condemned 0 root VBD
Gondor 2 obj NNP
, 6 punct
Arnor 6 nsubj NNP
attacked 3 conj VBD
Mordor 6 obj NNP
. 2 punct
)";
  options_.comma.enabled = false;
  EXPECT_EQ(Events(Code("Rohan condemned Gondor, Arnor attacked Mordor.", parse)), "ROH/GON/122 ");
}

// UniversalPetrarch (complement_codes_sourceless_verb): a verb with no
// source in the parse leaves its event to its complement's verb.
TEST_F(SyntaxAttributionTest, SourcelessVerbLeavesItsEventToItsComplement) {
  constexpr std::string_view parse = R"(
It 3 nsubj:pass
was 3 aux:pass
announced 0 root VBN
that 6 mark
Arnor 6 nsubj
attacked 3 ccomp
Gondor 6 obj
. 3 punct
)";
  const std::string text = "It was announced that Arnor attacked Gondor.";
  options_.complement_codes_sourceless_verb = true;
  EXPECT_EQ(Events(Code(text, parse)), "ARN/GON/190 ");
  // With a source of its own the verb keeps its event.
  constexpr std::string_view with_source = R"(
Rohan 2 nsubj
announced 0 root
that 5 mark
Arnor 5 nsubj
attacked 2 ccomp
Gondor 5 obj
. 2 punct
)";
  EXPECT_EQ(Events(Code("Rohan announced that Arnor attacked Gondor.", with_source)),
            "ROH/ARN/023 ");
}

// noun_coordination_from_parse: nouns coordinated in the parse are one
// phrase, but a "cc" hung on a noun that is no conjunct still ends a clause.
TEST_F(SyntaxAttributionTest, OnlyNounConjunctsJoinAClause) {
  constexpr std::string_view misattached = R"(
Arnor 2 nsubj
condemned 0 root
Gondor 2 obj
on 5 case
Thursday 2 obl
and 5 cc
attacked 2 conj
Rohan 7 obj
. 2 punct
)";
  const std::string text = "Arnor condemned Gondor on Thursday and attacked Rohan.";
  options_.noun_coordination_from_parse = true;
  options_.code_by = CodingOptions::CodeBy::kClause;
  EXPECT_EQ(Events(Code(text, misattached)), "ARN/GON/122 ARN/ROH/190 ");
}

// A PETRARCH-2 {noun phrase} ends in its head, but a modifier coordinated
// before the head is passed over ("death and injury toll"); a coordinated
// subject ("death and injury total") is no modifier.
TEST_F(SyntaxAttributionTest, NounPhraseHeadMayFollowACoordinatedModifier) {
  DictionarySet d;
  ASSERT_TRUE(
      d.LoadPetrarch(PetrarchFile::kActors, "ARNOR_ [ARN]\nGONDOR_ [GON]\n", "t.actors").ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, R"(--- RISE [---] ---
RISE {RISES ROSE RISEN}
- {DEATH TOLL} * [190]
- {DEATH TOTAL} * [190]
)",
                             "t.verbs")
                  .ok());
  d.Finalize();
  const CodingOptions options = PetrarchCodingOptions(PetrarchLineage::kUniversalPetrarch);
  auto code = [&](const std::string& text, std::string_view rows) {
    return Events(CodeWith(d, options, text, rows));
  };
  EXPECT_EQ(code("Arnor death and injury toll rose against Gondor.", R"(
Arnor 5 compound NNP PROPN
death 5 compound NN NOUN
and 4 cc
injury 2 conj NN NOUN
toll 6 nsubj NN NOUN
rose 0 root
against 8 case
Gondor 6 obl
. 6 punct
)"),
            "ARN/GON/190 ");
  EXPECT_EQ(code("Arnor death and injury total rose against Gondor.", R"(
Arnor 2 compound NNP PROPN
death 6 nsubj NN NOUN
and 5 cc
injury 5 compound NN NOUN
total 2 conj NN NOUN
rose 0 root
against 8 case
Gondor 6 obl
. 6 punct
)"),
            "");
}

// PETRARCH-2's transformations recode a verb and its clausal complement.
TEST_F(SyntaxAttributionTest, TransformationsRecodeAVerbAndItsComplement) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kActors, "ARNOR_ [ARN]\nGONDOR_ [GON]\nROHAN_ [ROH]\n",
                             "t.actors")
                  .ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, R"(--- STATEMENT [010] ---
SAY {SAYS SAID SAYING}
--- PHYSICAL_CONFLICT [190] ---
ATTACK
--- URGE [020] ---
WANT [030]
- * ATTACK [138]
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK) WANT = a b 021
)",
                             "t.verbs")
                  .ok());
  d.Finalize();
  EXPECT_EQ(d.compiled().transformations[0].verb_code, "010");
  EXPECT_EQ(d.compiled().transformations[0].inner_verb_code, "190");
  const CodingOptions options = PetrarchCodingOptions(PetrarchLineage::kPetrarch2);
  auto code = [&](const std::string& text, std::string_view rows) {
    return Events(CodeWith(d, options, text, rows));
  };
  EXPECT_EQ(code("Arnor said that Rohan attacked Gondor.", R"(
Arnor 2 nsubj
said 0 root
that 5 mark
Rohan 5 nsubj
attacked 2 ccomp
Gondor 5 obj
. 2 punct
)"),
            "ARN/ROH/112 ");
  EXPECT_EQ(code("Arnor said Arnor attacked Gondor.", R"(
Arnor 2 nsubj
said 0 root
Arnor 4 nsubj
attacked 2 ccomp
Gondor 4 obj
. 2 punct
)"),
            "ARN/GON/015 ");
  EXPECT_EQ(code("Arnor wants to attack Gondor.", R"(
Arnor 2 nsubj
wants 0 root
to 4 mark
attack 2 xcomp
Gondor 4 obj
. 2 punct
)"),
            "ARN/GON/138 ");
  constexpr std::string_view wants_rohan = R"(
Arnor 2 nsubj
wants 0 root
Rohan 2 obj
to 5 mark
attack 2 xcomp VB VERB
Gondor 5 obj
. 2 punct
)";
  const std::string text = "Arnor wants Rohan to attack Gondor.";
  EXPECT_EQ(code(text, wants_rohan), "ARN/ROH/021 ");
  // UniversalPetrarch matches WANT's "* ATTACK" (an attack) on the verb.
  EXPECT_EQ(Events(CodeWith(d, PetrarchCodingOptions(PetrarchLineage::kUniversalPetrarch), text,
                            wants_rohan)),
            "ARN/ROH/138 ");
}

TEST(Transformations, ARootCodeCoversTheCodesUnderIt) {
  EXPECT_TRUE(coder::CodeUnder("193", "190"));
  EXPECT_TRUE(coder::CodeUnder("1951", "190"));
  EXPECT_TRUE(coder::CodeUnder("042", "042"));
  EXPECT_FALSE(coder::CodeUnder("043", "042"));
  EXPECT_FALSE(coder::CodeUnder("201", "190"));
  EXPECT_FALSE(coder::CodeUnder("193", ""));
}

}  // namespace
}  // namespace dyad
