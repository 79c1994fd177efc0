#include "parser/features.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ml/perceptron.h"

namespace dyad::parser {

namespace {

constexpr uint64_t kNoneAtom = 0x6e6f6e65ull;   // no such position
constexpr uint64_t kRootWord = 0x726f6f74ull;   // ROOT's word
constexpr uint64_t kRootTag = 0x524f4f54ull;    // ROOT's tags

// One multiply-xor round per atom, so that a template pays for the atoms it
// has (most have one or two), then a fold of the high half into the low.
// Only the key's spread matters: the weight table checks the high 32 bits
// and places keys by Fibonacci hashing of all 64 (ml/sparse_perceptron.h).
template <typename... Atoms>
inline uint64_t Feat(uint64_t t, Atoms... atoms) {
  uint64_t h = (t + 1) * 0x9E3779B97F4A7C15ull;
  ((h = (h ^ static_cast<uint64_t>(atoms)) * 0xff51afd7ed558ccdull), ...);
  return h ^ (h >> 32);
}

// ml::FeatureHash(0, w) of the ASCII-lowercased word, without a copy.
uint64_t LowercaseWordHash(const std::string& w) {
  uint64_t h = ml::FeatureHash(0, std::string_view());
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

inline uint64_t Distance(int a, int b) {
  int d = b - a;
  if (d < 0) d = -d;
  return d <= 5 ? static_cast<uint64_t>(d) : d <= 10 ? 6 : 7;
}

}  // namespace

uint64_t XposAtom(std::string_view xpos) { return ml::FeatureHash(1, xpos); }
uint64_t UposAtom(std::string_view upos) { return ml::FeatureHash(2, upos); }

void SentenceAtoms::Fill(const SyntaxSentence& s) {
  const size_t n = s.words.size();
  word.resize(n + 1);
  xpos.resize(n + 1);
  upos.resize(n + 1);
  lemma.resize(n + 1);
  suffix.resize(n + 1);
  punct_before.resize(n + 2);
  punct_before[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = s.words[i];
    word[i] = LowercaseWordHash(w);
    const TokenSyntax* t = i < s.syntax.size() ? &s.syntax[i] : nullptr;
    xpos[i] = XposAtom(t ? t->xpos : std::string_view());
    upos[i] = UposAtom(t ? t->upos : std::string_view());
    lemma[i] = t && !t->lemma.empty() ? LowercaseWordHash(t->lemma) : word[i];
    suffix[i] = LowercaseWordHash(w.size() > 3 ? w.substr(w.size() - 3) : w) + 3;
    punct_before[i + 1] = punct_before[i] + (t && t->upos == "PUNCT" ? 1 : 0);
  }
  word[n] = kRootWord;
  xpos[n] = kRootTag;
  upos[n] = kRootTag;
  lemma[n] = kRootWord;
  suffix[n] = kRootWord;
  punct_before[n + 1] = punct_before[n];
}

namespace {

// Calls sink(positional, feature) for each template of `st` in template
// order; `positional` marks the templates that read only the positions of
// s0 and n0 (the words, tags, lemmas and suffixes of s0, n0, n1, n2, the
// distance and the punctuation between s0 and n0), not the partial tree.
template <typename Sink>
void EmitFeatures(const ParseState& st, const SentenceAtoms& a, Sink&& sink) {
  const int s0 = st.Stack(0), s1 = st.Stack(1);
  const int n0 = st.Buffer(0), n1 = st.Buffer(1), n2 = st.Buffer(2);
  auto head = [&](int i) { return i >= 0 && i < st.words() ? st.head(i) : -1; };
  auto W = [&](int i) { return i >= 0 ? a.word[i] : kNoneAtom; };
  auto P = [&](int i) { return i >= 0 ? a.xpos[i] : kNoneAtom; };
  auto U = [&](int i) { return i >= 0 ? a.upos[i] : kNoneAtom; };
  auto L = [&](int i) { return i >= 0 ? static_cast<uint64_t>(st.label(i) + 1) : 0; };
  const int s0h = head(s0), s0h2 = head(s0h);
  const int s0l = s0 >= 0 ? st.leftmost(s0) : -1, s0l2 = s0 >= 0 ? st.left2(s0) : -1;
  const int s0r = s0 >= 0 ? st.rightmost(s0) : -1, s0r2 = s0 >= 0 ? st.right2(s0) : -1;
  const int n0l = n0 >= 0 ? st.leftmost(n0) : -1, n0l2 = n0 >= 0 ? st.left2(n0) : -1;
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const uint64_t n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const uint64_t dist = s0 >= 0 && n0 >= 0 ? (n0 == st.root() ? 8 : Distance(s0, n0)) : 9;
  const uint64_t s0vl = s0 >= 0 ? static_cast<uint64_t>(st.left_valency(s0)) : 99;
  const uint64_t s0vr = s0 >= 0 ? static_cast<uint64_t>(st.right_valency(s0)) : 99;
  const uint64_t n0vl = n0 >= 0 ? static_cast<uint64_t>(st.left_valency(n0)) : 99;
  const uint64_t s0sl = s0 >= 0 ? st.left_labels(s0) : 1ull << 63;
  const uint64_t s0sr = s0 >= 0 ? st.right_labels(s0) : 1ull << 63;
  const uint64_t n0sl = n0 >= 0 ? st.left_labels(n0) : 1ull << 63;

  uint64_t t = 0;
  auto emit = [&](auto... atoms) { sink(false, Feat(t++, atoms...)); };
  auto emit_positional = [&](auto... atoms) { sink(true, Feat(t++, atoms...)); };
  emit_positional(1);  // bias
  // Single words.
  emit_positional(s0w, s0p);
  emit_positional(s0w);
  emit_positional(s0p);
  emit_positional(n0w, n0p);
  emit_positional(n0w);
  emit_positional(n0p);
  emit_positional(n1w, n1p);
  emit_positional(n1w);
  emit_positional(n1p);
  emit_positional(n2w, n2p);
  emit_positional(n2w);
  emit_positional(n2p);
  // Word pairs.
  emit_positional(s0w, s0p, n0w, n0p);
  emit_positional(s0w, s0p, n0w);
  emit_positional(s0w, n0w, n0p);
  emit_positional(s0w, s0p, n0p);
  emit_positional(s0p, n0w, n0p);
  emit_positional(s0w, n0w);
  emit_positional(s0p, n0p);
  emit_positional(n0p, n1p);
  // Three words.
  emit_positional(n0p, n1p, n2p);
  emit_positional(s0p, n0p, n1p);
  emit(P(s0h), s0p, n0p);
  emit(s0p, P(s0l), n0p);
  emit(s0p, P(s0r), n0p);
  emit(s0p, n0p, P(n0l));
  // Distance.
  emit_positional(s0w, dist);
  emit_positional(s0p, dist);
  emit_positional(n0w, dist);
  emit_positional(n0p, dist);
  emit_positional(s0w, n0w, dist);
  emit_positional(s0p, n0p, dist);
  // Valency.
  emit(s0w, s0vr);
  emit(s0p, s0vr);
  emit(s0w, s0vl);
  emit(s0p, s0vl);
  emit(n0w, n0vl);
  emit(n0p, n0vl);
  // Unigrams of heads and children.
  emit(W(s0h));
  emit(P(s0h));
  emit(L(s0));
  emit(W(s0l));
  emit(P(s0l));
  emit(L(s0l));
  emit(W(s0r));
  emit(P(s0r));
  emit(L(s0r));
  emit(W(n0l));
  emit(P(n0l));
  emit(L(n0l));
  // Third order.
  emit(W(s0h2));
  emit(P(s0h2));
  emit(L(s0h));
  emit(W(s0l2));
  emit(P(s0l2));
  emit(L(s0l2));
  emit(W(s0r2));
  emit(P(s0r2));
  emit(L(s0r2));
  emit(W(n0l2));
  emit(P(n0l2));
  emit(L(n0l2));
  emit(s0p, P(s0l), P(s0l2));
  emit(s0p, P(s0r), P(s0r2));
  emit(s0p, P(s0h), P(s0h2));
  emit(n0p, P(n0l), P(n0l2));
  // Label sets.
  emit(s0w, s0sr);
  emit(s0p, s0sr);
  emit(s0w, s0sl);
  emit(s0p, s0sl);
  emit(n0w, n0sl);
  emit(n0p, n0sl);
  // Second stack item, UPOS, and whether s0 is attached.
  emit(W(s1), P(s1));
  emit(P(s1), s0p, n0p);
  emit_positional(U(s0), U(n0));
  emit_positional(U(s0), U(n0), U(n1));
  emit(U(s1), U(s0), U(n0));
  emit(s0p, L(s0), n0p);
  emit(s0w, L(s0));
  emit(L(s0l), L(s0r), s0p, n0p);
  // Lemmas, suffixes and the punctuation between s0 and n0 (v2): they
  // generalise over inflections and unknown words, and tell clause
  // boundaries (commas before conj, parataxis, punct) apart.
  auto M = [&](int i) { return i >= 0 ? a.lemma[i] : kNoneAtom; };
  auto X = [&](int i) { return i >= 0 ? a.suffix[i] : kNoneAtom; };
  const uint64_t punct =
      s0 >= 0 && n0 >= 0 ? static_cast<uint64_t>(std::min(a.punct_before[n0] - a.punct_before[s0 + 1], 2)) : 3;
  emit_positional(M(s0), n0p);
  emit_positional(s0p, M(n0));
  emit_positional(M(s0), M(n0));
  emit_positional(X(s0), s0p);
  emit_positional(X(n0), n0p);
  emit_positional(s0p, n0p, punct);
  emit_positional(s0w, punct);
  emit_positional(n0w, punct);
  emit_positional(n0w, n1w);
}

}  // namespace

int ExtractFeatures(const ParseState& st, const SentenceAtoms& a, uint64_t* out) {
  int k = 0;
  EmitFeatures(st, a, [&](bool, uint64_t feature) { out[k++] = feature; });
  return k;
}

void ExtractSplitFeatures(const ParseState& st, const SentenceAtoms& a, uint64_t* positional,
                          int* positional_count, uint64_t* structural, int* structural_count) {
  int p = 0, q = 0;
  EmitFeatures(st, a, [&](bool is_positional, uint64_t feature) {
    if (is_positional)
      positional[p++] = feature;
    else
      structural[q++] = feature;
  });
  *positional_count = p;
  *structural_count = q;
}

}  // namespace dyad::parser
