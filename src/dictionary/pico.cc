// Reading UniversalPetrarch's internal coding ontology (PICO).
//
// Each line maps a CAMEO code to a number written as a sum of hexadecimal
// terms, a '#' starting a comment:
//
//   050:0x0080#DiplomaticCoop
//   110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
//   121:-0xFFFF+0x0070
//
// Negation subtracts 0xFFFF: "disapprove" (110) is 0xFFFF plus diplomatic
// cooperation (0x0080), so a negated 110 is 050, which is how the UD suite
// codes "did not clash over the efforts" (SYNSET-13). The loader keeps only
// that: for every code whose value less 0xFFFF is another code's value, the
// pair goes into CompiledDictionaries::negations.
#include <cctype>
#include <map>

#include "dictionary/compiled.h"
#include "dictionary/loader_common.h"
#include "dictionary/loaders.h"

namespace dyad {

namespace {

constexpr long long kNegation = 0xFFFF;

// "-0xFFFF+0x2040+0x300" -> its value; false when it is not such a sum.
bool SumOfHex(std::string_view s, long long* out) {
  long long total = 0;
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    int sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    }
    if (i + 2 > s.size() || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X')) return false;
    i += 2;
    long long term = 0;
    size_t digits = 0;
    while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
      term = term * 16 + (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'a' + 10);
      ++i;
      ++digits;
    }
    if (digits == 0 || digits > 8) return false;
    total += sign * term;
    any = true;
  }
  *out = total;
  return any;
}

}  // namespace

Status LoadPicoInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name) {
  dict::LineReader reader(text);
  std::string_view raw;
  std::map<std::string, long long> value_of;
  std::map<long long, std::string> code_of;  // the first code with a value
  while (reader.Next(&raw)) {
    std::string_view t = dict::Trim(raw.substr(0, raw.find('#')));
    if (t.empty()) continue;
    const size_t colon = t.find(':');
    long long value = 0;
    const std::string code(dict::Trim(t.substr(0, colon)));
    bool code_ok = !code.empty();
    for (char c : code) code_ok = code_ok && std::isdigit(static_cast<unsigned char>(c));
    if (colon == std::string_view::npos || !code_ok ||
        !SumOfHex(dict::Trim(t.substr(colon + 1)), &value)) {
      d->warnings.push_back(dyad::Where(name, reader.number(),
                                        "not a PICO line (CODE:0xHEX...): " + std::string(t)));
      continue;
    }
    value_of[code] = value;
    code_of.emplace(value, code);
  }
  for (const auto& [code, value] : value_of) {
    const auto negated = code_of.find(value - kNegation);
    if (negated != code_of.end()) d->negations[code] = negated->second;
  }
  return Status::Ok();
}

}  // namespace dyad
