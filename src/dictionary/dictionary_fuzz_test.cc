// Robustness: the dictionary and options readers must survive any bytes.
// A deterministic stand-in for fuzz/fuzz_dictionaries.cc that runs in every
// build: random texts and mutations of real-looking dictionary lines are fed
// to every loader, then Finalize(); nothing may crash or hang. (No timing
// assertion: a hang shows up as the ctest timeout.)
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/options.h"
#include "test_support.h"

namespace dyad {
namespace {

// Lines in the style of each file kind (fictional entries).
const std::vector<std::string>& SeedLines() {
  static const std::vector<std::string> kLines = {
      "VALDORIA [VAL]",
      "NEW_VALDORIA [NVA] ; comment",
      "MARELLO",
      "+MARELLO_DUVAN",
      "  [VALGOV 950101-991231]",
      "  [VALOPP]",
      "KASSIN [OSTGOV <980630] [OSTELI >980701]",
      "TWIN_KINGDOMS [NKG/SKG]",
      "GREY_ADMIRAL [ZARMIL >000101] [- - -]",
      "B_TWO [AAA950601-990815]",
      "<NOUN>", "BOMBS", "</NOUN>", "<ADJECTIVE>", "LAZY", "</ADJECTIVE>",
      "POLICE [~COP]", "ACTIVISTS [NGO~]", "!GUARD! = WARDEN, SENTRY",
      "GATE!GUARD! [~GRD]",
      "<SYNSETS>", "&GOODS", "+GRAIN", "+WINTER_FUEL", "&MORE", "+BAGS_OF_&GOODS",
      "</SYNSETS>",
      "SEND_ [030]", "{SENT_ SENDING_}",
      "- $ * { A | B }_C [032:033]",
      "- * &GOODS [070]",
      "- % * IN ^ WITH + [046!]",
      "- + WAS * BY $ [023?]",
      "- * BACK~_POLICY [---]",
      "- SHOT_AND_* [###]",
      "ANNEX [+++]",
      "<TIME>", "YESTERDAY [-1]", "- * NEXT_WEEK [+7]", "</TIME>",
      "~~FINISH",
      "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN",
      "DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER",
      "COMMA: MIN = 1 MAX = 8 EMIN=3",
      "SET: CODE BY SENTENCE",
      "FORWARD: ^^*****NNN*SSS DOC",
      // PETRARCH formats.
      "<!-- a comment -->", "<!-- open", "-->", "<! -- spaced -->",
      "&CURRENCY_", "+AUSTRIAN FLORIN", "+KRONER_", "+&TIETYPES",
      "--- ABANDON [080] ---", "---  REDUCE   [---]  ---", "--- DELAY [191]  [031:031]  ---",
      "SAY  {SAYS SAID SAYING}", "+CLEAR_UP", "KLM_NOP_+RST [002]",
      "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }", "EXPRESS [0110] # note",
      "- SAID + MUST * POLICY [100] # ABANDON <ab 10 Jul 2003>",
      "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]",
      "- * (FOR {FINANCIAL AID}) [0331]", "- * EXISTENCE (OF {MILITANT BASES}) [016]",
      "- * (BEFORE COURT) [:173]", "- ** &CURRENCY [903]",
      "~ a (a b ATTACK) SAY = a b 015", "~ a (_ b ASSASSINATE) ATTEMPT = a b 185",
      "\t[AFGELI 320101-331108]", "\t[AFGGOV 19791227-861124]", "\t[ELI]# IGOrulers.txt",
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON", "CONGRESS!PERSON! [~LEG]",
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]", "POLICE {} [~COP]", "HUMAN_RIGHTS [NGO~]",
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">", "</ISSUE>", "n:preschool [EARLY]",
      "pre+n:school [EARLY]", "v:massacre [ID_ATROCITY]", "~~Armenian genocide",
      "[Dictionaries]", "verbfile_name = CAMEO.2.0.txt", "actorfile_list = a.txt, b.txt",
  };
  return kLines;
}

const char kSpecials[] = "[]{}|_~=$+%^@*&!:?#;/<>- \t\n\r0123456789ABZaz'\"";

std::string Mutate(std::string s, std::mt19937& rng) {
  std::uniform_int_distribution<int> op(0, 5);
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    char c = kSpecials[rng() % (sizeof kSpecials - 1)];
    switch (op(rng)) {
      case 0: s.insert(s.begin() + static_cast<long>(pos), c); break;            // insert a special
      case 1: if (pos < s.size()) s.erase(pos, 1); break;                          // delete
      case 2: if (pos < s.size()) s[pos] = c; break;                               // replace
      case 3: if (pos < s.size()) s[pos] = static_cast<char>(rng() % 256); break;  // any byte
      case 4: s = s.substr(0, pos); break;                                         // truncate
      default: s += s.substr(pos); break;                                          // duplicate tail
    }
  }
  return s;
}

void Exercise(const std::string& text) {
  DictionarySet d;
  // Statuses are allowed to be errors; only crashes and hangs are failures.
  (void)d.LoadActors(text, "fuzz.actors");
  (void)d.LoadAgents(text, "fuzz.agents");
  (void)d.LoadVerbs(text, "fuzz.verbs");
  (void)d.LoadDiscards(text, "fuzz.discards");
  for (PetrarchFile kind : {PetrarchFile::kVerbs, PetrarchFile::kActors, PetrarchFile::kAgents,
                            PetrarchFile::kDiscards, PetrarchFile::kIssues}) {
    (void)d.LoadPetrarch(kind, text, "fuzz.petrarch");
  }
  PetrarchFile kind;
  (void)DetectPetrarchFile("fuzz.txt", text, &kind);
  d.Finalize();
  CodingOptions o;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    (void)ApplyOptionsLine(line, "fuzz.options:1", &o);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

TEST(DictionaryRobustness, DictionaryLoaderSurvivesRandomBytes) {
  std::mt19937 rng(20240611u);  // fixed seed: the same inputs every run
  for (int i = 0; i < 1500; ++i) {
    std::string text(rng() % 200, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    Exercise(text);
  }
  SUCCEED();
}

TEST(DictionaryRobustness, DictionaryLoaderSurvivesMutatedDictionaryLines) {
  std::mt19937 rng(77u);
  const auto& seeds = SeedLines();
  for (int i = 0; i < 2500; ++i) {
    std::string text;
    int lines = 1 + static_cast<int>(rng() % 12);
    for (int l = 0; l < lines; ++l) {
      std::string line = seeds[rng() % seeds.size()];
      if (rng() % 3 != 0) line = Mutate(line, rng);
      text += line + "\n";
    }
    Exercise(text);
  }
  SUCCEED();
}

// The PETRARCH config reader works on files: fewer rounds, through a file.
TEST(DictionaryRobustness, PetrarchConfigSurvivesMutatedLines) {
  std::mt19937 rng(4u);
  const std::string path = testing::UniqueTempPath("fuzz_config.ini");
  const std::vector<std::string> seeds = {"[Dictionaries]", "verbfile_name = x.txt",
                                          "actorfile_list = a.txt, , b.txt", "[Options]",
                                          "# comment", "agentfile_name:", "= value"};
  for (int i = 0; i < 200; ++i) {
    std::string text;
    for (int l = 0; l < 1 + static_cast<int>(rng() % 6); ++l) {
      std::string line = seeds[rng() % seeds.size()];
      if (rng() % 2 != 0) line = Mutate(line, rng);
      text += line + "\n";
    }
    std::ofstream(path, std::ios::binary) << text;
    DictionarySet d;
    (void)d.LoadPetrarchDictionaries(path, {"/nonexistent"});
  }
  std::remove(path.c_str());
  SUCCEED();
}

TEST(DictionaryRobustness, PathologicalNestingAndLongLines) {
  Exercise("SEND [030]\n- * " + std::string(5000, '{') + "A\n");
  Exercise("SEND [030]\n- * " + std::string(2000, '_') + "*\n");
  Exercise(std::string(100000, '[') + "\n");
  Exercise("X [" + std::string(100000, '9') + "]\n");
  std::string deep = "SEND [030]\n- * ";
  for (int i = 0; i < 2000; ++i) deep += "{ A | ";
  Exercise(deep + "\n");
  Exercise("--- " + std::string(5000, '[') + "\n" + std::string(3000, '+') + "\n");
  Exercise("<!--" + std::string(100000, '-'));
  Exercise("!A! = " + std::string(2000, ',') + "\n!A!!A!!A! [~X]\n");
  std::string issue = "";
  for (int i = 0; i < 40; ++i) issue += "n:a+v:b+c ";
  Exercise(issue + "[X]\n");
  SUCCEED();
}

}  // namespace
}  // namespace dyad
