// PETRARCH's semantics where they differ from TABARI's, on small inline
// PETRARCH dictionaries. Agents (CodingOptions::petrarch_agents,
// anonymous_agents, nested_agents): an agent qualifies every actor of a
// list, coordinated agents each make a code, agents nested in a longer
// agent phrase layer on, FROM links an agent to its actor, and an agent with
// no actor is coded "---" plus the agent; without the options TABARI's rules
// hold. Also: [###] as an actor code, Treebank contractions in patterns, a %
// compound as one side (compound_side), PICO negations and combinations,
// PETRARCH-2's pattern words.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "dictionary/compiled.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/tokenizer.h"

namespace dyad {
namespace {

constexpr std::string_view kActors = R"(ARNOR_ [ARN]
GONDOR_ [GON]
OSGILIATH_ [OSG]
MORDOR_ [MOR]
NASGUL_ [###]
)";

constexpr std::string_view kAgents = R"(AMBASSADOR [~GOV]
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
SOLDIER [~MILARM]
MAIN_OPPOSITION_GROUP [~MOP]
OPPOSITION_GROUP [~OPP]
HUMAN_RIGHTS_ACTIVIST [HGM~]
RIGHTS_ACTIVIST [SGM~]
)";

constexpr std::string_view kVerbs = R"(--- PRAISE [051] ---
PRAISE

--- CLASH [190] ---
CLASH
- &NEGAUX * OVER [904]

&NEGAUX
+DID N'T
+WO N'T
)";

class PetrarchAgents : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kActors, kActors, "t.actors").ok());
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kAgents, kAgents, "t.agents").ok());
    ASSERT_TRUE(dicts_.LoadPetrarch(PetrarchFile::kVerbs, kVerbs, "t.verbs").ok());
    dicts_.Finalize();
    petrarch_.minimum_words = 0;
    petrarch_.petrarch_agents = true;
    petrarch_.anonymous_agents = true;
    petrarch_.nested_agents = true;
    tabari_.minimum_words = 0;
  }

  // The events as "SOURCE/TARGET/CODE".
  std::set<std::string> Code(const std::string& text, const CodingOptions& options) {
    return CodeWith(dicts_, text, options);
  }
  // The same with other dictionaries.
  std::set<std::string> CodeWith(const DictionarySet& d, const std::string& text,
                                 const CodingOptions& options) {
    doc_ = Document();
    doc_.id = "doc";
    doc_.date = "2022-07-19";
    doc_.text = text;
    doc_.single_unit = true;
    SplitAndTokenize(&doc_);
    std::set<std::string> out;
    for (const Event& e : Coder(d).CodeSentence(doc_, 0, options).events) {
      out.insert(e.source.code + "/" + e.target.code + "/" + e.code);
    }
    return out;
  }

  DictionarySet dicts_;
  Document doc_;
  CodingOptions petrarch_, tabari_;
};

using Events = std::set<std::string>;

TEST_F(PetrarchAgents, AgentBeforeAListQualifiesEveryActor) {
  EXPECT_EQ(Code("The ambassadors of Arnor, Osgiliath and Gondor praised Mordor.", petrarch_),
            (Events{"ARNGOV/MOR/051", "OSGGOV/MOR/051", "GONGOV/MOR/051"}));
  EXPECT_EQ(Code("The ambassadors of Arnor, Osgiliath and Gondor praised Mordor.", tabari_),
            (Events{"ARNGOV/MOR/051", "OSG/MOR/051", "GON/MOR/051"}));
}

TEST_F(PetrarchAgents, AgentAfterAListQualifiesEveryActor) {
  EXPECT_EQ(Code("Arnor, Osgiliath and Gondor governments praised Mordor.", petrarch_),
            (Events{"ARNGOV/MOR/051", "OSGGOV/MOR/051", "GONGOV/MOR/051"}));
}

TEST_F(PetrarchAgents, ACommaAloneMakesNoList) {
  CodingOptions keep_commas = petrarch_;
  keep_commas.comma.enabled = false;  // no comma clause is dropped
  // Without a parse the first actor is the source; it is not ARNGOV.
  EXPECT_EQ(Code("In Arnor, Gondor officials praised Mordor.", keep_commas),
            (Events{"ARN/MOR/051"}));
}

TEST_F(PetrarchAgents, CoordinatedAgentsEachMakeACode) {
  EXPECT_EQ(Code("Lawmakers and officials in Arnor and Gondor praised Mordor.", petrarch_),
            (Events{"ARNLEG/MOR/051", "ARNGOV/MOR/051", "GONLEG/MOR/051", "GONGOV/MOR/051"}));
}

TEST_F(PetrarchAgents, FromLinksAnAgentToItsActor) {
  EXPECT_EQ(Code("Soldiers from Gondor praised Mordor.", petrarch_), (Events{"GONMILARM/MOR/051"}));
}

TEST_F(PetrarchAgents, NestedAgentsLayerOn) {
  EXPECT_EQ(Code("Arnor praised the Gondor main opposition group.", petrarch_),
            (Events{"ARN/GONMOPOPP/051"}));
  EXPECT_EQ(Code("Human rights activists in Arnor praised Gondor.", petrarch_),
            (Events{"SGMHGMARN/GON/051"}));
  EXPECT_EQ(Code("Arnor praised the Gondor main opposition group.", tabari_),
            (Events{"ARN/GONMOP/051"}));
}

TEST_F(PetrarchAgents, AnAgentWithoutActorIsAnonymous) {
  EXPECT_EQ(Code("The government praised Mordor.", petrarch_), (Events{"---GOV/MOR/051"}));
  EXPECT_TRUE(Code("The government praised Mordor.", tabari_).empty());
}

TEST_F(PetrarchAgents, DiscardCodeIsAnActorCodeInPetrarchActors) {
  EXPECT_EQ(Code("The Nasgul praised Mordor.", petrarch_), (Events{"###/MOR/051"}));
}

TEST_F(PetrarchAgents, TreebankContractionsInPatternsMatchWholeWords) {
  // "DID N'T" in the dictionary is the word DIDN'T of the text.
  EXPECT_EQ(Code("Arnor didn't clash over Gondor.", petrarch_), (Events{"ARN/GON/904"}));
  EXPECT_EQ(Code("Arnor won't clash over Gondor.", petrarch_), (Events{"ARN/GON/904"}));
}

TEST_F(PetrarchAgents, CompoundTokenIsOneSideAndTheOtherIsFound) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kActors, kActors, "t.actors").ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, R"(--- POSTPONE [191] ---
POSTPONE
- % HAVE * [192]
--- AGREE [030] ---
AGREE
- * WITH % [031]
)",
                             "t.verbs")
                  .ok());
  d.Finalize();
  auto code = [&](const std::string& text, const CodingOptions& o) { return CodeWith(d, text, o); };
  CodingOptions petrarch1 = petrarch_;
  petrarch1.compound_side = true;
  EXPECT_EQ(code("Gondor and Osgiliath have postponed the talks with Mordor.", petrarch1),
            (Events{"GON/MOR/192", "OSG/MOR/192"}));
  EXPECT_EQ(code("Arnor agrees with Gondor and Osgiliath.", petrarch1),
            (Events{"ARN/GON/031", "ARN/OSG/031"}));
  // Without another actor the members pair up, as in TABARI.
  EXPECT_EQ(code("Gondor and Osgiliath have postponed the talks.", petrarch1),
            (Events{"GON/OSG/192", "OSG/GON/192"}));
  EXPECT_EQ(code("Gondor and Osgiliath have postponed the talks with Mordor.", tabari_),
            (Events{"GON/OSG/192", "OSG/GON/192"}));
}

// PETRARCH-2 patterns: plain words before the verb match nothing under
// words_before_verb_only_as_noun_phrase, a {noun phrase} there does; a
// pattern word takes its plural; a pattern that lost its dash is read.
TEST_F(PetrarchAgents, Petrarch2PatternWordsBeforeTheVerbAndPlurals) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kActors, kActors, "t.actors").ok());
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kVerbs, R"(--- ALLOW [080] ---
ALLOW
- RECENTLY * [025]
- {ARMED FORCES} * [081]
- * EFFORT [082]
--- BEGIN [---] ---
BEGIN
* (TO QUESTION) [110]
)",
                             "t.verbs")
                  .ok());
  d.Finalize();
  EXPECT_TRUE(std::any_of(d.warnings().begin(), d.warnings().end(), [](const std::string& w) {
    return w.find("t.verbs:8") != std::string::npos && w.find("leading '-'") != std::string::npos;
  }));
  auto code = [&](const std::string& text, const CodingOptions& o) { return CodeWith(d, text, o); };
  CodingOptions o = petrarch_;
  EXPECT_EQ(code("Gondor recently allowed Arnor.", o), (Events{"GON/ARN/025"}));
  o.words_before_verb_only_as_noun_phrase = true;
  EXPECT_EQ(code("Gondor recently allowed Arnor.", o), (Events{"GON/ARN/080"}));
  EXPECT_EQ(code("Gondor armed forces allowed Arnor.", o), (Events{"GON/ARN/081"}));
  EXPECT_EQ(code("Gondor allowed efforts by Arnor.", o), (Events{"GON/ARN/082"}));
  EXPECT_EQ(code("Gondor begins to question Arnor.", o), (Events{"GON/ARN/110"}));
}

TEST(PetrarchPico, NegationIsTheCodeLessFFFF) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kPico, R"(# PICO
050:0x0080#DiplomaticCoop
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
121:-0xFFFF+0x0070
bad line
)",
                             "t.pico")
                  .ok());
  d.Finalize();
  const dict::PicoOntology& pico = d.compiled().pico;
  EXPECT_EQ(pico.Negation("110"), "050");
  EXPECT_EQ(pico.Negation("050"), "");  // no code is 0x0080 - 0xFFFF
  EXPECT_EQ(d.warnings().size(), 1u);
}

TEST(PetrarchPico, CombinedCodesFollowPetrarch2) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarch(PetrarchFile::kPico, R"(010:0x1000#Make Public Statement
015:0x10a0
050:0x0080#DiplomaticCoop
111:0x7001
120:-0xFFFF#Reject
121:-0xFFFF+0x0070
190:0x00A0#Fight
)",
                             "t.pico")
                  .ok());
  d.Finalize();
  const dict::PicoOntology& pico = d.compiled().pico;
  EXPECT_EQ(pico.Combine("010", "111"), "111");  // two high-level codes: the lower
  EXPECT_EQ(pico.Combine("010", "190"), "015");  // said it fought: claims responsibility
  EXPECT_EQ(pico.Combine("010", "050"), "010");  // 0x1080 is no code: its leading digit
  EXPECT_EQ(pico.Combine("010", "120"), "120");  // a rejection stands under a statement
  // 050 + 121 is -0xFFFF + 0x00F0, no listed rejection: 120.
  EXPECT_EQ(pico.Combine("050", "121"), "120");
  EXPECT_EQ(pico.Combine("042", "190"), "190");  // a code outside the ontology: the lower
}

}  // namespace
}  // namespace dyad
