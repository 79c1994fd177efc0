// PETRARCH records files (petrarch.h). The file is cut into top-level pieces
// by a small scanner (comments, <Environment>, <Config>, <Sentence>, <Stop>)
// and each piece is parsed with pugixml on its own: one malformed record
// then costs that record, not the file, and every message can name the
// line. The wrappers (<Validation>, <Sentences>) are not checked for
// balance: the suites are hand-edited and PETRARCH itself never did.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <pugixml.hpp>
#include <string>

#include "dyad/petrarch.h"
#include "io/reader_internal.h"
#include "io/utf8.h"
#include "util/ascii.h"

namespace dyad {

namespace {

using ascii::Lower;

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == ':' ||
         c == '.';
}

// Byte offset -> 1-based line, by binary search over line starts.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  // 1-based column of `offset` on its line.
  size_t ColumnOf(size_t offset) const { return offset - starts_[LineOf(offset) - 1] + 1; }
  size_t LineOf(size_t offset) const {
    return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                               starts_.begin());
  }

 private:
  std::vector<size_t> starts_;
};

// The end (one past '>') of the tag opening at `pos`, skipping quoted
// attribute values; npos when the tag never closes.
size_t TagEnd(std::string_view text, size_t pos) {
  char quote = 0;
  for (size_t i = pos + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    } else if (c == '<') {
      return std::string_view::npos;  // a new tag before this one closed
    }
  }
  return std::string_view::npos;
}

// One past the "-->" closing the comment that opens at `pos`, or npos.
// Comments nest here, though XML says they cannot: the UniversalPetrarch
// banner quotes "<!-- ... -->" inside its own comment.
size_t CommentEnd(std::string_view text, size_t pos) {
  int depth = 0;
  size_t i = pos;
  while (i < text.size()) {
    const size_t open = text.find("<!--", i);
    const size_t close = text.find("-->", i);
    if (close == std::string_view::npos) return close;
    if (open < close) {
      ++depth;
      i = open + 4;
    } else {
      if (--depth == 0) return close + 3;
      i = close + 3;
    }
  }
  return std::string_view::npos;
}

// The element name after '<' (or "</") at `pos`.
std::string_view TagName(std::string_view text, size_t pos) {
  size_t b = pos + 1;
  if (b < text.size() && text[b] == '/') ++b;
  size_t e = b;
  while (e < text.size() && IsNameChar(text[e])) ++e;
  return text.substr(b, e - b);
}

std::string PcData(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return out;
}

class Reader {
 public:
  Reader(std::string_view name, std::string_view content, PetrarchRecords* out,
         Diagnostics* diagnostics)
      : ctx_(name, diagnostics), text_(content), lines_(content), out_(out) {}

  void Run();
  size_t sentences_seen() const { return sentences_seen_; }
  io::ReadContext& context() { return ctx_; }

 private:
  // Lists the first kMaxListed problems; a damaged file must not flood the
  // output. Finish() counts the rest.
  void Report(size_t offset, const std::string& problem) {
    if (++problems_ <= kMaxListed) ctx_.Report(lines_.LineOf(offset), problem);
  }
  void Finish() {
    if (problems_ > kMaxListed)
      ctx_.Report(0, std::to_string(problems_ - kMaxListed) + " more problems not listed");
  }
  // One past the close tag of the `name` element whose open tag ends at
  // `open_end`; npos when another `name` opens first or the file ends, and
  // then *resume is where reading goes on (that next element, or the end).
  size_t ElementEnd(size_t open_end, std::string_view name, size_t* resume) const;
  bool ParsePiece(size_t begin, std::string_view piece, pugi::xml_document* doc,
                  const std::string& what);
  void ReadEnvironment(size_t begin, size_t end);
  void ReadConfig(size_t begin, size_t open_end);
  void AddConfig(const pugi::xml_node& node, size_t begin);
  void ReadSentence(size_t begin, size_t end);
  std::string IdOfTag(size_t begin) const;
  void FillRecord(const pugi::xml_node& sentence, size_t begin, std::string_view piece,
                  PetrarchRecord* r);

  io::ReadContext ctx_;
  std::string_view text_;
  LineIndex lines_;
  PetrarchRecords* out_;
  static constexpr size_t kMaxListed = 100;

  size_t sentences_seen_ = 0;
  size_t problems_ = 0;
  bool stopped_ = false;
};

size_t Reader::ElementEnd(size_t open_end, std::string_view name, size_t* resume) const {
  *resume = text_.size();
  size_t i = open_end;
  while (i < text_.size()) {
    const size_t lt = text_.find('<', i);
    if (lt == std::string_view::npos) return std::string_view::npos;
    if (text_.compare(lt, 4, "<!--") == 0) {
      const size_t close = text_.find("-->", lt + 4);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close + 3;
      continue;
    }
    if (TagName(text_, lt) == name) {
      if (text_[lt + 1] != '/') {  // the next one opens first
        *resume = lt;
        return std::string_view::npos;
      }
      return TagEnd(text_, lt);
    }
    i = lt + 1;
  }
  return std::string_view::npos;
}

bool Reader::ParsePiece(size_t begin, std::string_view piece, pugi::xml_document* doc,
                        const std::string& what) {
  const pugi::xml_parse_result result = doc->load_buffer(
      piece.data(), piece.size(), pugi::parse_default | pugi::parse_comments, pugi::encoding_utf8);
  if (result) return true;
  const size_t at =
      begin + std::min(static_cast<size_t>(std::max<ptrdiff_t>(result.offset, 0)), piece.size());
  Report(at, "malformed " + what + ": " + result.description() + "; skipped");
  return false;
}

void Reader::Run() {
  out_->stop_at = std::string_view::npos;
  size_t pos = 0;
  // Text between top-level elements is reported once per stretch.
  auto check_stray = [&](size_t from, size_t to) {
    const std::string_view gap = text_.substr(from, to - from);
    const size_t word = gap.find_first_not_of(" \t\n\r");
    if (word != std::string_view::npos) Report(from + word, "text outside any record ignored");
  };
  while (pos < text_.size()) {
    const size_t lt = text_.find('<', pos);
    if (lt == std::string_view::npos) {
      check_stray(pos, text_.size());
      break;
    }
    check_stray(pos, lt);
    if (text_.compare(lt, 4, "<!--") == 0) {
      const size_t close = CommentEnd(text_, lt);
      if (close == std::string_view::npos) {
        Report(lt, "unterminated <!-- comment: the rest of the file is ignored");
        break;
      }
      pos = close;
      continue;
    }
    if (text_.compare(lt, 2, "<?") == 0 || text_.compare(lt, 2, "<!") == 0) {
      const size_t end = text_.find('>', lt);
      pos = end == std::string_view::npos ? text_.size() : end + 1;
      continue;
    }
    const std::string_view name = TagName(text_, lt);
    const size_t open_end = TagEnd(text_, lt);
    if (open_end == std::string_view::npos) {
      Report(lt, "tag '<" + std::string(name) + "' is not closed with '>'; skipped");
      pos = lt + 1;
      continue;
    }
    const bool closing = text_[lt + 1] == '/';
    const bool self_closing = text_[open_end - 2] == '/';
    if (name == "Validation" || name == "Sentences") {
      pos = open_end;
      continue;
    }
    if (closing) {
      Report(lt, "stray closing tag </" + std::string(name) + "> ignored");
      pos = open_end;
      continue;
    }
    if (name == "Config") {
      ReadConfig(lt, open_end);
      pos = open_end;
      const size_t next = text_.find_first_not_of(" \t\n", pos);
      if (next != std::string_view::npos && TagName(text_, next) == "Config" &&
          text_.compare(next, 2, "</") == 0 && !self_closing) {
        pos = TagEnd(text_, next);
        if (pos == std::string_view::npos) pos = text_.size();
      }
      continue;
    }
    if (name == "Stop") {
      if (!stopped_) out_->stop_at = out_->records.size();
      stopped_ = true;
      pos = open_end;
      size_t resume = 0;
      const size_t end = self_closing ? open_end : ElementEnd(open_end, "Stop", &resume);
      if (end != std::string_view::npos) pos = end;
      continue;
    }
    if (name != "Sentence" && name != "Environment") {
      Report(lt, "unknown element <" + std::string(name) + "> ignored");
      pos = open_end;
      continue;
    }
    size_t resume = 0;
    const size_t end = self_closing ? open_end : ElementEnd(open_end, name, &resume);
    if (name == "Sentence") ++sentences_seen_;
    if (end == std::string_view::npos) {
      const std::string id = name == "Sentence" ? IdOfTag(lt) : std::string();
      Report(lt, "<" + std::string(name) + ">" + (id.empty() ? "" : " of record " + id) +
                     " has no </" + std::string(name) + ">; skipped");
      pos = resume;
      continue;
    }
    if (name == "Sentence") {
      ReadSentence(lt, end);
    } else {
      ReadEnvironment(lt, end);
    }
    pos = end;
  }
  if (out_->stop_at == std::string_view::npos) out_->stop_at = out_->records.size();
  Finish();
}

void Reader::AddConfig(const pugi::xml_node& node, size_t begin) {
  PetrarchConfig c;
  c.option = node.attribute("option").value();
  c.value = node.attribute("value").value();
  c.first_record = out_->records.size();
  c.line = lines_.LineOf(begin);
  if (c.option.empty()) {
    Report(begin, "<Config> without an option ignored");
    return;
  }
  if (node.attribute("value").empty()) {
    Report(begin, "<Config option=\"" + c.option + "\"> has no value; ignored");
    return;
  }
  out_->configs.push_back(std::move(c));
}

void Reader::ReadConfig(size_t begin, size_t open_end) {
  // PETRARCH's documentation writes <Config ...> without a closing tag, so
  // the open tag is parsed alone, made self-closing.
  std::string tag(text_.substr(begin, open_end - begin));
  if (tag.size() >= 2 && tag[tag.size() - 2] != '/') tag.insert(tag.size() - 1, "/");
  pugi::xml_document doc;
  if (!ParsePiece(begin, tag, &doc, "<Config>")) return;
  AddConfig(doc.first_child(), begin);
}

void Reader::ReadEnvironment(size_t begin, size_t end) {
  pugi::xml_document doc;
  if (!ParsePiece(begin, text_.substr(begin, end - begin), &doc, "<Environment>")) return;
  for (pugi::xml_node c : doc.first_child().children()) {
    if (c.type() != pugi::node_element) continue;
    const size_t at = begin + static_cast<size_t>(std::max<ptrdiff_t>(c.offset_debug(), 0));
    if (std::string_view(c.name()) == "Config") {
      AddConfig(c, at);
      continue;
    }
    out_->environment.push_back({c.name(), std::string(io::Trim(PcData(c)))});
  }
}

std::string Reader::IdOfTag(size_t begin) const {
  const size_t open_end = TagEnd(text_, begin);
  if (open_end == std::string_view::npos) return "";
  std::string tag(text_.substr(begin, open_end - begin));
  if (tag.size() >= 2 && tag[tag.size() - 2] != '/') tag.insert(tag.size() - 1, "/");
  pugi::xml_document doc;
  if (!doc.load_buffer(tag.data(), tag.size())) return "";
  return doc.first_child().attribute("id").value();
}

void Reader::ReadSentence(size_t begin, size_t end) {
  // Lift UniversalPetrarch's "<PLEvent {json}>" lines out, blanking them in
  // a copy so offsets (and so lines) stay as in the file.
  std::string piece(text_.substr(begin, end - begin));
  std::vector<std::string> plover;
  for (size_t i = 0; (i = piece.find('<', i)) != std::string::npos;) {
    if (piece.compare(i, 4, "<!--") == 0) {
      const size_t close = piece.find("-->", i);
      if (close == std::string::npos) break;
      i = close + 3;
      continue;
    }
    if (piece.compare(i, 8, "<PLEvent") != 0 || TagName(piece, i) != "PLEvent") {
      ++i;
      continue;
    }
    size_t close = piece.find("}>", i);
    const size_t line_end = piece.find('\n', i);
    if (close == std::string::npos || close > line_end) {
      close = piece.find('>', i);
      if (close == std::string::npos) break;
    } else {
      ++close;  // at the '>'
    }
    plover.emplace_back(io::Trim(std::string_view(piece).substr(i + 8, close - i - 8)));
    for (size_t k = i; k <= close; ++k) {
      if (piece[k] != '\n') piece[k] = ' ';
    }
    i = close + 1;
  }
  pugi::xml_document doc;
  const std::string id = IdOfTag(begin);
  if (!ParsePiece(begin, piece, &doc, id.empty() ? "record" : "record " + id)) return;
  PetrarchRecord r;
  r.plover = std::move(plover);
  FillRecord(doc.first_child(), begin, piece, &r);
  if (r.text.empty() && !r.parse.empty()) {
    // PETRARCH codes from the parse; input may give the parse alone (the
    // GigaWord sample's TEST records). The text is then its words.
    SyntaxSentence s;
    const Status st = SyntaxFromGivenParse(r.parse, &s);
    if (!st.ok()) {
      Report(begin, "record " + r.id + " has no <Text> and its parse is unreadable (" +
                        st.message() + "); skipped");
      return;
    }
    for (const std::string& w : s.words) {
      if (!r.text.empty()) r.text.push_back(' ');
      r.text += w;
    }
  }
  if (r.text.empty()) {
    Report(begin, "record " + r.id + " has no <Text>; skipped");
    return;
  }
  out_->records.push_back(std::move(r));
}

void Reader::FillRecord(const pugi::xml_node& sentence, size_t begin, std::string_view piece,
                        PetrarchRecord* r) {
  r->line = lines_.LineOf(begin);
  for (pugi::xml_attribute a : sentence.attributes()) {
    r->attributes.push_back({a.name(), a.value()});
  }
  r->id = sentence.attribute("id").value();
  r->category = sentence.attribute("category").value();
  if (r->id.empty()) {
    r->id = ctx_.Stem() + "-" + std::to_string(r->line);
    Report(begin, "record has no id; using " + r->id);
  }
  const pugi::xml_attribute date = sentence.attribute("date");
  if (date.empty()) {
    Report(begin, "record " + r->id + " has no date");
  } else if (!NormalizeDate(date.value(), &r->date)) {
    r->date.clear();
    Report(begin,
           "bad date '" + std::string(date.value()) + "' in record " + r->id + " (want YYYYMMDD)");
  }
  bool have_text = false, have_parse = false;
  bool hashed = false;  // the element follows a '#'
  for (pugi::xml_node c : sentence.children()) {
    const size_t at = begin + static_cast<size_t>(std::max<ptrdiff_t>(c.offset_debug(), 0));
    if (c.type() == pugi::node_comment) {
      const std::string_view t = io::Trim(c.value());
      if (!t.empty()) r->comments.emplace_back(t);
      continue;
    }
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      const std::string_view t = io::Trim(c.value());
      // "#<EventCoding ...>": the suites' way of commenting an element out.
      hashed = !t.empty() && t.back() == '#';
      if (!t.empty() && t != "#") Report(at, "text outside <Text> in record " + r->id + " ignored");
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    if (hashed) {
      hashed = false;
      continue;
    }
    const std::string_view name = c.name();
    if (name == "Text") {
      if (have_text) {
        Report(at, "second <Text> in record " + r->id + " ignored");
        continue;
      }
      have_text = true;
      std::string_view line;
      const std::string raw = PcData(c);
      io::LineCursor cursor(raw);
      while (cursor.Next(&line)) {
        const std::string_view t = io::Trim(line);
        if (t.empty()) continue;
        if (!r->text.empty()) r->text.push_back('\n');
        r->text.append(t);
      }
    } else if (name == "Parse") {
      if (have_parse) {
        Report(at, "second <Parse> in record " + r->id + " ignored");
        continue;
      }
      have_parse = true;
      const std::string raw = PcData(c);
      const std::string_view t = io::Trim(raw);
      if (t.empty()) continue;
      // The line of the parse's first character: after the tag, count the
      // newlines of the leading blank space (entities hold none).
      size_t first = begin + piece.find('>', static_cast<size_t>(c.offset_debug())) + 1;
      while (first < text_.size() && (text_[first] == ' ' || text_[first] == '\t' ||
                                      text_[first] == '\n' || text_[first] == '\r'))
        ++first;
      r->parse.file = std::string(ctx_.name());
      r->parse.line = lines_.LineOf(first);
      r->parse.column = lines_.ColumnOf(first);
      r->parse.text = std::string(t);
      if (t[0] == '(') {
        r->parse.format = ParseFormat::kTreebank;
      } else if (std::isdigit(static_cast<unsigned char>(t[0])) && t.find('\t') < t.find('\n')) {
        r->parse.format = ParseFormat::kConllu;
      } else {
        r->parse = GivenParse();
        Report(at,
               "<Parse> of record " + r->id + " is neither a Treebank tree nor CoNLL-U; ignored");
      }
    } else if (name == "EventCoding") {
      PetrarchCoding coding;
      coding.line = lines_.LineOf(at);
      for (pugi::xml_attribute a : c.attributes()) {
        coding.attributes.push_back({a.name(), a.value()});
        const std::string_view an = a.name();
        if (an == "sourcecode") coding.source = a.value();
        if (an == "targetcode") coding.target = a.value();
        if (an == "eventcode") coding.event = a.value();
        if (an == "noevents") coding.no_events = Lower(a.value()) != "false";
        if (an == "error") coding.error = a.value();
      }
      if (coding.event.empty() && !coding.no_events && coding.error.empty()) {
        Report(at, "<EventCoding> in record " + r->id +
                       " has no eventcode, noevents or error; ignored");
        continue;
      }
      r->codings.push_back(std::move(coding));
    } else if (name == "Skip") {
      r->skip = true;
    } else {
      Report(at, "unknown element <" + std::string(name) + "> in record " + r->id + " ignored");
    }
  }
}

}  // namespace

const std::string* PetrarchRecord::Attribute(std::string_view name) const {
  for (const PetrarchAttribute& a : attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

bool PetrarchRecord::Evaluated() const {
  for (const char* flag : {"valid", "evaluate"}) {
    const std::string* v = Attribute(flag);
    if (v != nullptr && Lower(io::Trim(*v)) == "false") return false;
  }
  return true;
}

bool LooksLikePetrarchXml(std::string_view content) {
  const std::string_view head = content.substr(0, 64 * 1024);
  return head.find("<Sentences>") != std::string_view::npos ||
         head.find("<Sentence ") != std::string_view::npos ||
         head.find("<Sentence>") != std::string_view::npos;
}

Status ReadPetrarchRecords(std::string_view name, std::string_view content, PetrarchRecords* out,
                           Diagnostics* diagnostics) {
  *out = PetrarchRecords();
  if (io::IsBlank(content)) return Status::InvalidInput(std::string(name) + ": empty input");
  // pugixml takes any bytes; replace invalid UTF-8 first, line by line so
  // the replacements are reported where they are.
  std::string storage;
  io::ReadContext utf8(name, diagnostics);
  if (!io::IsValidUtf8(content)) {
    io::LineCursor lines(content);
    std::string_view line;
    while (lines.Next(&line)) {
      utf8.AppendSanitized(line, lines.number(), &storage);
      storage.push_back('\n');
    }
    utf8.Finish();
    content = storage;
  }
  Reader reader(name, content, out, diagnostics);
  reader.Run();
  // Character references (&#xD800;) can still spell invalid UTF-8.
  for (PetrarchRecord& r : out->records) {
    SanitizeUtf8(&r.id);
    SanitizeUtf8(&r.text);
    SanitizeUtf8(&r.parse.text);
    for (std::string& c : r.comments) SanitizeUtf8(&c);
  }
  if (reader.sentences_seen() == 0) {
    return Status::InvalidInput(std::string(name) + ": no <Sentence> records found");
  }
  return Status::Ok();
}

Status ReadPetrarchRecordsFile(const std::string& path, PetrarchRecords* out,
                               Diagnostics* diagnostics) {
  std::string content;
  if (Status st = io::ReadWholeFile(path, &content); !st.ok()) return st;
  return ReadPetrarchRecords(path, content, out, diagnostics);
}

namespace io {

void ReadPetrarchXml(std::string_view content, ReadContext* ctx, const DocumentSink& sink) {
  PetrarchRecords records;
  Diagnostics diagnostics;
  const Status s = ReadPetrarchRecords(ctx->name(), content, &records, &diagnostics);
  for (const std::string& d : diagnostics) ctx->ReportRaw(d);
  if (!s.ok()) {
    ctx->ReportRaw(s.message());
    return;
  }
  for (PetrarchRecord& r : records.records) {
    Document doc;
    doc.id = std::move(r.id);
    doc.date = std::move(r.date);
    doc.text = std::move(r.text);
    doc.origin = ctx->Origin(r.line);
    if (const std::string* source = r.Attribute("source")) doc.source = *source;
    // PETRARCH codes a record as one sentence unless it says it is a story.
    const std::string* sentence = r.Attribute("sentence");
    doc.single_unit = sentence == nullptr || Lower(io::Trim(*sentence)) != "false";
    for (const std::string& c : r.comments) {
      if (!doc.annotation.empty()) doc.annotation.push_back('\n');
      doc.annotation += c;
    }
    doc.given_parse = std::move(r.parse);
    sink(std::move(doc));
  }
}

}  // namespace io

}  // namespace dyad
