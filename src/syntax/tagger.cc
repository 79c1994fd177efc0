#include <algorithm>
#include <climits>

#include "syntax/tagger_model.h"

namespace dyad::syntax {

namespace {

constexpr int kMaxClasses = 256;

// The second pass re-scores only words whose first-pass tag won by less
// than this (in averaged-perceptron units). Chosen on EWT dev: from 10 up
// the tags are as good as re-scoring every word (UPOS 95.45, XPOS 94.81 vs
// 94.82), and about two thirds of the second pass's work is skipped
// (tagger alone 250k -> 380k words/s on Wikinews); below 5 accuracy drops.
constexpr double kSecondPassMargin = 10.0;

// The best class, and by how much its score beats the runner-up's.
int Best(const int32_t* scores, int n, int32_t* margin) {
  int best = 0;
  int32_t runner_up = INT32_MIN;
  for (int c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) {
      runner_up = scores[best];
      best = c;
    } else if (scores[c] > runner_up) {
      runner_up = scores[c];
    }
  }
  *margin = n > 1 ? scores[best] - runner_up : INT32_MAX;
  return best;
}

}  // namespace

void TaggerModel::Predict(const SentenceFeatures& f, int* first_pass, int* tags) const {
  // Scoring is bound by memory latency, so it is pipelined over the words:
  // while word i is scored, the index slots of word i+2's tag-independent
  // features are fetched and word i+1's are looked up (fetching their weights).
  // Word i's tag-dependent features are known only once word i-1 is tagged;
  // their slots are fetched before word i's static weights are added and
  // their weights before any of them is added, so that these misses overlap.
  // Scores are integer sums (quantised weights), so the order of the adds
  // does not change the tags.
  constexpr size_t kStatic = SentenceFeatures::kStatic;
  constexpr size_t kDynamic = kMaxTaggerFeatures - kStatic;
  // settled[i] >= 0: word i's tag is decided without scoring in this pass
  // (a tag-dictionary word; in the second pass also a word the first pass
  // was sure of: the right context rarely overturns a wide margin).
  thread_local std::vector<int> settled;
  thread_local std::vector<int32_t> margins;
  thread_local std::vector<ml::CompactPerceptron::Row> runs;
  const size_t n = f.size();
  const int classes = first.classes();
  settled.resize(n);
  margins.assign(n, INT32_MAX);
  runs.resize(n * kStatic);
  for (size_t i = 0; i < n; ++i) settled[i] = Lookup(f, i);
  uint64_t feats[kMaxTaggerFeatures];
  ml::CompactPerceptron::Row dynamic[kDynamic];
  int32_t scores[kMaxClasses];
  for (int pass = 0; pass < (two_pass ? 2 : 1); ++pass) {
    const ml::CompactPerceptron& w = (pass == 0 ? first : second).scorer();
    if (pass == 1) {
      const double sure = kSecondPassMargin / static_cast<double>(first.scorer().scale());
      for (size_t i = 0; i < n; ++i)
        if (settled[i] < 0 && margins[i] >= sure) settled[i] = first_pass[i];
    }
    auto prefetch = [&w](const uint64_t* features, size_t count) {
      for (size_t k = 0; k < count; ++k) w.Prefetch(features[k]);
    };
    int* out = pass == 0 && two_pass ? first_pass : tags;
    const int* right = pass == 0 ? nullptr : first_pass;
    auto resolve = [&](size_t i) {
      if (i >= n || settled[i] >= 0) return;
      const uint64_t* s = f.static_features(i);
      for (size_t k = 0; k < kStatic; ++k) runs[i * kStatic + k] = w.Find(s[k]);
    };
    for (size_t i = 0; i < n && i < 2; ++i) prefetch(f.static_features(i), kStatic);
    resolve(0);
    for (size_t i = 0; i < n; ++i) {
      if (i + 2 < n) prefetch(f.static_features(i + 2), kStatic);
      if (settled[i] >= 0) {
        resolve(i + 1);
        out[i] = settled[i];
        continue;
      }
      const size_t k =
          f.Features(i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -1, right, feats);
      prefetch(feats + kStatic, k - kStatic);
      resolve(i + 1);
      std::fill_n(scores, w.padded_classes(), 0);
      w.AddRows(&runs[i * kStatic], kStatic, scores);
      for (size_t d = kStatic; d < k; ++d) dynamic[d - kStatic] = w.Find(feats[d]);
      w.AddRows(dynamic, k - kStatic, scores);
      out[i] = Best(scores, classes, &margins[i]);
    }
  }
}

void TaggerModel::Tag(SyntaxSentence* s) const {
  thread_local SentenceFeatures features;
  thread_local std::vector<int> first_pass, tags;
  const size_t n = s->words.size();
  features.Prepare(s->words, ambiguity);
  first_pass.resize(n);
  tags.resize(n);
  Predict(features, first_pass.data(), tags.data());
  s->syntax.resize(n);
  for (size_t i = 0; i < n; ++i) {
    TokenSyntax& t = s->syntax[i];
    t.upos = upos[tags[i]];
    t.xpos = xpos[tags[i]];
    lemmatizer.Lemmatize(s->words[i], t.xpos, i == 0, &t.lemma);
  }
}

// Sections (doc/model_format.md):
//   "features"         u32 feature version, u32 passes (1 or 2)
//   "labels"           u32 n, n x {str upos, str xpos}
//   "tag_dictionary"   u32 n, n x {u64 form hash, u32 class}, sorted by hash
//   "ambiguity"        u32 n, n x {u64 lowercase form hash, u64 class-set hash}, sorted
//   "scorer1"/"scorer2"  SparseWeights (quantised, ml::CompactPerceptron)
//   "lemma_exceptions", "lemma_rules"  Lemmatizer
void TaggerModel::Write(ml::ModelWriter* writer) const {
  ml::ByteWriter f;
  f.U32(kTaggerFeatureVersion);
  f.U32(two_pass ? 2 : 1);
  writer->AddSection("features", std::move(f.bytes()));
  ml::ByteWriter l;
  l.U32(static_cast<uint32_t>(upos.size()));
  for (size_t c = 0; c < upos.size(); ++c) {
    l.Str(upos[c]);
    l.Str(xpos[c]);
  }
  writer->AddSection("labels", std::move(l.bytes()));
  std::vector<std::pair<uint64_t, uint32_t>> dict(tag_dictionary.begin(), tag_dictionary.end());
  std::sort(dict.begin(), dict.end());
  ml::ByteWriter d;
  d.U32(static_cast<uint32_t>(dict.size()));
  for (auto [hash, cls] : dict) {
    d.U64(hash);
    d.U32(cls);
  }
  writer->AddSection("tag_dictionary", std::move(d.bytes()));
  std::vector<std::pair<uint64_t, uint64_t>> amb(ambiguity.begin(), ambiguity.end());
  std::sort(amb.begin(), amb.end());
  ml::ByteWriter a;
  a.U32(static_cast<uint32_t>(amb.size()));
  for (auto [hash, set] : amb) {
    a.U64(hash);
    a.U64(set);
  }
  writer->AddSection("ambiguity", std::move(a.bytes()));
  writer->AddSection("scorer1", first.Serialize());
  if (two_pass) writer->AddSection("scorer2", second.Serialize());
  writer->AddSection("lemma_exceptions", lemmatizer.SerializeExceptions());
  writer->AddSection("lemma_rules", lemmatizer.SerializeRules());
}

Status TaggerModel::Read(const ml::ModelReader& reader) {
  auto missing = [](const char* name) {
    return Status::InvalidInput(std::string("tagger model: missing section '") + name + "'");
  };
  auto corrupt = [](const char* name) {
    return Status::InvalidInput(std::string("tagger model: corrupt section '") + name + "'");
  };
  std::string_view bytes;
  if (!reader.Section("features", &bytes)) return missing("features");
  ml::ByteReader f(bytes);
  uint32_t version, passes;
  if (!f.U32(&version) || !f.U32(&passes) || !f.done() || (passes != 1 && passes != 2))
    return corrupt("features");
  if (version != kTaggerFeatureVersion)
    return Status::InvalidInput("tagger model: feature version " + std::to_string(version) +
                                ", this build reads " + std::to_string(kTaggerFeatureVersion));
  two_pass = passes == 2;
  if (!reader.Section("labels", &bytes)) return missing("labels");
  ml::ByteReader l(bytes);
  uint32_t n;
  if (!l.U32(&n) || n == 0 || n > kMaxClasses) return corrupt("labels");
  upos.resize(n);
  xpos.resize(n);
  for (uint32_t c = 0; c < n; ++c) {
    std::string_view u, x;
    if (!l.Str(&u) || !l.Str(&x)) return corrupt("labels");
    upos[c] = std::string(u);
    xpos[c] = std::string(x);
  }
  if (!l.done()) return corrupt("labels");
  if (!reader.Section("tag_dictionary", &bytes)) return missing("tag_dictionary");
  ml::ByteReader d(bytes);
  uint32_t entries;
  if (!d.U32(&entries) || entries > bytes.size() / 12) return corrupt("tag_dictionary");
  tag_dictionary.clear();
  tag_dictionary.reserve(entries);
  for (uint32_t e = 0; e < entries; ++e) {
    uint64_t hash;
    uint32_t cls;
    if (!d.U64(&hash) || !d.U32(&cls) || cls >= n) return corrupt("tag_dictionary");
    tag_dictionary.emplace(hash, cls);
  }
  if (!d.done()) return corrupt("tag_dictionary");
  if (!reader.Section("ambiguity", &bytes)) return missing("ambiguity");
  ml::ByteReader a(bytes);
  if (!a.U32(&entries) || entries > bytes.size() / 16) return corrupt("ambiguity");
  ambiguity.clear();
  ambiguity.reserve(entries);
  for (uint32_t e = 0; e < entries; ++e) {
    uint64_t hash, set;
    if (!a.U64(&hash) || !a.U64(&set)) return corrupt("ambiguity");
    ambiguity.emplace(hash, set);
  }
  if (!a.done()) return corrupt("ambiguity");
  // Files of older builds kept float weights in "weights1"/"weights2".
  if (reader.Section("weights1", &bytes))
    return Status::InvalidInput(
        "tagger model: float weights of an older dyad; retrain it with `dyad train tagger`");
  for (auto [name, weights] : {std::pair{"scorer1", &first}, std::pair{"scorer2", &second}}) {
    if (!two_pass && weights == &second) break;
    if (!reader.Section(name, &bytes)) return missing(name);
    if (Status s = weights->Deserialize(bytes); !s.ok())
      return Status::InvalidInput(std::string("tagger model: ") + name + ": " + s.message());
    if (weights->classes() != static_cast<int>(n)) return corrupt(name);
  }
  std::string_view exceptions, rules;
  if (!reader.Section("lemma_exceptions", &exceptions)) return missing("lemma_exceptions");
  if (!reader.Section("lemma_rules", &rules)) return missing("lemma_rules");
  return lemmatizer.Deserialize(exceptions, rules);
}

Status Tagger::Load(const std::string& path, std::unique_ptr<Tagger>* out) {
  ml::ModelReader reader;
  if (Status s = reader.Open(path, "tagger"); !s.ok()) return s;
  auto model = std::make_unique<TaggerModel>();
  if (Status s = model->Read(reader); !s.ok())
    return Status::InvalidInput(path + ": " + s.message());
  *out = std::move(model);
  return Status::Ok();
}

}  // namespace dyad::syntax
