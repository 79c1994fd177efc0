// Plain text: the whole input is one article.
#include "io/reader_internal.h"

namespace dyad::io {

void ReadPlainText(std::string_view content, ReadContext* ctx, const DocumentSink& sink) {
  Document doc;
  doc.id = ctx->Stem();
  doc.origin = ctx->Origin(1);
  doc.text.reserve(content.size());
  // Line by line only so that invalid UTF-8 is reported with its line.
  LineCursor lines(content);
  std::string_view line;
  while (lines.Next(&line)) {
    if (lines.number() > 1) doc.text.push_back('\n');
    ctx->AppendSanitized(line, lines.number(), &doc.text);
  }
  sink(std::move(doc));
}

}  // namespace dyad::io
