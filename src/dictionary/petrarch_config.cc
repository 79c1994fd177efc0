// Loading PETRARCH dictionary sets: one file of a known kind, the files a
// PETRARCH config names, or a folder of dictionaries.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "dictionary/compiled.h"
#include "dictionary/loader_common.h"
#include "dictionary/loaders.h"
#include "dictionary/phrase_parser.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace fs = std::filesystem;

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

// [Dictionaries] keys of PETR_config.ini and the kind each names; a list key
// holds comma-separated names.
struct ConfigKey {
  const char* key;
  PetrarchFile kind;
};
constexpr ConfigKey kConfigKeys[] = {
    {"actorfile_list", PetrarchFile::kActors}, {"actorfile_name", PetrarchFile::kActors},
    {"agentfile_name", PetrarchFile::kAgents}, {"agentfile_list", PetrarchFile::kAgents},
    {"verbfile_name", PetrarchFile::kVerbs},   {"discardfile_name", PetrarchFile::kDiscards},
    {"issuefile_name", PetrarchFile::kIssues},
};

// Loading order: actors and agents before verbs, as PETRARCH reads them.
int Order(PetrarchFile k) {
  switch (k) {
    case PetrarchFile::kActors:
      return 0;
    case PetrarchFile::kAgents:
      return 1;
    case PetrarchFile::kVerbs:
      return 2;
    case PetrarchFile::kDiscards:
      return 3;
    default:
      return 4;
  }
}

struct Planned {
  PetrarchFile kind;
  std::string path;
};

bool IsConfigText(std::string_view text) {
  return Lower(text).find("[dictionaries]") != std::string::npos;
}

Status PlanConfig(const std::string& config, std::string_view text,
                  const std::vector<std::string>& search_dirs, std::vector<Planned>* plan,
                  std::vector<std::string>* warnings) {
  std::vector<std::string> dirs{fs::path(config).parent_path().string()};
  if (dirs[0].empty()) dirs[0] = ".";
  // PETRARCH's own layout keeps the dictionaries in data/dictionaries.
  dirs.push_back((fs::path(dirs[0]) / "dictionaries").string());
  dirs.push_back((fs::path(dirs[0]) / "data" / "dictionaries").string());
  dirs.insert(dirs.end(), search_dirs.begin(), search_dirs.end());
  dict::LineReader reader(text);
  std::string_view raw;
  bool in_dictionaries = false;
  bool seen_section = false;
  while (reader.Next(&raw)) {
    const size_t line = reader.number();
    std::string_view t = dict::Trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '[') {
      in_dictionaries = Lower(t).rfind("[dictionaries]", 0) == 0;
      seen_section = seen_section || in_dictionaries;
      continue;
    }
    if (!in_dictionaries) continue;
    size_t eq = t.find_first_of("=:");
    if (eq == std::string_view::npos) {
      warnings->push_back(Where(config, line, "expected 'key = value'; ignored"));
      continue;
    }
    std::string key = Lower(dict::Trim(t.substr(0, eq)));
    std::string_view value = dict::Trim(t.substr(eq + 1));
    const ConfigKey* found = nullptr;
    for (const ConfigKey& k : kConfigKeys) {
      if (key == k.key) found = &k;
    }
    if (found == nullptr) {
      warnings->push_back(Where(config, line, "unknown key '" + key + "' ignored"));
      continue;
    }
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      std::string name(dict::Trim(value.substr(
          start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
      if (!name.empty()) {
        std::string path;
        std::error_code ec;
        for (const std::string& dir : dirs) {
          fs::path candidate = fs::path(name).is_absolute() ? fs::path(name) : fs::path(dir) / name;
          if (fs::is_regular_file(candidate, ec)) {
            path = candidate.string();
            break;
          }
        }
        if (path.empty()) {
          return Status::NotFound(
              Where(config, line,
                    key + ": " + name + " not found beside the config or in the search folders"));
        }
        plan->push_back(Planned{found->kind, path});
      }
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  if (!seen_section) {
    return Status::InvalidInput(Where(config, 0, "no [Dictionaries] section"));
  }
  return Status::Ok();
}

Status PlanFolder(const std::string& dir, std::vector<Planned>* plan,
                  std::vector<std::string>* warnings) {
  std::error_code ec;
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) files.push_back(e.path().string());
  }
  if (ec) return Status::IoError(dir + ": cannot list the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  std::string verbs;
  for (const std::string& path : files) {
    // The name usually tells; the content is read only when it does not.
    const std::string name = fs::path(path).filename().string();
    PetrarchFile kind;
    if (!DetectPetrarchFile(name, "", &kind)) {
      std::string text;
      if (!ReadDictionaryFile(path, &text).ok()) continue;  // binary or unreadable: not ours
      if (!DetectPetrarchFile(name, text, &kind)) continue;
    }
    if (kind == PetrarchFile::kVerbs) {
      if (!verbs.empty()) {
        warnings->push_back(path + ": a second verb dictionary in the folder; not loaded (" +
                            verbs + " is)");
        continue;
      }
      verbs = path;
    }
    plan->push_back(Planned{kind, path});
  }
  if (plan->empty()) return Status::NotFound(dir + ": no PETRARCH dictionaries in the folder");
  return Status::Ok();
}

}  // namespace

bool DetectPetrarchFile(std::string_view file_name, std::string_view text, PetrarchFile* kind) {
  const std::string name = Lower(file_name);
  for (std::string_view ext : {".xml", ".ini", ".py", ".md", ".csv", ".json", ".jsonl"}) {
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) return false;
  }
  if (Contains(name, "verb") || name.rfind("cameo", 0) == 0) {
    *kind = PetrarchFile::kVerbs;
  } else if (Contains(name, "actor")) {
    *kind = PetrarchFile::kActors;
  } else if (Contains(name, "agent")) {
    *kind = PetrarchFile::kAgents;
  } else if (Contains(name, "discard")) {
    *kind = PetrarchFile::kDiscards;
  } else if (Contains(name, "issue")) {
    *kind = PetrarchFile::kIssues;
  } else {
    // By content: verb blocks, issue blocks, agent codes, actor codes.
    size_t agent_codes = 0, codes = 0;
    dict::LineReader reader(text);
    std::string_view raw;
    while (reader.Next(&raw)) {
      std::string_view t = dict::Trim(raw);
      if (t.rfind("--- ", 0) == 0) {
        *kind = PetrarchFile::kVerbs;
        return true;
      }
      if (Lower(t.substr(0, 6)) == "<issue") {
        *kind = PetrarchFile::kIssues;
        return true;
      }
      if (t.empty() || t[0] == '#') continue;
      if (t.find("[~") != std::string_view::npos || t.find("~]") != std::string_view::npos)
        ++agent_codes;
      else if (t.find('[') != std::string_view::npos && t.find(']') != std::string_view::npos)
        ++codes;
    }
    if (agent_codes == 0 && codes == 0) return false;
    *kind = agent_codes > codes ? PetrarchFile::kAgents : PetrarchFile::kActors;
  }
  return true;
}

Status DictionarySet::LoadPetrarch(PetrarchFile kind, std::string_view text,
                                   std::string_view name) {
  dict::CompiledDictionaries* d = compiled_.get();
  switch (kind) {
    case PetrarchFile::kVerbs:
      return LoadPetrarchVerbsInto(d, text, name);
    case PetrarchFile::kActors:
      return LoadPetrarchActorsInto(d, text, name);
    case PetrarchFile::kAgents:
      return LoadPetrarchAgentsInto(d, text, name);
    case PetrarchFile::kDiscards:
      return LoadPetrarchDiscardsInto(d, text, name);
    case PetrarchFile::kIssues:
      return LoadPetrarchIssuesInto(d, text, name);
    case PetrarchFile::kPico:
      return LoadPicoInto(d, text, name);
  }
  return Status::InvalidInput(std::string(name) + ": unknown dictionary kind");
}

Status DictionarySet::LoadPetrarchFile(PetrarchFile kind, const std::string& path) {
  std::string text;
  Status st = ReadDictionaryFile(path, &text);
  if (!st.ok()) return st;
  return LoadPetrarch(kind, text, path);
}

Status DictionarySet::LoadPetrarchDictionaries(const std::string& config_or_dir,
                                               const std::vector<std::string>& search_dirs) {
  std::vector<Planned> plan;
  std::vector<std::string>& warnings = compiled_->warnings;
  std::error_code ec;
  if (fs::is_directory(config_or_dir, ec)) {
    Status st = PlanFolder(config_or_dir, &plan, &warnings);
    if (!st.ok()) return st;
  } else {
    std::string text;
    Status st = ReadDictionaryFile(config_or_dir, &text);
    if (!st.ok()) return st;
    PetrarchFile kind;
    if (IsConfigText(text)) {
      st = PlanConfig(config_or_dir, text, search_dirs, &plan, &warnings);
      if (!st.ok()) return st;
    } else if (DetectPetrarchFile(fs::path(config_or_dir).filename().string(), text, &kind)) {
      return LoadPetrarch(kind, text, config_or_dir);  // a single dictionary file
    } else {
      return Status::InvalidInput(config_or_dir +
                                  ": neither a PETRARCH config nor a dictionary file");
    }
  }
  std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) {
    return Order(a.kind) < Order(b.kind);
  });
  for (const Planned& p : plan) {
    Status st = LoadPetrarchFile(p.kind, p.path);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace dyad
