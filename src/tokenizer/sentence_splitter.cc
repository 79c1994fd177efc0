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
//
// Mail and web text (the UD English EWT genres) also end sentences without
// punctuation; the few layouts that do so reliably are recognised: a mail
// header's time stamp, a dateline or salutation ending in a spaced dash at
// the start of a sentence, a letter closing, an e-mail address or URL before
// a capital.
//
// The rules mark boundaries per block (tok::RuleBoundaries); an optional
// learned model (dyad/sentence_model.h) may then revise them before the
// sentences are emitted, mostly to end the unpunctuated sentences of mail and
// web text that no rule can tell from a name or a heading.
#include <algorithm>
#include <cstring>
#include <limits>

#include "dyad/sentence_model.h"
#include "dyad/tokenizer.h"
#include "tokenizer/abbreviations.h"
#include "tokenizer/char_class.h"
#include "tokenizer/splitter_internal.h"

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

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (tok::AsciiLower(a[k]) != b[k]) return false;
  return true;
}

// How much evidence a word that kept its period needs before a boundary.
Evidence EvidenceAfterAbbreviation(std::string_view word_with_dot) {
  const std::string_view w = word_with_dot.substr(0, word_with_dot.size() - 1);
  if (EqualsNoCase(w, "p.s")) return Evidence::kNever;  // "P.S. I am moving back"
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

// "Newsfeed.Com", "Amazon.Co": a capitalised top-level domain glued to a
// full stop ends a host name, not a sentence.
bool IsDomainSuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"com", "net", "org", "gov", "edu",
                                                   "info", "biz", "co"};
  for (std::string_view suffix : kSuffixes) {
    if (w.size() != suffix.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k)
      same = (w[k] | 0x20) == suffix[k];
    if (same) return true;
  }
  return false;
}


// The comma of a letter's closing line that opens a sentence: "Regards,",
// "With best regards,", "Sincerely,", "Thanks,", "Thank you,", "Best,". The
// signature after it is a sentence of its own.
bool IsLetterClosing(std::string_view text, const std::vector<Token>& toks, size_t start,
                     size_t i) {
  if (TokenText(text, toks[i]) != "," || i < start + 1 || i > start + 3) return false;
  const std::string_view w = TokenText(text, toks[i - 1]);
  if (EqualsNoCase(w, "regards") || EqualsNoCase(w, "sincerely") || EqualsNoCase(w, "cheers") ||
      EqualsNoCase(w, "cordially") || EqualsNoCase(w, "respectfully") ||
      EqualsNoCase(w, "wishes")) {
    return true;
  }
  if (i != start + 1 && i != start + 2) return false;
  // Shorter closings are also ordinary words; alone on their line they close.
  if (i == start + 1) return EqualsNoCase(w, "thanks") || EqualsNoCase(w, "best");
  const std::string_view first = TokenText(text, toks[start]);
  return (EqualsNoCase(first, "thank") && EqualsNoCase(w, "you")) ||
         (EqualsNoCase(first, "take") && EqualsNoCase(w, "care")) ||
         (EqualsNoCase(first, "many") && EqualsNoCase(w, "thanks"));
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!tok::IsAsciiDigit(c)) return false;
  return true;
}

// Digit groups of the given sizes joined by `sep`: "07/29/2024" is {1..2,
// 1..2, 2..4} with '/'.
bool IsDigitGroups(std::string_view s, char sep, size_t groups, size_t min_last) {
  for (size_t g = 0; g < groups; ++g) {
    const size_t at = g + 1 < groups ? s.find(sep) : s.size();
    if (at == std::string_view::npos) return false;
    const std::string_view group = s.substr(0, at);
    const bool last = g + 1 == groups;
    if (!AllDigits(group) || group.size() > (last ? 4 : 2) || (last && group.size() < min_last))
      return false;
    s.remove_prefix(last ? at : at + 1);
  }
  return true;
}

bool IsAmPm(std::string_view s) {
  return EqualsNoCase(s, "am") || EqualsNoCase(s, "pm") || EqualsNoCase(s, "a.m.") ||
         EqualsNoCase(s, "p.m.");
}

// A time zone after a time: EST, GMT, PDT, CET, ET, UTC.
bool IsTimeZone(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!tok::IsAsciiUpper(c)) return false;
  return s.back() == 'T' || s == "UTC";
}

// A mail header's time stamp "03/27/2001 01:58 PM" (or "26/09/2000 14:14"):
// returns the index just past it, or `i` when toks[i] does not start one.
size_t TimeStampEnd(std::string_view text, const std::vector<Token>& toks, size_t i) {
  const size_t n = toks.size();
  if (toks[i].kind != TokenKind::kNumber || toks[i].span.size() < 6 || i + 1 >= n ||
      !IsDigitGroups(TokenText(text, toks[i]), '/', 3, 2))
    return i;
  const std::string_view t = TokenText(text, toks[i + 1]);
  if (!IsDigitGroups(t, ':', 2, 2) && !IsDigitGroups(t, ':', 3, 2)) return i;
  size_t e = i + 2;
  if (e < n && IsAmPm(TokenText(text, toks[e]))) ++e;
  return e;
}

bool HasLowercase(std::string_view s) {
  for (char c : s)
    if (tok::IsAsciiLower(c)) return true;
  return false;
}

bool StartsLower(std::string_view s) {
  return Decode(s.data(), s.data() + s.size()).cls == CharClass::kLower;
}

bool IsSpacedDash(std::string_view text, const std::vector<Token>& toks, size_t i) {
  const std::string_view s = TokenText(text, toks[i]);
  if (s != "-" && s != "--" && s != "\u2013" && s != "\u2014") return false;
  return i > 0 && i + 1 < toks.size() && toks[i].span.begin > toks[i - 1].span.end &&
         toks[i + 1].span.begin > toks[i].span.end;
}

// A dateline or a salutation that opens a sentence and ends in a spaced dash:
// "TEHRAN (AFP) - An envoy ...", "Boulder, CO, Feb. 23 (UPI) -- Scientists",
// "Kay - Can you ...". Returns the index after the dash, or 0. The words
// before the dash must all be capitalised (or numbers, commas, brackets), and
// a capital must follow, so "Hamas - which rules Gaza - said" stays whole.
size_t HeadingDashEnd(std::string_view text, const std::vector<Token>& toks, size_t start) {
  constexpr size_t kMaxHeading = 10;
  const size_t n = toks.size();
  const std::string_view first = TokenText(text, toks[start]);
  if (toks[start].kind != TokenKind::kWord ||
      Decode(first.data(), first.data() + first.size()).cls != CharClass::kUpper)
    return 0;
  size_t words = 1;
  bool numbers = false;
  for (size_t i = start + 1; i < n && i <= start + kMaxHeading; ++i) {
    if (IsSpacedDash(text, toks, i)) {
      const std::string_view next = TokenText(text, toks[i + 1]);
      const CharClass c = Decode(next.data(), next.data() + next.size()).cls;
      if (c != CharClass::kUpper || toks[i + 1].kind != TokenKind::kWord) return 0;
      // A dateline names its agency "(AFP) -" or shouts its city "NEW DELHI -";
      // a salutation is a name or two ("Kay -", "Hello -"). "Sept. 24 -" and
      // "Enron Networks - Houston" in signatures and schedules are neither.
      const bool agency = TokenText(text, toks[i - 1]) == ")";
      const bool shouted = first.size() > 1 && !HasLowercase(first);
      return agency || shouted || (words <= 2 && !numbers) ? i + 1 : 0;
    }
    const std::string_view s = TokenText(text, toks[i]);
    switch (toks[i].kind) {
      case TokenKind::kWord:
        if (StartsLower(s)) return 0;
        ++words;
        break;
      case TokenKind::kNumber:
        numbers = true;
        break;
      case TokenKind::kPunctuation:
        if (s != "," && s != "(" && s != ")" && s != ".") return 0;
        break;
      default:
        return 0;
    }
  }
  return 0;
}

bool IsEmailAddress(const Token& t, std::string_view s) {
  if (t.kind != TokenKind::kWord || s.size() < 6) return false;
  size_t at = 1;  // a plain loop: words are short and rarely hold an '@'
  while (at < s.size() && s[at] != '@') ++at;
  return at < s.size() && s.find('.', at) != std::string_view::npos;
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

}  // namespace

namespace tok {

void RuleBoundaries(std::string_view text, const std::vector<Token>& toks,
                    std::vector<uint8_t>* starts) {
  const size_t n = toks.size();
  starts->assign(n, 0);
  size_t sentence_start = 0;
  size_t i = 0;
  // A boundary decided ahead of the scan (after a heading dash or a time
  // stamp); SIZE_MAX when none is pending.
  size_t pending = std::numeric_limits<size_t>::max();
  size_t heading_checked = std::numeric_limits<size_t>::max();
  auto split_at = [&](size_t j) {
    if (j > sentence_start) (*starts)[j] = 1;
    sentence_start = j;
  };
  while (i < n) {
    if (i == pending && i > sentence_start) split_at(i);
    if (i == sentence_start && heading_checked != i) {
      heading_checked = i;
      if (const size_t e = HeadingDashEnd(text, toks, i); e > 0) pending = e;
    }
    // Mail headers: "Kay Mann 03/15/2001 04:11 PM I have ..." puts the time
    // stamp in a sentence of its own: after a sender (two tokens at least, so
    // not "Posted 3/9/2005"), not after "on" or "at".
    if (const size_t e = TimeStampEnd(text, toks, i); e > i) {
      const std::string_view prev = i > 0 ? TokenText(text, toks[i - 1]) : std::string_view();
      if (i >= sentence_start + 2 && toks[i].span.begin > toks[i - 1].span.end &&
          !(toks[i - 1].kind == TokenKind::kWord && StartsLower(prev)) &&
          !(toks[i - 1].kind == TokenKind::kPunctuation && prev != ")" && prev != "\"")) {
        split_at(i);
      }
      if (e < n && toks[e].span.begin > toks[e - 1].span.end) {
        const std::string_view next = TokenText(text, toks[e]);
        if (!IsTimeZone(next) &&
            !(toks[e].kind == TokenKind::kPunctuation && !CanOpenSentence(next))) {
          pending = e;
        }
      }
      i = e;
      continue;
    }
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
    } else if (IsEmoticon(toks[i], s) ||
               (s.size() >= 5 && (IsUrl(toks[i], s) || IsEmailAddress(toks[i], s)))) {
      // "... community :-) Posted by", "see http://x.org Then": a smiley or
      // a URL often closes an informal sentence, but only a capital (or
      // another URL) after a space says so.
      needed = Evidence::kCapitalOrUrl;
    } else if (IsLetterClosing(text, toks, sentence_start, i)) {
      needed = Evidence::kCapitalOrUrl;  // "Best regards, Debra Perlingiere"
      // "Thanks, Kim." and "Thanks, I know" are one sentence.
      if (i + 2 < n && (TokenText(text, toks[i + 2]) == "." || TokenText(text, toks[i + 1]) == "I"))
        needed = Evidence::kNever;
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
      boundary = CanOpenSentence(next) && (gap || (next_class == CharClass::kUpper &&
                                                   !IsDomainSuffix(next)));
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
    if (boundary) split_at(j);
    i = j;
  }
}

void ForEachBlock(std::string_view text, const std::function<void(Span)>& block_fn) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const Layout layout = AnalyzeLayout(begin, end);
  auto flush = [&](const char* b, const char* e) {
    block_fn(Span{static_cast<uint32_t>(b - begin), static_cast<uint32_t>(e - begin)});
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

}  // namespace tok

void SplitAndTokenize(Document* doc) { SplitAndTokenize(doc, nullptr); }

void SplitAndTokenize(Document* doc, const SentenceModel* model) {
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

  std::vector<uint8_t> starts;
  tok::ForEachBlock(text, [&](Span block) {
    tokens.clear();
    Tokenize(text, block, &tokens);
    tok::RuleBoundaries(text, tokens, &starts);
    if (model != nullptr) model->Refine(text, tokens, &starts);
    size_t a = 0;
    for (size_t j = 1; j < tokens.size(); ++j) {
      if (starts[j] == 0) continue;
      EmitSentence(tokens, a, j, &doc->sentences);
      a = j;
    }
    EmitSentence(tokens, a, tokens.size(), &doc->sentences);
  });
}

}  // namespace dyad
