#include "parser/transition.h"

#include <cstddef>

namespace dyad::parser {

using std::size_t;

void ParseState::Reset(int n) {
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
  if (cls == kReduce) return has_s0 && head_[stack_.back()] >= 0;
  const int label = LabelOf(cls);
  if (IsLeftArc(cls)) {
    if (!has_s0 || head_[stack_.back()] >= 0) return false;
    if (front_ == n_) return label == root_label && stack_.size() == 1;
    return label != root_label;
  }
  return has_s0 && front_ < n_ && label != root_label;
}

void ParseState::AddArc(int h, int d, int label) {
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

void ParseState::Apply(int cls) {
  if (cls == kShift) {
    stack_.push_back(front_++);
  } else if (cls == kReduce) {
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

void ParseState::Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                       int labels, int root_label, std::vector<int>* costs) const {
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

}  // namespace dyad::parser
