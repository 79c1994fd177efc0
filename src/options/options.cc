// The .options language (TABARI manual chapter 8), applied line by line.
//
// Commands are recognised by their first four letters and the colon, as
// TABARI does ("DEFA: TARGET [WLD]" works). Commands that only steer
// TABARI's interactive program (usage files, haiku, skipping records) are
// accepted and ignored; anything else unknown is an error naming the line.
#include <cctype>
#include <fstream>
#include <sstream>

#include "dictionary/phrase_parser.h"
#include "dyad/options.h"

namespace dyad {

namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out.push_back(c);
  }
  return out;
}

bool ParseBool(std::string_view v, bool* out) {
  std::string u = Upper(dict::Trim(v));
  if (u == "TRUE" || u == "T" || u == "ON" || u == "1") {
    *out = true;
    return true;
  }
  if (u == "FALSE" || u == "F" || u == "OFF" || u == "0") {
    *out = false;
    return true;
  }
  return false;
}

// Reads "NAME[n]" as n from `s` starting at the position of NAME.
int BracketNumber(const std::string& s, const std::string& name) {
  size_t at = s.find(name + "[");
  if (at == std::string::npos) return 0;
  return std::atoi(s.c_str() + at + name.size() + 1);
}

// Reads "NAME = n" (blanks squeezed out) as n; returns false if absent.
bool KeyNumber(const std::string& squeezed, const std::string& name, int* out) {
  size_t at = 0;
  while ((at = squeezed.find(name + "=", at)) != std::string::npos) {
    // Do not let "MIN=" match inside "BMIN=" or "EMIN=".
    if (at > 0 && std::isalpha(static_cast<unsigned char>(squeezed[at - 1]))) {
      at += name.size();
      continue;
    }
    *out = std::atoi(squeezed.c_str() + at + name.size() + 1);
    return true;
  }
  return false;
}

Status Bad(std::string_view where, const std::string& problem) {
  return Status::InvalidInput(std::string(where) + ": " + problem);
}

Status ApplySet(std::string_view body, std::string_view where, CodingOptions* o) {
  std::string u = Upper(dict::Trim(body));
  size_t eq = u.find('=');
  std::string key = std::string(dict::Trim(eq == std::string::npos ? std::string_view(u)
                                                       : std::string_view(u).substr(0, eq)));
  std::string value =
      eq == std::string::npos ? "" : std::string(dict::Trim(std::string_view(u).substr(eq + 1)));
  if (key.rfind("CODE", 0) == 0) {
    if (u.find("SENTENCE") != std::string::npos) o->code_by = CodingOptions::CodeBy::kSentence;
    else if (u.find("ALL") != std::string::npos) o->code_by = CodingOptions::CodeBy::kAll;
    else if (u.find("CLAUSE") != std::string::npos) o->code_by = CodingOptions::CodeBy::kClause;
    else return Bad(where, "SET: CODE BY takes CLAUSE, SENTENCE or ALL");
    return Status::Ok();
  }
  // dyad's extension (TABARI has no parser): see CodingOptions::attribution.
  if (key == "ATTRIBUTION") {
    if (value == "SYNTAX") o->attribution = CodingOptions::Attribution::kSyntax;
    else if (value == "TABARI") o->attribution = CodingOptions::Attribution::kTabari;
    else return Bad(where, "SET: ATTRIBUTION takes SYNTAX or TABARI");
    return Status::Ok();
  }
  bool flag = false;
  if (key.rfind("MINIMUM", 0) == 0) {
    if (value.empty() || !std::isdigit(static_cast<unsigned char>(value[0])))
      return Bad(where, "SET: MINIMUM WORDS takes a number");
    o->minimum_words = std::atoi(value.c_str());
    return Status::Ok();
  }
  auto set_bool = [&](bool* target) -> Status {
    if (!ParseBool(value, &flag)) return Bad(where, "SET: " + key + " takes TRUE or FALSE");
    *target = flag;
    return Status::Ok();
  };
  if (key.rfind("CONVERT", 0) == 0) return set_bool(&o->convert_agents);
  if (key.rfind("TIME", 0) == 0) return set_bool(&o->time_shifting);
  if (key == "YYYY") return set_bool(&o->yyyy);
  if (key == "FBIS") return set_bool(&o->fbis);
  if (key == "LABEL") return set_bool(&o->label);
  // Switches of TABARI's interactive program that do not change coding.
  static const char* kIgnored[] = {"ACTOR", "AGENT", "VERB", "DUP", "HAIKU", "SKIP", "ALLCAPS",
                                   "CHECK", "MATCH"};
  for (const char* k : kIgnored) {
    if (key.rfind(k, 0) == 0) return Status::Ok();
  }
  return Bad(where, "unknown SET: parameter '" + key + "'");
}

Status ApplyComplex(std::string_view body, CodingOptions* o) {
  std::string u = Squeeze(Upper(body));
  auto& c = o->complex;
  c = CodingOptions::Complexity();
  c.verbs = BracketNumber(u, "VERBS");
  c.actors = BracketNumber(u, "ACTORS");
  c.pronouns = BracketNumber(u, "PRONOUNS");
  c.conj = BracketNumber(u, "CONJ");
  c.comma = BracketNumber(u, "COMMA");
  c.lateverb = BracketNumber(u, "LATEVERB");
  c.noactprior = u.find("NOACTPRIOR") != std::string::npos;
  c.noactafter = u.find("NOACTAFTER") != std::string::npos;
  c.noverb = u.find("NOVERB") != std::string::npos;
  c.nosource = u.find("NOSOURCE") != std::string::npos;
  c.notarget = u.find("NOTARGET") != std::string::npos;
  c.noevent = u.find("NOEVENT") != std::string::npos;
  c.explain = u.find("EXPLAIN") != std::string::npos;
  c.nosave = u.find("NOSAVE") != std::string::npos;
  return Status::Ok();
}

Status ApplyDefault(std::string_view body, std::string_view where, CodingOptions* o) {
  std::string u = Upper(body);
  if (Squeeze(u) == "OFF") {
    o->defaults = CodingOptions::Defaults();
    return Status::Ok();
  }
  auto code_after = [&](const std::string& keyword, std::string* code, size_t* end) -> bool {
    size_t at = u.find(keyword);
    if (at == std::string::npos) return false;
    size_t open = u.find('[', at);
    size_t close = open == std::string::npos ? std::string::npos : u.find(']', open);
    if (open == std::string::npos || close == std::string::npos) return false;
    *code = Squeeze(u.substr(open + 1, close - open - 1));
    *end = close + 1;
    return true;
  };
  size_t src_end = 0, tgt_end = 0;
  std::string code;
  bool any = false;
  if (code_after("SOURCE", &code, &src_end)) {
    o->defaults.source = code;
    size_t tgt = u.find("TARGET", src_end);
    std::string between = u.substr(src_end, tgt == std::string::npos ? std::string::npos : tgt - src_end);
    o->defaults.source_prior = between.find("PRIOR") != std::string::npos;
    any = true;
  }
  if (code_after("TARGET", &code, &tgt_end)) {
    o->defaults.target = code;
    o->defaults.target_after = u.find("AFTER", tgt_end) != std::string::npos;
    any = true;
  }
  if (!any) return Bad(where, "DEFAULT: needs SOURCE [code] and/or TARGET [code], or OFF");
  return Status::Ok();
}

Status ApplyComma(std::string_view body, CodingOptions* o) {
  std::string u = Squeeze(Upper(body));
  if (u == "OFF") {
    o->comma.enabled = false;
    return Status::Ok();
  }
  o->comma.enabled = true;
  KeyNumber(u, "MIN", &o->comma.min);
  KeyNumber(u, "MAX", &o->comma.max);
  KeyNumber(u, "EMIN", &o->comma.emin);
  KeyNumber(u, "EMAX", &o->comma.emax);
  KeyNumber(u, "BMIN", &o->comma.bmin);
  KeyNumber(u, "BMAX", &o->comma.bmax);
  return Status::Ok();
}

}  // namespace

Status ApplyOptionsLine(std::string_view line, std::string_view where, CodingOptions* options) {
  std::string_view t = dict::Trim(line);
  // Comments: '#' or '//' to the end of the line.
  size_t hash = t.find('#');
  size_t slashes = t.find("//");
  size_t cut = std::min(hash, slashes);
  if (cut != std::string_view::npos) t = dict::Trim(t.substr(0, cut));
  // '~' lines are TABARI's end-of-file marks (~~FINISH, ~~~~~).
  if (t.empty() || t[0] == '~') return Status::Ok();
  size_t colon = t.find(':');
  if (colon == std::string_view::npos) return Bad(where, "expected 'COMMAND: ...'");
  std::string command = Upper(dict::Trim(t.substr(0, colon)));
  std::string_view body = t.substr(colon + 1);
  std::string key = command.substr(0, 4);
  if (key == "SET") return ApplySet(body, where, options);
  if (key == "COMP") return ApplyComplex(body, options);
  if (key == "DEFA") return ApplyDefault(body, where, options);
  if (key == "COMM") return ApplyComma(body, options);
  if (key == "LABE") {
    size_t eq = body.find('=');
    if (eq == std::string_view::npos) return Bad(where, "LABEL: needs code=text");
    options->labels[Squeeze(body.substr(0, eq))] = std::string(dict::Trim(body.substr(eq + 1)));
    return Status::Ok();
  }
  if (key == "NONE") {
    std::string v = Squeeze(Upper(body));
    if (v == "TRUE") options->nonevents = CodingOptions::NonEvents::kTrue;
    else if (v == "ONLY") options->nonevents = CodingOptions::NonEvents::kOnly;
    else if (v == "FALSE") options->nonevents = CodingOptions::NonEvents::kFalse;
    else return Bad(where, "NONEVENTS: takes TRUE, ONLY or FALSE");
    return Status::Ok();
  }
  // Output layout and cross-record forwarding belong to TABARI's event file
  // writer; dyad's writers carry that information in every event already.
  if (key == "FORW") {
    std::string u = Upper(dict::Trim(body));
    std::string format = u.substr(0, u.find_first_of(" \t"));
    options->forward = u.find("OFF") == std::string::npos && !format.empty();
    if (!format.empty() && format != "OFF") options->forward_format = format;
    return Status::Ok();
  }
  if (key == "OUTP" || key == "ISSU" || key == "FREQ") return Status::Ok();
  return Bad(where, "unknown command '" + command + ":'");
}

Status LoadOptionsFile(const std::string& path, CodingOptions* options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open options file");
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Status st = ApplyOptionsLine(line, path + ":" + std::to_string(number), options);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace dyad
