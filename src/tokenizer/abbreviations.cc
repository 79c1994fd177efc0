#include "tokenizer/abbreviations.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "tokenizer/char_class.h"

namespace dyad::tok {
namespace {

struct Entry {
  std::string_view word;
  AbbrevKind kind;
};

constexpr AbbrevKind T = AbbrevKind::kTitle;
constexpr AbbrevKind A = AbbrevKind::kAbbrev;
constexpr AbbrevKind E = AbbrevKind::kEndsFreely;
constexpr AbbrevKind N = AbbrevKind::kBeforeNumber;

// Sorted by byte value (upper case sorts before lower case). "May" is absent
// on purpose: it is never abbreviated. Words that are also ordinary
// lower-case English words ("sat", "ill", "wash") are only listed
// capitalised, and the sentence-starter test guards the remaining ambiguity
// ("attended Mass. The ...").
constexpr Entry kAbbreviations[] = {
    {"Adm", T}, {"Ala", A}, {"Amb", T}, {"Apr", A}, {"Ariz", A}, {"Ark", A}, {"Art", N},
    {"Assn", A}, {"Attn", A}, {"Atty", T}, {"Aug", A}, {"Ave", A}, {"Bldg", A}, {"Blvd", A},
    {"Brig", T}, {"Bros", A}, {"Calif", A}, {"Capt", T}, {"Cdr", T}, {"Ch", N}, {"Cmdr", T},
    {"Co", A}, {"Col", T}, {"Colo", A}, {"Conn", A}, {"Corp", A}, {"Cpl", T}, {"Cpt", T},
    {"Dec", A}, {"Del", A}, {"Dept", A}, {"Det", T}, {"Dr", T}, {"Drs", T}, {"Ext", N},
    {"Feb", A}, {"Fig", N}, {"Fla", A}, {"Fr", T}, {"Fri", A}, {"Ft", T}, {"Ga", A}, {"Gen", T},
    {"Gov", T}, {"Govt", A}, {"Hon", T}, {"Ill", A}, {"Inc", A}, {"Ind", A}, {"Insp", T},
    {"Jan", A}, {"Jr", A}, {"Jul", A}, {"Jun", A}, {"Kan", A}, {"Ky", A}, {"La", A}, {"Lt", T},
    {"Ltd", A}, {"Maj", T}, {"Mar", A}, {"Mass", A}, {"Md", A}, {"Messrs", T}, {"Mich", A},
    {"Minn", A}, {"Miss", A}, {"Mmes", T}, {"Mo", A}, {"Mon", A}, {"Mont", A}, {"Mr", T},
    {"Mrs", T}, {"Ms", T}, {"Mt", T}, {"Mx", T}, {"Neb", A}, {"Nev", A}, {"No", N}, {"Nos", N},
    {"Nov", A}, {"Oct", A}, {"Okla", A}, {"Ore", A}, {"PS", T}, {"Pa", A}, {"Para", N},
    {"Pfc", T}, {"Ph", A}, {"Plc", A}, {"Pres", T}, {"Prof", T}, {"Pt", N}, {"Pty", A},
    {"Pvt", T}, {"Rd", A}, {"Rep", T}, {"Reps", T}, {"Rev", T}, {"Sat", A}, {"Sec", N},
    {"Sen", T}, {"Sens", T}, {"Sep", A}, {"Sept", A}, {"Sgt", T}, {"Sr", A}, {"St", A},
    {"Ste", A}, {"Sun", A}, {"Supt", T}, {"Tenn", A}, {"Tex", A}, {"Thu", A}, {"Thur", A},
    {"Thurs", A}, {"Tue", A}, {"Tues", A}, {"Univ", A}, {"Va", A}, {"Vol", N}, {"Vt", A},
    {"Wash", A}, {"Wed", A}, {"Wis", A}, {"Wyo", A}, {"al", A}, {"approx", A}, {"ca", A},
    {"cf", A}, {"dept", A}, {"est", A}, {"etc", E}, {"ext", N}, {"ft", A}, {"govt", A},
    {"inc", A}, {"incl", A}, {"no", N}, {"nos", N}, {"pp", N}, {"vol", N}, {"vs", A},
    {"yrs", A},
};

// Capitalised words that open sentences but rarely continue a name or an
// abbreviated phrase ("Apple Inc. Chief Executive" must not split; "Apple
// Inc. The company" must).
constexpr std::string_view kSentenceStarters[] = {
    "A",       "According", "After",  "Also",     "An",     "And",      "As",     "At",
    "But",     "By",        "Dr",     "During",   "Earlier", "For",     "He",     "Her",
    "His",     "However",   "I",      "If",       "In",     "It",       "Its",    "Last",
    "Later",   "Meanwhile", "Mr",     "Mrs",      "Ms",     "My",       "Now",    "On",
    "Our",     "She",       "Since",  "So",       "That",   "The",      "Their",  "Then",
    "There",   "These",     "They",   "This",     "Those",  "Today",    "We",     "What",
    "When",    "While",     "Yesterday", "Yet",   "You",
};

// Also the commonest file extensions, so "report.pdf" stays whole.
constexpr std::string_view kTlds[] = {
    "biz", "ca",  "cn",  "co",   "com", "de",  "doc", "docx", "edu", "eu",  "fr",
    "gif", "gov", "htm", "html", "in",  "info", "int", "io",  "ir",  "it",  "jp",
    "jpg", "mil", "net", "org",  "pdf", "png", "ppt", "ru",  "tr",  "tv",  "txt",
    "ua",  "uk",  "us",  "xls",  "zip",
};

// Prefixes that EWT train keeps whole before a hyphen (e-mail 45 times,
// non- 30, anti- 15 ...) and never splits; "self-" and "vice-" are split.
constexpr std::string_view kJoiningPrefixes[] = {
    "anti", "co",    "e",   "ex",  "intra", "micro", "mid",    "mis",  "multi",
    "neo",  "non",   "over", "post", "pre",  "pro",  "psycho", "re",   "semi",
    "socio", "sub",  "un",
};

constexpr bool EntryLess(const Entry& a, const Entry& b) { return a.word < b.word; }
static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations), EntryLess));
static_assert(std::is_sorted(std::begin(kSentenceStarters), std::end(kSentenceStarters)));
static_assert(std::is_sorted(std::begin(kTlds), std::end(kTlds)));
static_assert(std::is_sorted(std::begin(kJoiningPrefixes), std::end(kJoiningPrefixes)));

AbbrevKind Find(std::string_view word) {
  const auto* it = std::lower_bound(std::begin(kAbbreviations), std::end(kAbbreviations),
                                    Entry{word, AbbrevKind::kNone}, EntryLess);
  if (it != std::end(kAbbreviations) && it->word == word) return it->kind;
  return AbbrevKind::kNone;
}

template <size_t kN>
bool Contains(const std::string_view (&list)[kN], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

}  // namespace

AbbrevKind LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return AbbrevKind::kNone;
  AbbrevKind k = Find(word);
  if (k != AbbrevKind::kNone || word.size() < 2) return k;
  // "GEN." in an all-capitals headline is still the title.
  char buf[8];
  for (size_t i = 0; i < word.size(); ++i) {
    if (!IsAsciiUpper(word[i])) return AbbrevKind::kNone;
    buf[i] = i == 0 ? word[i] : AsciiLower(word[i]);
  }
  return Find(std::string_view(buf, word.size()));
}

bool IsSentenceStarterWord(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return Contains(kSentenceStarters, word);
}

bool IsJoiningPrefix(std::string_view word) {
  if (word.empty() || word.size() > 6) return false;
  char buf[6];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = AsciiLower(word[i]);
  return Contains(kJoiningPrefixes, std::string_view(buf, word.size()));
}

bool IsCommonTld(std::string_view lower) { return Contains(kTlds, lower); }

}  // namespace dyad::tok
