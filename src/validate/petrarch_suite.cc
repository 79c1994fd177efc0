// The PETRARCH records validator: PETRARCH-1's PETR.UnitTest.records.xml
// and UniversalPetrarch's PETR_Validate_records_2_02.xml.
//
// The dictionaries are the ones the file's <Environment> names (Verbfile,
// Actorfile, Agentfile, Discardfile, beside the file), else those of a
// PETR_config.ini beside it. Options start from PETRARCH's defaults, then
// the [Options] of that PETR_config.ini, then each <Config> from the record
// it precedes on. A record is one sentence, as PETRARCH codes it.
#include "validate/petrarch_suite.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/parse_alignment.h"
#include "dyad/petrarch.h"
#include "dyad/petrarch_options.h"
#include "dyad/tokenizer.h"
#include "util/ascii.h"

namespace dyad {

namespace {

using ascii::Lower;
using ascii::Trim;
using ascii::Upper;

namespace fs = std::filesystem;

using Triple = std::tuple<std::string, std::string, std::string>;

// PETRARCH writes a side no actor was found for as "---".
std::string SideCode(const std::string& code) { return code.empty() ? "---" : Upper(code); }

std::string Describe(const std::set<Triple>& events) {
  std::string out;
  for (const auto& [s, t, c] : events) out += "{" + s + "/" + t + "/" + c + "}";
  return out.empty() ? "{---}" : out;
}

Status LoadSuiteDictionaries(const std::string& path, const PetrarchRecords& records,
                             DictionarySet* dicts) {
  const fs::path base = fs::path(path).parent_path();
  struct Named {
    const char* element;
    PetrarchFile kind;
  };
  // Actors and agents before verbs, as PETRARCH reads them.
  constexpr Named kFiles[] = {{"actorfile", PetrarchFile::kActors},
                              {"agentfile", PetrarchFile::kAgents},
                              {"verbfile", PetrarchFile::kVerbs},
                              {"discardfile", PetrarchFile::kDiscards},
                              {"picofile", PetrarchFile::kPico}};
  bool any = false;
  for (const Named& f : kFiles) {
    for (const PetrarchAttribute& e : records.environment) {
      if (Lower(e.name) != f.element) continue;
      std::stringstream list(e.value);
      std::string name;
      while (std::getline(list, name, ',')) {
        const std::string file(Trim(name));
        if (file.empty()) continue;
        if (Status s = dicts->LoadPetrarchFile(f.kind, (base / file).string()); !s.ok()) return s;
        any = true;
      }
    }
  }
  if (!any) {
    const fs::path config = base / "PETR_config.ini";
    std::error_code ec;
    if (!fs::exists(config, ec)) {
      return Status::InvalidInput(path +
                                  ": no dictionaries: the file's <Environment> names none and "
                                  "there is no PETR_config.ini beside it");
    }
    if (Status s = dicts->LoadPetrarchDictionaries(config.string()); !s.ok()) return s;
  }
  dicts->Finalize();
  return Status::Ok();
}

// What a record expects.
struct Expectation {
  std::set<Triple> events;
  bool no_events = false;
  std::string error;  // "" or the error the record must raise
};

Expectation ExpectationOf(const PetrarchRecord& r) {
  Expectation ex;
  for (const PetrarchCoding& c : r.codings) {
    if (!c.error.empty()) {
      ex.error = Lower(c.error);
    } else if (c.no_events) {
      ex.no_events = true;
    } else if (!c.event.empty()) {
      ex.events.emplace(SideCode(c.source), SideCode(c.target), Upper(c.event));
    }
  }
  return ex;
}

// PETRARCH rejects a story that opens with a dateline ("CEBU CITY: --
// Cordova Mayor ..."): CoreNLP parses it as one noun phrase with no clause,
// and check_irregulars raises "dateline" on that (ROOT (NE (NEC shape.
// Read from the text, so both parse modes agree: one to four upper-case
// words (a comma between place and country allowed), then ':' or "--".
bool OpensWithDateline(std::string_view text) {
  size_t i = 0, words = 0;
  while (i < text.size() && words <= 4) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    const size_t start = i;
    while (i < text.size() && (std::isupper(static_cast<unsigned char>(text[i])) ||
                               text[i] == '.' || text[i] == '\'' || text[i] == '-')) {
      if (text[i] == '-' && i + 1 < text.size() && text[i + 1] == '-') break;
      ++i;
    }
    if (i - start < 2) break;
    ++words;
    if (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) return false;
  }
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string_view rest = text.substr(i);
  return words >= 1 && words <= 4 && (rest.substr(0, 1) == ":" || rest.substr(0, 2) == "--");
}

}  // namespace

bool IsPetrarchSuitePath(const std::string& path) {
  const std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".xml") return true;
  if (ext == ".project") return false;
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return LooksLikePetrarchXml(head);
}

Status RunPetrarchValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                             const ValidationSettings& settings) {
  PetrarchRecords records;
  Diagnostics diagnostics;
  if (Status s = ReadPetrarchRecordsFile(path, &records, &diagnostics); !s.ok()) return s;
  // A record the reader had to skip is not checked: say so.
  for (const std::string& d : diagnostics) out << d << "\n";
  DictionarySet dicts;
  if (Status s = LoadSuiteDictionaries(path, records, &dicts); !s.ok()) return s;
  // PETRARCH-1 (Treebank parses) and UniversalPetrarch (CoNLL-U) differ where
  // their suites say so (PetrarchCodingOptions).
  bool conllu = false;
  for (const PetrarchRecord& r : records.records) {
    if (r.parse.empty()) continue;
    conllu = r.parse.format == ParseFormat::kConllu;
    break;
  }
  CodingOptions options = PetrarchCodingOptions(conllu ? PetrarchLineage::kUniversalPetrarch
                                                       : PetrarchLineage::kPetrarch1);
  const fs::path config = fs::path(path).parent_path() / "PETR_config.ini";
  if (Status s = ApplyPetrarchConfigOptions(config.string(), &options); !s.ok()) return s;

  const bool own = settings.parse == ValidationSettings::Parse::kOwn;
  const SyntaxModel* syntax = settings.syntax;
  std::unique_ptr<SyntaxModel> loaded;
  if (own && syntax == nullptr) {
    if (Status s = SyntaxModel::Load(SyntaxModel::DefaultDir(), &loaded); !s.ok()) return s;
    syntax = loaded.get();
  }
  const Coder coder(dicts, own ? syntax : nullptr);

  *report = ValidationReport();
  double seconds = 0;
  size_t next_config = 0;
  const size_t end = std::min(records.stop_at, records.records.size());
  for (size_t i = 0; i < end; ++i) {
    for (; next_config < records.configs.size() && records.configs[next_config].first_record <= i;
         ++next_config) {
      const PetrarchConfig& c = records.configs[next_config];
      if (Status s = ApplyPetrarchOption(c.option, c.value, &options); !s.ok()) {
        out << path << ":" << c.line << ": " << s.message() << "\n";
      }
    }
    const PetrarchRecord& r = records.records[i];
    // <Skip/> records are coded too: they are valid records that PETRARCH's
    // own runs set aside, and the suite's 276 active records include them.
    if (!r.Evaluated()) continue;
    const Expectation ex = ExpectationOf(r);
    const bool trace = !settings.trace_id.empty() && r.id == settings.trace_id;

    const auto t0 = std::chrono::steady_clock::now();
    Document doc;
    doc.id = r.id;
    doc.date = r.date;
    doc.text = r.text;
    doc.single_unit = true;  // a record is one sentence to PETRARCH
    SplitAndTokenize(&doc);
    // The record's parse is its input: PETRARCH rejects a record whose
    // parse it cannot read (bad_input_parse), whichever parse then codes.
    std::string error;
    SyntaxSentence given, aligned;
    const SyntaxSentence* parse = nullptr;
    std::string note;
    if (!r.parse.empty()) {
      if (Status s = SyntaxFromGivenParse(r.parse, &given); !s.ok()) {
        error = "bad_input_parse";
        note = s.message();
      } else if (!own && !doc.sentences.empty()) {
        ParseAlignmentStats stats;
        const Status a = AlignParseToDocument(given, &doc, &aligned, &stats);
        if (a.ok()) {
          parse = &aligned;
        } else {
          note = "given parse not used: " + a.message();
        }
        if (trace) {
          out << r.id << ": alignment: " << stats.words << " words, " << stats.words_found
              << " found, " << stats.words_guessed << " guessed, " << stats.words_dropped
              << " dropped; " << stats.tokens_merged << " tokens merged, " << stats.tokens_split
              << " split, " << stats.tokens_unparsed << " unparsed\n";
        }
      }
    }
    if (error.empty() && OpensWithDateline(r.text)) error = "dateline";
    CodingResult res;
    if (error.empty() && !doc.sentences.empty()) {
      CodingOptions o = options;
      if (settings.attribution) o.attribution = *settings.attribution;
      o.trace = trace;
      res = coder.CodeSentence(doc, 0, o, nullptr, parse);
      if (trace) {
        out << res.trace;
        for (const Event& e : res.events) {
          out << r.id << ": event " << e.source.code << "/" << e.target.code << "/" << e.code
              << " verb '" << e.verb_text << "' from " << e.pattern << "\n";
        }
      }
      if (res.disposition == CodingResult::Disposition::kDiscarded) error = "discard";
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++report->sentences;
    if (!doc.sentences.empty()) report->words += doc.sentences[0].tokens.size();

    std::set<Triple> coded;
    for (const Event& e : res.events) {
      coded.emplace(SideCode(e.source.code), SideCode(e.target.code), Upper(e.code));
    }
    bool pass = false;
    if (!ex.error.empty()) {
      // dyad does not tell a story discard from a sentence discard: the
      // record is one sentence either way.
      const bool discard_expected = ex.error == "storydiscard" || ex.error == "sentencediscard";
      pass = discard_expected ? error == "discard" : error == ex.error;
    } else if (error.empty()) {
      pass = ex.no_events ? coded.empty() : coded == ex.events;
    }
    report->expected_events += ex.events.size();
    for (const Triple& e : coded) {
      if (ex.events.count(e) != 0) {
        ++report->found_events;
      } else {
        ++report->extra_events;
      }
    }
    if (pass) {
      ++report->passed;
      continue;
    }
    ++report->failed;
    std::string expected = !ex.error.empty() ? "{error " + ex.error + "}" : Describe(ex.events);
    std::string got = !error.empty() ? "{error " + error + "}" : Describe(coded);
    std::string msg = r.id + ": expected " + expected + " coded " + got;
    if (!res.reason.empty()) msg += " (" + res.reason + ")";
    if (!note.empty()) msg += " (" + note + ")";
    report->failures.push_back(msg);
    out << msg << "\n";
  }
  report->seconds = seconds;
  return Status::Ok();
}

}  // namespace dyad
