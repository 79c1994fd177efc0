// Unit tests for reading TABARI dictionary files (manual 5.2-5.6): errors
// and warnings name file and line, sections, synonym groups, agents, verbs.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "dictionary/compiled.h"
#include "dyad/dictionary.h"
#include "test_support.h"

namespace dyad {
namespace {

using dict::Code;
using dict::EntryKind;

size_t CountSurfaces(const DictionarySet& d, EntryKind kind) {
  const auto& s = d.compiled().surfaces;
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [&](const dict::Surface& x) { return x.kind == kind; }));
}

// True when some warning contains every one of `parts`.
bool HasWarning(const DictionarySet& d, std::initializer_list<std::string> parts) {
  for (const std::string& w : d.warnings()) {
    bool all = true;
    for (const std::string& p : parts) all = all && w.find(p) != std::string::npos;
    if (all) return true;
  }
  return false;
}

std::string AllWarnings(const DictionarySet& d) {
  std::string out;
  for (const std::string& w : d.warnings()) out += w + "\n";
  return out;
}

// ------------------------------------------------------------ actors

TEST(ActorsLoader, SimpleEntriesAndComments) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("# a comment\n/ another\nGONDOR [GON]  ; note\nARNOR [ARN]\n",
                           "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 2u);
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
}

TEST(ActorsLoader, MissingBracketWarnsWithFileAndLine) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GONDOR [GON]\nARNOR [ARN\n", "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:2", "]"})) << AllWarnings(d);
}

TEST(ActorsLoader, BadDateRestrictionWarnsWithLine) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("A_ONE [AAA]\nB_TWO [AAA950601-990815]\nC_THREE [991201-010114]\n",
                           "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:2"})) << AllWarnings(d);
  EXPECT_TRUE(HasWarning(d, {"t.actors:3"})) << AllWarnings(d);
}

TEST(ActorsLoader, ActorWithoutCodeWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("\nLONELY\n\nGONDOR [GON]\n", "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:2", "no code"})) << AllWarnings(d);
}

TEST(ActorsLoader, SynonymGroupWithIndentedCodeLines) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GOLLUM ; pas\n+SMEAGOL\n+STINKER\n"
                           "  [HOB <950601]\n\t[HOBGOV 950601-990815]\n  [HOBREB >990816]\n\n"
                           "GONDOR\n+MINAS_TIRITH\n  [GON]\n",
                           "t.actors").ok());
  ASSERT_EQ(d.actor_count(), 2u);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kActor), 5u);
  const dict::ActorEntry& gollum = d.compiled().actors[0];
  EXPECT_EQ(gollum.parent, "GOLLUM");
  // Three restricted codes and the automatic null default (manual 6.5.2 note 5).
  ASSERT_EQ(gollum.codes.size(), 4u);
  EXPECT_EQ(gollum.codes[0].code.code, "HOB");
  EXPECT_EQ(gollum.codes[2].from, 19990816);
  EXPECT_FALSE(gollum.codes[3].restricted);
  EXPECT_EQ(gollum.codes[3].code.kind, Code::Kind::kNull);
}

TEST(ActorsLoader, UnrestrictedCodeIsMovedLast) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("BOUTROS_GHALI [EGY] [UNO 920101-991231]\n", "t.actors").ok());
  const auto& codes = d.compiled().actors.at(0).codes;
  ASSERT_EQ(codes.size(), 2u);
  EXPECT_EQ(codes[0].code.code, "UNO");
  EXPECT_EQ(codes[1].code.code, "EGY");
}

TEST(ActorsLoader, SynonymWithoutActorWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("+STRAY [XXX]\n", "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:1"})) << AllWarnings(d);
}

TEST(ActorsLoader, FinishStopsReading) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GONDOR [GON]\n~~FINISH\nARNOR [ARN]\n<NOUN>\n", "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 1u);
}

TEST(ActorsLoader, NounAndAdjectiveSections) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("<NOUN>\nBOMBS\nROCKETS\n</NOUN>\n<ADJECTIVE>\nLAZY\nWHITE\n"
                           "BLACK\n</ADJECTIVE>\nGONDOR [GON]\n",
                           "t.actors").ok());
  EXPECT_EQ(CountSurfaces(d, EntryKind::kNoun), 2u);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kAdjective), 3u);
  EXPECT_EQ(d.actor_count(), 1u);
}

TEST(ActorsLoader, UnterminatedSectionFailsWithLine) {
  DictionarySet d;
  Status st = d.LoadActors("GONDOR [GON]\n\n<NOUN>\nBOMBS\n", "t.actors");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("t.actors:3"), std::string::npos) << st.message();
}

TEST(ActorsLoader, UnknownSectionTagWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("<TITLES>\nGONDOR [GON]\n", "t.actors").ok());
  EXPECT_TRUE(HasWarning(d, {"t.actors:1", "<TITLES>"})) << AllWarnings(d);
}

TEST(ActorsLoader, DuplicateEntryWarnsAndFirstWins) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GONDOR [GON]\nGONDOR [XXX]\n", "t.actors").ok());
  EXPECT_EQ(CountSurfaces(d, EntryKind::kActor), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:2", "duplicate"})) << AllWarnings(d);
}

TEST(ActorsLoader, TokenInActorPhraseWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GONDOR $ [GON]\n", "t.actors").ok());
  EXPECT_EQ(CountSurfaces(d, EntryKind::kActor), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.actors:1"})) << AllWarnings(d);
}

TEST(ActorsLoader, WindowsLineEndings) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("GONDOR [GON]\r\nARNOR [ARN]\r\n", "t.actors").ok());
  EXPECT_EQ(d.actor_count(), 2u);
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
}

TEST(ActorsLoader, EmptyTextLoadsNothing) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadActors("", "t.actors").ok());
  ASSERT_TRUE(d.LoadVerbs("", "t.verbs").ok());
  ASSERT_TRUE(d.LoadAgents("", "t.agents").ok());
  EXPECT_EQ(d.actor_count(), 0u);
  EXPECT_EQ(d.verb_pattern_count(), 0u);
}

// ------------------------------------------------------------ agents

TEST(AgentsLoader, SuffixAndPrefixCodes) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("POLICE [~COP]\nHUMAN_RIGHTS_BODY [NGO~]\n", "t.agents").ok());
  const auto& a = d.compiled().agents;
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].code, "COP");
  EXPECT_FALSE(a[0].prefix);
  EXPECT_EQ(a[1].code, "NGO");
  EXPECT_TRUE(a[1].prefix);
}

TEST(AgentsLoader, MissingTildeWarnsWithLine) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("POLICE [~COP]\nGUARD [GRD]\n", "t.agents").ok());
  EXPECT_EQ(d.compiled().agents.size(), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.agents:2", "~"})) << AllWarnings(d);
}

TEST(AgentsLoader, MissingCodeWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("POLICE\n", "t.agents").ok());
  EXPECT_TRUE(HasWarning(d, {"t.agents:1"})) << AllWarnings(d);
}

TEST(AgentsLoader, MacroExpandsToOnePhrasePerValue) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("!GUARD! = WARDEN, SENTRY, KEEPER\nGATE!GUARD! [~GRD]\nCASTLE_!GUARD! [~GRD]\n",
                           "t.agents").ok());
  EXPECT_EQ(d.compiled().agents.size(), 2u);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kAgent), 6u);  // GATEWARDEN ... CASTLE_KEEPER
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
}

TEST(AgentsLoader, UnknownMacroWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("BOARD!NOPE! [~X]\n", "t.agents").ok());
  EXPECT_EQ(CountSurfaces(d, EntryKind::kAgent), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.agents:1", "!NOPE!"})) << AllWarnings(d);
}

TEST(AgentsLoader, FinishStopsReading) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgents("POLICE [~COP]\n~~FINISH\nARMY [~MIL]\n", "t.agents").ok());
  EXPECT_EQ(d.compiled().agents.size(), 1u);
}

// ------------------------------------------------------------ verbs

TEST(VerbsLoader, RootsFormsAndPatterns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK_ [1717]\n{BROKE_ BROKEN_}\n- * TREATY [161]\n"
                          "- * BONE [182]\nAGREE [081]\n- * LOAN [071]\n",
                          "t.verbs").ok());
  EXPECT_EQ(d.compiled().verbs.size(), 2u);
  EXPECT_EQ(d.verb_pattern_count(), 3u);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kVerb), 4u);  // BREAK_ BROKE_ BROKEN_ AGREE
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
}

TEST(VerbsLoader, FinalizeSortsPatternsLongestFirst) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("MEET [031]\n- + * TO THE NEXT DAY $ [032]\n- * THEIR MEETINGS [033]\n",
                          "t.verbs").ok());
  d.Finalize();
  const auto& p = d.compiled().verbs.at(0).patterns;
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].code.code, "033");
  EXPECT_EQ(p[1].code.code, "032");
}

TEST(VerbsLoader, PatternBeforeAnyVerbWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("# header\n- * TREATY [161]\nBREAK [171]\n", "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:2", "before any verb"})) << AllWarnings(d);
}

TEST(VerbsLoader, PatternWithoutVerbMarkerWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK [171]\n- TREATY [161]\n", "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:2", "'*'"})) << AllWarnings(d);
}

TEST(VerbsLoader, PatternWithoutCodeWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK [171]\n- * TREATY\n- * BONE [18\n", "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:2"})) << AllWarnings(d);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:3"})) << AllWarnings(d);
}

TEST(VerbsLoader, FormsWithoutRootWarn) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("{BROKE_ BROKEN_}\nBREAK [171]\n{ }\n", "t.verbs").ok());
  EXPECT_TRUE(HasWarning(d, {"t.verbs:1"})) << AllWarnings(d);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:3", "no verb forms"})) << AllWarnings(d);
}

TEST(VerbsLoader, SynsetsAreUsableInPatterns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("<SYNSETS>\n&CURRENCY\n+DOLLAR\n+SWISS_FRANC\n&MONEY\n+MILLIONS_OF_&CURRENCY\n"
                          "</SYNSETS>\nCONTRIBUT [070]\n- * &MONEY [905]\n- * &CURRENCY [903]\n",
                          "t.verbs").ok());
  ASSERT_EQ(d.compiled().synsets.size(), 2u);
  EXPECT_EQ(d.compiled().synsets[0].members.size(), 2u);
  EXPECT_EQ(d.verb_pattern_count(), 2u);
  EXPECT_TRUE(d.warnings().empty()) << AllWarnings(d);
}

TEST(VerbsLoader, SynsetReferringToItselfWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("<SYNSETS>\n&LOOP\n+A_&LOOP\n</SYNSETS>\n", "t.verbs").ok());
  EXPECT_TRUE(HasWarning(d, {"t.verbs:3", "&LOOP"})) << AllWarnings(d);
}

TEST(VerbsLoader, UnknownSynsetInPatternWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("CONTRIBUT [070]\n- * &GOLD [903]\n", "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:2", "&GOLD"})) << AllWarnings(d);
}

TEST(VerbsLoader, UnterminatedSynsetsSectionFailsWithLine) {
  DictionarySet d;
  Status st = d.LoadVerbs("# verbs\n<SYNSETS>\n&X\n+Y\nBREAK [171]\n", "t.verbs");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("t.verbs:2"), std::string::npos) << st.message();
}

TEST(VerbsLoader, TimePhrasesWithShifts) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("<TIME>\nYESTERDAY [-1]\nTOMORROW [+1]\n- * NIGHT [+2]\n</TIME>\n"
                          "BREAK [171]\n",
                          "t.verbs").ok());
  EXPECT_TRUE(d.compiled().has_time_phrases);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kTime), 2u);
  EXPECT_EQ(d.compiled().verbs[0].code.time_shift, -1);
  EXPECT_EQ(d.compiled().verbs[1].patterns.at(0).code.time_shift, 2);
  EXPECT_EQ(CountSurfaces(d, EntryKind::kVerb), 1u);
}

TEST(VerbsLoader, UnterminatedTimeSectionFails) {
  DictionarySet d;
  EXPECT_FALSE(d.LoadVerbs("<TIME>\nYESTERDAY [-1]\n", "t.verbs").ok());
}

TEST(VerbsLoader, SpecialCodesOnRootsAndPatterns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("SAID_ [023?]\nVISIT [032:033]\n- * SCHOOL [---]\nREJECT [111]\n"
                          "- * EFFORT BY [111!]\nSCORE [###]\nANNEX [+++]\n",
                          "t.verbs").ok());
  const auto& v = d.compiled().verbs;
  ASSERT_EQ(v.size(), 5u);
  EXPECT_TRUE(v[0].code.subordinate);
  EXPECT_EQ(v[1].code.paired, "033");
  EXPECT_EQ(v[1].patterns.at(0).code.kind, Code::Kind::kNull);
  EXPECT_TRUE(v[2].patterns.at(0).code.dominant);
  EXPECT_EQ(v[3].code.kind, Code::Kind::kDiscard);
  EXPECT_EQ(v[4].code.kind, Code::Kind::kComplex);
}

TEST(VerbsLoader, DuplicateRootWarnsAndDropsItsPatterns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK [171]\n- * TREATY [161]\nBREAK [999]\n- * BONE [182]\n",
                          "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 1u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:3", "duplicate"})) << AllWarnings(d);
}

TEST(VerbsLoader, FinishStopsReading) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK [171]\n~~FINISH\n<SYNSETS>\n", "t.verbs").ok());
  EXPECT_EQ(d.compiled().verbs.size(), 1u);
}

TEST(VerbsLoader, BadRootCodeWarns) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadVerbs("BREAK [1$1]\n- * TREATY [161]\n", "t.verbs").ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
  EXPECT_TRUE(HasWarning(d, {"t.verbs:1"})) << AllWarnings(d);
}

// ------------------------------------------------------------ discards

TEST(DiscardsLoader, PhrasesBecomeDiscards) {
  DictionarySet d;
  ASSERT_TRUE(d.LoadDiscards("# sports\nWORLD_CUP\n+HALF_TIME\n", "t.discards").ok());
  EXPECT_EQ(CountSurfaces(d, EntryKind::kDiscard), 2u);
}

// ------------------------------------------------------------ files

class DictionaryFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = dyad::testing::UniqueTempPath(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

TEST_F(DictionaryFileTest, BinaryFileIsRejected) {
  std::string path = Write("dyad_binary.actors", std::string("GON\0DOR [GON]\n", 14));
  DictionarySet d;
  Status st = d.LoadActorsFile(path);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find(path), std::string::npos) << st.message();
}

TEST_F(DictionaryFileTest, EmptyFileLoadsNothing) {
  std::string path = Write("dyad_empty.verbs", "");
  DictionarySet d;
  EXPECT_TRUE(d.LoadVerbsFile(path).ok());
  EXPECT_EQ(d.verb_pattern_count(), 0u);
}

TEST_F(DictionaryFileTest, WarningsNameTheFilePath) {
  std::string path = Write("dyad_warn.agents", "POLICE [COP]\n");
  DictionarySet d;
  ASSERT_TRUE(d.LoadAgentsFile(path).ok());
  EXPECT_TRUE(HasWarning(d, {path + ":1"})) << AllWarnings(d);
}

TEST_F(DictionaryFileTest, MissingFileAndDirectoryAreErrors) {
  DictionarySet d;
  EXPECT_EQ(d.LoadActorsFile("/nonexistent/x.actors").code(), Status::Code::kNotFound);
  EXPECT_FALSE(d.LoadVerbsFile(::testing::TempDir()).ok());
}

TEST(ProductionDictionaries, LoadWithPlausibleCounts) {
  DYAD_REQUIRE_SHARED(shared);
  DictionarySet d;
  const std::string phoenix = shared + "/dictionaries/phoenix/";
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    Status st = d.LoadActorsFile(phoenix + f);
    ASSERT_TRUE(st.ok()) << st.ToString();
  }
  Status st = d.LoadAgentsFile(phoenix + "Phoenix.agents.txt");
  ASSERT_TRUE(st.ok()) << st.ToString();
  st = d.LoadVerbsFile(shared + "/dictionaries/tabari/CAMEO.091003.master.verbs");
  ASSERT_TRUE(st.ok()) << st.ToString();
  d.Finalize();
  EXPECT_GT(d.actor_count(), 25000u);
  EXPECT_GT(d.verb_pattern_count(), 15000u);
  EXPECT_GT(d.compiled().agents.size(), 100u);
}

}  // namespace
}  // namespace dyad
