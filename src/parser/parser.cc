// The perceptron-scored arc-eager parser at run time: loading a model file
// and greedy decoding. Training is in train.cc.
#include <algorithm>
#include <climits>

#include "ml/model_file.h"
#include "parser/features.h"
#include "parser/parser_internal.h"
#include "parser/transition.h"

namespace dyad::parser {

namespace {

// Sentences parsed side by side by ParseBatch: enough that a lane's weight
// rows have arrived from memory by the time the round-robin comes back to it.
constexpr size_t kLanes = 6;

// One sentence being parsed, and where it is in scoring its next transition.
struct Lane {
  enum class Step { kAdvance, kFindRows, kAddRows };
  SyntaxSentence* sentence = nullptr;  // nullptr: idle
  Step step = Step::kAdvance;
  bool force_attach = false;  // the scored decision is ForceAttach's label
  int feature_count = 0;
  size_t row_count = 0;
  ParseState state;
  SentenceAtoms atoms;
  uint64_t features[kMaxFeatures];
  uint32_t rows[kMaxFeatures];
};

// Scratch space of one thread's parses, reused to avoid allocations.
struct ParseScratch {
  Lane lanes[kLanes];
  std::vector<int32_t> scores;
};

}  // namespace

PerceptronParser::PerceptronParser(std::vector<std::string> labels, ml::CompactPerceptron weights)
    : labels_(std::move(labels)), weights_(std::move(weights)) {
  for (size_t i = 0; i < labels_.size(); ++i) {
    if (labels_[i] == "root") root_label_ = static_cast<int>(i);
  }
}

void PerceptronParser::Parse(SyntaxSentence* s) const { ParseBatch(&s, 1); }

// Parsing is bound by the latency of the weight lookups (a few random reads
// per feature, ~80 features per transition), so several sentences advance
// in turn, each one step per round: extract features and prefetch their
// table slots; find the rows (prefetching them); add the rows and apply the
// best transition. Each sentence's transitions, and so its tree, are exactly
// those of parsing it alone.
void PerceptronParser::ParseBatch(SyntaxSentence* const* sentences, size_t count) const {
  thread_local ParseScratch scratch;
  const int labels = static_cast<int>(labels_.size());
  scratch.scores.resize(static_cast<size_t>(weights_.padded_classes()));
  int32_t* scores = scratch.scores.data();
  size_t next = 0;
  // Starts the next non-empty sentence in `lane`, or leaves it idle.
  auto start = [&](Lane& lane) {
    lane.sentence = nullptr;
    while (next < count) {
      SyntaxSentence* s = sentences[next++];
      if (s->syntax.size() < s->words.size()) s->syntax.resize(s->words.size());
      if (s->words.empty()) continue;
      lane.sentence = s;
      lane.atoms.Fill(*s);
      lane.state.Reset(static_cast<int>(s->words.size()));
      lane.step = Lane::Step::kAdvance;
      return;
    }
  };
  auto finish = [&](Lane& lane) {
    SyntaxSentence* s = lane.sentence;
    const int n = lane.state.words();
    for (int i = 0; i < n; ++i) {
      TokenSyntax& t = s->syntax[static_cast<size_t>(i)];
      const int h = lane.state.head(i);
      t.head = h == n ? 0 : h + 1;
      t.deprel = labels_[static_cast<size_t>(lane.state.label(i))];
    }
  };
  // Applies the transitions that need no scoring; returns false once the
  // lane has no sentence left, true when the next transition needs scores.
  auto advance = [&](Lane& lane) {
    while (lane.sentence != nullptr) {
      ParseState& st = lane.state;
      if (st.Terminal()) {
        finish(lane);
        start(lane);
        continue;
      }
      if (st.stack_size() == 0) {  // only SHIFT is possible
        st.Apply(kShift);
        continue;
      }
      const bool s0_attached = st.head(st.Stack(0)) >= 0;
      lane.force_attach = false;
      if (st.front() == st.words()) {  // only ROOT left: reduce, attach to ROOT, or force
        if (s0_attached) {
          st.Apply(kReduce);
          continue;
        }
        if (st.stack_size() == 1) {
          st.Apply(LeftArc(root_label_));
          continue;
        }
        lane.force_attach = true;
      }
      return true;
    }
    return false;
  };
  auto decide = [&](Lane& lane) {
    ParseState& st = lane.state;
    if (lane.force_attach) {
      int best = -1;
      for (int l = 0; l < labels; ++l) {
        if (l == root_label_) continue;
        if (best < 0 || scores[RightArc(l)] > scores[RightArc(best)]) best = l;
      }
      st.ForceAttach(best);
      return;
    }
    // Valid here: SHIFT; REDUCE iff s0 attached; LEFT-ARC iff not; RIGHT-ARC.
    const bool s0_attached = st.head(st.Stack(0)) >= 0;
    int best = kShift;
    int32_t best_score = scores[kShift];
    if (s0_attached && scores[kReduce] > best_score) {
      best = kReduce;
      best_score = scores[kReduce];
    }
    for (int l = 0; l < labels; ++l) {
      if (l == root_label_) continue;
      if (!s0_attached && scores[LeftArc(l)] > best_score) {
        best = LeftArc(l);
        best_score = scores[best];
      }
      if (scores[RightArc(l)] > best_score) {
        best = RightArc(l);
        best_score = scores[best];
      }
    }
    st.Apply(best);
  };

  const size_t lanes = std::min(kLanes, count);
  for (size_t i = 0; i < lanes; ++i) start(scratch.lanes[i]);
  for (size_t busy = lanes; busy > 0;) {
    busy = 0;
    for (size_t i = 0; i < lanes; ++i) {
      Lane& lane = scratch.lanes[i];
      if (lane.sentence == nullptr) continue;
      ++busy;
      switch (lane.step) {
        case Lane::Step::kAdvance:
          if (!advance(lane)) break;
          lane.feature_count = ExtractFeatures(lane.state, lane.atoms, lane.features);
          for (int f = 0; f < lane.feature_count; ++f) weights_.Prefetch(lane.features[f]);
          lane.step = Lane::Step::kFindRows;
          break;
        case Lane::Step::kFindRows:
          lane.row_count = weights_.FindRows(lane.features, static_cast<size_t>(lane.feature_count),
                                             lane.rows);
          lane.step = Lane::Step::kAddRows;
          break;
        case Lane::Step::kAddRows:
          std::fill(scratch.scores.begin(), scratch.scores.end(), 0);
          weights_.AddRows(lane.rows, lane.row_count, scores);
          decide(lane);
          lane.step = Lane::Step::kAdvance;
          break;
      }
    }
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
  *out = std::make_unique<PerceptronParser>(std::move(labels), std::move(weights));
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
