// PETRARCH's coding options (dyad/petrarch_options.h): the base semantics of
// the three PETRARCH coders, the rules where their suites disagree, and
// PETRARCH's own option lines.
#include "dyad/petrarch_options.h"

#include <cctype>
#include <charconv>
#include <fstream>

#include "util/ascii.h"

namespace dyad {

using ascii::Lower;
using ascii::Trim;

CodingOptions PetrarchCodingOptions(PetrarchLineage lineage) {
  CodingOptions o;
  o.attribution = CodingOptions::Attribution::kSyntax;
  // The first event of each clause: coding every verb (CODE ALL) adds the
  // events of verbs PETRARCH folds into a larger verb phrase ("said", a
  // verb inside the object) and loses more than it finds on both suites.
  o.code_by = CodingOptions::CodeBy::kClause;
  o.minimum_words = 0;
  o.time_shifting = false;
  // PETRARCH's defaults (PETR_config.ini): clauses of 2 to 8 words between
  // commas or ending the sentence are dropped; none opening it.
  o.comma = {true, 2, 8, 2, 8, 0, 0};
  o.require_dyad = true;
  o.petrarch_agents = true;
  o.anonymous_agents = true;
  o.synset_adjacency = true;
  o.phrase_commas_from_parse = true;
  o.noun_coordination_from_parse = true;
  o.noun_with_determiner_is_no_verb = true;
  // PETRARCH-1 and UniversalPetrarch differ where their suites say so:
  // PETRARCH-1 layers agents nested in a longer agent phrase (AGENT-04:
  // GONMOPOPP; the UD suite's AGENT-04: GONMOP), takes a passive without BY
  // for an active (PATTERN-29: PHL/ERI; the UD suite's PATTERN-24: ERI/PHL),
  // reads a % compound as one side, codes every parsed clause, codes noun
  // phrases as they stand (no pronoun resolution: COMMA-11) and finds a
  // target inside the verb's phrase (COMMA-12).
  // PETRARCH-2 is UniversalPetrarch's parent and shares its dictionary
  // language; it codes as UniversalPetrarch here but for matching pattern
  // words against the verbs of complement clauses (APPEALS_0 of the
  // GigaWord sample; UD suite DATE-11).
  const bool petrarch1 = lineage == PetrarchLineage::kPetrarch1;
  o.nested_agents = petrarch1;
  o.passive_needs_agent = petrarch1;
  o.compound_side = petrarch1;
  o.code_parsed_clauses = petrarch1;
  o.resolve_pronouns = !petrarch1;
  o.target_in_verb_phrase = petrarch1;
  // UniversalPetrarch writes an actor's several codes as one (FRO/BIL/SAM).
  o.join_actor_codes = !petrarch1;
  o.complement_codes_sourceless_verb = !petrarch1;
  o.words_before_verb_only_as_noun_phrase = !petrarch1;
  o.pattern_words_not_parsed_verbs = lineage == PetrarchLineage::kPetrarch2;
  return o;
}

Status ApplyPetrarchOption(std::string_view option, std::string_view value,
                           CodingOptions* options) {
  const std::string key = Lower(Trim(option));
  const std::string v = Lower(Trim(value));
  if (key == "require_dyad") {
    if (v != "true" && v != "false") {
      return Status::InvalidInput("require_dyad: '" + std::string(value) + "' is not true/false");
    }
    options->require_dyad = v == "true";
    return Status::Ok();
  }
  int* target = nullptr;
  if (key == "comma_min") target = &options->comma.min;
  if (key == "comma_max") target = &options->comma.max;
  if (key == "comma_bmin") target = &options->comma.bmin;
  if (key == "comma_bmax") target = &options->comma.bmax;
  if (key == "comma_emin") target = &options->comma.emin;
  if (key == "comma_emax") target = &options->comma.emax;
  if (key == "new_actor_length") target = &options->new_actor_length;
  if (target != nullptr) {
    int n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 0) {
      return Status::InvalidInput(key + ": '" + std::string(value) + "' is not a count");
    }
    *target = n;
    return Status::Ok();
  }
  if (key == "stop_on_error" || key == "write_actor_root" || key == "write_actor_text" ||
      key == "code_by_sentence") {
    return Status::Ok();
  }
  return Status::InvalidInput("unknown PETRARCH option '" + std::string(option) + "'");
}

Status ApplyPetrarchConfigOptions(const std::string& config_path, CodingOptions* options) {
  std::ifstream in(config_path);
  if (!in) return Status::Ok();
  std::string line;
  bool in_options = false;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if (t[0] == '[') {
      in_options = Lower(t) == "[options]";
      continue;
    }
    const size_t eq = t.find('=');
    if (!in_options || eq == std::string_view::npos) continue;
    const std::string key = Lower(Trim(t.substr(0, eq)));
    if (key != "require_dyad" && key != "new_actor_length" && key.rfind("comma_", 0) != 0) continue;
    if (Status s = ApplyPetrarchOption(key, Trim(t.substr(eq + 1)), options); !s.ok()) {
      return Status::InvalidInput(config_path + ":" + std::to_string(number) + ": " + s.message());
    }
  }
  return Status::Ok();
}

CodingOptions DefaultCodingOptions(const DictionarySet& dictionaries) {
  switch (dictionaries.verb_language()) {
    case VerbLanguage::kPetrarch1:
      return PetrarchCodingOptions(PetrarchLineage::kPetrarch1);
    case VerbLanguage::kPetrarch2:
      return PetrarchCodingOptions(PetrarchLineage::kPetrarch2);
    case VerbLanguage::kNone:
    case VerbLanguage::kTabari:
      break;
  }
  return CodingOptions();
}

}  // namespace dyad
