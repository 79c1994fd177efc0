#include "dictionary/phrase_parser.h"

#include <cctype>

namespace dyad::dict {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

SplitLine SplitDictionaryLine(std::string_view line) {
  SplitLine out;
  size_t phrase_end = std::string_view::npos;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == ';') break;
    if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) break;
    if (c == '[') {
      if (phrase_end == std::string_view::npos) phrase_end = i;
      size_t close = line.find(']', i + 1);
      if (close == std::string_view::npos) {
        out.unterminated_block = true;
        out.blocks.push_back(line.substr(i + 1));
        i = line.size();
        break;
      }
      out.blocks.push_back(line.substr(i + 1, close - i - 1));
      i = close + 1;
      continue;
    }
    ++i;
  }
  if (phrase_end == std::string_view::npos) phrase_end = i;
  out.phrase = Trim(line.substr(0, phrase_end));
  return out;
}

namespace {

bool IsTokenChar(char c) {
  return c == '$' || c == '+' || c == '%' || c == '^' || c == '@' || c == '*';
}

bool IsWordChar(char c) {
  return !(c == ' ' || c == '\t' || c == '_' || c == '~' || c == '=' || c == '{' || c == '|' ||
           c == '}' || IsTokenChar(c));
}

ElementKind TokenKind(char c) {
  switch (c) {
    case '$': return ElementKind::kSource;
    case '+': return ElementKind::kTarget;
    case '%': return ElementKind::kCompound;
    case '^': return ElementKind::kSkip;
    case '@': return ElementKind::kAttribution;
    default: return ElementKind::kVerb;
  }
}

// Recursive-descent parser over the phrase characters.
class Parser {
 public:
  Parser(std::string_view text, bool allow_tokens, const PhraseContext& ctx)
      : s_(text), allow_tokens_(allow_tokens), ctx_(ctx) {}

  // Parses elements until end, '|' or '}' (when nested).
  Status ParseSequence(std::vector<Element>* out, bool nested) {
    bool pending_adjacent = false;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == ' ' || c == '\t') {
        pending_adjacent = false;
        ++pos_;
        continue;
      }
      if (c == '|' || c == '}') {
        if (!nested) return Status::InvalidInput(std::string("unexpected '") + c + "'");
        return Status::Ok();
      }
      if (c == '_') {
        if (!out->empty()) {
          Element& prev = out->back();
          if (prev.kind == ElementKind::kWord && !stem_forced_) prev.exact = true;
        }
        stem_forced_ = false;
        pending_adjacent = !out->empty();
        ++pos_;
        continue;
      }
      if (c == '~') {
        // "XXXX~_YYYY": XXXX keeps its stem but YYYY must follow at once.
        stem_forced_ = true;
        ++pos_;
        continue;
      }
      if (c == '=') {
        if (!out->empty() && out->back().kind == ElementKind::kWord) {
          out->back().exact = true;
          out->back().endings = false;
        }
        ++pos_;
        continue;
      }
      stem_forced_ = false;
      Element e;
      e.adjacent = pending_adjacent && !out->empty();
      pending_adjacent = false;
      if (c == '{') {
        ++pos_;
        e.kind = ElementKind::kAlternatives;
        for (;;) {
          Phrase alt;
          Parser sub(s_, allow_tokens_, ctx_);
          sub.pos_ = pos_;
          Status st = sub.ParseSequence(&alt.elements, true);
          if (!st.ok()) return st;
          pos_ = sub.pos_;
          if (alt.elements.empty()) return Status::InvalidInput("empty alternative in { | }");
          FinishPhrase(&alt);
          e.alternatives.push_back(std::move(alt));
          if (pos_ >= s_.size()) return Status::InvalidInput("missing '}' after alternatives");
          char d = s_[pos_++];
          if (d == '}') break;
        }
        out->push_back(std::move(e));
        continue;
      }
      if (IsTokenChar(c)) {
        if (!allow_tokens_) {
          return Status::InvalidInput(std::string("pattern token '") + c +
                                      "' is not allowed in this phrase");
        }
        e.kind = TokenKind(c);
        ++pos_;
        out->push_back(std::move(e));
        continue;
      }
      if (c == '&') {
        size_t b = ++pos_;
        while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                    s_[pos_] == '&'))
          ++pos_;
        std::string name(1, '&');  // built in place: GCC 12 warns (-Wrestrict) on "&" + str
        name.append(s_.data() + b, pos_ - b);
        if (name.size() == 1) return Status::InvalidInput("'&' without a synset name");
        if (ctx_.synset_index == nullptr) return Status::InvalidInput("unknown synset " + name);
        auto it = ctx_.synset_index->find(name);
        if (it == ctx_.synset_index->end()) return Status::InvalidInput("unknown synset " + name);
        e.kind = ElementKind::kSynset;
        e.text = name;
        e.synset = it->second;
        out->push_back(std::move(e));
        continue;
      }
      size_t b = pos_;
      while (pos_ < s_.size() && IsWordChar(s_[pos_])) ++pos_;
      e.kind = ElementKind::kWord;
      e.text.reserve(pos_ - b);
      for (size_t k = b; k < pos_; ++k) {
        e.text.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s_[k]))));
      }
      e.endings = true;
      out->push_back(std::move(e));
    }
    if (nested) return Status::InvalidInput("missing '}' after alternatives");
    return Status::Ok();
  }

  void FinishPhrase(Phrase* p) {
    for (size_t i = 0; i < p->elements.size(); ++i) {
      ElementKind k = p->elements[i].kind;
      if (k == ElementKind::kVerb && p->verb_index < 0) p->verb_index = static_cast<int>(i);
      if (k == ElementKind::kSource || k == ElementKind::kTarget || k == ElementKind::kCompound)
        p->has_actor_tokens = true;
    }
  }

  size_t pos_ = 0;

 private:
  std::string_view s_;
  bool allow_tokens_;
  const PhraseContext& ctx_;
  bool stem_forced_ = false;
};

}  // namespace

Status ParsePhrase(std::string_view text, bool allow_tokens, const PhraseContext& ctx,
                   Phrase* out) {
  std::string normalized(Trim(text));
  // Hyphens in dictionary phrases stand for '_' (TABARI 0.7.3 and later).
  for (char& c : normalized) {
    if (c == '-') c = '_';
  }
  Parser parser(normalized, allow_tokens, ctx);
  out->elements.clear();
  Status st = parser.ParseSequence(&out->elements, false);
  if (!st.ok()) return st;
  if (out->elements.empty()) return Status::InvalidInput("empty phrase");
  parser.FinishPhrase(out);
  if (ctx.synsets != nullptr) out->length = PhraseLength(*out, *ctx.synsets);
  return Status::Ok();
}

int PhraseLength(const Phrase& phrase, const std::vector<Synset>& synsets) {
  int total = 0;
  for (const Element& e : phrase.elements) {
    switch (e.kind) {
      case ElementKind::kWord:
        for (char c : e.text) {
          if (std::isalnum(static_cast<unsigned char>(c))) ++total;
        }
        break;
      case ElementKind::kAlternatives: {
        int best = 0;
        for (const Phrase& alt : e.alternatives) best = std::max(best, PhraseLength(alt, synsets));
        total += best;
        break;
      }
      case ElementKind::kSynset:
        if (e.synset >= 0 && e.synset < static_cast<int>(synsets.size()))
          total += synsets[e.synset].max_length;
        break;
      default:
        break;
    }
  }
  return total;
}

Status ParseEventCode(std::string_view block, bool time_phrase, Code* out) {
  std::string code;
  for (char c : block) {
    if (c != ' ' && c != '\t') code.push_back(c);
  }
  *out = Code();
  if (code.empty()) return Status::InvalidInput("no code in [...]");
  if (code == "---") {
    out->kind = Code::Kind::kNull;
    return Status::Ok();
  }
  if (code == "###") {
    out->kind = Code::Kind::kDiscard;
    return Status::Ok();
  }
  if (code == "+++") {
    out->kind = Code::Kind::kComplex;
    return Status::Ok();
  }
  if (time_phrase) {
    size_t i = 0;
    int sign = 1;
    if (code[0] == '+' || code[0] == '-') {
      sign = code[0] == '-' ? -1 : 1;
      i = 1;
    }
    if (i >= code.size()) return Status::InvalidInput("bad time shift [" + code + "]");
    int days = 0;
    for (; i < code.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(code[i])))
        return Status::InvalidInput("bad time shift [" + code + "]");
      days = days * 10 + (code[i] - '0');
      if (days > 8192) days = 8193;
    }
    if (days > 8192) days = 0;  // TABARI: larger shifts are set to zero
    out->kind = Code::Kind::kEvent;
    out->time_shift = sign * days;
    out->code = code;
    return Status::Ok();
  }
  if (code.back() == '?') {
    out->subordinate = true;
    code.pop_back();
  } else if (code.back() == '!') {
    out->dominant = true;
    code.pop_back();
  }
  size_t colon = code.find(':');
  if (colon != std::string::npos) {
    out->paired = code.substr(colon + 1);
    code.resize(colon);
    if (out->paired.empty()) return Status::InvalidInput("empty second code after ':'");
  }
  // PETRARCH-2's "[:173]": no event in the verb's direction, only the
  // paired one back from the target to the source ("appeared before the
  // court": the court's 173 against the subject).
  if (code.empty() && out->paired.empty()) return Status::InvalidInput("no code in [...]");
  for (char c : code + out->paired) {
    if (!std::isalnum(static_cast<unsigned char>(c)))
      return Status::InvalidInput("code may contain only letters and digits: [" +
                                  std::string(block) + "]");
  }
  out->kind = Code::Kind::kEvent;
  out->code = code;
  return Status::Ok();
}

int ParseTabariDate(std::string_view d) {
  for (char c : d) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  }
  int year, month, day;
  if (d.size() == 6) {
    year = (d[0] - '0') * 10 + (d[1] - '0');
    year += year <= 30 ? 2000 : 1900;
    d.remove_prefix(2);
  } else if (d.size() == 8) {
    year = std::stoi(std::string(d.substr(0, 4)));
    d.remove_prefix(4);
  } else {
    return -1;
  }
  month = (d[0] - '0') * 10 + (d[1] - '0');
  day = (d[2] - '0') * 10 + (d[3] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return year * 10000 + month * 100 + day;
}

Status ParseActorCode(std::string_view block, DatedCode* out) {
  *out = DatedCode();
  std::string_view b = Trim(block);
  // Split the code from the date restriction: the code is the leading run of
  // code characters; the rest (after blanks) is the restriction.
  size_t i = 0;
  while (i < b.size() && (std::isalnum(static_cast<unsigned char>(b[i])) || b[i] == '/' ||
                          b[i] == '~' || b[i] == '-' || b[i] == '#' || b[i] == '+')) {
    // "---" "###" "+++" are codes; a '-' after digits belongs to a date range.
    if (b[i] == '-' && i > 0 && std::isdigit(static_cast<unsigned char>(b[i - 1]))) break;
    ++i;
  }
  std::string code(b.substr(0, i));
  std::string_view rest = Trim(b.substr(i));
  // "- - -" with blanks.
  if (code == "-" && rest.substr(0, 3) == "- -") {
    code = "---";
    rest = Trim(rest.substr(3));
  }
  if (code.empty()) return Status::InvalidInput("no code in [" + std::string(block) + "]");
  bool all_digits = true;
  for (char c : code) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (all_digits && code.size() >= 6) {
    return Status::InvalidInput("no code before the date in [" + std::string(block) + "]");
  }
  Status st = Status::Ok();
  if (code == "---" || code == "###" || code == "+++") {
    st = ParseEventCode(code, false, &out->code);
    if (!st.ok()) return st;
  } else {
    for (char c : code) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '~')
        return Status::InvalidInput("bad actor code in [" + std::string(block) + "]");
    }
    // A code glued to a date ("AAA950601") is an error TABARI reports.
    size_t digits = 0;
    for (size_t k = code.size(); k > 0 && std::isdigit(static_cast<unsigned char>(code[k - 1])); --k)
      ++digits;
    if (digits >= 6) return Status::InvalidInput("code and date run together in [" + std::string(block) + "]");
    out->code.kind = Code::Kind::kEvent;
    out->code.code = code;
    size_t start = 0;
    while (start <= code.size()) {
      size_t slash = code.find('/', start);
      std::string part = code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (!part.empty()) out->codes.push_back(part);
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  }
  if (rest.empty()) return Status::Ok();
  out->restricted = true;
  std::string r;
  for (char c : rest) {
    if (c != ' ' && c != '\t') r.push_back(c);
  }
  auto bad = [&]() {
    return Status::InvalidInput("bad date restriction in [" + std::string(block) + "]");
  };
  if (r[0] == '<' || r[0] == '>') {
    int d = ParseTabariDate(std::string_view(r).substr(1));
    if (d < 0) return bad();
    if (r[0] == '<') out->to = d; else out->from = d;
    return Status::Ok();
  }
  size_t dash = r.find('-');
  if (dash == std::string::npos) return bad();
  int from = ParseTabariDate(std::string_view(r).substr(0, dash));
  int to = ParseTabariDate(std::string_view(r).substr(dash + 1));
  if (from < 0 || to < 0) return bad();
  out->from = from;
  out->to = to;
  return Status::Ok();
}

}  // namespace dyad::dict
