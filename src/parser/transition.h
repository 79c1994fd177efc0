// The arc-eager transition system (Nivre 2003) with the root at the end of
// the buffer (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg &
// Nivre 2012).
//
// Why arc-eager: it builds right dependents as soon as both words are seen,
// so the rich Zhang & Nivre (2011) feature set, designed for arc-eager, sees
// the partial tree it was tuned on; and its dynamic oracle is exact and cheap
// (each transition's cost is counted from the stack and buffer in O(n)) for
// projective trees. Putting the artificial root last means a word is attached
// to the root only once the whole sentence has been seen, which avoids
// arc-eager's premature root attachments and lets a final check force a
// single root.
//
// A state over n words uses positions 0..n-1 for the words and n for ROOT;
// the buffer is the range [front, n], ROOT is never shifted. Transitions are
// numbered as classes of one perceptron: SHIFT, REDUCE, then LEFT-ARC and
// RIGHT-ARC for each label. The parse ends when the buffer holds only ROOT
// and the stack is empty; if words are left headless on the stack when only
// ROOT remains, they are attached to the word below them (ForceAttach).
//
// Optionally the system is non-monotonic (Honnibal, Goldberg & Johnson
// 2013), so that a greedy parser can repair an earlier mistake: LEFT-ARC may
// take a word that already has a head (a RIGHT-ARC made too early; the old
// arc is replaced), and REDUCE may pop a headless word, attaching it to the
// word below it (a SHIFT that should have been a RIGHT-ARC). The dynamic
// oracle then counts the arcs still reachable through these repairs, and
// charges one for each arc made wrong now, so that the cheapest path stays
// the monotonic one and the repairs are learnt only after mistakes.
//
// Ownership and thread safety: ParseState is a value owned by one parse.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad::parser {

inline constexpr int kShift = 0;
inline constexpr int kReduce = 1;
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline int ClassCount(int labels) { return 2 + 2 * labels; }
inline bool IsLeftArc(int cls) { return cls >= 2 && cls % 2 == 0; }
inline bool IsRightArc(int cls) { return cls >= 2 && cls % 2 == 1; }
inline int LabelOf(int cls) { return (cls - 2) / 2; }

class ParseState {
 public:
  // Resets to the initial state for `n` words: empty stack, buffer [0, n].
  void Reset(int n, bool non_monotonic = false);

  int words() const { return n_; }
  int root() const { return n_; }
  bool Terminal() const { return stack_.empty() && front_ == n_; }
  // Stack item `i` from the top (0 = top), or -1.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // Buffer item `i` from the front, or -1 past ROOT.
  int Buffer(int i) const { return front_ + i <= n_ ? front_ + i : -1; }
  int front() const { return front_; }

  int head(int w) const { return head_[w]; }  // -1 = none, n = ROOT
  int label(int w) const { return label_[w]; }
  int leftmost(int w) const { return left_[w]; }
  int left2(int w) const { return left2_[w]; }
  int rightmost(int w) const { return right_[w]; }
  int right2(int w) const { return right2_[w]; }
  int left_valency(int w) const { return left_count_[w]; }
  int right_valency(int w) const { return right_count_[w]; }
  uint64_t left_labels(int w) const { return left_set_[w]; }
  uint64_t right_labels(int w) const { return right_set_[w]; }

  // Whether transition `cls` is allowed; `root_label` is the id of "root"
  // (LEFT-ARC to ROOT must carry it and no other arc may).
  bool Valid(int cls, int root_label) const;
  // True when only ROOT is left and s0 is headless above other words.
  bool NeedsForceAttach() const {
    return front_ == n_ && stack_.size() > 1 && head_[stack_.back()] < 0;
  }
  // Applies a valid transition. A non-monotonic REDUCE of a headless s0
  // attaches it to s1 with `reduce_label` (ForceAttach).
  void Apply(int cls, int reduce_label = -1);
  // Attaches s0 to s1 with `label` and pops it (see NeedsForceAttach).
  void ForceAttach(int label);
  bool non_monotonic() const { return non_monotonic_; }

  // Dynamic-oracle cost of each class for gold heads (-1 .. n-1 as 0-based
  // heads with n = ROOT) and gold labels: the number of gold arcs that become
  // unreachable. `costs` gets ClassCount(labels) entries; invalid ones are big.
  void Costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label, int labels,
             int root_label, std::vector<int>* costs) const;

 private:
  void AddArc(int h, int d, int label);
  // Removes d from its head's right children (a non-monotonic LEFT-ARC).
  void DetachRight(int d);
  void SetArcCosts(int left_cost, int right_cost, const std::vector<int>& gold_head,
                   const std::vector<int>& gold_label, int labels, int root_label,
                   std::vector<int>* costs) const;
  void CostsNonMonotonic(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                         int labels, int root_label, std::vector<int>* costs) const;

  bool non_monotonic_ = false;
  int n_ = 0;
  int front_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_, label_, left_, left2_, right_, right2_, left_count_, right_count_;
  std::vector<uint64_t> left_set_, right_set_;
};

}  // namespace dyad::parser
