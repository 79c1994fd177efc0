// Beam search over arc-eager parses, for parsers trained globally.
//
// A greedy parser commits to each transition as it goes; a beam keeps the
// `width` partial parses with the highest total score (the sum of their
// transitions' scores) and lets later evidence overrule an earlier choice
// (Zhang & Clark 2008; Zhang & Nivre 2011). Its models are trained as one
// structured perceptron over whole transition sequences (train.cc,
// max-violation updates: Huang, Fayong & Guo 2012), since a greedy model's
// scores are not meant to be summed.
//
// Every arc-eager parse of n words takes exactly 2n moves (each word enters
// the stack once and leaves it once), so the items of a beam stay in step and
// end together. A move is a transition class (transition.h) with a flag:
// kUnscoredMove when it is the only possible move (no features, no score),
// kForceAttachMove when s0 is attached to s1 by ParseState::ForceAttach with
// the label of the RIGHT-ARC class it carries (the end of a parse that left
// words headless). Beam search is monotonic arc-eager only.
//
// Ownership and thread safety: a Beam is the scratch space of one parse.
#pragma once

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <vector>

#include "parser/transition.h"

namespace dyad::parser {

inline constexpr int kUnscoredMove = 1 << 20;
inline constexpr int kForceAttachMove = 1 << 21;
inline int MoveClass(int move) { return move & (kUnscoredMove - 1); }
inline bool IsScoredMove(int move) { return (move & kUnscoredMove) == 0; }

// The only move possible in `st` (with kUnscoredMove), or -1 when the parser
// has a choice and needs the state's scores. The same in both transition
// systems (the greedy parser uses it too).
int ForcedMove(const ParseState& st, int root_label);

// Applies a move made by ForcedMove or Beam.
void ApplyMove(int move, ParseState* st);

// The moves a state's scores choose among (monotonic arc-eager): calls
// add(move, class) for each valid one; `labels` counts the DEPREL labels.
template <typename AddFn>
void ForEachScoredMove(const ParseState& st, int labels, int root_label, AddFn&& add) {
  if (st.front() == st.words()) {  // only ROOT left, s0 headless above s1
    for (int l = 0; l < labels; ++l)
      if (l != root_label) add(RightArc(l) | kForceAttachMove, RightArc(l));
    return;
  }
  // ParseState::Valid's monotonic rules, unrolled: asking Valid of every
  // class made beam decoding 10% slower (beam_test checks they agree).
  const bool s0_attached = st.head(st.Stack(0)) >= 0;
  add(kShift, kShift);
  if (s0_attached) add(kReduce, kReduce);
  for (int l = 0; l < labels; ++l) {
    if (l == root_label) continue;
    if (!s0_attached) add(LeftArc(l), LeftArc(l));
    add(RightArc(l), RightArc(l));
  }
}

struct BeamItem {
  ParseState state;
  double score = 0;
  bool gold = true;  // every move so far was the gold sequence's
};

class Beam {
 public:
  // One item: the initial state of `n` words.
  void Reset(int n, size_t width);

  // Best first once Advance has run.
  const std::vector<BeamItem>& items() const { return items_; }
  bool Done() const { return items_[0].state.Terminal(); }
  size_t step() const { return step_; }
  // The moves that led from the initial state to items()[item].
  std::vector<int> Moves(size_t item) const;

  // Extends every item by each of its moves and keeps the `width` best
  // (ties: the earlier item, then the lower move, so results do not depend
  // on the sort). score(item, state, scores) must fill scores[c] for every
  // class; prepare(item, state), called first for every item to be scored,
  // lets a caller start all their memory reads before the first score.
  // With `gold_moves`, an item stays gold while its moves follow them.
  template <typename PrepareFn, typename ScoreFn>
  void Advance(PrepareFn&& prepare, ScoreFn&& score, int labels, int root_label,
               std::vector<double>* scores, const std::vector<int>* gold_moves = nullptr) {
    // The `width` best candidates in a heap whose top is the worst of them,
    // so that most moves are turned away by one comparison with the top.
    candidates_.clear();
    auto offer = [&](const Candidate& c) {
      if (candidates_.size() < width_) {
        candidates_.push_back(c);
        std::push_heap(candidates_.begin(), candidates_.end());
      } else if (c < candidates_.front()) {
        std::pop_heap(candidates_.begin(), candidates_.end());
        candidates_.back() = c;
        std::push_heap(candidates_.begin(), candidates_.end());
      }
    };
    for (size_t i = 0; i < items_.size(); ++i)
      if (ForcedMove(items_[i].state, root_label) < 0) prepare(i, items_[i].state);
    for (size_t i = 0; i < items_.size(); ++i) {
      const BeamItem& item = items_[i];
      const int forced = ForcedMove(item.state, root_label);
      if (forced >= 0) {
        offer({-item.score, i, forced});
        continue;
      }
      score(i, item.state, scores->data());
      ForEachScoredMove(item.state, labels, root_label, [&](int move, int cls) {
        offer({-(item.score + (*scores)[static_cast<size_t>(cls)]), i, move});
      });
    }
    std::sort_heap(candidates_.begin(), candidates_.end());  // best first
    next_.resize(candidates_.size());
    step_begin_.push_back(history_.size());
    for (size_t j = 0; j < candidates_.size(); ++j) {
      const auto& [negative_score, parent_index, move] = candidates_[j];
      const BeamItem& parent = items_[parent_index];
      BeamItem& child = next_[j];
      child.state = parent.state;  // reuses child's vectors
      ApplyMove(move, &child.state);
      child.score = -negative_score;
      child.gold = parent.gold && gold_moves != nullptr && step_ < gold_moves->size() &&
                   (*gold_moves)[step_] == move;
      history_.push_back({parent_index, move});
    }
    items_.swap(next_);
    ++step_;
  }

  // The same with score(state, scores) alone.
  template <typename ScoreFn>
  void Advance(ScoreFn&& score, int labels, int root_label, std::vector<double>* scores,
               const std::vector<int>* gold_moves = nullptr) {
    Advance([](size_t, const ParseState&) {},
            [&](size_t, const ParseState& st, double* out) { score(st, out); }, labels, root_label,
            scores, gold_moves);
  }

 private:
  using Candidate = std::tuple<double, size_t, int>;  // (-score, item, move)
  size_t width_ = 1, step_ = 0;
  std::vector<BeamItem> items_, next_;
  std::vector<Candidate> candidates_;
  // Per item of each step (step t's items start at step_begin_[t]): its
  // parent's index among the items of the step before, and its move.
  std::vector<std::pair<size_t, int>> history_;
  std::vector<size_t> step_begin_;
};

}  // namespace dyad::parser
