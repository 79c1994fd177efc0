// Tests for loading PETRARCH dictionary sets (petrarch_config.cc): configs,
// folders, kind detection; and the real sets in ../shared (the Phoenix
// dictionaries, PETRARCH's and UniversalPetrarch's validation dictionaries),
// whose counts are pinned so that a change in reading them shows.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dictionary/compiled.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/tokenizer.h"
#include "test_support.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string AllWarnings(const DictionarySet& d) {
  std::string out;
  for (const std::string& w : d.warnings()) out += w + "\n";
  return out;
}

// A scratch folder of files, removed at the end of the test.
class TempFolder {
 public:
  explicit TempFolder(const std::string& name) : dir_(testing::UniqueTempPath(name)) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& rel, std::string_view text) const {
    fs::path p = fs::path(dir_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

constexpr std::string_view kVerbs = "--- SEND [030] ---\nSEND {SENT}\n- * TROOPS TO + [042]\n";
constexpr std::string_view kActors = "ARNOR [ARN]\nROHAN [ROH]\n";
constexpr std::string_view kAgents = "MINISTER [~GOV]\n";

TEST(PetrarchConfig, ConfigNamesFilesFoundBesideItOrInSearchDirs) {
  TempFolder t("petr_config");
  t.Write("dicts/A.verbs.txt", kVerbs);
  t.Write("dicts/A.actors.txt", kActors);
  t.Write("dicts/B.actors.txt", "GONDOR [GON]\n");
  t.Write("conf/A.agents.txt", kAgents);
  const std::string config = t.Write("conf/PETR_config.ini", R"(# comment
[Dictionaries]
verbfile_name    = A.verbs.txt
actorfile_list   = A.actors.txt, B.actors.txt
agentfile_name   = A.agents.txt
mystery_key      = x
[Options]
new_actor_length = 0
)");
  DictionarySet d;
  Status st = d.LoadPetrarchDictionaries(config, {t.dir() + "/dicts"});
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(d.counts().actors, 3u);
  EXPECT_EQ(d.counts().agents, 1u);
  EXPECT_EQ(d.counts().verb_patterns, 1u);
  ASSERT_EQ(d.warnings().size(), 1u) << AllWarnings(d);
  EXPECT_NE(d.warnings()[0].find("PETR_config.ini:6:"), std::string::npos) << AllWarnings(d);
}

TEST(PetrarchConfig, MissingFileIsAnErrorNamingConfigAndLine) {
  TempFolder t("petr_config_missing");
  const std::string config =
      t.Write("PETR_config.ini", "[Dictionaries]\n\nverbfile_name = nowhere.txt\n");
  DictionarySet d;
  Status st = d.LoadPetrarchDictionaries(config);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("PETR_config.ini:3"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("nowhere.txt"), std::string::npos) << st.message();
}

TEST(PetrarchConfig, FolderLoadsEachKindByNameOrContent) {
  TempFolder t("petr_folder");
  t.Write("my.verbs.txt", kVerbs);
  t.Write("x.verbs.txt", kVerbs);  // a second verb dictionary: not loaded
  t.Write("people.actors.txt", kActors);
  t.Write("roles.txt", kAgents);  // agents, told by content
  t.Write("records.xml", "<Sentences></Sentences>\n");
  t.Write("prepositions.txt", "about\nabove\n");
  t.Write("PETR_config.ini", "[Dictionaries]\nverbfile_name = none.txt\n");
  DictionarySet d;
  Status st = d.LoadPetrarchDictionaries(t.dir());
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(d.counts().actors, 2u);
  EXPECT_EQ(d.counts().agents, 1u);
  EXPECT_EQ(d.counts().verb_patterns, 1u);
  ASSERT_EQ(d.warnings().size(), 1u) << AllWarnings(d);
  EXPECT_NE(d.warnings()[0].find("x.verbs.txt"), std::string::npos);
}

TEST(PetrarchConfig, SingleDictionaryFileAndNonDictionaries) {
  TempFolder t("petr_single");
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarchDictionaries(t.Write("a.actors.txt", kActors)).ok());
  EXPECT_EQ(d.counts().actors, 2u);
  EXPECT_FALSE(d.LoadPetrarchDictionaries(t.Write("words.txt", "about\n")).ok());
  EXPECT_FALSE(d.LoadPetrarchDictionaries(t.dir() + "/absent.ini").ok());
  TempFolder empty("petr_empty");
  EXPECT_FALSE(d.LoadPetrarchDictionaries(empty.dir()).ok());
}

TEST(PetrarchConfig, DetectsKindsByNameThenContent) {
  PetrarchFile k;
  ASSERT_TRUE(DetectPetrarchFile("CAMEO.2.0.txt", "", &k));
  EXPECT_EQ(k, PetrarchFile::kVerbs);
  ASSERT_TRUE(DetectPetrarchFile("Phoenix.IssueCoding.txt", "", &k));
  EXPECT_EQ(k, PetrarchFile::kIssues);
  ASSERT_TRUE(DetectPetrarchFile("z.txt", "# c\n--- SEND [030] ---\n", &k));
  EXPECT_EQ(k, PetrarchFile::kVerbs);
  ASSERT_TRUE(DetectPetrarchFile("z.txt", "<ISSUE CATEGORY=\"X\">\n", &k));
  EXPECT_EQ(k, PetrarchFile::kIssues);
  ASSERT_TRUE(DetectPetrarchFile("z.txt", "ARNOR [ARN]\n", &k));
  EXPECT_EQ(k, PetrarchFile::kActors);
  EXPECT_FALSE(DetectPetrarchFile("PETR.UnitTest.records.xml", "", &k));
  EXPECT_FALSE(DetectPetrarchFile("ontology.txt", "010:0x1000#Say\n", &k));
}

// ------------------------------------------------------------ ../shared

TEST(PetrarchSharedSets, FullPhoenixSetLoads) {
  DYAD_REQUIRE_SHARED(shared);
  DictionarySet d;
  Status st = d.LoadPetrarchDictionaries(shared + "/dictionaries/phoenix");
  ASSERT_TRUE(st.ok()) << st.message();
  d.Finalize();
  const DictionaryCounts c = d.counts();
  // The folder's verb dictionary is CAMEO.2.0.txt (PETRARCH-2), the first
  // of its two by name.
  EXPECT_EQ(c.actors, 27211u);
  EXPECT_EQ(c.agents, 2243u);
  EXPECT_EQ(c.verb_patterns, 4666u);
  EXPECT_EQ(c.synsets, 40u);
  EXPECT_EQ(c.transformations, 8u);
  EXPECT_EQ(c.discards, 505u);
  EXPECT_EQ(c.issues, 3157u);
  // Duplicate entries (most of them) and real errors in the files.
  EXPECT_EQ(c.warnings, 1484u);
}

TEST(PetrarchSharedSets, Petrarch1ConfigLoadsTheFullPhoenixSet) {
  DYAD_REQUIRE_SHARED(shared);
  DictionarySet d;
  Status st = d.LoadPetrarchDictionaries(shared + "/suites/petrarch1/PETR_config.ini",
                                         {shared + "/dictionaries/phoenix"});
  ASSERT_TRUE(st.ok()) << st.message();
  d.Finalize();
  const DictionaryCounts c = d.counts();
  EXPECT_EQ(c.actors, 27211u);
  EXPECT_EQ(c.agents, 2243u);
  EXPECT_EQ(c.verb_patterns, 11007u);
  EXPECT_EQ(c.synsets, 38u);
  EXPECT_EQ(c.issues, 3157u);
  EXPECT_EQ(c.warnings, 1499u);
}

TEST(PetrarchSharedSets, ValidationDictionariesLoad) {
  DYAD_REQUIRE_SHARED(shared);
  DictionarySet p1;
  Status st = p1.LoadPetrarchDictionaries(shared + "/suites/petrarch1");
  ASSERT_TRUE(st.ok()) << st.message();
  p1.Finalize();
  EXPECT_EQ(p1.counts().actors, 127u);
  EXPECT_EQ(p1.counts().agents, 88u);
  EXPECT_EQ(p1.counts().verb_patterns, 474u);
  EXPECT_EQ(p1.counts().synsets, 16u);
  EXPECT_EQ(p1.counts().warnings, 5u) << AllWarnings(p1);

  DictionarySet ud;
  st = ud.LoadPetrarchDictionaries(shared + "/suites/ud-petrarch");
  ASSERT_TRUE(st.ok()) << st.message();
  ud.Finalize();
  EXPECT_EQ(ud.counts().actors, 133u);
  EXPECT_EQ(ud.counts().verb_patterns, 354u);  // BEGIN's dashless pattern read (DATE-11)
  EXPECT_EQ(ud.counts().warnings, 14u) << AllWarnings(ud);
}

TEST(PetrarchSharedSets, Petrarch1ValidationPatternCodesASentence) {
  DYAD_REQUIRE_SHARED(shared);
  DictionarySet d;
  ASSERT_TRUE(d.LoadPetrarchDictionaries(shared + "/suites/petrarch1").ok());
  d.Finalize();
  Document doc;
  doc.id = "d";
  doc.text = "Israel abandoned diplomatic ties with Jordan on Monday after the talks.";
  doc.single_unit = true;
  SplitAndTokenize(&doc);
  CodingResult r = Coder(d).CodeSentence(doc, 0, CodingOptions());
  ASSERT_EQ(r.events.size(), 1u) << r.reason;
  EXPECT_EQ(r.events[0].source.code, "ISR");
  EXPECT_EQ(r.events[0].target.code, "JOR");
  EXPECT_EQ(r.events[0].code, "901");  // - * DIPLOMATIC TIES [901]
}

}  // namespace
}  // namespace dyad
