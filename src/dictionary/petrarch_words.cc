#include "dictionary/petrarch_words.h"

namespace dyad::dict {

namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool ConsonantY(std::string_view w) {
  return w.size() > 1 && w.back() == 'Y' && !IsVowel(w[w.size() - 2]);
}

}  // namespace

std::string PluralNoun(std::string_view noun) {
  std::string w(noun);
  if (ConsonantY(w)) return w.substr(0, w.size() - 1) + "IES";
  if (EndsWith(w, "S") || EndsWith(w, "X") || EndsWith(w, "Z") || EndsWith(w, "CH") ||
      EndsWith(w, "SH"))
    return w + "ES";
  return w + "S";
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string w(verb);
  if (w.empty()) return {};
  std::vector<std::string> out;
  out.push_back(PluralNoun(w));  // the third person takes the plural's spelling
  if (w.back() == 'E') {
    out.push_back(w + "D");
  } else if (ConsonantY(w)) {
    out.push_back(w.substr(0, w.size() - 1) + "IED");
  } else {
    out.push_back(w + "ED");
  }
  // A silent final E drops before -ING (DECLINING), but not in EE, YE, OE
  // (AGREEING, EYEING, HOEING).
  if (w.size() > 2 && w.back() == 'E' && w[w.size() - 2] != 'E' && w[w.size() - 2] != 'Y' &&
      w[w.size() - 2] != 'O') {
    out.push_back(w.substr(0, w.size() - 1) + "ING");
  } else {
    out.push_back(w + "ING");
  }
  return out;
}

std::string StripXmlComments(std::string_view text) {
  std::string out(text);
  size_t pos = 0;
  while ((pos = out.find("<!", pos)) != std::string::npos) {
    // "<! --" (with a blank) occurs in the PETRARCH validation files too.
    size_t dashes = pos + 2;
    while (dashes < out.size() && out[dashes] == ' ') ++dashes;
    if (out.compare(dashes, 2, "--") != 0) {
      pos += 2;
      continue;
    }
    size_t end = out.find("-->", dashes + 2);
    size_t stop = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < stop; ++i) {
      if (out[i] != '\n') out[i] = ' ';
    }
    pos = stop;
  }
  return out;
}

}  // namespace dyad::dict
