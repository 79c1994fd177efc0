#include "io/utf8.h"

#include <utf8proc.h>

namespace dyad::io {

size_t Utf8SequenceLength(std::string_view s, size_t i, size_t* bad_len) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  // Allowed range of the second byte and total length, from Unicode Table 3-7;
  // the narrowed second-byte ranges are what exclude overlongs and surrogates.
  unsigned char lo = 0x80, hi = 0xBF;
  size_t need = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead == 0xE0) {
    need = 3, lo = 0xA0;
  } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    need = 3;
  } else if (lead == 0xED) {
    need = 3, hi = 0x9F;
  } else if (lead == 0xF0) {
    need = 4, lo = 0x90;
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    need = 4;
  } else if (lead == 0xF4) {
    need = 4, hi = 0x8F;
  } else {
    *bad_len = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < need; ++k) {
    if (i + k >= s.size()) break;
    const unsigned char c = byte(i + k);
    const unsigned char want_lo = k == 1 ? lo : 0x80;
    const unsigned char want_hi = k == 1 ? hi : 0xBF;
    if (c < want_lo || c > want_hi) break;
  }
  if (k == need) return need;
  *bad_len = k;
  return 0;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // ASCII dominates news text; skip it without the table walk.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad = 0;
    const size_t n = Utf8SequenceLength(s, i, &bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t AppendSanitizedUtf8(std::string_view in, std::string* out) {
  size_t replaced = 0;
  size_t i = 0;
  size_t run_start = 0;  // start of the pending run of good bytes
  out->reserve(out->size() + in.size());
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad = 0;
    const size_t n = Utf8SequenceLength(in, i, &bad);
    if (n > 0) {
      i += n;
      continue;
    }
    out->append(in.data() + run_start, i - run_start);
    out->append("\xEF\xBF\xBD");
    ++replaced;
    i += bad;
    run_start = i;
  }
  out->append(in.data() + run_start, in.size() - run_start);
  return replaced;
}

size_t CountInvalidUtf8Bytes(std::string_view s) {
  size_t invalid = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad = 0;
    const size_t n = Utf8SequenceLength(s, i, &bad);
    if (n > 0) {
      i += n;
    } else {
      invalid += bad;
      i += bad;
    }
  }
  return invalid;
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                         static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // broken byte: count it as one column and move on
      ++width;
      ++i;
      continue;
    }
    const int w = utf8proc_charwidth(cp);
    width += w > 0 ? static_cast<size_t>(w) : 0;
    i += static_cast<size_t>(n);
  }
  return width;
}

}  // namespace dyad::io

namespace dyad {

size_t SanitizeUtf8(std::string* text) {
  if (io::IsValidUtf8(*text)) return 0;
  std::string out;
  const size_t replaced = io::AppendSanitizedUtf8(*text, &out);
  text->swap(out);
  return replaced;
}

}  // namespace dyad
