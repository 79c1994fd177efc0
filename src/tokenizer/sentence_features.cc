#include "tokenizer/sentence_features.h"

#include "tokenizer/char_class.h"

namespace dyad::tok {

namespace {

constexpr uint64_t kPrime = 1099511628211ull;

std::string_view TextOf(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

// Coarse token classes: what the next and previous token *are*, which
// generalises over words never seen in training.
enum Cls : uint8_t {
  kNone,         // before the block start or after its end
  kLowerWord,
  kCapWord,      // Capitalised
  kCapsWord,     // ALL CAPITALS, two letters or more
  kOtherWord,    // iPhone, caseless scripts
  kNumberTok,
  kTerminal,     // . ! ? ...
  kPause,        // , ; :
  kOpener,       // ( [ " “ ‘
  kCloser,       // ) ] ” ’
  kDash,
  kOtherPunct,
  kSymbolTok,
  kWebTok,       // URL or e-mail address
};

Cls ClassOf(std::string_view text, const std::vector<Token>& toks, long i) {
  if (i < 0 || static_cast<size_t>(i) >= toks.size()) return kNone;
  const Token& t = toks[static_cast<size_t>(i)];
  const std::string_view s = TextOf(text, t);
  switch (t.kind) {
    case TokenKind::kNumber:
      return kNumberTok;
    case TokenKind::kSymbol:
      return kSymbolTok;
    case TokenKind::kPunctuation:
      if (s[0] == '.' || s[0] == '!' || s[0] == '?' || s == "\u2026") return kTerminal;
      if (s == "," || s == ";" || s == ":") return kPause;
      if (s == "(" || s == "[" || s == "\"" || s == "\u201C" || s == "\u2018") return kOpener;
      if (s == ")" || s == "]" || s == "\u201D" || s == "\u2019" || s == "'") return kCloser;
      if (s == "-" || s == "--" || s == "\u2013" || s == "\u2014") return kDash;
      return kOtherPunct;
    case TokenKind::kWord:
      break;
  }
  if (s.find('@') != std::string_view::npos || s.find("://") != std::string_view::npos ||
      (s.size() > 4 && (s[0] == 'w' || s[0] == 'W') && s.substr(1, 3) == "ww."))
    return kWebTok;
  const Decoded d = Decode(s.data(), s.data() + s.size());
  if (d.cls == CharClass::kLower) return kLowerWord;
  if (d.cls != CharClass::kUpper) return kOtherWord;
  if (s.size() > 1 && IsAsciiUpper(s[1])) return kCapsWord;
  return kCapWord;
}

// "Xx", "X.X.", "d", "x-x": character classes with runs collapsed, at most 6.
uint64_t ShapeHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  char last = 0;
  int written = 0;
  for (size_t k = 0; k < s.size() && written < 6; ++k) {
    const char c = s[k];
    char m;
    if (IsAsciiUpper(c)) {
      m = 'X';
    } else if (IsAsciiLower(c)) {
      m = 'x';
    } else if (IsAsciiDigit(c)) {
      m = 'd';
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      m = 'u';  // any non-ASCII byte; a shape need not decode
    } else {
      m = c;
    }
    if (m == last) continue;
    last = m;
    ++written;
    h = (h ^ static_cast<unsigned char>(m)) * kPrime;
  }
  return h;
}

uint64_t SuffixHash(std::string_view s) {
  return internal::LowerHash(s.size() > 3 ? s.substr(s.size() - 3) : s);
}

// Feature key from a template id and up to three values. Distinct templates
// never share keys (the id is mixed in first), and the finaliser spreads the
// bits for the model's hash table.
uint64_t Key(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = (uint64_t{tmpl} + 1) * 0x9E3779B97F4A7C15ull;
  h = (h ^ a) * kPrime;
  h = (h ^ (b + 0x632BE59BD9B4E019ull)) * kPrime;
  h = (h ^ (c + 0x85EBCA77C2B2AE63ull)) * kPrime;
  h ^= h >> 31;
  return h == 0 ? 1 : h;
}

// Small integers in buckets: 0 1 2 3 4 5-6 7-9 10-14 15-24 25+.
uint64_t Bucket(size_t v) {
  if (v <= 4) return v;
  if (v <= 6) return 5;
  if (v <= 9) return 6;
  if (v <= 14) return 7;
  if (v <= 24) return 8;
  return 9;
}

struct TokenInfo {
  uint64_t lower = 0;  // lowercase form
  uint64_t shape = 0;
  uint64_t cls = kNone;
};

TokenInfo Info(std::string_view text, const std::vector<Token>& toks, long i) {
  TokenInfo info;
  info.cls = ClassOf(text, toks, i);
  if (info.cls == kNone) return info;
  const std::string_view s = TextOf(text, toks[static_cast<size_t>(i)]);
  // Numbers, URLs and addresses are many and alike: their class says enough.
  if (info.cls == kNumberTok || info.cls == kWebTok) {
    info.lower = info.cls;
    info.shape = ShapeHash(s.substr(0, 8));
  } else {
    info.lower = internal::LowerHash(s);
    info.shape = ShapeHash(s);
  }
  return info;
}

}  // namespace

namespace internal {

uint64_t LowerHash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  const size_t n = s.size() < 24 ? s.size() : 24;
  for (size_t k = 0; k < n; ++k) h = (h ^ static_cast<unsigned char>(AsciiLower(s[k]))) * kPrime;
  return h;
}

bool StartsLowerWord(std::string_view text, const Token& t) {
  return t.kind == TokenKind::kWord && IsAsciiLower(text[t.span.begin]);
}

bool IsQuoteOrBracketCloser(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kPunctuation) return false;
  const std::string_view s = TextOf(text, t);
  return s == "]" || s == "'" || s == "\"" || s == "\u2019" || s == "\u201D";
}

void ExtractFeatures(std::string_view text, const std::vector<Token>& toks,
                     const std::vector<uint8_t>& rule_starts, const SentenceState& state,
                     BoundaryCandidate* c) {
  const long j = static_cast<long>(c->j);
  const TokenInfo l2 = Info(text, toks, j - 2), l = Info(text, toks, j - 1);
  const TokenInfo r = Info(text, toks, j), r2 = Info(text, toks, j + 1);
  const uint64_t rule = c->rule ? 1 : 0;
  // Distance to the next boundary the rules see (or the block end): a
  // punctuated sentence ahead means the text is prose, not a list.
  size_t ahead = c->j + 1;
  while (ahead < toks.size() && ahead < c->j + 30 && rule_starts[ahead] == 0) ++ahead;
  const bool newline =
      text.substr(toks[c->j - 1].span.end, toks[c->j].span.begin - toks[c->j - 1].span.end)
          .find('\n') != std::string_view::npos;
  const std::string_view last = TextOf(text, toks[c->j - 1]);
  uint64_t* f = c->features;
  size_t n = 0;
  f[n++] = Key(0, rule);
  f[n++] = Key(1, rule, l.cls, r.cls);
  f[n++] = Key(2, l.lower);
  f[n++] = Key(3, r.lower);
  f[n++] = Key(4, l2.lower);
  f[n++] = Key(5, r2.lower);
  f[n++] = Key(6, l.lower, r.lower);
  f[n++] = Key(7, l.shape, r.shape);
  f[n++] = Key(8, l2.cls | (l.cls << 8), r.cls | (r2.cls << 8));
  f[n++] = Key(9, SuffixHash(last), r.cls);
  f[n++] = Key(10, r.lower, r2.cls);
  f[n++] = Key(11, Bucket(c->j - state.start), r.cls, rule);
  f[n++] = Key(12, Bucket(toks.size() - c->j), r.cls);
  f[n++] = Key(13, Bucket(state.lower_words), l.cls, r.cls);
  f[n++] = Key(14, l.lower, r.cls);
  f[n++] = Key(15, l.cls, r.lower);
  f[n++] = Key(16, newline, r.cls, rule);
  f[n++] = Key(17, Bucket(ahead - c->j), r.cls, rule);
  f[n++] = Key(18, rule, r.lower);
  f[n++] = Key(19, l2.lower, l.lower);
  f[n++] = Key(20, r.lower, r2.lower);
  f[n++] = Key(21, state.first_word, r.cls);
  f[n++] = Key(22, l.shape, r.lower);
  f[n++] = Key(23, Bucket(state.lower_words), Bucket(c->j - state.start), rule);
  c->n = n;
}

}  // namespace internal

bool IsCandidate(std::string_view text, const std::vector<Token>& toks,
                 const std::vector<uint8_t>& rule_starts, size_t j) {
  if (rule_starts[j] != 0) return true;
  const Token& r = toks[j];
  if (r.span.begin == toks[j - 1].span.end) return false;  // glued: "Iran.The" is the rules' job
  // After a full stop, ! or ? the web genres start sentences in lowercase
  // too ("... on friday. anyway, ..."); in edited news this is rare and the
  // model learns to say no.
  const Token& l = toks[j - 1];
  if (l.kind == TokenKind::kPunctuation) {
    const std::string_view p = TextOf(text, l);
    if (p[0] == '.' || p[0] == '!' || p[0] == '?' || p == "\u2026") return true;
  }
  const unsigned char c = static_cast<unsigned char>(text[r.span.begin]);
  if (IsAsciiUpper(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c))) return true;
  if (c < 0x80) return c == '(' || c == '[' || c == '"' || c == '*' || c == '-';
  const Decoded d = Decode(text.data() + r.span.begin, text.data() + r.span.end);
  return d.cls == CharClass::kUpper || d.cp == 0x201C;
}

}  // namespace dyad::tok
