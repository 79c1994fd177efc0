// The TABARI validation suite runner (TABARI manual 10.1).
//
// Reads the .project, loads the dictionaries and options it names, then
// walks the text file record by record: OPTION blocks change the options,
// every other record is coded and its events compared with the { SRC / TGT
// / CODE } blocks of its comment. Special blocks: {---} no events, {###}
// discarded, {+++} complex; a block written -{ ends checking ("the rest need
// not match"). The run stops at the first record without any block, which
// is how the suite marks the end of its standard records.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "dictionary/phrase_parser.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/options.h"
#include "dyad/tokenizer.h"
#include "dyad/validate.h"
#include "validate/petrarch_suite.h"
#include "util/dates.h"

namespace dyad {

namespace {

namespace fs = std::filesystem;

struct Expected {
  std::vector<std::tuple<std::string, std::string, std::string>> events;
  std::string date;  // YYMMDD after the first event block, if any
  bool none = false, discard = false, complex = false;
  bool open_ended = false;  // a -{ block: codings beyond the listed ones are not checked
  std::vector<std::string> options;
  bool any_block = false;
};

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

Expected ParseExpected(const std::string& comment) {
  Expected ex;
  size_t pos = 0;
  bool stop = false;
  while ((pos = comment.find('{', pos)) != std::string::npos) {
    size_t close = comment.find('}', pos + 1);
    size_t next_open = comment.find('{', pos + 1);
    std::string body;
    size_t after;
    if (close == std::string::npos || (next_open != std::string::npos && next_open < close)) {
      // An unterminated block (some OPTION records) runs to the end or the next block.
      size_t end = next_open == std::string::npos ? comment.size() : next_open;
      body = comment.substr(pos + 1, end - pos - 1);
      size_t star = body.find("*/");
      if (star != std::string::npos) body.resize(star);
      after = end;
    } else {
      body = comment.substr(pos + 1, close - pos - 1);
      after = close + 1;
    }
    bool dash = pos > 0 && comment[pos - 1] == '-';
    std::string trimmed(dict::Trim(body));
    ex.any_block = true;
    if (Upper(trimmed).rfind("OPTION:", 0) == 0) {
      ex.options.push_back(std::string(dict::Trim(std::string_view(trimmed).substr(7))));
      pos = after;
      continue;
    }
    if (dash) {
      ex.open_ended = true;
      stop = true;
    }
    if (!stop) {
      std::string sq = Squeeze(trimmed);
      if (sq == "---" || sq == "----") ex.none = true;
      else if (sq == "###") ex.discard = true;
      else if (sq == "+++") ex.complex = true;
      else {
        std::vector<std::string> parts;
        std::stringstream ss(trimmed);
        std::string part;
        while (std::getline(ss, part, '/')) parts.push_back(Upper(Squeeze(part)));
        if (parts.size() == 3) {
          ex.events.emplace_back(parts[0], parts[1], parts[2]);
          if (ex.events.size() == 1) {
            size_t d = after;
            while (d < comment.size() && (comment[d] == ' ' || comment[d] == '\t')) ++d;
            size_t e = d;
            while (e < comment.size() && std::isdigit(static_cast<unsigned char>(comment[e]))) ++e;
            if (e - d >= 6) ex.date = comment.substr(d, e - d);
          }
        }
      }
    }
    pos = after;
  }
  return ex;
}

struct Record {
  std::string header, id, date_field, text, comment;
  size_t line = 0;
};

// Splits the text file into records: a line starting with a digit opens
// one, a blank line closes it; /* ... */ goes to the comment.
std::vector<Record> ReadRecords(const std::string& content) {
  std::vector<Record> out;
  std::istringstream in(content);
  std::string line;
  size_t number = 0;
  Record cur;
  bool open = false, in_comment = false, seen_comment = false;
  auto close = [&]() {
    if (open) out.push_back(std::move(cur));
    cur = Record();
    open = false;
    in_comment = false;
    seen_comment = false;
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    bool blank = dict::Trim(line).empty();
    if (!open) {
      if (!blank && std::isdigit(static_cast<unsigned char>(line[0]))) {
        open = true;
        cur.line = number;
        cur.header = line;
        std::string_view h = line;
        size_t sp = h.find_first_of(" \t");
        cur.date_field = std::string(h.substr(0, sp));
        cur.id = sp == std::string_view::npos ? "" : std::string(dict::Trim(h.substr(sp)));
      }
      continue;
    }
    if (blank) {  // a blank line ends a record even inside an unclosed comment
      close();
      continue;
    }
    // Separate text from comment across lines.
    size_t i = 0;
    while (i < line.size()) {
      if (!in_comment) {
        size_t open_c = line.find("/*", i);
        // Once a comment has been seen, what follows belongs to the
        // annotation (some records list expected events after the "*/").
        std::string& sink = cur.comment.empty() && !seen_comment ? cur.text : cur.comment;
        if (open_c == std::string::npos) {
          sink += line.substr(i);
          break;
        }
        sink += line.substr(i, open_c - i);
        seen_comment = true;
        in_comment = true;
        i = open_c + 2;
      } else {
        size_t close_c = line.find("*/", i);
        if (close_c == std::string::npos) {
          cur.comment += line.substr(i);
          break;
        }
        cur.comment += line.substr(i, close_c - i);
        in_comment = false;
        i = close_c + 2;
      }
    }
    if (in_comment || seen_comment) cur.comment += '\n';
    else cur.text += ' ';
  }
  close();
  return out;
}

std::string DateToIso(const std::string& field, bool yyyy) {
  std::string digits;
  for (char c : field) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    digits.push_back(c);
  }
  if (yyyy) {
    if (digits.size() != 8) return "";
  } else {
    if (digits.size() < 6) return "";
    digits.resize(6);
  }
  int v = dict::ParseTabariDate(digits);
  if (v < 0) return "";
  return dates::FormatIso(v / 10000, v / 100 % 100, v % 100);
}

// Reads the story and sentence numbers out of a record header with a FORWARD
// format: after the six-digit date, ^ is a blank, * any character, N a digit
// of the story number and S a digit of the sentence number.
void StorySentence(const std::string& header, const std::string& format, long* story,
                   long* sentence) {
  size_t i = std::min<size_t>(6, header.size());
  long st = 0, se = 0;
  bool any_n = false, any_s = false;
  for (char f : format) {
    if (i >= header.size()) break;
    char c = header[i++];
    if (f == 'N' || f == 'S') {
      if (!std::isdigit(static_cast<unsigned char>(c))) {
        (f == 'N' ? st : se) = 0;
        continue;
      }
      long& v = f == 'N' ? st : se;
      v = v * 10 + (c - '0');
      (f == 'N' ? any_n : any_s) = true;
    }
  }
  *story = any_n ? st : -1;
  *sentence = any_s ? se : -1;
}

std::string IsoToYymmdd(const std::string& iso) {
  if (iso.size() != 10) return "";
  return iso.substr(2, 2) + iso.substr(5, 2) + iso.substr(8, 2);
}

std::string Describe(const std::vector<std::tuple<std::string, std::string, std::string>>& ev) {
  std::string out;
  for (const auto& [s, t, c] : ev) out += "{" + s + "/" + t + "/" + c + "}";
  return out.empty() ? "{---}" : out;
}

}  // namespace

Status RunValidation(const std::string& path, std::ostream& out, ValidationReport* report,
                     const ValidationSettings& settings) {
  if (IsPetrarchSuitePath(path)) return RunPetrarchValidation(path, out, report, settings);
  const std::string& trace_id = settings.trace_id;
  std::ifstream pf(path, std::ios::binary);
  if (!pf) return Status::NotFound(path + ": cannot open validation project");
  fs::path base = fs::path(path).parent_path();
  std::string actors, verbs, options_file, agents, text_file;
  std::string line;
  size_t number = 0;
  while (std::getline(pf, line)) {
    ++number;
    std::string_view t = dict::Trim(line);
    auto value = [&](std::string_view tag) -> std::string {
      if (t.rfind(tag, 0) != 0) return "";
      return (base / std::string(dict::Trim(t.substr(tag.size())))).string();
    };
    if (auto v = value("<actorsfile>"); !v.empty()) actors = v;
    if (auto v = value("<verbsfile>"); !v.empty()) verbs = v;
    if (auto v = value("<optionsfile>"); !v.empty()) options_file = v;
    if (auto v = value("<agentsfile>"); !v.empty()) agents = v;
    if (auto v = value("<textfile>"); !v.empty()) text_file = v;
  }
  if (text_file.empty()) return Status::InvalidInput(path + ": no <textfile> in the project");
  DictionarySet dicts;
  Status st;
  if (!actors.empty() && !(st = dicts.LoadActorsFile(actors)).ok()) return st;
  if (!agents.empty() && !(st = dicts.LoadAgentsFile(agents)).ok()) return st;
  if (!verbs.empty() && !(st = dicts.LoadVerbsFile(verbs)).ok()) return st;
  dicts.Finalize();
  CodingOptions options;
  if (!options_file.empty() && !(st = LoadOptionsFile(options_file, &options)).ok()) return st;
  std::ifstream tf(text_file, std::ios::binary);
  if (!tf) return Status::NotFound(text_file + ": cannot open validation text");
  std::stringstream ss;
  ss << tf.rdbuf();
  std::vector<Record> records = ReadRecords(ss.str());

  const SyntaxModel* syntax = settings.syntax;
  std::unique_ptr<SyntaxModel> own_syntax;  // loaded when a record first needs a parse
  SentenceContext context;
  long previous_story = -1, previous_sentence = -1;
  *report = ValidationReport();
  double seconds = 0;
  for (const Record& r : records) {
    Expected ex = ParseExpected(r.comment);
    if (!ex.any_block) break;  // end of the standard records
    for (const std::string& opt : ex.options) {
      Status os = ApplyOptionsLine(opt, text_file + ":" + std::to_string(r.line), &options);
      if (!os.ok()) out << r.id << ": bad OPTION: " << os.message() << "\n";
    }
    if (!ex.options.empty() && ex.events.empty() && !ex.none && !ex.discard && !ex.complex)
      continue;  // an options record, not a test
    Document doc;
    doc.id = r.id;
    doc.date = DateToIso(r.date_field, options.yyyy);
    doc.text = r.text;
    doc.single_unit = true;
    if (settings.attribution) options.attribution = *settings.attribution;
    // Loading the models is set-up, not coding time.
    if (options.attribution == CodingOptions::Attribution::kSyntax && syntax == nullptr) {
      if (Status ls = SyntaxModel::Load(SyntaxModel::DefaultDir(), &own_syntax); !ls.ok())
        return ls;
      syntax = own_syntax.get();
    }
    auto t0 = std::chrono::steady_clock::now();  // tokenizing counts as coding time
    SplitAndTokenize(&doc);
    CodingResult res;
    options.trace = !trace_id.empty() && r.id == trace_id;
    const Coder coder(dicts, syntax);
    long story = -1, sentence = -1;
    if (options.forward) StorySentence(r.header, options.forward_format, &story, &sentence);
    bool follows = options.forward && story >= 0 && story == previous_story &&
                   sentence == previous_sentence + 1;
    if (!doc.sentences.empty()) res = coder.CodeSentence(doc, 0, options, follows ? &context : nullptr);
    previous_story = story;
    previous_sentence = sentence;
    context.previous_first_actor = res.first_actor;
    if (options.trace) out << res.trace;
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    report->sentences += 1;
    if (!doc.sentences.empty()) report->words += doc.sentences[0].tokens.size();

    std::vector<std::tuple<std::string, std::string, std::string>> coded;
    for (const Event& e : res.events) coded.emplace_back(Upper(e.source.code), Upper(e.target.code), Upper(e.code));
    bool pass = false;
    using D = CodingResult::Disposition;
    if (ex.discard && res.disposition == D::kDiscarded) pass = true;
    else if (ex.complex && res.disposition == D::kComplex) pass = true;
    else if (ex.none && coded.empty()) pass = true;
    else if (!ex.discard && !ex.complex && !ex.none) {
      std::set<std::tuple<std::string, std::string, std::string>> want(ex.events.begin(), ex.events.end());
      std::set<std::tuple<std::string, std::string, std::string>> got(coded.begin(), coded.end());
      if (ex.open_ended) {
        pass = std::includes(got.begin(), got.end(), want.begin(), want.end());
      } else {
        pass = want == got;
      }
      if (pass && options.time_shifting && !ex.date.empty() && !res.events.empty()) {
        pass = IsoToYymmdd(res.date) == ex.date;
      }
    }
    if (pass) {
      ++report->passed;
    } else {
      ++report->failed;
      std::string expected = ex.discard ? "{###}" : ex.complex ? "{+++}" : Describe(ex.events);
      std::string got = res.disposition == D::kDiscarded ? "{###}"
                        : res.disposition == D::kComplex ? "{+++}"
                                                         : Describe(coded);
      std::string msg = r.id + ": expected " + expected + (ex.open_ended ? "..." : "") +
                        " coded " + got;
      if (!res.reason.empty()) msg += " (" + res.reason + ")";
      if (options.time_shifting && !ex.date.empty()) msg += " date " + IsoToYymmdd(res.date);
      report->failures.push_back(msg);
      out << msg << "\n";
    }
  }
  report->seconds = seconds;
  return Status::Ok();
}

}  // namespace dyad
