// libFuzzer target for the syntax inputs dyad parses itself: CoNLL-U text
// and the weight sections of model files. Any bytes must give sentences or
// an error, never a crash, hang or out-of-bounds read. The CTest test
// ConlluTest.MutatedInputNeverYieldsInconsistentSentences runs a
// deterministic slice of the CoNLL-U part on every build.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "ml/sparse_perceptron.h"
#include "syntax/conllu.h"
#include "syntax/sparse_weights.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<dyad::SyntaxSentence> sentences;
  std::vector<std::string> diagnostics;
  (void)dyad::syntax::ReadConllu(bytes, "fuzz", &sentences, &diagnostics);
  for (const auto& s : sentences)
    if (s.syntax.size() != s.words.size()) std::abort();
  dyad::ml::CompactPerceptron perceptron;
  if (perceptron.Deserialize(bytes).ok()) {
    std::vector<int32_t> scores(static_cast<size_t>(perceptron.padded_classes()));
    const uint64_t features[] = {1, 2, 0xdeadbeef, size};
    perceptron.Score(features, 4, scores.data());
  }
  dyad::syntax::SparseWeights weights;
  (void)weights.Deserialize(bytes);
  return 0;
}
