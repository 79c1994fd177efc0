// libFuzzer target: every reader must survive any bytes without crashing,
// hanging or producing invalid UTF-8. The CTest test ReadersSurviveRandomBytes
// (src/io/reader_robustness_test.cc) runs a deterministic slice of this on
// every build; this target is for long runs under AddressSanitizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/reader.h"
#include "io/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  for (dyad::InputKind kind : {dyad::InputKind::kAuto, dyad::InputKind::kPlainText,
                               dyad::InputKind::kTabariRecords, dyad::InputKind::kJsonLines,
                               dyad::InputKind::kPetrarchXml}) {
    dyad::Diagnostics diagnostics;
    dyad::ReadDocuments(
        "fuzz", content, kind,
        [](dyad::Document&& doc) {
          if (!dyad::io::IsValidUtf8(doc.text) || !dyad::io::IsValidUtf8(doc.annotation) ||
              !dyad::io::IsValidUtf8(doc.id)) {
            std::abort();  // readers promise valid UTF-8
          }
        },
        &diagnostics);
  }
  return 0;
}
