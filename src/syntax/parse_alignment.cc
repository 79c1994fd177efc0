// Parse alignment (dyad/parse_alignment.h): locate the parse's words in the
// text, group overlapping tokens and words, carry heads across the groups.
#include "dyad/parse_alignment.h"

#include "dyad/treebank.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace dyad {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool StartsWith(std::string_view s, size_t pos, std::string_view prefix) {
  return s.size() >= pos + prefix.size() && s.compare(pos, prefix.size(), prefix) == 0;
}

// Spellings a tokenizer may use for the same text: CoreNLP's `` and '' for
// any quote, -- for any dash, ... for an ellipsis character.
constexpr std::array<std::string_view, 12> kQuotes = {
    "``",       "''", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB",
    "\xC2\xBB", "`",  "'",  "\xE2\x80\x98", "\xE2\x80\x99"};
constexpr std::array<std::string_view, 4> kDashes = {"--", "\xE2\x80\x94", "\xE2\x80\x93", "-"};
constexpr std::array<std::string_view, 3> kEllipses = {"...", ". . .", "\xE2\x80\xA6"};

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// The length of the longest member of `set` written at text[pos], or 0.
template <size_t N>
size_t MatchClass(std::string_view text, size_t pos, const std::array<std::string_view, N>& set) {
  size_t best = 0;
  for (std::string_view s : set) {
    if (s.size() > best && StartsWith(text, pos, s)) best = s.size();
  }
  return best;
}

// A curly apostrophe written as three bytes in one text and ' in the other.
size_t CurlyApostrophe(std::string_view s, size_t pos) {
  return StartsWith(s, pos, "\xE2\x80\x99") || StartsWith(s, pos, "\xE2\x80\x98") ? 3 : 0;
}

// How many bytes of text, from pos, spell `word`; 0 when they do not.
size_t MatchAt(std::string_view text, size_t pos, std::string_view word) {
  if (word.empty() || pos >= text.size()) return 0;
  // Brackets as CoreNLP escapes them, if a parse kept the escapes.
  if (const std::string_view bracket = TreebankBracket(word); !bracket.empty())
    return StartsWith(text, pos, bracket) ? 1 : 0;
  if (OneOf(word, kQuotes)) return MatchClass(text, pos, kQuotes);
  if (OneOf(word, kDashes)) return MatchClass(text, pos, kDashes);
  if (OneOf(word, kEllipses)) return MatchClass(text, pos, kEllipses);
  size_t i = 0, j = pos;
  while (i < word.size()) {
    if (j >= text.size()) return 0;
    // Old CoreNLP escapes slashes and asterisks: 1\/2, \*.
    if (word[i] == '\\' && i + 1 < word.size() && (word[i + 1] == '/' || word[i + 1] == '*')) {
      ++i;
      continue;
    }
    if (word[i] == '\'' && CurlyApostrophe(text, j) > 0) {
      ++i;
      j += 3;
      continue;
    }
    if (text[j] == '\'' && CurlyApostrophe(word, i) > 0) {
      i += 3;
      ++j;
      continue;
    }
    if (std::tolower(static_cast<unsigned char>(word[i])) !=
        std::tolower(static_cast<unsigned char>(text[j]))) {
      return 0;
    }
    ++i;
    ++j;
  }
  return j - pos;
}

// A word not found where expected may be found a little later, but only
// where a word can begin: never inside another word ("the" in "other").
bool CanStartWord(std::string_view text, size_t p) {
  return p == 0 || !IsAlnum(text[p - 1]) || !IsAlnum(text[p]);
}

constexpr size_t kSearchWindow = 200;  // bytes a word may be displaced by

// The depth of each word in the parse tree (root's children 1); words on a
// cycle or with a bad head get a large depth.
std::vector<int> Depths(const SyntaxSentence& parse) {
  const int n = static_cast<int>(parse.words.size());
  std::vector<int> depth(n, -1);
  for (int w = 0; w < n; ++w) {
    int d = 0, h = w;
    while (h >= 0 && d <= n) {
      const int next = parse.syntax[h].head;
      ++d;
      if (next <= 0 || next > n) break;
      h = next - 1;
    }
    depth[w] = d > n ? n + 1 : d;
  }
  return depth;
}

// LocateWords, also telling which words were found as written (`found`).
std::vector<Span> Locate(std::string_view text, size_t from, const std::vector<std::string>& words,
                         std::vector<bool>* found_out) {
  std::vector<Span> spans(words.size());
  std::vector<bool>& found = *found_out;
  found.assign(words.size(), false);
  size_t cursor = from;
  for (size_t i = 0; i < words.size(); ++i) {
    while (cursor < text.size() && IsSpace(text[cursor])) ++cursor;
    size_t len = MatchAt(text, cursor, words[i]);
    size_t at = cursor;
    for (size_t p = cursor + 1; len == 0 && p < text.size() && p <= cursor + kSearchWindow; ++p) {
      if (!CanStartWord(text, p)) continue;
      len = MatchAt(text, p, words[i]);
      at = p;
    }
    if (len == 0) continue;
    spans[i] = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + len)};
    found[i] = true;
    cursor = at + len;
  }
  // Words spelled otherwise (CoreNLP americanizes "Labour", normalizes
  // some characters) take the unexplained text between found neighbours:
  // all of it for one word, one whitespace piece each for as many words.
  size_t i = 0;
  while (i < words.size()) {
    if (found[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < words.size() && !found[j]) ++j;
    size_t gap_begin = from;
    for (size_t k = i; k-- > 0;) {
      if (found[k]) {
        gap_begin = spans[k].end;
        break;
      }
    }
    const size_t gap_end = j < words.size() ? spans[j].begin : text.size();
    std::vector<Span> pieces;
    size_t p = gap_begin;
    while (p < gap_end) {
      while (p < gap_end && IsSpace(text[p])) ++p;
      size_t q = p;
      while (q < gap_end && !IsSpace(text[q])) ++q;
      if (q > p) pieces.push_back(Span{static_cast<uint32_t>(p), static_cast<uint32_t>(q)});
      p = q;
    }
    if (j - i == 1 && !pieces.empty()) {
      spans[i] = Span{pieces.front().begin, pieces.back().end};
    } else if (pieces.size() == j - i) {
      for (size_t k = i; k < j; ++k) spans[k] = pieces[k - i];
    }
    i = j;
  }
  return spans;
}

}  // namespace

std::vector<Span> LocateWords(std::string_view text, size_t from,
                              const std::vector<std::string>& words) {
  std::vector<bool> found;
  return Locate(text, from, words, &found);
}

Status AlignParse(std::string_view text, const std::vector<Token>& tokens,
                  const SyntaxSentence& parse, SyntaxSentence* out, ParseAlignmentStats* stats) {
  ParseAlignmentStats local;
  ParseAlignmentStats& st = stats != nullptr ? *stats : local;
  st = ParseAlignmentStats();
  const int nw = static_cast<int>(parse.words.size());
  const int nt = static_cast<int>(tokens.size());
  if (parse.syntax.size() != parse.words.size()) {
    return Status::InvalidInput("the parse has no syntax for its words");
  }
  st.words = static_cast<size_t>(nw);
  const size_t from = tokens.empty() ? 0 : tokens.front().span.begin;
  std::vector<bool> found;
  const std::vector<Span> spans = Locate(text, from, parse.words, &found);
  size_t placed = 0;
  for (const Span& s : spans) placed += s.empty() ? 0 : 1;
  st.words_found = static_cast<size_t>(std::count(found.begin(), found.end(), true));
  st.words_guessed = placed - st.words_found;
  // Guessed words do not count: a parse of another sentence can have its
  // words "guessed" into the gaps of this one.
  if (nt == 0 || st.words_found * 2 < static_cast<size_t>(nw)) {
    return Status::InvalidInput("only " + std::to_string(st.words_found) + " of the parse's " +
                                std::to_string(nw) + " words are in the text");
  }

  // Groups: runs of tokens and words that overlap one another. Both lists
  // are in text order, so one sweep finds them.
  std::vector<int> word_tok(nw, -1);  // token standing for each word
  std::vector<int> rep_word(nt, -1);  // the word whose syntax a token takes
  std::vector<int> split_of(nt, -1);  // for an extra token of a split word: its token
  const std::vector<int> depth = Depths(parse);
  auto overlaps = [&](int t, int w) {
    const Span a = tokens[t].span, b = spans[w];
    return !b.empty() && a.begin < b.end && b.begin < a.end;
  };
  int w = 0;
  for (int t = 0; t < nt;) {
    while (w < nw && (spans[w].empty() || spans[w].end <= tokens[t].span.begin)) ++w;
    if (w >= nw || !overlaps(t, w)) {
      ++t;
      continue;
    }
    std::vector<int> group_tokens{t}, group_words{w};
    // Grow the group until neither side overlaps anything new.
    for (bool grew = true; grew;) {
      grew = false;
      const int last_t = group_tokens.back(), last_w = group_words.back();
      int next_w = last_w + 1;
      while (next_w < nw && spans[next_w].empty()) ++next_w;
      if (next_w < nw && overlaps(last_t, next_w)) {
        for (int k = last_w + 1; k <= next_w; ++k) {
          if (!spans[k].empty()) group_words.push_back(k);
        }
        grew = true;
      }
      if (last_t + 1 < nt && overlaps(last_t + 1, group_words.back())) {
        group_tokens.push_back(last_t + 1);
        grew = true;
      }
    }
    int head_word = group_words.front();
    for (int x : group_words) {
      if (depth[x] < depth[head_word]) head_word = x;
    }
    int rep = group_tokens.back();
    for (int x : group_tokens) {
      if (tokens[x].kind != TokenKind::kPunctuation) rep = x;
    }
    for (int x : group_words) word_tok[x] = rep;
    rep_word[rep] = head_word;
    for (int x : group_tokens) {
      if (x != rep) split_of[x] = rep;
    }
    if (group_words.size() > 1) ++st.tokens_merged;
    st.tokens_split += group_tokens.size() - 1;
    t = group_tokens.back() + 1;
    w = group_words.back() + 1;
  }
  for (int x = 0; x < nw; ++x) {
    if (spans[x].empty() || word_tok[x] < 0) ++st.words_dropped;
  }

  out->comments = parse.comments;
  out->words.assign(nt, std::string());
  out->syntax.assign(nt, TokenSyntax());
  out->space_after.assign(nt, true);
  for (int t = 0; t < nt; ++t) {
    out->words[t].assign(text.substr(tokens[t].span.begin, tokens[t].span.size()));
    out->space_after[t] = t + 1 == nt || tokens[t + 1].span.begin != tokens[t].span.end;
  }
  for (int t = 0; t < nt; ++t) {
    TokenSyntax& ts = out->syntax[t];
    const bool punct = tokens[t].kind == TokenKind::kPunctuation;
    if (rep_word[t] >= 0) {
      const TokenSyntax& ws = parse.syntax[rep_word[t]];
      ts = ws;
      // Follow the word's head up past words that fold into this token or
      // that no token holds.
      int h = ws.head;
      for (int steps = 0; h > 0 && h <= nw && (word_tok[h - 1] < 0 || word_tok[h - 1] == t);
           ++steps) {
        h = steps > nw ? 0 : parse.syntax[h - 1].head;
      }
      ts.head = h > 0 && h <= nw ? word_tok[h - 1] + 1 : 0;
      if (ts.head == 0) ts.deprel = "root";
      continue;
    }
    int anchor = split_of[t];
    if (anchor < 0) {
      ++st.tokens_unparsed;
      // The nearest token that stands for a word, before it if any.
      for (int k = t - 1; k >= 0 && anchor < 0; --k) {
        if (rep_word[k] >= 0) anchor = k;
      }
      for (int k = t + 1; k < nt && anchor < 0; ++k) {
        if (rep_word[k] >= 0) anchor = k;
      }
    }
    ts.head = anchor + 1;  // 0 (root) only when no token holds a word
    if (anchor >= 0 && split_of[t] >= 0) {
      const TokenSyntax& ws = parse.syntax[rep_word[anchor]];
      ts.upos = punct ? "PUNCT" : ws.upos;
      ts.xpos = punct ? std::string(out->words[t]) : ws.xpos;
      ts.deprel = punct ? "punct" : "compound";
    } else {
      ts.upos = punct ? "PUNCT" : "X";
      ts.xpos = punct ? std::string(out->words[t]) : "FW";
      ts.deprel = punct ? "punct" : "dep";
    }
  }
  // Grouping words that are not one subtree can close a cycle; the token
  // where a walk first comes back to itself becomes a root.
  for (int t = 0; t < nt; ++t) {
    int h = t;
    for (int steps = 0; steps <= nt && out->syntax[h].head > 0; ++steps) {
      h = out->syntax[h].head - 1;
      if (h == t) {
        out->syntax[t].head = 0;
        out->syntax[t].deprel = "root";
        break;
      }
    }
  }
  return Status::Ok();
}

}  // namespace dyad
