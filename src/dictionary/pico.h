// UniversalPetrarch's internal coding ontology (PICO): every CAMEO event
// code as a number whose hexadecimal digits say what kind of act it is
// (say, appeal, intend, demand ... in the high digit; reduce/yield; meet,
// settle, aid ...; leadership, policy, rights ... in the low ones), so that
// codes can be negated and combined by arithmetic:
//
//   010 (say) 0x1000   050 (diplomatic cooperation) 0x0080
//   110 (disapprove) 0x1007f = 0xFFFF + 0x0080: the negation of 050
//   120 (reject) -0xFFFF; 121 (reject material cooperation) -0xFFFF + 0x0070
//
// PETRARCH-2 builds the event of a verb with a clausal complement from both
// codes ("was seen to break into": see + reject = reject). The file is
// PETR_Validate_Internal_Coding_Ontology (the UD suite's PICOfile); its
// reader is LoadPicoInto (loaders.h).
//
// Thread safety: immutable once loaded; shared by all coding threads.
#pragma once

#include <map>
#include <string>
#include <unordered_map>

namespace dyad::dict {

class PicoOntology {
 public:
  // The first code given a value names it when a value comes back.
  void Add(const std::string& code, long long value);
  bool empty() const { return value_of_.empty(); }

  // The code whose value is `code`'s less 0xFFFF ("not disapproving" is
  // diplomatic cooperation: 110 -> 050), or "" when there is none.
  std::string Negation(const std::string& code) const;

  // PETRARCH-2's combination of a verb's code (`upper`) with the code of
  // its complement's event (`lower`): under a high-level code (>= 0x1000:
  // say, appeal, demand ...) a high-level or a rejecting (negative) lower
  // code stands (UD suite PATTERN-01, DEMO-29); otherwise they add ("say" +
  // "fight" is 015, claiming responsibility). A sum that is no code falls back to
  // the code of its leading digits (say + cooperate is a statement, 010;
  // anything rejected that is no listed rejection is 120). `lower` itself
  // when either code is not in the ontology.
  std::string Combine(const std::string& upper, const std::string& lower) const;

 private:
  std::string CodeOf(long long value) const;  // "" when none
  std::unordered_map<std::string, long long> value_of_;
  std::map<long long, std::string> code_of_;
};

}  // namespace dyad::dict
