// Tokenize(): one left-to-right pass over the bytes of a span.
//
// Each token is decided by looking at most a few code points ahead (a word's
// joiners, a period's follower), except URLs and e-mail addresses, whose
// look-ahead is bounded by their own length or a fixed cap. That keeps the
// whole pass linear in the input, whatever the input is.
#include <cstring>

#include "dyad/tokenizer.h"
#include "tokenizer/abbreviations.h"
#include "tokenizer/char_class.h"

namespace dyad {
namespace {

using tok::CharClass;
using tok::Decode;
using tok::Decoded;

// RFC 5321 limits; also what keeps e-mail look-ahead bounded.
constexpr std::ptrdiff_t kMaxEmailLocal = 64;
constexpr std::ptrdiff_t kMaxEmailDomain = 255;

bool IsEmailLocalChar(char c) {
  return tok::IsAsciiLower(c) || tok::IsAsciiUpper(c) || tok::IsAsciiDigit(c) || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) {
  return tok::IsAsciiLower(c) || tok::IsAsciiUpper(c) || tok::IsAsciiDigit(c) || c == '.' ||
         c == '-';
}

bool StartsWithNoCase(const char* p, const char* end, std::string_view prefix) {
  if (end - p < static_cast<std::ptrdiff_t>(prefix.size())) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (tok::AsciiLower(p[i]) != prefix[i]) return false;
  }
  return true;
}

class Scanner {
 public:
  Scanner(std::string_view text, Span span, std::vector<Token>* out)
      : base_(text.data()),
        end_(text.data() + std::min<size_t>(span.end, text.size())),
        out_(out) {
    begin_ = text.data() + std::min<size_t>(span.begin, text.size());
    FindNextAt(begin_);
  }

  void Run() {
    const char* p = begin_;
    while (p < end_) {
      const Decoded d = Decode(p, end_);
      if (d.cls == CharClass::kSpace) {
        p += d.len;
      } else if (tok::IsAlnum(d.cls)) {
        p = ScanWordLike(p);
      } else {
        p = ScanOther(p, d);
      }
    }
  }

 private:
  void Emit(const char* b, const char* e, TokenKind kind) {
    out_->push_back(Token{Span{static_cast<uint32_t>(b - base_), static_cast<uint32_t>(e - base_)},
                          kind});
  }

  bool IsWordAt(const char* p) const { return p < end_ && tok::IsWordChar(Decode(p, end_).cls); }
  bool IsAlnumAt(const char* p) const { return p < end_ && tok::IsAlnum(Decode(p, end_).cls); }

  const char* SkipSpace(const char* p) const {
    while (p < end_) {
      const Decoded d = Decode(p, end_);
      if (d.cls != CharClass::kSpace) break;
      p += d.len;
    }
    return p;
  }

  // A token starting with a letter or digit: URL, e-mail, or word/number.
  const char* ScanWordLike(const char* p) {
    if (const char* e = MatchUrl(p)) {
      Emit(p, e, TokenKind::kWord);
      return e;
    }
    if (const char* e = MatchEmail(p)) {
      Emit(p, e, TokenKind::kWord);
      return e;
    }
    return ScanWord(p);
  }

  const char* MatchUrl(const char* p) const {
    const char c = tok::AsciiLower(*p);
    if (c != 'h' && c != 'w' && c != 'f') return nullptr;
    const char* q = nullptr;
    for (std::string_view prefix : {"https://", "http://", "ftp://", "www."}) {
      if (StartsWithNoCase(p, end_, prefix)) {
        q = p + prefix.size();
        break;
      }
    }
    if (q == nullptr || q >= end_ || !IsUrlChar(*q)) return nullptr;
    int parens = 0;  // '(' minus ')'
    int brackets = 0;
    while (q < end_ && IsUrlChar(*q)) {
      parens += (*q == '(') - (*q == ')');
      brackets += (*q == '[') - (*q == ']');
      ++q;
    }
    // Trailing sentence punctuation and an unbalanced ')' or ']' belong to
    // the prose around the URL.
    while (q > p) {
      const char t = q[-1];
      if (t == ')' && parens < 0) {
        ++parens;
      } else if (t == ']' && brackets < 0) {
        ++brackets;
      } else if (std::strchr(".,;:!?'", t) == nullptr) {
        break;
      }
      --q;
    }
    return q;
  }

  static bool IsUrlChar(char c) {
    return c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`';
  }

  const char* MatchEmail(const char* p) {
    // An address needs an '@' within kMaxEmailLocal bytes; the next '@' is
    // cached so prose without one costs a single memchr per span.
    if (next_at_ != nullptr && next_at_ < p) FindNextAt(p);
    if (next_at_ == nullptr || next_at_ - p > kMaxEmailLocal) return nullptr;
    const char* q = p;
    while (q < next_at_ && IsEmailLocalChar(*q)) ++q;
    if (q != next_at_) return nullptr;
    const char* d = q + 1;
    const char* limit = std::min(end_, d + kMaxEmailDomain);
    while (d < limit && IsDomainChar(*d)) ++d;
    while (d > q + 1 && (d[-1] == '.' || d[-1] == '-')) --d;
    // Needs "host.tld" with an alphabetic TLD of two or more letters.
    const char* dot = d;
    while (dot > q + 1 && dot[-1] != '.') --dot;
    if (dot <= q + 2 || d - dot < 2) return nullptr;
    for (const char* t = dot; t < d; ++t) {
      if (!tok::IsAsciiLower(*t) && !tok::IsAsciiUpper(*t)) return nullptr;
    }
    return d;
  }

  void FindNextAt(const char* from) {
    next_at_ = from < end_ ? static_cast<const char*>(std::memchr(from, '@', end_ - from)) : nullptr;
  }

  // True when the ASCII letters at q form a whole clitic: 's 'm 'd 'll 're 've.
  bool IsCliticAfterApostrophe(const char* q) const {
    char buf[3];
    int n = 0;
    while (n < 3 && q + n < end_ && (tok::IsAsciiLower(q[n]) || tok::IsAsciiUpper(q[n]))) {
      buf[n] = tok::AsciiLower(q[n]);
      ++n;
    }
    if (n == 0 || n == 3 || IsWordAt(q + n)) return false;
    const std::string_view s(buf, n);
    return s == "s" || s == "m" || s == "d" || s == "ll" || s == "re" || s == "ve";
  }

  // Number of letters (0..3; 3 means "three or more") at q, and whether what
  // follows them is not alphanumeric.
  int ShortLetterRun(const char* q, bool* ends_clean) const {
    int n = 0;
    while (n < 3 && q < end_) {
      const Decoded d = Decode(q, end_);
      if (!tok::IsLetter(d.cls)) break;
      q += d.len;
      ++n;
    }
    *ends_clean = !IsAlnumAt(q);
    return n;
  }

  // End of the run of ASCII lowercase letters and digits at q.
  const char* LowerRunEnd(const char* q) const {
    while (q < end_ && (tok::IsAsciiLower(*q) || tok::IsAsciiDigit(*q))) ++q;
    return q;
  }

  // "reuters.com", and file names in capitals ("ENRON.XLS", "MEMO.DOC").
  bool IsTldAt(const char* q) const {
    char buf[4];
    int n = 0;
    const bool upper = q < end_ && tok::IsAsciiUpper(*q);
    while (q + n < end_ && (upper ? tok::IsAsciiUpper(q[n]) : tok::IsAsciiLower(q[n]))) {
      if (n == 4) return false;
      buf[n] = tok::AsciiLower(q[n]);
      ++n;
    }
    if (n < 2 || IsAlnumAt(q + n)) return false;
    return tok::IsCommonTld(std::string_view(buf, n));
  }

  const char* ScanWord(const char* start) {
    const char* p = start;
    const char* last_cp = start;  // start of the last letter/digit consumed
    bool last_was_digit = false;
    bool has_inner_period = false;  // U.S, a.m, Ph.D (not 3.5 or bbc.com)
    int seg_letters = 0;            // code points since the last joiner
    bool in_dotted_name = false;    // inside alt.animals.cat
    bool in_number_code = false;    // inside 713-853-3989, 2022-07-19
    const char* seg_start = start;  // first byte after the last joiner
    for (;;) {
      while (p < end_) {
        const Decoded d = Decode(p, end_);
        if (!tok::IsWordChar(d.cls)) break;
        if (d.cls != CharClass::kMark) {
          last_cp = p;
          last_was_digit = d.cls == CharClass::kDigit;
          ++seg_letters;
        }
        p += d.len;
      }
      if (p >= end_) break;
      const char c = *p;
      const int hyphen_len = JoinerHyphenLength(p);
      if (hyphen_len > 0 && IsAlnumAt(p + hyphen_len)) {
        // Treebank style: al - Assad, 22 - year - old; only prefixes and
        // digit codes (e-mail, non-Western, 713-853-3989) stay whole.
        if (!HyphenJoins(seg_start, p, p + hyphen_len, &in_number_code)) break;
        p += hyphen_len;
        seg_start = p;
        seg_letters = 0;
        continue;
      }
      if (c == '.' && p + 1 < end_) {
        const Decoded nd = Decode(p + 1, end_);
        if (last_was_digit && nd.cls == CharClass::kDigit) {  // 3.5, 1.2.3.4
          p += 1;
          seg_start = p;
          seg_letters = 0;
          continue;
        }
        if (tok::IsLetter(nd.cls)) {
          bool clean = false;
          const int next_letters = ShortLetterRun(p + 1, &clean);
          if (!last_was_digit && seg_letters <= 2 && next_letters <= 2 && clean) {
            p += 1;  // U.S, a.m, Ph.D, e.g
            has_inner_period = true;
            seg_start = p;
            seg_letters = 0;
            continue;
          }
          if (IsTldAt(p + 1)) {  // reuters.com, bbc.co.uk
            p += 1;
            seg_start = p;
            seg_letters = 0;
            continue;
          }
          // Dotted names of three or more lowercase parts: alt.animals.cat,
          // mail.enron.com. Once one is recognised, its later parts join too.
          const char* after = LowerRunEnd(p + 1);
          if (after > p + 1 && !IsWordAt(after) &&
              (in_dotted_name ||
               (after + 1 < end_ && *after == '.' && tok::IsAsciiLower(after[1])))) {
            p += 1;
            in_dotted_name = true;
            seg_start = p;
            seg_letters = 0;
            continue;
          }
        }
        break;
      }
      if ((c == ',' || c == ':' || c == '/') && last_was_digit && p + 1 < end_ &&
          tok::IsAsciiDigit(p[1])) {
        if (c != ',') {  // 10:30, 07/29/2024
          p += 1;
          seg_start = p;
          seg_letters = 0;
          continue;
        }
        // Thousands separator: exactly three digits follow (1,500 not 1,5).
        if (p + 3 < end_ && tok::IsAsciiDigit(p[2]) && tok::IsAsciiDigit(p[3]) &&
            (p + 4 >= end_ || !tok::IsAsciiDigit(p[4]))) {
          p += 1;
          continue;
        }
        break;
      }
      if (c == '&' && p > start && tok::IsAsciiUpper(p[-1]) && p + 1 < end_ &&
          tok::IsAsciiUpper(p[1])) {  // AT&T, S&P
        p += 1;
        continue;
      }
      const int apos_len = ApostropheLength(p);
      if (apos_len > 0) {
        const char* q = p + apos_len;
        if (IsCliticAfterApostrophe(q)) break;  // Iran|'s, we|'ll
        if (q < end_ && (*q == 't' || *q == 'T') && !IsWordAt(q + 1) &&
            (*last_cp == 'n' || *last_cp == 'N')) {
          if (last_cp > start) {  // do|n't, ca|n't (Penn Treebank style)
            Emit(start, last_cp, TokenKind::kWord);
            Emit(last_cp, q + 1, TokenKind::kWord);
          } else {
            Emit(start, q + 1, TokenKind::kWord);  // a bare "n't"
          }
          return q + 1;
        }
        if (IsAlnumAt(q)) {  // O'Neill, Shi'a
          p = q;
          seg_start = p;
          seg_letters = 0;
          continue;
        }
      }
      break;
    }
    const TokenKind kind =
        Decode(start, end_).cls == CharClass::kDigit ? TokenKind::kNumber : TokenKind::kWord;
    // "Inc.." is the abbreviation plus a full stop; "Inc..." an ellipsis.
    const bool single_or_double_dot =
        p < end_ && *p == '.' && (p + 1 >= end_ || p[1] != '.' || p + 2 >= end_ || p[2] != '.');
    if (kind == TokenKind::kWord && single_or_double_dot &&
        PeriodBelongsToWord(start, p, has_inner_period)) {
      ++p;
    } else if (kind == TokenKind::kWord && !has_inner_period) {
      // Penn Treebank splits these fused forms: can|not, gon|na, wan|na, got|ta.
      const std::string_view w(start, p - start);
      if (IsFusedForm(w)) {
        Emit(start, start + 3, kind);
        Emit(start + 3, p, kind);
        return p;
      }
    }
    Emit(start, p, kind);
    return p;
  }

  static bool IsFusedForm(std::string_view w) {
    if (w.size() != 5 && w.size() != 6) return false;
    char buf[6];
    for (size_t i = 0; i < w.size(); ++i) buf[i] = tok::AsciiLower(w[i]);
    const std::string_view l(buf, w.size());
    return l == "cannot" || l == "gonna" || l == "wanna" || l == "gotta";
  }

  bool PeriodBelongsToWord(const char* start, const char* dot, bool has_inner_period) const {
    if (has_inner_period) return true;
    const std::string_view word(start, dot - start);
    const Decoded first = Decode(start, end_);
    if (first.len == word.size() && first.cls == CharClass::kUpper) {
      // An initial: "George W. Bush", "Dmitriy S. said". A single capital at
      // the very end ("Plan B.") is a word followed by a full stop.
      const char* next = SkipSpace(dot + 1);
      return next < end_ && next > dot + 1 && tok::IsLetter(Decode(next, end_).cls);
    }
    switch (tok::LookupAbbreviation(word)) {
      case tok::AbbrevKind::kNone:
        return false;
      case tok::AbbrevKind::kBeforeNumber: {
        const char* next = SkipSpace(dot + 1);
        return next < end_ && Decode(next, end_).cls == CharClass::kDigit;
      }
      default:
        return true;
    }
  }

  // :) :-) ;) :( :D :P followed by space, punctuation or the end.
  const char* MatchEmoticon(const char* p) const {
    if (*p != ':' && *p != ';') return nullptr;
    const char* q = p + 1;
    if (q < end_ && *q == '-') ++q;
    if (q >= end_ || std::strchr(")(DP", *q) == nullptr) return nullptr;
    ++q;
    if (IsAlnumAt(q)) return nullptr;
    // "(see below:)" is punctuation, not a smile: require a space before.
    if (p > begin_ && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n') return nullptr;
    return q;
  }

  // Whether the hyphen at `hyphen` (the segment before it starting at
  // `seg`, the next one at `after`) stays inside the word. UD English EWT
  // splits hyphens except after a bound prefix (e-mail, co-operation) and in
  // digit codes: phone numbers, zip codes and dates (713-853-3989,
  // 77002-7361, 2022-07-19), not ranges (1969-1970, 25-26).
  bool HyphenJoins(const char* seg, const char* hyphen, const char* after,
                   bool* in_number_code) const {
    if (*in_number_code) return true;
    const std::string_view before(seg, hyphen - seg);
    if (!before.empty() && tok::IsAsciiDigit(before[0])) {
      for (char c : before)
        if (!tok::IsAsciiDigit(c)) return false;
      const char* q = after;
      while (q < end_ && tok::IsAsciiDigit(*q)) ++q;
      if (q == after || IsWordAt(q)) return false;
      if (end_ - q >= 2 && *q == '-' && tok::IsAsciiDigit(q[1])) {
        *in_number_code = true;  // three groups: a date or a phone number
        return true;
      }
      return q - after == 4 && before.size() != 4;
    }
    return tok::IsJoiningPrefix(before);
  }

  // ASCII '-' and the Unicode hyphens U+2010/U+2011 join words; dashes do not.
  int JoinerHyphenLength(const char* p) const {
    if (*p == '-') return 1;
    if (end_ - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 &&
        static_cast<unsigned char>(p[1]) == 0x80 &&
        (static_cast<unsigned char>(p[2]) == 0x90 || static_cast<unsigned char>(p[2]) == 0x91)) {
      return 3;
    }
    return 0;
  }

  int ApostropheLength(const char* p) const {
    if (*p == '\'') return 1;
    if (end_ - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 &&
        static_cast<unsigned char>(p[1]) == 0x80 && static_cast<unsigned char>(p[2]) == 0x99) {
      return 3;  // U+2019 RIGHT SINGLE QUOTATION MARK, the usual typographic apostrophe
    }
    return 0;
  }

  // Punctuation, symbols, clitics that start with an apostrophe, stray marks.
  const char* ScanOther(const char* p, const Decoded& d) {
    const char c = *p;
    if (c == '.' || c == '-' || c == '!' || c == '?') {
      // Runs are one token: "...", "--", "?!", but "-" and "." stand alone.
      const char* q = p + 1;
      if (c == '.' || c == '-') {
        while (q < end_ && *q == c) ++q;
      } else {
        while (q < end_ && (*q == '!' || *q == '?')) ++q;
      }
      Emit(p, q, TokenKind::kPunctuation);
      return q;
    }
    const int apos_len = ApostropheLength(p);
    if (apos_len > 0 && !out_->empty() &&
        out_->back().span.end == static_cast<uint32_t>(p - base_) &&
        out_->back().kind != TokenKind::kPunctuation &&
        out_->back().kind != TokenKind::kSymbol && IsCliticAfterApostrophe(p + apos_len)) {
      const char* q = p + apos_len;
      while (q < end_ && (tok::IsAsciiLower(*q) || tok::IsAsciiUpper(*q))) ++q;
      Emit(p, q, TokenKind::kWord);
      return q;
    }
    if (const char* e = MatchEmoticon(p)) {
      Emit(p, e, TokenKind::kSymbol);
      return e;
    }
    if (c == '=' || c == '*' || c == '_' || c == '~' || c == '#' || c == '+' || c == '<' ||
        c == '>' || c == '$' || c == '^' || c == '|') {
      // Rules and decorations ("=====", "***", ">>") are one token each.
      const char* q = p + 1;
      while (q < end_ && *q == c) ++q;
      Emit(p, q, c == '_' ? TokenKind::kPunctuation : TokenKind::kSymbol);
      return q;
    }
    if (d.cls == CharClass::kPunct) {
      Emit(p, p + d.len, TokenKind::kPunctuation);
      return p + d.len;
    }
    // A symbol keeps its modifiers: combining marks, variation selectors,
    // skin tones, and zero-width-joined emoji sequences.
    const char* q = p + d.len;
    while (q < end_) {
      const Decoded n = Decode(q, end_);
      const bool modifier = n.cls == CharClass::kMark || (n.cp >= 0xFE00 && n.cp <= 0xFE0F) ||
                            (n.cp >= 0x1F3FB && n.cp <= 0x1F3FF) ||
                            (n.cp >= 0xE0020 && n.cp <= 0xE007F);
      if (!modifier) break;
      q += n.len;
      if (n.cp == 0x200D && q < end_) {
        const Decoded j = Decode(q, end_);
        if (j.cls == CharClass::kSymbol) q += j.len;
      }
    }
    Emit(p, q, TokenKind::kSymbol);
    return q;
  }

  const char* base_;
  const char* begin_;
  const char* end_;
  std::vector<Token>* out_;
  const char* next_at_ = nullptr;  // the next '@' at or after the scan position
};

}  // namespace

void Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  if (out == nullptr || span.begin >= span.end || span.begin >= text.size()) return;
  Scanner scanner(text, span, out);
  scanner.Run();
}

}  // namespace dyad
