// SplitAndTokenize(): paragraphs first, then sentences inside each paragraph.
//
// Layout decides hard breaks. Blank lines always separate paragraphs. Whether
// a single newline does depends on the document: scraped articles put one
// paragraph per line (long lines, headlines and "More Stories" lists on short
// lines), while wire copy is hard-wrapped at a fixed width so a newline is
// just a space. A document is "wrapped" when almost all of its lines are short;
// then only a line clearly shorter than the wrap width (a headline, a byline,
// the end of a paragraph) ends its block.
//
// Each block is tokenized once, and sentence boundaries are chosen on the
// token stream: a terminal (. ! ? … or an abbreviation that kept its period),
// any closing quotes or brackets glued to it, then a token that can open a
// sentence. Abbreviations and initials demand more evidence (a capitalised
// function word such as "The") because "U.S. President" and "George W. Bush"
// are far more common than a sentence ending in them.
#include <algorithm>
#include <cstring>
#include <limits>

#include "dyad/tokenizer.h"
#include "tokenizer/abbreviations.h"
#include "tokenizer/char_class.h"

namespace dyad {
namespace {

using tok::CharClass;
using tok::Decode;

// A line longer than this (in code points) is not hard-wrapped prose.
constexpr size_t kLongLine = 100;

bool IsAsciiBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Code points in [b, e) after trimming ASCII blanks; good enough to compare
// line widths.
size_t LineWidth(const char* b, const char* e) {
  while (b < e && IsAsciiBlank(*b)) ++b;
  while (e > b && IsAsciiBlank(e[-1])) --e;
  size_t n = 0;
  for (; b < e; ++b) n += (static_cast<unsigned char>(*b) & 0xC0) != 0x80;
  return n;
}

bool IsBlankLine(const char* b, const char* e) {
  while (b < e) {
    const tok::Decoded d = Decode(b, e);
    if (d.cls != CharClass::kSpace) return false;
    b += d.len;
  }
  return true;
}

struct Layout {
  bool wrapped = false;
  size_t width = 0;  // the wrap width estimate: the longest ordinary line
};

Layout AnalyzeLayout(const char* b, const char* e) {
  size_t nonblank = 0;
  size_t long_lines = 0;
  Layout layout;
  while (b < e) {
    const char* nl = static_cast<const char*>(std::memchr(b, '\n', e - b));
    const char* line_end = nl != nullptr ? nl : e;
    const size_t w = LineWidth(b, line_end);
    if (w > 0) {
      ++nonblank;
      if (w > kLongLine) {
        ++long_lines;
      } else {
        layout.width = std::max(layout.width, w);
      }
    }
    b = nl != nullptr ? nl + 1 : e;
  }
  layout.wrapped = nonblank >= 2 && long_lines * 10 <= nonblank;
  return layout;
}

std::string_view TokenText(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

bool IsTerminalPunct(std::string_view s) {
  return s[0] == '.' || s[0] == '!' || s[0] == '?' || s == "\u2026";
}

// Closing marks that stay with the sentence they close: `."`, `.)`, `?”`.
bool IsCloser(std::string_view s) {
  return s == ")" || s == "]" || s == "}" || s == "\"" || s == "'" || s == "\u201D" ||
         s == "\u2019" || s == "\u00BB" || s == "\u203A" || IsTerminalPunct(s);
}

bool CanOpenSentence(std::string_view s) {
  const tok::Decoded d = Decode(s.data(), s.data() + s.size());
  switch (d.cls) {
    case CharClass::kUpper:
    case CharClass::kLetter:  // caseless scripts carry no capital to look for
    case CharClass::kDigit:
      return true;
    case CharClass::kSymbol:
      return s[0] != '%';
    case CharClass::kPunct:
      return s == "(" || s == "[" || s == "\"" || s == "'" || s == "\u201C" || s == "\u2018" ||
             s == "\u00AB" || s == "\u201E" || s == "\u00BF" || s == "\u00A1" || s == "\u2014" ||
             s == "\u2013";
    default:
      return false;
  }
}

enum class Evidence { kNever, kStarterWord, kAnyOpener, kCapitalOrUrl };

// The tokenizer emits ":)", ":-)", ";D" ... as single symbol tokens.
bool IsEmoticon(const Token& t, std::string_view s) {
  return t.kind == TokenKind::kSymbol && s.size() >= 2 && (s[0] == ':' || s[0] == ';');
}

bool IsUrl(const Token& t, std::string_view s) {
  if (t.kind != TokenKind::kWord || s.size() < 5) return false;
  auto starts = [&](std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t k = 0; k < prefix.size(); ++k)
      if (tok::AsciiLower(s[k]) != prefix[k]) return false;
    return true;
  };
  return starts("http://") || starts("https://") || starts("ftp://") || starts("www.");
}

// How much evidence a word that kept its period needs before a boundary.
Evidence EvidenceAfterAbbreviation(std::string_view word_with_dot) {
  const std::string_view w = word_with_dot.substr(0, word_with_dot.size() - 1);
  if (w.find('.') != std::string_view::npos) return Evidence::kStarterWord;  // U.S.  D.C.
  const tok::Decoded first = Decode(w.data(), w.data() + w.size());
  if (first.len == w.size()) return Evidence::kStarterWord;  // an initial: "Vitamin C. The"
  switch (tok::LookupAbbreviation(w)) {
    case tok::AbbrevKind::kTitle:
      return Evidence::kNever;
    case tok::AbbrevKind::kEndsFreely:
    case tok::AbbrevKind::kNone:
      return Evidence::kAnyOpener;
    default:
      return Evidence::kStarterWord;
  }
}

bool HasInnerCapital(std::string_view w) {
  for (char c : w)
    if (tok::IsAsciiUpper(c)) return true;
  return false;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (tok::AsciiLower(a[k]) != b[k]) return false;
  return true;
}

// The comma of a letter's closing line that opens a sentence: "Regards,",
// "Best regards,", "Sincerely,", "Cheers,". The signature after it is a
// sentence of its own.
bool IsLetterClosing(std::string_view text, const std::vector<Token>& toks, size_t start,
                     size_t i) {
  if (TokenText(text, toks[i]) != "," || i < start + 1 || i > start + 2) return false;
  const std::string_view w = TokenText(text, toks[i - 1]);
  return EqualsNoCase(w, "regards") || EqualsNoCase(w, "sincerely") ||
         EqualsNoCase(w, "cheers");
}

// "Yahoo! and AOL": a capitalised word with a glued '!' is likely a name.
bool GluedToCapitalized(std::string_view text, const std::vector<Token>& toks, size_t i) {
  if (i == 0 || toks[i - 1].span.end != toks[i].span.begin ||
      toks[i - 1].kind != TokenKind::kWord)
    return false;
  const std::string_view w = TokenText(text, toks[i - 1]);
  return Decode(w.data(), w.data() + w.size()).cls == CharClass::kUpper;
}

void EmitSentence(const std::vector<Token>& toks, size_t a, size_t b,
                  std::vector<Sentence>* out) {
  if (a >= b) return;
  Sentence& s = out->emplace_back();
  s.span = Span{toks[a].span.begin, toks[b - 1].span.end};
  s.tokens.assign(toks.begin() + static_cast<std::ptrdiff_t>(a),
                  toks.begin() + static_cast<std::ptrdiff_t>(b));
}

void SplitBlock(std::string_view text, const std::vector<Token>& toks,
                std::vector<Sentence>* out) {
  const size_t n = toks.size();
  size_t sentence_start = 0;
  size_t i = 0;
  while (i < n) {
    const std::string_view s = TokenText(text, toks[i]);
    Evidence needed;
    if (toks[i].kind == TokenKind::kPunctuation && IsTerminalPunct(s)) {
      needed = Evidence::kAnyOpener;
      // "1. The first point": an enumerator, not a sentence.
      if (s == "." && i == sentence_start + 1 && toks[i - 1].kind == TokenKind::kNumber) {
        needed = Evidence::kNever;
      }
    } else if (toks[i].kind == TokenKind::kWord && s.size() > 1 && s.back() == '.') {
      needed = EvidenceAfterAbbreviation(s);
    } else if (IsEmoticon(toks[i], s) || IsUrl(toks[i], s)) {
      // "... community :-) Posted by", "see http://x.org Then": a smiley or
      // a URL often closes an informal sentence, but only a capital (or
      // another URL) after a space says so.
      needed = Evidence::kCapitalOrUrl;
    } else if (IsLetterClosing(text, toks, sentence_start, i)) {
      needed = Evidence::kCapitalOrUrl;  // "Best regards, Debra Perlingiere"
    } else {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool closed = false;  // a quote or bracket closed after the terminal
    while (j < n && toks[j].span.begin == toks[j - 1].span.end &&
           toks[j].kind == TokenKind::kPunctuation && IsCloser(TokenText(text, toks[j]))) {
      closed = true;
      ++j;
    }
    if (j >= n) break;
    if (closed && needed == Evidence::kStarterWord) needed = Evidence::kAnyOpener;
    const std::string_view next = TokenText(text, toks[j]);
    const bool gap = toks[j].span.begin > toks[j - 1].span.end;
    bool boundary = false;
    const CharClass next_class = Decode(next.data(), next.data() + next.size()).cls;
    if (needed == Evidence::kAnyOpener) {
      // Without a space only a capital letter convinces: "Iran.The" (MT noise).
      boundary = CanOpenSentence(next) && (gap || next_class == CharClass::kUpper);
      // A bare full stop, question or exclamation mark then a space also ends
      // a sentence that the next one fails to capitalise ("call me. i am
      // out"), in informal text. Not after an ellipsis ("and then... we"),
      // nor after a closing quote ("'Why?' he asked"), and not after a word
      // that kept its period (abbreviations are handled above).
      if (!boundary && gap && !closed && toks[i].kind == TokenKind::kPunctuation &&
          s.find("..") == std::string_view::npos && s != "\u2026" &&
          toks[j].kind == TokenKind::kWord && next_class == CharClass::kLower &&
          !HasInnerCapital(next) &&  // iPhone, eBay: names, not sentence starts
          !(s[0] == '!' && GluedToCapitalized(text, toks, i))) {
        boundary = true;
      }
    } else if (needed == Evidence::kCapitalOrUrl) {
      boundary = gap && !closed && (next_class == CharClass::kUpper || IsUrl(toks[j], next));
    } else if (needed == Evidence::kStarterWord) {
      boundary = gap && toks[j].kind == TokenKind::kWord && tok::IsSentenceStarterWord(next);
    }
    if (boundary) {
      EmitSentence(toks, sentence_start, j, out);
      sentence_start = j;
    }
    i = j;
  }
  EmitSentence(toks, sentence_start, n, out);
}

}  // namespace

void SplitAndTokenize(Document* doc) {
  if (doc == nullptr) return;
  doc->sentences.clear();
  // Spans are 32-bit; text beyond 4 GiB is not addressed.
  const size_t size = std::min<size_t>(doc->text.size(), std::numeric_limits<uint32_t>::max());
  const std::string_view text(doc->text.data(), size);
  std::vector<Token> tokens;
  tokens.reserve(std::min<size_t>(size / 5 + 16, 1 << 20));

  if (doc->single_unit) {
    Tokenize(text, Span{0, static_cast<uint32_t>(size)}, &tokens);
    EmitSentence(tokens, 0, tokens.size(), &doc->sentences);
    return;
  }

  const char* const begin = text.data();
  const char* const end = begin + size;
  const Layout layout = AnalyzeLayout(begin, end);
  auto flush = [&](const char* b, const char* e) {
    tokens.clear();
    Tokenize(text, Span{static_cast<uint32_t>(b - begin), static_cast<uint32_t>(e - begin)},
             &tokens);
    SplitBlock(text, tokens, &doc->sentences);
  };
  const char* block = nullptr;
  const char* line = begin;
  while (line < end) {
    const char* nl = static_cast<const char*>(std::memchr(line, '\n', end - line));
    const char* line_end = nl != nullptr ? nl : end;
    if (IsBlankLine(line, line_end)) {
      if (block != nullptr) flush(block, line);
      block = nullptr;
    } else {
      if (block == nullptr) block = line;
      // A line well short of the wrap width cannot have been wrapped.
      if (!layout.wrapped || LineWidth(line, line_end) * 10 < layout.width * 6) {
        flush(block, line_end);
        block = nullptr;
      }
    }
    line = nl != nullptr ? nl + 1 : end;
  }
  if (block != nullptr) flush(block, end);
}

}  // namespace dyad
