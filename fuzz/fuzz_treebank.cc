// libFuzzer target for Penn Treebank parses: any bytes must give a tree and
// a well-formed dependency sentence (one root, every head in range, no
// cycle), or an error; never a crash, hang or out-of-bounds read. The CTest
// test ParseTreebank.MutatedInputNeverYieldsAnInconsistentSentence runs a
// deterministic slice of this on every build.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/treebank.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::TreebankTree tree;
  if (!dyad::ParseTreebank(bytes, &tree).ok()) return 0;
  dyad::SyntaxSentence s;
  if (!dyad::TreebankToSyntax(tree, &s).ok()) return 0;
  const int n = static_cast<int>(s.words.size());
  if (static_cast<int>(s.syntax.size()) != n) std::abort();
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int h = s.syntax[i].head;
    if (h < 0 || h > n || h == i + 1) std::abort();
    roots += h == 0;
    int k = i + 1, steps = 0;
    while (k != 0 && steps++ <= n) k = s.syntax[k - 1].head;
    if (k != 0) std::abort();  // a cycle
  }
  if (roots != 1) std::abort();
  return 0;
}
