#include "parser/beam.h"

namespace dyad::parser {

int ForcedMove(const ParseState& st, int root_label) {
  if (st.stack_size() == 0) return kShift | kUnscoredMove;
  if (st.front() != st.words()) return -1;
  // Only ROOT is left in the buffer.
  if (st.head(st.Stack(0)) >= 0) return kReduce | kUnscoredMove;
  if (st.stack_size() == 1) return LeftArc(root_label) | kUnscoredMove;
  return -1;  // s0 headless above s1: its label is scored
}

void ApplyMove(int move, ParseState* st) {
  if (move & kForceAttachMove)
    st->ForceAttach(LabelOf(MoveClass(move)));
  else
    st->Apply(MoveClass(move));
}

void Beam::Reset(int n, size_t width) {
  width_ = width < 1 ? 1 : width;
  step_ = 0;
  items_.resize(1);
  items_[0].state.Reset(n);
  items_[0].score = 0;
  items_[0].gold = true;
  history_.clear();
  step_begin_.clear();
}

std::vector<int> Beam::Moves(size_t item) const {
  std::vector<int> moves(step_begin_.size());
  for (size_t t = step_begin_.size(); t-- > 0;) {
    const auto& [parent, move] = history_[step_begin_[t] + item];
    moves[t] = move;
    item = parent;
  }
  return moves;
}

}  // namespace dyad::parser
