// Character classes for the tokenizer: a UTF-8 decoder that never fails and a
// coarse classification of code points.
//
// The tokenizer only needs to know whether a code point is white space, a
// letter (and its case), a digit, a combining mark, punctuation or a symbol.
// ASCII is answered from a 128-entry table; other code points ask utf8proc for
// their Unicode general category. Bytes that do not start a well-formed UTF-8
// sequence decode as one byte of class kSymbol, so malformed input still
// advances and never stalls the scanner.
//
// Thread safety: pure functions over immutable tables; safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>

namespace dyad::tok {

enum class CharClass : uint8_t {
  kSpace,   // ASCII white space, Unicode Z*, invisible separators (ZWSP, BOM)
  kUpper,   // Lu, Lt
  kLower,   // Ll
  kLetter,  // other letters (Lm, Lo: caseless scripts) and letter numbers
  kDigit,   // Nd, No
  kMark,    // Mn, Mc, Me, ZWJ/ZWNJ: continue the preceding character
  kPunct,   // P* (minus the ASCII signs treated as symbols)
  kSymbol,  // S*, private use, unassigned, controls, malformed bytes
};

struct Decoded {
  char32_t cp;    // the code point; 0xFFFD for a malformed byte
  uint8_t len;    // bytes consumed, 1..4
  CharClass cls;
};

// Classifies a code point (any value; out-of-range values are kSymbol).
CharClass ClassifyCodePoint(char32_t cp);

namespace internal {
extern const CharClass kAsciiClass[128];
}  // namespace internal

// Decodes the code point at p (p < end). Overlong forms, surrogates, values
// above U+10FFFF and truncated sequences decode as one kSymbol byte.
inline Decoded Decode(const char* p, const char* end) {
  const auto b0 = static_cast<unsigned char>(p[0]);
  if (b0 < 0x80) return Decoded{b0, 1, internal::kAsciiClass[b0]};
  const std::ptrdiff_t avail = end - p;
  char32_t cp = 0;
  uint8_t len = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF && avail >= 2) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    if ((b1 & 0xC0) == 0x80) {
      cp = (char32_t(b0 & 0x1F) << 6) | (b1 & 0x3F);
      len = 2;
    }
  } else if (b0 >= 0xE0 && b0 <= 0xEF && avail >= 3) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    const auto b2 = static_cast<unsigned char>(p[2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (b2 & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) len = 3;
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4 && avail >= 4) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    const auto b2 = static_cast<unsigned char>(p[2]);
    const auto b3 = static_cast<unsigned char>(p[3]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && (b3 & 0xC0) == 0x80) {
      cp = (char32_t(b0 & 0x07) << 18) | (char32_t(b1 & 0x3F) << 12) |
           (char32_t(b2 & 0x3F) << 6) | (b3 & 0x3F);
      if (cp >= 0x10000 && cp <= 0x10FFFF) len = 4;
    }
  }
  if (len == 0) return Decoded{0xFFFD, 1, CharClass::kSymbol};
  return Decoded{cp, len, ClassifyCodePoint(cp)};
}

inline bool IsLetter(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter;
}
inline bool IsAlnum(CharClass c) { return IsLetter(c) || c == CharClass::kDigit; }
// Characters that make up (or continue) a word.
inline bool IsWordChar(CharClass c) { return IsAlnum(c) || c == CharClass::kMark; }

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? char(c - 'A' + 'a') : c; }

}  // namespace dyad::tok
