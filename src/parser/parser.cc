// The perceptron-scored arc-eager parser at run time: loading a model file,
// greedy decoding, and beam decoding for globally trained models (beam.h).
// Training is in train.cc.
#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdint>

#include "ml/model_file.h"
#include "parser/beam.h"
#include "parser/features.h"
#include "parser/parser_internal.h"
#include "parser/transition.h"

namespace dyad::parser {

namespace {

// Scratch space of one thread's parses, reused to avoid allocations.
struct ParseScratch {
  ParseState state;
  SentenceAtoms atoms;
  std::vector<int32_t> scores;
  uint64_t features[kMaxFeatures];
};

// Scratch space of one thread's beam parses (ParseWithBeam).
struct BeamScratch {
  std::vector<uint64_t> positional, structural;  // item i's at [i * kMaxFeatures]
  std::vector<int> positional_count, structural_count;
  // Per item: its s0 and n0, the step it was prepared in, the earlier item
  // of that step with the same features (or -1), and its scores.
  std::vector<std::pair<int, int>> top;
  std::vector<size_t> step;
  std::vector<int> same_as;
  std::vector<int32_t> item_scores;  // item i's at [i * padded classes]
  // Per item: the index of its (s0, n0) scores, or -1 when the sentence
  // is too long to index them; whether the item scores them first.
  std::vector<int> position;
  std::vector<char> scores_position;
  std::vector<int> position_of;          // (s0 + 1) * (n + 1) + n0 -> index, or -1
  std::vector<int32_t> position_scores;  // index * padded classes
  int positions = 0;
};

}  // namespace

PerceptronParser::PerceptronParser(std::vector<std::string> labels, ml::CompactPerceptron weights,
                                   bool non_monotonic, int beam_width)
    : labels_(std::move(labels)),
      non_monotonic_(non_monotonic),
      beam_width_(beam_width),
      weights_(std::move(weights)) {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == "root") root_label_ = static_cast<int>(i);
  }
}

void PerceptronParser::Parse(SyntaxSentence* s) const {
  const int n = static_cast<int>(s->words.size());
  if (s->syntax.size() < s->words.size()) s->syntax.resize(s->words.size());
  if (n == 0) return;
  if (beam_width_ > 1) return ParseWithBeam(s);
  thread_local ParseScratch scratch;
  ParseState& st = scratch.state;
  scratch.atoms.Fill(*s);
  st.Reset(n, non_monotonic_);
  const int labels = static_cast<int>(labels_.size());
  scratch.scores.resize(static_cast<size_t>(weights_.padded_classes()));
  auto score_state = [&] {
    const int k = ExtractFeatures(st, scratch.atoms, scratch.features);
    for (int i = 0; i < k; ++i) weights_.Prefetch(scratch.features[i]);
    std::fill(scratch.scores.begin(), scratch.scores.end(), 0);
    weights_.Score(scratch.features, static_cast<size_t>(k), scratch.scores.data());
  };
  // A headless s0 attached to s1 (forced at the end, or a non-monotonic
  // REDUCE) takes the label a RIGHT-ARC would give in the scored state.
  auto best_right_label = [&] {
    int best = -1;
    for (int l = 0; l < labels; ++l) {
      if (l == root_label_) continue;
      if (best < 0 || scratch.scores[RightArc(l)] > scratch.scores[RightArc(best)]) best = l;
    }
    return best;
  };
  while (!st.Terminal()) {
    if (const int forced = ForcedMove(st, root_label_); forced >= 0) {
      ApplyMove(forced, &st);
      continue;
    }
    score_state();
    if (st.front() == n) {  // only ROOT left, s0 headless above s1
      st.ForceAttach(best_right_label());
      continue;
    }
    const bool s0_attached = st.head(st.Stack(0)) >= 0;
    // Valid here: SHIFT; RIGHT-ARC; REDUCE iff s0 attached and LEFT-ARC iff
    // not, or, non-monotonic, REDUCE with s1 below and LEFT-ARC always.
    const bool may_reduce = s0_attached || (non_monotonic_ && st.stack_size() >= 2);
    const bool may_left = !s0_attached || non_monotonic_;
    int best = kShift;
    int32_t best_score = scratch.scores[kShift];
    if (may_reduce && scratch.scores[kReduce] > best_score) {
      best = kReduce;
      best_score = scratch.scores[kReduce];
    }
    for (int l = 0; l < labels; ++l) {
      if (l == root_label_) continue;
      if (may_left && scratch.scores[LeftArc(l)] > best_score) {
        best = LeftArc(l);
        best_score = scratch.scores[best];
      }
      if (scratch.scores[RightArc(l)] > best_score) {
        best = RightArc(l);
        best_score = scratch.scores[best];
      }
    }
    st.Apply(best, best == kReduce && !s0_attached ? best_right_label() : -1);
  }
  WriteTree(st, s);
}

void PerceptronParser::ParseWithBeam(SyntaxSentence* s) const {
  // Per thread: the scratch of greedy parsing, the beam, each item's
  // features (extracted and prefetched for all items before any is scored,
  // so that their cache misses overlap), and the scores of the positional
  // features (ExtractSplitFeatures) for each (s0, n0) met in this sentence:
  // a beam's items often share s0 and n0 (with a beam of 3, four in ten
  // scored items on EWT dev share them with an earlier item of their step),
  // and then score only their structural features: BM_TaggerAndAccurateParser
  // medians 27.8 k against 23.7 k words/s in alternating runs, identical
  // parses. An item whose features are all those of an earlier item of its
  // step (their trees differ only where no template looks: three in ten
  // scored items with the committed beam of 8) takes that item's scores;
  // those lookups hit the cache anyway, so this saves only their CPU work:
  // a median of +7% over 14 alternating pairs of runs.
  thread_local ParseScratch scratch;
  thread_local Beam beam;
  thread_local BeamScratch b;
  thread_local std::vector<double> scores;
  const int n = static_cast<int>(s->words.size());
  const size_t padded = static_cast<size_t>(weights_.padded_classes());
  const size_t width = static_cast<size_t>(beam_width_);
  scratch.atoms.Fill(*s);
  scores.resize(padded);
  b.positional.resize(width * kMaxFeatures);
  b.structural.resize(width * kMaxFeatures);
  b.positional_count.resize(width);
  b.structural_count.resize(width);
  b.position.resize(width);
  b.scores_position.resize(width);
  b.top.resize(width);
  b.step.assign(width, SIZE_MAX);
  b.same_as.resize(width);
  b.item_scores.resize(width * padded);
  // (s0, n0) pairs are indexed in a table of (n + 1)^2 entries, so only up
  // to a length where that stays small.
  constexpr int kMaxIndexedWords = 512;
  const bool indexed = n <= kMaxIndexedWords;
  if (indexed) b.position_of.assign(static_cast<size_t>(n + 1) * static_cast<size_t>(n + 1), -1);
  b.positions = 0;
  auto prepare = [&](size_t item, const ParseState& st) {
    uint64_t* positional = &b.positional[item * kMaxFeatures];
    uint64_t* structural = &b.structural[item * kMaxFeatures];
    ExtractSplitFeatures(st, scratch.atoms, positional, &b.positional_count[item], structural,
                         &b.structural_count[item]);
    b.top[item] = {st.Stack(0), st.Buffer(0)};
    b.step[item] = beam.step();
    b.same_as[item] = -1;
    for (size_t j = 0; j < item; ++j) {
      // The positional features follow from s0 and n0 (features.h).
      if (b.step[j] != beam.step() || b.top[j] != b.top[item] ||
          b.structural_count[j] != b.structural_count[item] ||
          !std::equal(structural, structural + b.structural_count[item],
                      &b.structural[j * kMaxFeatures]))
        continue;
      b.same_as[item] = static_cast<int>(j);
      return;  // nothing to look up
    }
    b.position[item] = -1;
    b.scores_position[item] = 0;
    if (indexed) {
      int& index = b.position_of[static_cast<size_t>(st.Stack(0) + 1) * static_cast<size_t>(n + 1) +
                                 static_cast<size_t>(st.Buffer(0))];
      if (index < 0) {  // first met: this item scores them
        index = b.positions++;
        b.scores_position[item] = 1;
      }
      b.position[item] = index;
    }
    if (b.position[item] < 0 || b.scores_position[item])
      for (int i = 0; i < b.positional_count[item]; ++i) weights_.Prefetch(positional[i]);
    for (int i = 0; i < b.structural_count[item]; ++i) weights_.Prefetch(structural[i]);
  };
  auto score = [&](size_t item, const ParseState&, double* out) {
    // Items are scored in the order they were prepared, so an item that
    // shares scores comes after the item they come from.
    if (const int same = b.same_as[item]; same >= 0) {
      const int32_t* from = &b.item_scores[static_cast<size_t>(same) * padded];
      for (size_t c = 0; c < padded; ++c) out[c] = from[c];
      return;
    }
    int32_t* item_scores = &b.item_scores[item * padded];
    const int index = b.position[item];
    if (index >= 0) {
      if (b.scores_position[item]) {
        b.position_scores.resize(static_cast<size_t>(b.positions) * padded);
        int32_t* p = &b.position_scores[static_cast<size_t>(index) * padded];
        std::fill(p, p + padded, 0);
        weights_.Score(&b.positional[item * kMaxFeatures],
                       static_cast<size_t>(b.positional_count[item]), p);
      }
      const int32_t* p = &b.position_scores[static_cast<size_t>(index) * padded];
      std::copy(p, p + padded, item_scores);
    } else {
      std::fill(item_scores, item_scores + padded, 0);
      weights_.Score(&b.positional[item * kMaxFeatures],
                     static_cast<size_t>(b.positional_count[item]), item_scores);
    }
    weights_.Score(&b.structural[item * kMaxFeatures],
                   static_cast<size_t>(b.structural_count[item]), item_scores);
    for (size_t c = 0; c < padded; ++c) out[c] = item_scores[c];
  };
  beam.Reset(n, width);
  const int labels = static_cast<int>(labels_.size());
  while (!beam.Done()) beam.Advance(prepare, score, labels, root_label_, &scores);
  WriteTree(beam.items()[0].state, s);
}

void PerceptronParser::WriteTree(const ParseState& st, SyntaxSentence* s) const {
  const int n = st.words();
  for (int i = 0; i < n; ++i) {
    TokenSyntax& t = s->syntax[static_cast<size_t>(i)];
    const int h = st.head(i);
    t.head = h == n ? 0 : h + 1;
    t.deprel = labels_[static_cast<size_t>(st.label(i))];
  }
}

Status ParserFromSections(std::string_view settings, std::string_view labels_bytes,
                          std::string_view perceptron, std::unique_ptr<DependencyParser>* out) {
  const std::string want = "features=" + std::string(kParserFeatureVersion) + "\n";
  if (settings.find(want) == std::string_view::npos)
    return Status::InvalidInput("parser model: settings lack " + want.substr(0, want.size() - 1));
  ml::ByteReader r(labels_bytes);
  uint32_t count;
  if (!r.U32(&count) || count == 0 || count > 1000)
    return Status::InvalidInput("parser model: bad label section");
  std::vector<std::string> labels;
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view label;
    if (!r.Str(&label) || label.empty())
      return Status::InvalidInput("parser model: bad label section");
    labels.emplace_back(label);
  }
  if (!r.done()) return Status::InvalidInput("parser model: bad label section");
  if (std::find(labels.begin(), labels.end(), "root") == labels.end())
    return Status::InvalidInput("parser model: no \"root\" label");
  ml::CompactPerceptron weights;
  if (Status st = weights.Deserialize(perceptron); !st.ok())
    return Status::InvalidInput("parser model: " + st.message());
  if (weights.classes() != ClassCount(static_cast<int>(labels.size())))
    return Status::InvalidInput("parser model: perceptron classes do not match the labels");
  // A transition system this build does not know would be decoded wrongly.
  const bool non_monotonic =
      settings.find("transitions=" + std::string(kNonMonotonicTransitions) + "\n") !=
      std::string_view::npos;
  if (!non_monotonic && settings.find("transitions=") != std::string_view::npos)
    return Status::InvalidInput("parser model: unknown transitions= setting");
  // "beam=K": a globally trained model, decoded with a beam of K.
  int beam_width = 1;
  if (const size_t at = settings.find("\nbeam="); at != std::string_view::npos) {
    const std::string_view value = settings.substr(at + 6, settings.find('\n', at + 1) - at - 6);
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), beam_width);
    if (error != std::errc() || end != value.data() + value.size() || beam_width < 1 ||
        beam_width > 1000)
      return Status::InvalidInput("parser model: bad beam= setting");
    if (non_monotonic) return Status::InvalidInput("parser model: a beam needs monotonic transitions");
  }
  *out = std::make_unique<PerceptronParser>(std::move(labels), std::move(weights), non_monotonic,
                                            beam_width);
  return Status::Ok();
}

Status DependencyParser::Load(const std::string& path, std::unique_ptr<DependencyParser>* out) {
  ml::ModelReader reader;
  if (Status st = reader.Open(path, "parser"); !st.ok()) return st;
  std::string_view settings, labels, perceptron;
  if (!reader.Section("settings", &settings) || !reader.Section("labels", &labels) ||
      !reader.Section("perceptron", &perceptron))
    return Status::InvalidInput(path + ": parser model lacks a section (settings, labels, perceptron)");
  if (Status st = ParserFromSections(settings, labels, perceptron, out); !st.ok())
    return Status::InvalidInput(path + ": " + st.message());
  return Status::Ok();
}

AttachmentScores ScoreAttachments(const std::vector<SyntaxSentence>& gold,
                                  const std::vector<SyntaxSentence>& predicted) {
  AttachmentScores scores;
  auto universal = [](const std::string& d) { return std::string_view(d).substr(0, d.find(':')); };
  for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    const auto& g = gold[i].syntax;
    const auto& p = predicted[i].syntax;
    for (size_t w = 0; w < g.size(); ++w) {
      ++scores.words;
      if (w >= p.size() || p[w].head != g[w].head) continue;
      ++scores.head_correct;
      if (universal(p[w].deprel) == universal(g[w].deprel)) ++scores.labelled_correct;
    }
  }
  return scores;
}

bool IsProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int d = 1; d <= n; ++d) {
    const int h = heads[static_cast<size_t>(d - 1)];
    const int lo = std::min(h, d), hi = std::max(h, d);
    for (int e = lo + 1; e < hi; ++e) {
      const int g = heads[static_cast<size_t>(e - 1)];
      if (g < lo || g > hi) return false;  // an arc from inside leaves the span
    }
  }
  return true;
}

bool IsSingleRootedTree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int h : heads) {
    if (h < 0 || h > n) return false;
    roots += h == 0;
  }
  if (roots != 1) return false;
  for (int d = 1; d <= n; ++d) {  // follow heads; a cycle never reaches 0
    int w = d;
    for (int steps = 0; w != 0; ++steps) {
      if (steps > n) return false;
      w = heads[static_cast<size_t>(w - 1)];
    }
  }
  return true;
}

}  // namespace dyad::parser
