#include "io/event_writer.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/cameo.h"
#include "io/utf8.h"

namespace dyad {
namespace {

using OrderedJson = nlohmann::ordered_json;

std::string FormatGoldstein(double g) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, g);
  return std::string(buf, r.ptr);
}

// ---------------------------------------------------------------- table

// Cuts a cell to `max_cols` display columns, marking the cut with "…", so
// one long verb phrase cannot push every other row off screen.
std::string Clip(std::string_view s, size_t max_cols) {
  if (io::DisplayWidth(s) <= max_cols) return std::string(s);
  std::string out;
  size_t cols = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t bad = 0;
    size_t n = io::Utf8SequenceLength(s, i, &bad);
    if (n == 0) n = bad;
    const size_t w = io::DisplayWidth(s.substr(i, n));
    if (cols + w + 1 > max_cols) break;
    out.append(s.substr(i, n));
    cols += w;
    i += n;
  }
  out.append("\xE2\x80\xA6");  // …
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  }
  return out;
}

std::string ActorCell(const EventActor& actor) {
  std::string cell = actor.code.empty() ? std::string("-") : actor.code;
  if (!actor.text.empty()) cell += " (" + OneLine(actor.text) + ")";
  return Clip(cell, 32);
}

class TableWriter : public EventWriter {
 public:
  explicit TableWriter(std::ostream* out) : out_(out) {}

  void Write(const Event& e) override {
    std::string event = e.code;
    if (const CameoEventType* type = FindCameoEvent(e.code)) {
      event += " ";
      event += type->name;
    }
    rows_.push_back({Clip(OneLine(e.doc_id), 24), std::to_string(e.sentence_index),
                     e.date.empty() ? std::string("-") : e.date, ActorCell(e.source),
                     ActorCell(e.target), Clip(event, 44), Clip(OneLine(e.verb_text), 32)});
    ++written_;
    if (rows_.size() >= kChunk) Flush();
  }

  void Finish() override {
    if (written_ == 0) {
      *out_ << "(no events)\n";
      return;
    }
    Flush();
    out_->flush();
  }

 private:
  static constexpr size_t kChunk = 1000;
  static constexpr size_t kColumns = 7;
  using Row = std::vector<std::string>;

  void Flush() {
    if (rows_.empty()) return;
    static const Row kHeader = {"doc", "sent", "date", "source", "target", "event", "verb"};
    std::vector<size_t> width(kColumns, 0);
    const auto measure = [&](const Row& row) {
      for (size_t c = 0; c < kColumns; ++c) width[c] = std::max(width[c], io::DisplayWidth(row[c]));
    };
    if (!header_done_) measure(kHeader);
    for (const Row& row : rows_) measure(row);
    if (!header_done_) {
      PrintRow(kHeader, width);
      header_done_ = true;
    }
    for (const Row& row : rows_) PrintRow(row, width);
    rows_.clear();
  }

  void PrintRow(const Row& row, const std::vector<size_t>& width) {
    std::string line;
    for (size_t c = 0; c < kColumns; ++c) {
      line += row[c];
      if (c + 1 == kColumns) break;
      line.append(width[c] - io::DisplayWidth(row[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    line.push_back('\n');
    *out_ << line;
  }

  std::ostream* out_;
  std::vector<Row> rows_;
  size_t written_ = 0;
  bool header_done_ = false;
};

// ---------------------------------------------------------------- jsonl

OrderedJson SpanJson(Span s) { return OrderedJson::array({s.begin, s.end}); }

OrderedJson ActorJson(const EventActor& a) {
  OrderedJson j;
  j["code"] = a.code;
  j["text"] = a.text;
  j["span"] = SpanJson(a.span);
  return j;
}

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(std::ostream* out) : out_(out) {}

  void Write(const Event& e) override {
    OrderedJson j;
    j["doc_id"] = e.doc_id;
    j["sentence_index"] = e.sentence_index;
    j["sentence_text"] = e.sentence_text;
    j["date"] = e.date.empty() ? OrderedJson(nullptr) : OrderedJson(e.date);
    j["source"] = ActorJson(e.source);
    j["target"] = ActorJson(e.target);
    OrderedJson ev;
    ev["code"] = e.code;
    const CameoEventType* type = FindCameoEvent(e.code);
    if (type != nullptr) {
      ev["root"] = std::string(type->root);
      ev["name"] = std::string(type->name);
      ev["quad_class"] = type->quad_class;
      ev["goldstein"] = type->goldstein;
    } else {
      ev["root"] = nullptr;
      ev["name"] = nullptr;
      ev["quad_class"] = nullptr;
      ev["goldstein"] = nullptr;
    }
    ev["text"] = e.verb_text;
    ev["span"] = SpanJson(e.verb_span);
    j["event"] = std::move(ev);
    j["pattern"] = e.pattern;
    // replace: an event built from a broken string must still print, never throw.
    *out_ << j.dump(-1, ' ', false, OrderedJson::error_handler_t::replace) << '\n';
  }

  void Finish() override { out_->flush(); }

 private:
  std::ostream* out_;
};

// ---------------------------------------------------------------- tsv

class TsvWriter : public EventWriter {
 public:
  explicit TsvWriter(std::ostream* out) : out_(out) {}

  void Write(const Event& e) override {
    WriteHeaderOnce();
    const CameoEventType* type = FindCameoEvent(e.code);
    std::string line;
    const auto field = [&](std::string_view v, bool last = false) {
      line += OneLine(v);
      line.push_back(last ? '\n' : '\t');
    };
    field(e.date);
    field(e.source.code);
    field(e.target.code);
    field(e.code);
    field(type ? type->root : std::string_view());
    field(type ? std::to_string(type->quad_class) : std::string());
    field(type ? FormatGoldstein(type->goldstein) : std::string());
    field(e.doc_id);
    field(std::to_string(e.sentence_index));
    field(e.pattern);
    field(e.sentence_text, /*last=*/true);
    *out_ << line;
  }

  void Finish() override {
    WriteHeaderOnce();  // even for an empty run, so downstream tools see the columns
    out_->flush();
  }

 private:
  void WriteHeaderOnce() {
    if (header_done_) return;
    *out_ << "date\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tdoc_id\t"
             "sentence_index\tpattern\tsentence_text\n";
    header_done_ = true;
  }

  std::ostream* out_;
  bool header_done_ = false;
};

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  if (name == "table") {
    *format = EventFormat::kTable;
  } else if (name == "jsonl") {
    *format = EventFormat::kJsonl;
  } else if (name == "tsv") {
    *format = EventFormat::kTsv;
  } else {
    return false;
  }
  return true;
}

std::unique_ptr<EventWriter> EventWriter::Create(EventFormat format, std::ostream* out) {
  switch (format) {
    case EventFormat::kTable:
      return std::make_unique<TableWriter>(out);
    case EventFormat::kJsonl:
      return std::make_unique<JsonlWriter>(out);
    case EventFormat::kTsv:
      return std::make_unique<TsvWriter>(out);
  }
  return std::make_unique<TableWriter>(out);
}

}  // namespace dyad
