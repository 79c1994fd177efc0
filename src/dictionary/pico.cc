// Reading UniversalPetrarch's internal coding ontology (PICO).
//
// Each line maps a CAMEO code to a number written as a sum of hexadecimal
// terms, a '#' starting a comment:
//
//   050:0x0080#DiplomaticCoop
//   110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
//   121:-0xFFFF+0x0070
//
// Only the first value of a line counts; the alternatives after '#' are
// notes. Negation subtracts 0xFFFF: "disapprove" (110) is 0xFFFF plus
// diplomatic cooperation (0x0080), so a negated 110 is 050, which is how
// the UD suite codes "did not clash over the efforts" (SYNSET-13).
#include "dictionary/pico.h"

#include <cctype>
#include <initializer_list>

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

namespace dict {

void PicoOntology::Add(const std::string& code, long long value) {
  value_of_[code] = value;
  code_of_.emplace(value, code);
}

std::string PicoOntology::CodeOf(long long value) const {
  const auto it = code_of_.find(value);
  return it == code_of_.end() ? std::string() : it->second;
}

std::string PicoOntology::Negation(const std::string& code) const {
  const auto it = value_of_.find(code);
  return it == value_of_.end() ? std::string() : CodeOf(it->second - kNegation);
}

std::string PicoOntology::Combine(const std::string& upper, const std::string& lower) const {
  const auto u = value_of_.find(upper);
  const auto l = value_of_.find(lower);
  if (u == value_of_.end() || l == value_of_.end()) return lower;
  constexpr long long kHighLevel = 0x1000;
  // Under a high-level verb a high-level or rejecting complement stands: "seen to
  // break into" (see + reject) is the rejection, not 011 (0x1000 - 0xFFFF).
  long long sum = 0;
  if (u->second >= kHighLevel && (l->second >= kHighLevel || l->second < 0)) {
    sum = l->second;
  } else {
    sum = u->second + l->second;
  }
  // Rejections are -0xFFFF plus what is rejected; the fallback keeps that
  // base and shortens what follows it.
  const long long base = sum < 0 ? -kNegation : 0;
  for (long long mask : {~0LL, 0xFFF0LL, 0xFF00LL, 0xF000LL, 0LL}) {
    const std::string code = CodeOf(base + ((sum - base) & mask));
    if (!code.empty()) return code;
  }
  return lower;
}

}  // namespace dict

Status LoadPicoInto(dict::CompiledDictionaries* d, std::string_view text, std::string_view name) {
  dict::LineReader reader(text);
  std::string_view raw;
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
      d->warnings.push_back(
          dyad::Where(name, reader.number(), "not a PICO line (CODE:0xHEX...): " + std::string(t)));
      continue;
    }
    d->pico.Add(code, value);
  }
  return Status::Ok();
}

}  // namespace dyad
