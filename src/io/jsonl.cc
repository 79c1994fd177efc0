// JSON Lines: one JSON object per line, one article per object.
//
// nlohmann::json reports syntax errors by exception; they are caught here,
// per line, so one bad line costs one diagnostic and the batch goes on.
#include <nlohmann/json.hpp>
#include <string>

#include "io/reader_internal.h"

namespace dyad::io {
namespace {

using Json = nlohmann::json;

// nlohmann's messages open with "[json.exception.parse_error.101] "; the
// id helps nobody reading a diagnostic.
std::string JsonErrorMessage(const std::exception& e) {
  std::string msg = e.what();
  if (!msg.empty() && msg[0] == '[') {
    const size_t close = msg.find("] ");
    if (close != std::string::npos) msg.erase(0, close + 2);
  }
  // Each record is parsed alone, so nlohmann's line is always 1; the file
  // line is already in the diagnostic.
  const size_t at = msg.find("at line 1, column");
  if (at != std::string::npos) msg.replace(at, 17, "at column");
  return msg;
}

// Reads an optional string field. False (and a diagnostic) when the field
// is present with another type; null counts as absent.
bool OptionalString(const Json& obj, const char* key, std::string* out, ReadContext* ctx,
                    size_t line) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    ctx->Report(line, std::string("field \"") + key + "\" is " + it->type_name() +
                          ", not a string; record skipped");
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

void ReadLine(std::string_view raw, size_t line, ReadContext* ctx, const DocumentSink& sink) {
  std::string clean;
  ctx->AppendSanitized(raw, line, &clean);
  Json obj;
  try {
    obj = Json::parse(clean);
  } catch (const Json::exception& e) {
    ctx->Report(line, "bad JSON: " + JsonErrorMessage(e) + "; record skipped");
    return;
  }
  if (!obj.is_object()) {
    ctx->Report(
        line, std::string("expected a JSON object, found ") + obj.type_name() + "; record skipped");
    return;
  }
  Document doc;
  if (obj.find("text") == obj.end() || obj["text"].is_null()) {
    ctx->Report(line, "missing \"text\"; record skipped");
    return;
  }
  std::string date;
  if (!OptionalString(obj, "text", &doc.text, ctx, line) ||
      !OptionalString(obj, "id", &doc.id, ctx, line) ||
      !OptionalString(obj, "date", &date, ctx, line) ||
      !OptionalString(obj, "url", &doc.url, ctx, line) ||
      !OptionalString(obj, "source", &doc.source, ctx, line) ||
      !OptionalString(obj, "title", &doc.title, ctx, line)) {
    return;
  }
  if (!date.empty() && !NormalizeDate(date, &doc.date)) {
    doc.date.clear();
    ctx->Report(line, "bad date \"" + date + "\" (want YYYY-MM-DD or YYYYMMDD); date left empty");
  }
  if (doc.id.empty()) doc.id = ctx->Stem() + "-" + std::to_string(line);
  doc.origin = ctx->Origin(line);
  sink(std::move(doc));
}

}  // namespace

void ReadJsonLines(std::string_view content, ReadContext* ctx, const DocumentSink& sink) {
  LineCursor lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    if (IsBlank(line)) continue;
    ReadLine(line, lines.number(), ctx, sink);
  }
}

}  // namespace dyad::io
