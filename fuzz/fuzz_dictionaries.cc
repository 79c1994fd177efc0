// libFuzzer target: the dictionary readers (TABARI's actors, agents, verbs,
// discards; PETRARCH's verbs, actors, agents, discards, issues) and the
// .options reader must survive any bytes: errors are fine, crashes,
// hangs and sanitizer reports are not. The CTest tests DictionaryRobustness.*
// (src/dictionary/dictionary_fuzz_test.cc) run a deterministic slice of this
// on every build; this target is for long runs under AddressSanitizer:
//   build-fuzz/fuzz/fuzz_dictionaries -max_total_time=60 -max_len=4096
// The first input byte selects the loader so the fuzzer can specialise;
// every loader is also tried on the rest of the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/dictionary.h"
#include "dyad/options.h"

namespace {

void ApplyOptionsLines(std::string_view text) {
  dyad::CodingOptions options;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view line =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    (void)dyad::ApplyOptionsLine(line, "fuzz.options:1", &options);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::DictionarySet set;
  constexpr dyad::PetrarchFile kPetrarch[] = {
      dyad::PetrarchFile::kVerbs, dyad::PetrarchFile::kActors, dyad::PetrarchFile::kAgents,
      dyad::PetrarchFile::kDiscards, dyad::PetrarchFile::kIssues};
  switch (data[0] % 10) {
    case 0: (void)set.LoadActors(text, "fuzz.actors"); break;
    case 1: (void)set.LoadAgents(text, "fuzz.agents"); break;
    case 2: (void)set.LoadVerbs(text, "fuzz.verbs"); break;
    case 3: (void)set.LoadDiscards(text, "fuzz.discards"); break;
    case 4: ApplyOptionsLines(text); break;
    default: (void)set.LoadPetrarch(kPetrarch[data[0] % 10 - 5], text, "fuzz.petrarch"); break;
  }
  // Every loader on the same text, into one set (as a project loads them).
  (void)set.LoadActors(text, "fuzz.actors");
  (void)set.LoadAgents(text, "fuzz.agents");
  (void)set.LoadVerbs(text, "fuzz.verbs");
  (void)set.LoadDiscards(text, "fuzz.discards");
  for (dyad::PetrarchFile kind : kPetrarch) (void)set.LoadPetrarch(kind, text, "fuzz.petrarch");
  set.Finalize();
  return 0;
}
