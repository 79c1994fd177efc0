// Document model: an article as dyad sees it.
//
// A Document owns its UTF-8 text. Sentences and tokens never copy text: they
// hold byte spans [begin, end) into Document::text, so every later stage
// (coder, event provenance) can point back to the exact bytes it used.
// Readers fill id/date/text and the metadata; the sentence splitter and
// tokenizer (tokenizer.h) fill `sentences`.
//
// Thread safety: plain value types; no internal synchronisation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Half-open byte range [begin, end) into some text named by context.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with inner hyphens, apostrophes, periods (U.S.)
  kNumber,       // starts with a digit: 1,500  3.5  1990s  22-year-old is a kWord
  kPunctuation,  // , ; : . ! ? quotes, brackets, dashes
  kSymbol,       // anything else: $ % & @ emoji
};

struct Token {
  Span span;  // bytes in Document::text
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  Span span;                  // bytes in Document::text, trimmed of outer space
  std::vector<Token> tokens;  // in text order, spans inside `span`
};

// A syntactic parse that came with the input, kept as written: PETRARCH
// records carry a CoreNLP Penn Treebank parse or a CoNLL-U one per record.
// dyad's own parser is the default; a caller may use this instead
// (SyntaxFromGivenParse in petrarch.h turns it into a SyntaxSentence).
enum class ParseFormat : uint8_t { kNone, kTreebank, kConllu };

struct GivenParse {
  ParseFormat format = ParseFormat::kNone;
  std::string text;  // the parse, trimmed of surrounding blank space
  // Where `text` starts, so a problem inside it can be placed: the input's
  // name and the 1-based line and column of its first character.
  std::string file;
  size_t line = 0;
  size_t column = 1;

  bool empty() const { return format == ParseFormat::kNone; }
};

struct Document {
  std::string id;      // unique within its batch; readers synthesise one if absent
  std::string date;    // ISO YYYY-MM-DD, or empty when unknown
  std::string text;    // valid UTF-8 (readers replace invalid bytes with U+FFFD)
  std::string url;     // optional metadata carried to the output
  std::string source;  // e.g. the outlet
  std::string title;
  std::string origin;  // "file:line" the document was read from, for diagnostics
  // Material that is not article text but travels with it, e.g. the /* ... */
  // comment block of a TABARI record that holds its expected events.
  std::string annotation;
  // When true the whole text is one unit to code (TABARI records are coded
  // as one "sentence" each, as TABARI itself does); the splitter then makes
  // exactly one sentence.
  bool single_unit = false;
  // The parse the input gave for the text, if any (PETRARCH records).
  GivenParse given_parse;

  std::vector<Sentence> sentences;

  std::string_view View(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace dyad
