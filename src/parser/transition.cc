#include "parser/transition.h"

#include <cstddef>

namespace dyad::parser {

using std::size_t;

void ParseState::Reset(int n, bool non_monotonic) {
  non_monotonic_ = non_monotonic;
  n_ = n;
  front_ = 0;
  stack_.clear();
  const size_t size = static_cast<size_t>(n) + 1;
  head_.assign(size, -1);
  label_.assign(size, -1);
  left_.assign(size, -1);
  left2_.assign(size, -1);
  right_.assign(size, -1);
  right2_.assign(size, -1);
  left_count_.assign(size, 0);
  right_count_.assign(size, 0);
  left_set_.assign(size, 0);
  right_set_.assign(size, 0);
}

bool ParseState::Valid(int cls, int root_label) const {
  const bool has_s0 = !stack_.empty();
  if (cls == kShift) return front_ < n_;
  if (cls == kReduce)
    return has_s0 && (head_[stack_.back()] >= 0 || (non_monotonic_ && stack_.size() >= 2));
  const int label = LabelOf(cls);
  if (IsLeftArc(cls)) {
    if (!has_s0) return false;
    const bool headless = head_[stack_.back()] < 0;
    if (front_ == n_) return headless && label == root_label && stack_.size() == 1;
    return (headless || non_monotonic_) && label != root_label;
  }
  return has_s0 && front_ < n_ && label != root_label;
}

void ParseState::DetachRight(int d) {
  const int h = head_[d];
  head_[d] = -1;
  label_[d] = -1;
  // d was h's rightmost child (it sat just above h on the stack); the rest
  // are rebuilt from the heads, which is rare enough to scan for.
  right_[h] = right2_[h] = -1;
  right_count_[h] = 0;
  right_set_[h] = 0;
  for (int c = n_ - 1; c > h; --c) {
    if (head_[c] != h) continue;
    if (right_[h] < 0) {
      right_[h] = c;
    } else if (right2_[h] < 0) {
      right2_[h] = c;
    }
    ++right_count_[h];
    right_set_[h] |= uint64_t{1} << (label_[c] & 63);
  }
}

void ParseState::AddArc(int h, int d, int label) {
  if (head_[d] >= 0) DetachRight(d);
  head_[d] = h;
  label_[d] = label;
  const uint64_t bit = uint64_t{1} << (label & 63);
  if (d < h) {
    if (left_[h] < 0 || d < left_[h]) {
      left2_[h] = left_[h];
      left_[h] = d;
    } else if (left2_[h] < 0 || d < left2_[h]) {
      left2_[h] = d;
    }
    ++left_count_[h];
    left_set_[h] |= bit;
  } else {
    if (right_[h] < 0 || d > right_[h]) {
      right2_[h] = right_[h];
      right_[h] = d;
    } else if (right2_[h] < 0 || d > right2_[h]) {
      right2_[h] = d;
    }
    ++right_count_[h];
    right_set_[h] |= bit;
  }
}

void ParseState::Apply(int cls, int reduce_label) {
  if (cls == kShift) {
    stack_.push_back(front_++);
  } else if (cls == kReduce) {
    if (head_[stack_.back()] < 0) {
      ForceAttach(reduce_label);
      return;
    }
    stack_.pop_back();
  } else if (IsLeftArc(cls)) {
    AddArc(front_, stack_.back(), LabelOf(cls));
    stack_.pop_back();
  } else {
    AddArc(stack_.back(), front_, LabelOf(cls));
    stack_.push_back(front_++);
  }
}

void ParseState::ForceAttach(int label) {
  const int s0 = stack_.back();
  stack_.pop_back();
  AddArc(stack_.back(), s0, label);
}

// LEFT-ARC and RIGHT-ARC cost their attachment costs, plus one for a wrong
// label on a gold arc (RIGHT-ARC is only valid while b is a word).
void ParseState::SetArcCosts(int left_cost, int right_cost, const std::vector<int>& gold_head,
                             const std::vector<int>& gold_label, int labels, int root_label,
                             std::vector<int>* costs) const {
  const int b = front_, s = stack_.back();
  for (int label = 0; label < labels; ++label) {
    if (Valid(LeftArc(label), root_label)) {
      (*costs)[LeftArc(label)] =
          left_cost + (gold_head[s] == b && gold_label[s] != label ? 1 : 0);
    }
    if (Valid(RightArc(label), root_label)) {
      (*costs)[RightArc(label)] =
          right_cost + (gold_head[b] == s && gold_label[b] != label ? 1 : 0);
    }
  }
}

void ParseState::Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                       int labels, int root_label, std::vector<int>* costs) const {
  if (non_monotonic_) {
    CostsNonMonotonic(gold_head, gold_label, labels, root_label, costs);
    return;
  }
  constexpr int kInvalid = 1 << 20;
  costs->assign(static_cast<size_t>(ClassCount(labels)), kInvalid);
  const int b = front_;
  const int s = stack_.empty() ? -1 : stack_.back();
  // Gold relations between the front of the buffer / top of stack and the
  // rest of the stack and buffer, counted once.
  int b_heads_in_stack = 0;       // k in stack, gold_head[b] == k
  int b_deps_in_stack = 0;        // k in stack, headless, gold_head[k] == b
  for (int k : stack_) {
    if (b < n_ && gold_head[b] == k) ++b_heads_in_stack;
    if (head_[k] < 0 && gold_head[k] == b) ++b_deps_in_stack;
  }
  int s_deps_in_buffer = 0;  // d in buffer (words), gold_head[d] == s
  if (s >= 0) {
    for (int d = b; d < n_; ++d) s_deps_in_buffer += gold_head[d] == s;
  }
  if (Valid(kShift, root_label)) (*costs)[kShift] = b_heads_in_stack + b_deps_in_stack;
  if (Valid(kReduce, root_label)) (*costs)[kReduce] = s_deps_in_buffer;
  if (s < 0) return;
  // LEFT-ARC: s loses a head further in the buffer and its buffer dependents.
  int left_cost = s_deps_in_buffer;
  if (gold_head[s] != b && gold_head[s] > b) ++left_cost;
  // RIGHT-ARC: b loses heads elsewhere in stack or buffer and its headless
  // dependents in the stack.
  int right_cost = 0;
  if (b < n_) {
    const int gh = gold_head[b];
    if (gh != s && (gh > b || b_heads_in_stack > 0)) ++right_cost;
    right_cost += b_deps_in_stack;
  }
  SetArcCosts(left_cost, right_cost, gold_head, gold_label, labels, root_label, costs);
}

// With the repairs, a stack word keeps two ways to its gold head: a LEFT-ARC
// from the buffer (even if it has a head) and, when the gold head is the word
// just below it, a REDUCE (its head, if any, is always that word). A buffer
// word reaches any head in the stack or buffer. Each transition costs the
// gold arcs it cuts off from both, plus one for an arc it makes wrong now.
void ParseState::CostsNonMonotonic(const std::vector<int>& gold_head,
                                   const std::vector<int>& gold_label, int labels, int root_label,
                                   std::vector<int>* costs) const {
  constexpr int kInvalid = 1 << 20;
  costs->assign(static_cast<size_t>(ClassCount(labels)), kInvalid);
  const int b = front_;
  const int s = stack_.empty() ? -1 : stack_.back();
  const int s1 = Stack(1);
  bool b_head_in_stack = false;  // gold_head[b] is in the stack
  int b_deps_in_stack = 0;       // k in stack, gold_head[k] == b, headed or not
  for (int k : stack_) {
    if (b < n_ && gold_head[b] == k) b_head_in_stack = true;
    if (gold_head[k] == b) ++b_deps_in_stack;
  }
  int s_deps_in_buffer = 0;
  if (s >= 0) {
    for (int d = b; d < n_; ++d) s_deps_in_buffer += gold_head[d] == s;
  }
  // Pushing b (SHIFT or RIGHT-ARC) cuts b from a stack head other than s0
  // and the stack words from their head b.
  const int push_cost = (b_head_in_stack && gold_head[b] != s ? 1 : 0) + b_deps_in_stack;
  // SHIFT where b's head is s0 leaves the arc to a REDUCE repair, whose
  // label is a guess: charged like a wrong arc.
  if (Valid(kShift, root_label))
    (*costs)[kShift] = push_cost + (s >= 0 && b < n_ && gold_head[b] == s ? 1 : 0);
  if (s < 0) return;
  // Popping s0 fixes its head as s1 (REDUCE) or b (LEFT-ARC).
  const bool s_head_in_buffer = gold_head[s] >= b;  // ROOT (n) included
  if (Valid(kReduce, root_label))
    (*costs)[kReduce] = s_deps_in_buffer + (s_head_in_buffer ? 1 : 0);
  const bool s_head_reachable = s_head_in_buffer || (s1 >= 0 && gold_head[s] == s1);
  const int left_cost = s_deps_in_buffer + (gold_head[s] != b && s_head_reachable ? 1 : 0);
  int right_cost = push_cost;
  if (b < n_ && gold_head[b] != s && gold_head[b] > b) ++right_cost;  // wrong now, repairable
  SetArcCosts(left_cost, right_cost, gold_head, gold_label, labels, root_label, costs);
}

}  // namespace dyad::parser
