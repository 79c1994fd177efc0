// UTF-8 validation and repair used by the readers.
//
// Every Document::text in dyad is valid UTF-8, because later stages (the
// tokenizer's utf8proc calls, the JSON writer) must never see broken bytes.
// Repair follows the Unicode "maximal subpart" practice: each maximal
// ill-formed subsequence (overlong form, surrogate, code point above
// U+10FFFF, truncated sequence, stray continuation byte) becomes exactly one
// U+FFFD, so counts are stable and every valid character survives.
//
// Thread safety: stateless free functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::io {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the
// bytes there are ill-formed. On 0, *bad_len is the length of the maximal
// ill-formed subpart to replace (at least 1).
size_t Utf8SequenceLength(std::string_view s, size_t i, size_t* bad_len);

// True when every byte of `s` belongs to a well-formed sequence.
bool IsValidUtf8(std::string_view s);

// Appends `in` to `out` with ill-formed subparts replaced by U+FFFD.
// Returns the number of replacements.
size_t AppendSanitizedUtf8(std::string_view in, std::string* out);

// Number of bytes of `s` that belong to ill-formed subparts; the binary-data
// check compares it with the size.
size_t CountInvalidUtf8Bytes(std::string_view s);

// Display width of a UTF-8 string in terminal columns (wide CJK characters
// count two, combining marks zero); used to align table output.
size_t DisplayWidth(std::string_view s);

}  // namespace dyad::io
