// Unit tests for reading PETRARCH dictionaries (petrarch_verbs.cc,
// petrarch_lists.cc): each construct from a small inline snippet, checked in
// the compiled form and, where it decides coding, through the coder.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "dictionary/compiled.h"
#include "dictionary/petrarch_words.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

using dict::ElementKind;
using dict::EntryKind;

std::string AllWarnings(const DictionarySet& d) {
  std::string out;
  for (const std::string& w : d.warnings()) out += w + "\n";
  return out;
}

bool HasWarning(const DictionarySet& d, std::initializer_list<std::string> parts) {
  for (const std::string& w : d.warnings()) {
    bool all = true;
    for (const std::string& p : parts) all = all && w.find(p) != std::string::npos;
    if (all) return true;
  }
  return false;
}

std::string Joined(const dict::Phrase& p) {
  std::string out;
  for (const dict::Element& e : p.elements) {
    if (!out.empty()) out += e.adjacent ? "_" : " ";
    switch (e.kind) {
      case ElementKind::kWord:
        out += e.text;
        break;
      case ElementKind::kSynset:
        out += e.text;
        break;
      case ElementKind::kVerb:
        out += "*";
        break;
      case ElementKind::kSource:
        out += "$";
        break;
      case ElementKind::kTarget:
        out += "+";
        break;
      case ElementKind::kCompound:
        out += "%";
        break;
      case ElementKind::kSkip:
        out += "^";
        break;
      default:
        out += "?";
        break;
    }
  }
  return out;
}

std::set<std::string> Surfaces(const DictionarySet& d, EntryKind kind) {
  std::set<std::string> out;
  for (const dict::Surface& s : d.compiled().surfaces) {
    if (s.kind == kind) out.insert(Joined(s.words));
  }
  return out;
}

// The verb entry a verb form codes with.
const dict::VerbEntry* VerbFor(const DictionarySet& d, const std::string& form) {
  for (const dict::Surface& s : d.compiled().surfaces) {
    if (s.kind == EntryKind::kVerb && Joined(s.words) == form) return &d.compiled().verbs[s.entry];
  }
  return nullptr;
}

constexpr std::string_view kActors = R"(<!-- PETRARCH-style actors -->
ARNOR_ [ARN]
+ARNORIAN_
GONDOR [GON]
ROHAN [ROH]
ARGENTIN [ARG]
<!-- a comment
     over two lines -->
ELESSAR_
KING_ELESSAR_
	[GONGOV 20190325-20190601]
	[GONELI]
)";

constexpr std::string_view kAgents = R"(!PERSON! = MAN, MEN, WOMAN
MINISTER [~GOV]
CONGRESS!PERSON! [~LEG]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
POLICE {} [~COP]
SECRETARY [~GOV]
)";

constexpr std::string_view kVerbs = R"(# PETRARCH-1 verbs
&CURRENCY
+PESO
+GOLD_COIN
+KRONER_

&AUXVERB_
+WILL
+WOULD

--- CONTRIBUTE [070] ---
CONTRIBUTE
DONATE [071]
- * &CURRENCY TO + [903]
- * &SHIELD TO + [904]

--- ACCUSE [112] ---
ACCUSE
DENY {DENIES DENIED DENYING}
+CORDON_OFF
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
- &AUXVERB * + OF &SHIELD [1121]

&SHIELD
+SHIELD
+BUCKLER
)";

class PetrarchDictionaries : public ::testing::Test {
 protected:
  void Load(std::string_view verbs) {
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kActors, kActors, "t.actors").ok());
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kAgents, kAgents, "t.agents").ok());
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kVerbs, verbs, "t.verbs").ok());
    dicts_.Finalize();
  }

  CodingResult Code(const std::string& text, const std::string& date = "2022-07-19") {
    doc_ = Document();
    doc_.id = "doc";
    doc_.date = date;
    doc_.text = text;
    doc_.single_unit = true;
    SplitAndTokenize(&doc_);
    return Coder(dicts_).CodeSentence(doc_, 0, CodingOptions());
  }

  DictionarySet dicts_;
  Document doc_;
};

// ------------------------------------------------------------ verbs

TEST_F(PetrarchDictionaries, SynsetMemberExpandsInPattern) {
  Load(kVerbs);
  EXPECT_TRUE(dicts_.warnings().empty()) << AllWarnings(dicts_);
  // The plural of a member is generated: "pesos" is in &CURRENCY.
  CodingResult r = Code("Arnor contributed pesos to Gondor on Monday for the new dam.");
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].code, "903");
  EXPECT_EQ(r.events[0].source.code, "ARN");
  EXPECT_EQ(r.events[0].target.code, "GON");
  // Members are consecutive words: "gold coins", not "gold" alone.
  r = Code("Arnor contributed gold coins to Gondor on Monday for the new dam.");
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].code, "903");
  r = Code("Arnor contributed gold to Gondor on Monday for the new dam.");
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].code, "070");
}

TEST_F(PetrarchDictionaries, SynsetPluralsFollowTheUnderscoreRules) {
  Load(kVerbs);
  const auto& synsets = dicts_.compiled().synsets;
  auto members = [&](const std::string& name) {
    std::set<std::string> out;
    for (const dict::Synset& s : synsets) {
      if (s.name != name) continue;
      for (const dict::Phrase& p : s.members) out.insert(Joined(p));
    }
    return out;
  };
  // KRONER_ makes no plural; a label ending in '_' makes none for any member.
  EXPECT_EQ(members("&CURRENCY"),
            (std::set<std::string>{"PESO", "PESOS", "GOLD_COIN", "GOLD_COINS", "KRONER"}));
  EXPECT_EQ(members("&AUXVERB"), (std::set<std::string>{"WILL", "WOULD"}));
}

TEST_F(PetrarchDictionaries, SynsetDefinedAfterItsPatternIsFound) {
  Load(kVerbs);
  CodingResult r = Code("Arnor contributed shields to Rohan on Monday for the war.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].code, "904");
}

TEST_F(PetrarchDictionaries, BlockPatternsApplyToEveryVerbOfTheBlock) {
  Load(kVerbs);
  // DONATE has its own code, but the block's patterns are its patterns too.
  EXPECT_EQ(Code("Arnor donated bucklers to Rohan on Monday for the war.").events.size(), 1u);
  EXPECT_EQ(Code("Arnor donated pesos to Rohan on Monday for the new dam.").events[0].code, "903");
  EXPECT_EQ(Code("Arnor donated horses to Rohan on Monday for the war.").events[0].code, "071");
  const dict::VerbEntry* contribute = VerbFor(dicts_, "CONTRIBUTE");
  const dict::VerbEntry* donate = VerbFor(dicts_, "DONATE");
  ASSERT_NE(contribute, nullptr);
  ASSERT_NE(donate, nullptr);
  EXPECT_EQ(contribute->code.code, "070");
  EXPECT_EQ(donate->code.code, "071");
  EXPECT_EQ(contribute->patterns.size(), 2u);
  EXPECT_EQ(donate->patterns.size(), 2u);
  EXPECT_EQ(dicts_.counts().verb_patterns, 3u);  // lines, not copies
}

TEST_F(PetrarchDictionaries, LaterVerbDefinitionWins) {
  Load(R"(--- SHOT [---] ---
SHOT
- *_AND_WOUNDED [223]

--- SHOT [223] ---
SHOT
- + WAS * DEAD IN $ [224]
)");
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:6:", "SHOT defined again"})) << AllWarnings(dicts_);
  CodingResult r = Code("Rohan was shot dead in Arnor on Monday near the river.");
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].code, "224");
  EXPECT_EQ(r.events[0].source.code, "ARN");
  EXPECT_EQ(r.events[0].target.code, "ROH");
}

TEST_F(PetrarchDictionaries, VerbFormsAreGeneratedUnlessGiven) {
  Load(kVerbs);
  auto verbs = Surfaces(dicts_, EntryKind::kVerb);
  for (const char* form : {"CONTRIBUTE", "CONTRIBUTES", "CONTRIBUTED", "CONTRIBUTING", "DONATED",
                           "DENY", "DENIES", "DENIED", "DENYING"}) {
    EXPECT_TRUE(verbs.count(form)) << form;
  }
  // '+' marks the verb word of a multi-word verb; given forms replace the
  // generated ones.
  for (const char* form : {"CORDON_OFF", "CORDONS_OFF", "CORDONED_OFF", "CORDONING_OFF", "WIRE_TAP",
                           "WIRE_TAPPED", "WIRE_TAPPING"}) {
    EXPECT_TRUE(verbs.count(form)) << form;
  }
  EXPECT_FALSE(verbs.count("WIRE_TAPS"));
  EXPECT_FALSE(verbs.count("WIRE_TAPED"));
}

TEST_F(PetrarchDictionaries, PatternWordsAreWholeWords) {
  Load("--- SEND [030] ---\nSEND {SENT}\n- * TROOP TO + [042]\n");
  // TABARI would read TROOP as a stem and match TROOPS; PETRARCH does not.
  EXPECT_EQ(Code("Arnor sent troop to Rohan on Monday after the raid.").events[0].code, "042");
  EXPECT_EQ(Code("Arnor sent troops to Rohan on Monday after the raid.").events[0].code, "030");
}

TEST_F(PetrarchDictionaries, Petrarch1AlternativesAreSkippedWithAWarning) {
  Load("--- SEND [030] ---\nSEND\n- * { TROOPS | TANKS } TO + [042]\n");
  EXPECT_EQ(dicts_.counts().verb_patterns, 0u);
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:3:", "alternatives"})) << AllWarnings(dicts_);
}

TEST_F(PetrarchDictionaries, ProblemLinesAreWarningsNamingFileAndLine) {
  Load(R"(- * STRAY [010]
--- SEND [030] ---
SEND
- * TO + BAD
- * &NOSUCH [042]
- TO + [042]
* (TO QUESTION) [110]
--- BROKEN [0x-] ---
BREAK
)");
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:1:", "outside"})) << AllWarnings(dicts_);
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:4:", "no code"})) << AllWarnings(dicts_);
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:5:", "unknown synset &NOSUCH"}));
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:6:", "'*'"}));
  // A pattern that lost its dash is read, with a warning (UD suite DATE-11).
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:7:", "leading '-'"}));
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:8:", "null code"}));
  EXPECT_EQ(dicts_.counts().verb_patterns, 1u);
}

TEST_F(PetrarchDictionaries, Petrarch2PhrasesCompileToTheirWords) {
  Load(R"(--- ASK [090] ---
ASK
- * + (FOR {FINANCIAL AID}) [0331]
- * (FOR HELP) [092]
- * (FOR) + [093]

~ a (a b ATTACK) SAY = a b 015
~ a (broken = 1
)");
  const dict::VerbEntry* ask = VerbFor(dicts_, "ASK");
  ASSERT_NE(ask, nullptr);
  std::set<std::string> patterns;
  for (const dict::Phrase& p : ask->patterns) patterns.insert(Joined(p));
  // A group's last word, its head, follows the word before it (determiners
  // aside): "_" here.
  EXPECT_EQ(patterns, (std::set<std::string>{"* + FOR FINANCIAL_AID", "* FOR_HELP", "* FOR +"}));
  EXPECT_EQ(
      Code("Arnor asked Rohan for much financial aid on Monday after the flood.").events[0].code,
      "0331");
  EXPECT_EQ(Code("Arnor asked Rohan for some help on Monday after the flood.").events[0].code,
            "092");
  EXPECT_EQ(Code("Arnor asked Rohan for urgent help on Monday after the flood.").events[0].code,
            "090");
  ASSERT_EQ(dicts_.compiled().transformations.size(), 1u);
  const dict::Transformation& t = dicts_.compiled().transformations[0];
  EXPECT_EQ(t.verb, "SAY");
  EXPECT_EQ(t.inner_verb, "ATTACK");
  EXPECT_EQ(t.result_code, "015");
  EXPECT_TRUE(HasWarning(dicts_, {"t.verbs:8:", "transformation"})) << AllWarnings(dicts_);
}

// "[:173]": no event in the verb's direction, only the paired one back.
TEST_F(PetrarchDictionaries, Petrarch2SubjectOnlyCodeCodesTheEventBack) {
  Load("--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT) [:173]\n- * (IN COURT) [173]\n");
  EXPECT_EQ(dicts_.counts().verb_patterns, 2u);
  const CodingResult r = Code("Arnor appeared before the court of Rohan on Monday after the flood.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].source.code, "ROH");
  EXPECT_EQ(r.events[0].target.code, "ARN");
  EXPECT_EQ(r.events[0].code, "173");
}

// ------------------------------------------------------------ actors, agents

TEST_F(PetrarchDictionaries, ActorDateRestrictionPicksCodeByDate) {
  Load(kVerbs);
  const std::string text = "King Elessar contributed pesos to Rohan on Monday for the new dam.";
  EXPECT_EQ(Code(text, "2019-04-01").events[0].source.code, "GONGOV");
  EXPECT_EQ(Code(text, "2020-04-01").events[0].source.code, "GONELI");
  // Primary phrases without a code share the codes that follow them.
  EXPECT_EQ(Code("Elessar contributed pesos to Rohan on Monday for the new dam.", "2019-04-01")
                .events[0]
                .source.code,
            "GONGOV");
}

TEST_F(PetrarchDictionaries, ActorWordsAreWholeWordsAndCommentsAreSkipped) {
  Load(kVerbs);
  EXPECT_TRUE(dicts_.warnings().empty()) << AllWarnings(dicts_);
  EXPECT_EQ(dicts_.counts().actors, 5u);
  // ARGENTIN is a whole word in PETRARCH (a stem in TABARI).
  EXPECT_TRUE(
      Code("Argentina contributed pesos to Rohan on Monday for the new dam.").events.empty());
}

TEST_F(PetrarchDictionaries, AgentMarkersAndPluralsExpand) {
  Load(kVerbs);
  auto agents = Surfaces(dicts_, EntryKind::kAgent);
  for (const char* p : {"MINISTER", "CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN",
                        "ATTORNEY_GENERAL", "ATTORNEYS_GENERAL", "POLICE", "SECRETARIES"}) {
    EXPECT_TRUE(agents.count(p)) << p;
  }
  // Marker values are written out: no plural is made from them.
  EXPECT_FALSE(agents.count("CONGRESSMANS"));
  EXPECT_FALSE(agents.count("POLICES"));
  CodingResult r = Code("An Arnor congresswoman contributed pesos to Rohan on Monday for the dam.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].source.code, "ARNLEG");
}

TEST(PetrarchLists, AgentProblemsAreWarnings) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kAgents,
                             "!BAD = X\nMINISTER [GOV]\nENVOY [~GOV}\nAIDE !NONE! [~GOV]\n",
                             "t.agents")
                  .ok());
  EXPECT_TRUE(HasWarning(d, {"t.agents:1:", "MARKER"})) << AllWarnings(d);
  EXPECT_TRUE(HasWarning(d, {"t.agents:2:", "'~'"}));
  EXPECT_TRUE(HasWarning(d, {"t.agents:3:", "]"}));
  EXPECT_TRUE(HasWarning(d, {"t.agents:4:", "!NONE!"}));
}

TEST(PetrarchLists, DiscardsAreStemsAndCommentsMayHoldTabs) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kDiscards,
                             "# header\n+WORLD CUP  # ab\tcd\nBASEBALL\nFILM_ # x\n", "t.discards")
                  .ok());
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
  EXPECT_EQ(d.counts().discards, 3u);
}

TEST(PetrarchLists, IssuesExpandNounVerbAndJoinedForms) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kIssues, R"(<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:school [SCHOOLS]
v:teach [TEACHING]  # comment
pre+k [EARLY]
~eu+ gene
~a head start
no code here
</ISSUE>
)",
                             "t.issues")
                  .ok());
  const auto& issues = d.compiled().issues;
  ASSERT_EQ(issues.size(), 5u);
  auto variants = [](const dict::Issue& i) {
    std::set<std::string> out;
    for (const dict::Phrase& p : i.variants) out.insert(Joined(p));
    return out;
  };
  EXPECT_EQ(variants(issues[0]), (std::set<std::string>{"SCHOOL", "SCHOOLS"}));
  EXPECT_EQ(issues[0].category, "EDUCATION");
  EXPECT_EQ(issues[0].code, "SCHOOLS");
  EXPECT_EQ(variants(issues[1]),
            (std::set<std::string>{"TEACH", "TEACHES", "TEACHED", "TEACHING"}));
  EXPECT_EQ(variants(issues[2]), (std::set<std::string>{"PRE_K", "PRE-K"}));
  EXPECT_EQ(variants(issues[3]), (std::set<std::string>{"EU_GENE"}));  // a stray '+'
  EXPECT_TRUE(issues[4].ignore);
  EXPECT_EQ(variants(issues[4]), (std::set<std::string>{"A_HEAD_START"}));
  EXPECT_TRUE(HasWarning(d, {"t.issues:7:", "no [CODE]"})) << AllWarnings(d);
}

TEST(PetrarchWords, RegularFormsAndPlurals) {
  EXPECT_EQ(dict::PluralNoun("CITY"), "CITIES");
  EXPECT_EQ(dict::PluralNoun("DAY"), "DAYS");
  EXPECT_EQ(dict::PluralNoun("CLASS"), "CLASSES");
  EXPECT_EQ(dict::PluralNoun("TROOP"), "TROOPS");
  EXPECT_EQ(dict::RegularVerbForms("AGREE"),
            (std::vector<std::string>{"AGREES", "AGREED", "AGREEING"}));
  EXPECT_EQ(dict::RegularVerbForms("DECLINE"),
            (std::vector<std::string>{"DECLINES", "DECLINED", "DECLINING"}));
  EXPECT_EQ(dict::RegularVerbForms("ATTACK"),
            (std::vector<std::string>{"ATTACKS", "ATTACKED", "ATTACKING"}));
  EXPECT_EQ(dict::StripXmlComments("a <!-- b\nc --> d <! -- e --> f"),
            "a " + std::string(6, ' ') + "\n" + std::string(5, ' ') + " d " + std::string(11, ' ') +
                " f");
}

}  // namespace
}  // namespace dyad
