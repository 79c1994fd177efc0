// The lexer: sentence tokens to TABARI words.
//
// TABARI filters its input before coding (manual 7.3): upper case, no
// diacritics, '-' and '_' read as blanks, sentence-final periods and ? !
// dropped, ';' read as ',', commas and double quotes kept as words of their
// own. The tokenizer splits possessives and contractions; they are glued
// back here because the dictionaries spell them as one word (GONDOR'S, DON'T).
#include <utf8proc.h>

#include <cctype>
#include <cstring>

#include "coder/analysis.h"

namespace dyad::coder {

namespace {

bool IsClitic(std::string_view t) {
  static constexpr std::string_view kClitics[] = {"'s",
                                                  "'S",
                                                  "'",
                                                  "n't",
                                                  "N'T",
                                                  "'ll",
                                                  "'re",
                                                  "'ve",
                                                  "'d",
                                                  "'m",
                                                  "'LL",
                                                  "'RE",
                                                  "'VE",
                                                  "'D",
                                                  "'M",
                                                  "\xE2\x80\x99s",
                                                  "\xE2\x80\x99S",
                                                  "\xE2\x80\x99",
                                                  "n\xE2\x80\x99t",
                                                  "N\xE2\x80\x99T"};
  for (std::string_view c : kClitics) {
    if (t == c) return true;
  }
  return false;
}

// Upper case without diacritics. ASCII takes the fast path.
void AppendUpper(std::string_view in, std::string* out) {
  bool ascii = true;
  for (unsigned char c : in) ascii = ascii && c < 0x80;
  if (ascii) {
    size_t at = out->size();
    out->append(in);
    for (size_t i = at; i < out->size(); ++i) {
      char c = (*out)[i];
      if (c >= 'a' && c <= 'z') (*out)[i] = static_cast<char>(c - 'a' + 'A');
    }
    return;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                   static_cast<utf8proc_ssize_t>(in.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  if (n < 0 || mapped == nullptr) {
    out->append(in);
    return;
  }
  utf8proc_ssize_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(mapped + i, n - i, &cp);
    if (len <= 0) break;
    i += len;
    if (cp == 0x2019 || cp == 0x2018) cp = '\'';
    cp = utf8proc_toupper(cp);
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t w = utf8proc_encode_char(cp, buf);
    out->append(reinterpret_cast<char*>(buf), static_cast<size_t>(w));
  }
  std::free(mapped);
}

bool StartsUpper(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  if (c < 0x80) return std::isupper(c) != 0;
  utf8proc_int32_t cp;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data()),
                       static_cast<utf8proc_ssize_t>(t.size()), &cp) <= 0)
    return false;
  return utf8proc_isupper(cp) != 0;
}

bool IsQuote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xC2\xAB" ||
         t == "\xC2\xBB" || t == "\xE2\x80\x9E" || t == "''" || t == "``";
}

constexpr size_t kMaxWordBytes = 62;

bool HasControl(std::string_view t) {
  for (unsigned char c : t) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return true;
  }
  return false;
}  // TABARI cuts words at 63 characters

}  // namespace

void LexSentence(const Document& doc, size_t index, Analysis* a) {
  const Sentence& s = doc.sentences[index];
  const uint32_t base = s.span.begin;
  // Word slots are reused from the previous sentence to keep their strings'
  // capacity: the coder runs this for every sentence of every document.
  std::vector<Word>& words = a->words;
  size_t used = 0;
  auto next_word = [&]() -> Word& {
    if (used == words.size()) words.emplace_back();
    Word& w = words[used++];
    w.text.clear();
    w.capitalized = false;
    w.token = -1;
    return w;
  };
  auto last_is_word = [&]() {
    return used > 0 && words[used - 1].text != "," && words[used - 1].text != "\"";
  };
  bool any_lower = false;
  uint32_t prev_end = UINT32_MAX;
  // Control characters glued to a word make it junk, as they do to TABARI,
  // which splits words on blanks only.
  bool junk_prefix = false;
  for (size_t token_index = 0; token_index < s.tokens.size(); ++token_index) {
    const Token& tok = s.tokens[token_index];
    const int token = static_cast<int>(token_index);
    std::string_view t = doc.View(tok.span);
    Span rel{tok.span.begin - base, tok.span.end - base};
    bool glued = tok.span.begin == prev_end;
    prev_end = tok.span.end;
    if (!glued) junk_prefix = false;
    if (HasControl(t)) {
      if (glued && used > 0 && last_is_word()) words[used - 1].text += '\x1A';
      junk_prefix = true;
      continue;
    }
    // The tokenizer may have treated control characters as blanks.
    if (tok.span.begin > 0 && HasControl(std::string_view(doc.text).substr(tok.span.begin - 1, 1)))
      junk_prefix = true;
    if (tok.kind == TokenKind::kPunctuation || tok.kind == TokenKind::kSymbol) {
      if (t == "," || t == ";") {
        Word& w = next_word();
        w.text = ",";
        w.span = rel;
        w.token = token;
      } else if (IsQuote(t)) {
        Word& w = next_word();
        w.text = "\"";
        w.span = rel;
        w.token = token;
      } else if (glued && last_is_word() && IsClitic(t)) {
        Word& w = words[used - 1];
        AppendUpper(t, &w.text);
        w.span.end = rel.end;
      }
      // Other punctuation is a blank to TABARI.
      continue;
    }
    if (glued && last_is_word() && IsClitic(t)) {
      Word& w = words[used - 1];
      AppendUpper(t, &w.text);
      w.span.end = rel.end;
      continue;
    }
    for (char c : t) any_lower = any_lower || (c >= 'a' && c <= 'z');
    // Hyphens and underscores separate words; long junk is cut into pieces.
    size_t start = 0;
    for (size_t i = 0; i <= t.size(); ++i) {
      bool cut = i == t.size() || t[i] == '-' || t[i] == '_';
      if (!cut && i - start >= kMaxWordBytes && (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80)
        cut = true;
      if (!cut) continue;
      if (i > start) {
        std::string_view piece = t.substr(start, i - start);
        // A period after a lower-case letter ends a sentence, not an abbreviation.
        if (piece.size() > 1 && piece.back() == '.' &&
            std::islower(static_cast<unsigned char>(piece[piece.size() - 2])) &&
            piece.find('.') == piece.size() - 1) {
          piece.remove_suffix(1);
        }
        Word& w = next_word();
        if (junk_prefix) w.text += '\x1A';
        junk_prefix = false;
        AppendUpper(piece, &w.text);
        w.span = Span{rel.begin + static_cast<uint32_t>(start),
                      rel.begin + static_cast<uint32_t>(start + piece.size())};
        w.capitalized = StartsUpper(piece);
        w.token = token;
      }
      if (i < t.size() && (t[i] == '-' || t[i] == '_'))
        start = i + 1;
      else
        start = i;
    }
  }
  words.resize(used);
  a->all_caps = !any_lower;
}

}  // namespace dyad::coder
