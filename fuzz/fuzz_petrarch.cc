// libFuzzer target for PETRARCH records files: any bytes must give records
// and diagnostics, or an error; every record's text and id valid UTF-8, and
// its given parse either converted or refused with a message. The CTest
// test ReadersSurviveRandomBytes covers a deterministic slice through
// ReadDocuments.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/petrarch.h"
#include "io/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::PetrarchRecords records;
  dyad::Diagnostics diagnostics;
  if (!dyad::ReadPetrarchRecords("fuzz.xml", bytes, &records, &diagnostics).ok()) return 0;
  for (const dyad::PetrarchRecord& r : records.records) {
    if (!dyad::io::IsValidUtf8(r.text) || !dyad::io::IsValidUtf8(r.id) || r.text.empty())
      std::abort();
    if (r.parse.empty()) continue;
    dyad::SyntaxSentence s;
    const dyad::Status st = dyad::SyntaxFromGivenParse(r.parse, &s);
    if (!st.ok() && st.message().empty()) std::abort();
    if (st.ok() && s.syntax.size() != s.words.size()) std::abort();
  }
  for (const dyad::PetrarchConfig& c : records.configs) {
    if (c.first_record > records.records.size()) std::abort();
  }
  return 0;
}
