#include "tokenizer/char_class.h"

#include <utf8proc.h>

namespace dyad::tok {
namespace internal {

namespace {
constexpr CharClass S = CharClass::kSpace;
constexpr CharClass U = CharClass::kUpper;
constexpr CharClass L = CharClass::kLower;
constexpr CharClass D = CharClass::kDigit;
constexpr CharClass P = CharClass::kPunct;
constexpr CharClass Y = CharClass::kSymbol;
}  // namespace

// Control characters count as space: they carry no text and would otherwise
// become junk tokens. # $ % & * + < = > @ \ ^ | ~ are signs, not punctuation,
// which is how the coder wants to see "$" and "%".
const CharClass kAsciiClass[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  // 0x00
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,  // 0x10
    S, P, P, Y, Y, Y, Y, P, P, P, Y, Y, P, P, P, P,  // ' '..'/'
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P,  // '0'..'?'
    Y, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  // '@'..'O'
    U, U, U, U, U, U, U, U, U, U, U, P, Y, P, Y, P,  // 'P'..'_'
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  // '`'..'o'
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, S,  // 'p'..DEL
};

}  // namespace internal

CharClass ClassifyCodePoint(char32_t cp) {
  if (cp < 0x80) return internal::kAsciiClass[cp];
  if (cp > 0x10FFFF) return CharClass::kSymbol;
  // Joiners and the soft hyphen live inside words; treating them as marks
  // keeps "Wa\u00ADshington" and Persian ZWNJ compounds in one token.
  if (cp == 0x200C || cp == 0x200D || cp == 0x00AD) return CharClass::kMark;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:  // U+0085 NEL and C1 controls
    case UTF8PROC_CATEGORY_CF:  // ZWSP, BOM, bidi marks: invisible separators
      return CharClass::kSpace;
    default:
      return CharClass::kSymbol;
  }
}

}  // namespace dyad::tok
