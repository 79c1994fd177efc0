// Helpers shared by the parser's tests.
#pragma once

#include <random>
#include <vector>

#include "parser/transition.h"

namespace dyad::parser {

// A transition class valid in `st`, drawn uniformly, or -1 when there is
// none; `labels` counts the DEPREL labels, `root_label` is "root"'s id.
inline int RandomValidTransition(const ParseState& st, int labels, int root_label,
                                 std::mt19937_64* rng) {
  std::vector<int> valid;
  for (int c = 0; c < ClassCount(labels); ++c)
    if (st.Valid(c, root_label)) valid.push_back(c);
  return valid.empty() ? -1 : valid[(*rng)() % valid.size()];
}

}  // namespace dyad::parser
