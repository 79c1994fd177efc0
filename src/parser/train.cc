// TrainParser: averaged-perceptron training of the arc-eager parser with the
// dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013).
//
// Each epoch visits the projective training sentences in a seeded random
// order. At every state the oracle gives each transition's cost (gold arcs
// it makes unreachable); the perceptron is updated towards the best-scoring
// zero-cost (minimum-cost) transition whenever its own best has a higher
// cost. In the first epoch the parser follows the oracle; afterwards it
// follows its own prediction with probability kExploreProbability, so it
// learns to recover from its own mistakes. Non-projective sentences (about
// 2% of EWT train) are kept: their crossing arcs cannot be built, and for
// them the oracle's costs are approximate, but the rest of their arcs are
// good evidence (training on them scored better on dev than skipping them).
// With options.beam > 1 the parser is instead trained globally, over whole
// move sequences with a beam (TrainEpochBeam; parser/beam.h). After each
// epoch the averaged model is scored on dev and the best epoch (by LAS) is
// kept.
// Unless options.tagger_folds is 0, the parser trains on tags predicted by
// jackknifed taggers (JackknifeTags), as it will meet them after the tagger.
#include <algorithm>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <ctime>
#include <cstdlib>
#include <iomanip>
#include <map>
#include <random>
#include <sstream>

#include "ml/model_file.h"
#include "ml/sparse_perceptron.h"
#include "parser/beam.h"
#include "parser/features.h"
#include "parser/parser_internal.h"
#include "parser/transition.h"
#include "syntax/conllu.h"
#include "syntax/tagger.h"

namespace dyad::parser {

namespace {

constexpr double kExploreProbability = 0.9;
constexpr int kOracleEpochs = 1;

struct GoldSentence {
  SentenceAtoms atoms;
  std::vector<int> head;   // 0-based, n = ROOT
  std::vector<int> label;  // label ids
  std::vector<int> word_type;  // per word, its entry in TagNoise::tags, or -1
  // For beam training: the static oracle's moves (beam.h), empty for a tree
  // they cannot build (non-projective).
  std::vector<int> gold_moves;
};

// The canonical gold moves of a projective tree: at each state the first
// zero-cost move of LEFT-ARC, RIGHT-ARC, REDUCE, SHIFT (arc-eager's static
// oracle). False if some state has none (a non-projective tree).
bool StaticOracleMoves(const GoldSentence& g, int labels, int root_label, std::vector<int>* moves) {
  const int n = static_cast<int>(g.head.size());
  ParseState st;
  st.Reset(n);
  std::vector<int> costs;
  moves->clear();
  while (!st.Terminal()) {
    int move = ForcedMove(st, root_label);
    if (move < 0 && st.front() != n) {
      st.Costs(g.head, g.label, labels, root_label, &costs);
      ForEachScoredMove(st, labels, root_label, [&](int m, int cls) {
        auto rank = [](int c) { return IsLeftArc(c) ? 0 : IsRightArc(c) ? 1 : c == kReduce ? 2 : 3; };
        if (costs[static_cast<size_t>(cls)] == 0 &&
            (move < 0 || rank(cls) < rank(MoveClass(move))))
          move = m;
      });
    }
    if (move < 0) return false;
    moves->push_back(move);
    ApplyMove(move, &st);
  }
  for (int i = 0; i < n; ++i)
    if (st.head(i) != g.head[static_cast<size_t>(i)] ||
        st.label(i) != g.label[static_cast<size_t>(i)])
      return false;
  return true;
}

// The tags each training word form had in the gold treebank, for
// ParserTrainOptions::tag_noise: a word's tag is replaced by one of its
// other tags, drawn by how often the form had it.
struct TagNoise {
  struct Tag {
    uint64_t xpos, upos;  // SentenceAtoms hashes
    int count;
  };
  std::vector<std::vector<Tag>> tags;  // per word form, in (XPOS, UPOS) order

  // Replaces tags in `atoms` (a copy of g.atoms) with probability p each.
  void Apply(const GoldSentence& g, double p, std::mt19937_64* rng, SentenceAtoms* atoms) const {
    for (size_t i = 0; i < g.word_type.size(); ++i) {
      if (g.word_type[i] < 0) continue;
      const std::vector<Tag>& forms = tags[static_cast<size_t>(g.word_type[i])];
      int others = 0;
      for (const Tag& t : forms) others += t.xpos != atoms->xpos[i] ? t.count : 0;
      if (others == 0 || std::uniform_real_distribution<double>(0, 1)(*rng) >= p) continue;
      int pick = static_cast<int>((*rng)() % static_cast<uint64_t>(others));
      for (const Tag& t : forms) {
        if (t.xpos == atoms->xpos[i]) continue;
        if (pick < t.count) {
          atoms->xpos[i] = t.xpos;
          atoms->upos[i] = t.upos;
          break;
        }
        pick -= t.count;
      }
    }
  }
};

Status ReadTreebank(const std::string& path, std::vector<SyntaxSentence>* out) {
  std::vector<std::string> diagnostics;
  if (Status st = syntax::ReadConlluFile(path, out, &diagnostics); !st.ok()) return st;
  if (out->empty()) return Status::InvalidInput(path + ": no sentences");
  return Status::Ok();
}

std::string LabelSection(const std::vector<std::string>& labels) {
  ml::ByteWriter w;
  w.U32(static_cast<uint32_t>(labels.size()));
  for (const auto& l : labels) w.Str(l);
  return std::move(w.bytes());
}

std::string Fixed(double v) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(2) << v;
  return s.str();
}

// Replaces the tags of `train` by jackknifed predictions and those of `dev`
// by the first fold's tagger (see ParserTrainOptions::tagger_folds).
Status JackknifeTags(const ParserTrainOptions& options, std::vector<SyntaxSentence>* train,
                     std::vector<SyntaxSentence>* dev, std::ostream& log) {
  namespace fs = std::filesystem;
  const int folds = options.tagger_folds;
  const std::string stem =
      (fs::temp_directory_path() / ("dyad_parser_jackknife_" + std::to_string(getpid()))).string();
  const std::string fold_train = stem + ".conllu", fold_model = stem + ".bin";
  auto retag = [](const syntax::Tagger& tagger, SyntaxSentence* s) {
    for (auto& t : s->syntax) t.upos.clear(), t.xpos.clear();
    std::vector<TokenSyntax> gold = s->syntax;
    tagger.Tag(s);
    for (size_t i = 0; i < gold.size() && i < s->syntax.size(); ++i) {
      s->syntax[i].head = gold[i].head;  // the tagger must not touch the tree
      s->syntax[i].deprel = gold[i].deprel;
    }
  };
  Status status;
  for (int fold = 0; fold < folds && status.ok(); ++fold) {
    {
      std::ofstream out(fold_train, std::ios::binary | std::ios::trunc);
      for (size_t i = 0; i < train->size(); ++i)
        if (static_cast<int>(i % static_cast<size_t>(folds)) != fold)
          syntax::WriteConlluSentence((*train)[i], out);
      if (!out) {
        status = Status::IoError(fold_train + ": cannot write jackknife fold");
        break;
      }
    }
    syntax::TaggerTrainOptions tagger_options;
    tagger_options.train_path = fold_train;
    tagger_options.dev_path = options.dev_path;
    tagger_options.out_path = fold_model;
    tagger_options.epochs = options.tagger_epochs;
    tagger_options.seed = options.seed;
    tagger_options.command_line = "jackknife fold " + std::to_string(fold);
    std::ostringstream tagger_log;
    std::unique_ptr<syntax::Tagger> tagger;
    status = syntax::TrainTagger(tagger_options, tagger_log);
    if (status.ok()) status = syntax::Tagger::Load(fold_model, &tagger);
    if (!status.ok()) break;
    for (size_t i = static_cast<size_t>(fold); i < train->size(); i += static_cast<size_t>(folds))
      retag(*tagger, &(*train)[i]);
    if (fold == 0)
      for (auto& s : *dev) retag(*tagger, &s);
    log << "parser: jackknife fold " << fold + 1 << "/" << folds << " tagged\n";
  }
  std::error_code ec;
  fs::remove(fold_train, ec);
  fs::remove(fold_model, ec);
  return status;
}

// The jackknifed tags of `train` and `dev` cached under options.tags_cache,
// so that experiments with the parser skip the taggers' training (most of a
// short run). The file names carry what the tags depend on besides the
// tagger's code (clear the cache when that changes); a cache whose words do
// not match the treebanks is ignored.
std::string TagsCachePath(const ParserTrainOptions& options, const char* part) {
  return (std::filesystem::path(options.tags_cache) /
          ("jackknife-f" + std::to_string(options.tagger_folds) + "-e" +
           std::to_string(options.tagger_epochs) + "-s" + std::to_string(options.seed) + "-m" +
           std::to_string(options.max_sentences) + "." + part + ".conllu"))
      .string();
}

// Copies the cached tags and lemmas into `sentences`; false (and nothing
// changed) if the cache is missing or its words differ.
bool ReadCachedTags(const std::string& path, std::vector<SyntaxSentence>* sentences) {
  std::vector<SyntaxSentence> cached;
  std::vector<std::string> diagnostics;
  if (!std::filesystem::exists(path) ||
      !syntax::ReadConlluFile(path, &cached, &diagnostics).ok() ||
      cached.size() != sentences->size())
    return false;
  for (size_t i = 0; i < cached.size(); ++i) {
    if (cached[i].words != (*sentences)[i].words ||
        cached[i].syntax.size() != (*sentences)[i].syntax.size())
      return false;
  }
  // CoNLL-U writes an empty field as "_"; read it back as empty, as the
  // tagger left it (the word "_" has the lemma "_", which hashes alike).
  auto field = [](const std::string& f) { return f == "_" ? std::string() : f; };
  for (size_t i = 0; i < cached.size(); ++i) {
    for (size_t w = 0; w < cached[i].syntax.size(); ++w) {
      TokenSyntax& t = (*sentences)[i].syntax[w];
      t.upos = field(cached[i].syntax[w].upos);
      t.xpos = field(cached[i].syntax[w].xpos);
      t.lemma = field(cached[i].syntax[w].lemma);
    }
  }
  return true;
}

Status WriteCachedTags(const std::string& path, const std::vector<SyntaxSentence>& sentences) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  syntax::WriteConllu(sentences, out);
  return out ? Status::Ok() : Status::IoError(path + ": cannot write the tags cache");
}

// Trains one epoch over `order`.
void TrainEpoch(const std::vector<GoldSentence>& gold, const std::vector<size_t>& order,
                int labels, int root_label, bool non_monotonic, bool explore,
                const TagNoise& noise, double tag_noise, std::mt19937_64* rng,
                ml::SparsePerceptronTrainer* trainer, size_t* mistakes, size_t* decisions) {
  const int classes = ClassCount(labels);
  SentenceAtoms noisy;
  ParseState st;
  std::vector<int> costs;
  std::vector<float> scores(static_cast<size_t>(classes));
  uint64_t features[kMaxFeatures];
  for (size_t index : order) {
    const GoldSentence& g = gold[index];
    const int n = static_cast<int>(g.head.size());
    const SentenceAtoms* atoms = &g.atoms;
    if (tag_noise > 0) {
      noisy = g.atoms;
      noise.Apply(g, tag_noise, rng, &noisy);
      atoms = &noisy;
    }
    st.Reset(n, non_monotonic);
    while (!st.Terminal()) {
      if (st.NeedsForceAttach()) {
        st.ForceAttach(g.label[static_cast<size_t>(st.Stack(0))]);
        continue;
      }
      st.Costs(g.head, g.label, labels, root_label, &costs);
      int valid = 0, only = -1;
      for (int c = 0; c < classes; ++c) {
        if (costs[c] < (1 << 20)) ++valid, only = c;
      }
      // A headless s0 reduced onto s1 gets its own gold label: that arc is
      // either right or already lost, so its label teaches nothing.
      const int reduce_label = st.Stack(0) >= 0 ? g.label[static_cast<size_t>(st.Stack(0))] : -1;
      if (valid == 1) {
        st.Apply(only, reduce_label);
        continue;
      }
      const int k = ExtractFeatures(st, *atoms, features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      trainer->Score(features, static_cast<size_t>(k), scores.data());
      int guess = -1, truth = -1, min_cost = 1 << 20;
      for (int c = 0; c < classes; ++c) min_cost = std::min(min_cost, costs[c]);
      for (int c = 0; c < classes; ++c) {
        if (costs[c] >= (1 << 20)) continue;
        if (guess < 0 || scores[c] > scores[guess]) guess = c;
        if (costs[c] == min_cost && (truth < 0 || scores[c] > scores[truth])) truth = c;
      }
      ++*decisions;
      int next = truth;
      if (costs[guess] > min_cost) {
        ++*mistakes;
        trainer->Update(features, static_cast<size_t>(k), truth, guess);
        if (explore && std::uniform_real_distribution<double>(0, 1)(*rng) < kExploreProbability)
          next = guess;
      }
      trainer->Tick();
      st.Apply(next, reduce_label);
    }
  }
}

// Trains one epoch of the beam parser over `order`: a structured
// perceptron over whole move sequences with max-violation updates (Huang,
// Fayong & Guo 2012). The beam and the gold sequence advance in step; where
// the best item's score exceeds the gold prefix's by most (among the steps
// where the best is not gold), the gold prefix's features are rewarded and
// the best item's penalised, from the first move where they part.
void TrainEpochBeam(const std::vector<GoldSentence>& gold, const std::vector<size_t>& order,
                    const ParserTrainOptions& options, int labels, int root_label,
                    const TagNoise& noise, std::mt19937_64* rng,
                    ml::SparsePerceptronTrainer* trainer, size_t* mistakes, size_t* decisions) {
  const int classes = ClassCount(labels);
  SentenceAtoms noisy;
  Beam beam;
  ParseState gold_state, a, b;
  std::vector<double> scores(static_cast<size_t>(classes)), gold_scores(scores.size());
  std::vector<float> float_scores(scores.size());
  std::vector<int> worst_moves;
  uint64_t features[kMaxFeatures];
  for (size_t index : order) {
    const GoldSentence& g = gold[index];
    if (g.gold_moves.empty()) continue;
    const int n = static_cast<int>(g.head.size());
    const SentenceAtoms* atoms = &g.atoms;
    if (options.tag_noise > 0) {
      noisy = g.atoms;
      noise.Apply(g, options.tag_noise, rng, &noisy);
      atoms = &noisy;
    }
    auto score = [&](const ParseState& st, double* out) {
      const int k = ExtractFeatures(st, *atoms, features);
      std::fill(float_scores.begin(), float_scores.end(), 0.0f);
      trainer->Score(features, static_cast<size_t>(k), float_scores.data());
      for (size_t c = 0; c < float_scores.size(); ++c) out[c] = float_scores[c];
    };
    beam.Reset(n, static_cast<size_t>(options.beam));
    gold_state.Reset(n);
    double gold_score = 0, worst = -1;
    size_t worst_step = 0;
    bool gold_in_beam = true;
    while (!beam.Done()) {
      const int move = g.gold_moves[beam.step()];
      beam.Advance(score, labels, root_label, &scores, &g.gold_moves);
      // The gold prefix's score: its item's while it is in the beam (the
      // same sums), else scored along the gold sequence from then on.
      if (gold_in_beam) {
        gold_in_beam = false;
        for (const BeamItem& item : beam.items())
          if (item.gold) gold_score = item.score, gold_in_beam = true;
      }
      if (!gold_in_beam && IsScoredMove(move)) {
        score(gold_state, gold_scores.data());
        gold_score += gold_scores[static_cast<size_t>(MoveClass(move))];
      }
      ApplyMove(move, &gold_state);
      const BeamItem& best = beam.items()[0];
      if (!best.gold && best.score - gold_score > worst) {
        worst = best.score - gold_score;
        worst_step = beam.step();
        worst_moves = beam.Moves(0);
      }
    }
    ++*decisions;      // one per sentence: the share of sentences updated is logged
    if (worst >= 0) {  // update on the prefixes of worst_step moves
      ++*mistakes;
      a.Reset(n);
      b.Reset(n);
      bool parted = false;
      for (size_t t = 0; t < worst_step; ++t) {
        const int gm = g.gold_moves[t], pm = worst_moves[t];
        parted = parted || gm != pm;
        if (parted && IsScoredMove(gm)) {
          const int k = ExtractFeatures(a, *atoms, features);
          trainer->AddToClass(features, static_cast<size_t>(k), MoveClass(gm), 1.0f);
        }
        if (parted && IsScoredMove(pm)) {
          const int k = ExtractFeatures(b, *atoms, features);
          trainer->AddToClass(features, static_cast<size_t>(k), MoveClass(pm), -1.0f);
        }
        ApplyMove(gm, &a);
        ApplyMove(pm, &b);
      }
    }
    trainer->Tick();
  }
}

// One bag's best epoch: its averaged weights, unpruned, and dev scores.
struct Bag {
  ml::CompactPerceptron::FloatRows rows;
  int epoch = 0;
  double las = -1, uas = 0;
};

// The mean of the bags' weights (a feature a bag lacks counts as zero
// there), summed in bag order, without cells below `min_abs_weight`.
void MeanRows(const std::vector<Bag>& bags, int classes, float min_abs_weight,
              ml::CompactPerceptron::FloatRows* mean) {
  std::vector<uint64_t> all;
  for (const Bag& bag : bags) all.insert(all.end(), bag.rows.keys.begin(), bag.rows.keys.end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::vector<size_t> next(bags.size(), 0);  // each bag's keys are sorted
  std::vector<float> sum(static_cast<size_t>(classes));
  std::vector<uint8_t> touched(static_cast<size_t>(classes));
  mean->Clear();
  const float scale = 1.0f / static_cast<float>(bags.size());
  for (uint64_t key : all) {
    std::fill(sum.begin(), sum.end(), 0.0f);
    std::fill(touched.begin(), touched.end(), 0);
    for (size_t b = 0; b < bags.size(); ++b) {
      const ml::CompactPerceptron::FloatRows& rows = bags[b].rows;
      if (next[b] >= rows.keys.size() || rows.keys[next[b]] != key) continue;
      for (uint32_t c = rows.begin[next[b]]; c < rows.begin[next[b] + 1]; ++c) {
        sum[rows.cells[c].first] += rows.cells[c].second;
        touched[rows.cells[c].first] = 1;
      }
      ++next[b];
    }
    const size_t first = mean->cells.size();
    for (int c = 0; c < classes; ++c) {
      if (!touched[static_cast<size_t>(c)]) continue;
      const float w = sum[static_cast<size_t>(c)] * scale;
      if (std::fabs(w) < min_abs_weight || w == 0.0f) continue;
      mean->cells.emplace_back(static_cast<uint16_t>(c), w);
    }
    if (mean->cells.size() > first) mean->EndRow(key);
  }
}

}  // namespace

Status TrainParser(const ParserTrainOptions& options, std::ostream& log) {
  std::vector<SyntaxSentence> train, dev;
  if (Status st = ReadTreebank(options.train_path, &train); !st.ok()) return st;
  if (Status st = ReadTreebank(options.dev_path, &dev); !st.ok()) return st;
  if (options.max_sentences > 0 && train.size() > options.max_sentences)
    train.resize(options.max_sentences);
  if (options.epochs < 1) return Status::InvalidInput("parser training: epochs must be >= 1");
  if (!(options.tag_noise >= 0 && options.tag_noise <= 1))
    return Status::InvalidInput("parser training: tag noise must be between 0 and 1");
  if (options.beam < 1 || options.beam > 1000)
    return Status::InvalidInput("parser training: beam must be between 1 and 1000");
  if (options.beam > 1 && options.non_monotonic)
    return Status::InvalidInput("parser training: a beam needs monotonic transitions");
  if (options.decode_beam < 0 || options.decode_beam > 1000 ||
      (options.decode_beam > 0 && options.beam <= 1))
    return Status::InvalidInput("parser training: a decoding beam needs a training beam (and "
                                "is between 1 and 1000)");
  const int decode_beam = options.decode_beam > 0 ? options.decode_beam : options.beam;
  // Gold trees of dev, kept before its tags are replaced.
  const std::vector<SyntaxSentence> dev_gold = dev;
  // The tags each word form has in the gold training treebank (TagNoise).
  std::map<std::string, std::map<std::pair<std::string, std::string>, int>> form_tags;
  if (options.tag_noise > 0) {
    for (const auto& s : train)
      for (size_t i = 0; i < s.words.size() && i < s.syntax.size(); ++i)
        ++form_tags[s.words[i]][{s.syntax[i].xpos, s.syntax[i].upos}];
  }
  TagNoise noise;
  std::map<std::string, int> form_ids;
  for (const auto& [form, tags] : form_tags) {
    form_ids[form] = static_cast<int>(noise.tags.size());
    noise.tags.emplace_back();
    for (const auto& [tag, count] : tags)
      noise.tags.back().push_back({XposAtom(tag.first), UposAtom(tag.second), count});
  }
  if (options.tagger_folds == 1 || options.tagger_folds < 0)
    return Status::InvalidInput("parser training: tagger_folds must be 0 or >= 2");
  if (options.tagger_folds >= 2) {
    const bool cached = !options.tags_cache.empty() &&
                        ReadCachedTags(TagsCachePath(options, "dev"), &dev) &&
                        ReadCachedTags(TagsCachePath(options, "train"), &train);
    if (cached) {
      log << "parser: jackknifed tags read from " << TagsCachePath(options, "train") << "\n";
    } else {
      if (Status st = JackknifeTags(options, &train, &dev, log); !st.ok()) return st;
      if (!options.tags_cache.empty()) {
        if (Status st = WriteCachedTags(TagsCachePath(options, "train"), train); !st.ok())
          return st;
        if (Status st = WriteCachedTags(TagsCachePath(options, "dev"), dev); !st.ok()) return st;
      }
    }
  }

  // Labels in sorted order; "root" must be among them.
  std::map<std::string, int> label_ids;
  for (const auto& s : train)
    for (const auto& t : s.syntax) label_ids.emplace(t.deprel, 0);
  label_ids.emplace("root", 0);
  std::vector<std::string> labels;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(labels.size());
    labels.push_back(name);
  }
  const int label_count = static_cast<int>(labels.size());
  const int root_label = label_ids["root"];

  std::vector<GoldSentence> gold;
  size_t skipped = 0, non_projective = 0, train_words = 0;
  for (const auto& s : train) {
    std::vector<int> heads;
    bool usable = !s.words.empty() && s.syntax.size() == s.words.size();
    for (const auto& t : s.syntax) heads.push_back(t.head);
    if (!usable || !IsSingleRootedTree(heads)) {
      ++skipped;
      continue;
    }
    non_projective += !IsProjective(heads);
    GoldSentence g;
    const int n = static_cast<int>(s.words.size());
    g.atoms.Fill(s);
    for (const std::string& w : s.words) {
      auto it = form_ids.find(w);
      g.word_type.push_back(it == form_ids.end() ? -1 : it->second);
    }
    for (const auto& t : s.syntax) {
      g.head.push_back(t.head == 0 ? n : t.head - 1);
      g.label.push_back(label_ids[t.deprel]);
    }
    if (options.beam > 1 && !StaticOracleMoves(g, label_count, root_label, &g.gold_moves))
      g.gold_moves.clear();
    train_words += s.words.size();
    gold.push_back(std::move(g));
  }
  log << "parser: " << gold.size() << " training sentences (" << train_words << " words), "
      << non_projective << " of them non-projective, " << skipped << " malformed skipped; "
      << label_count << " labels\n";

  if (options.bags < 1) return Status::InvalidInput("parser training: bags must be >= 1");
  auto score_dev = [&](const ml::CompactPerceptron& weights) {
    PerceptronParser parser(labels, weights, options.non_monotonic, decode_beam);
    std::vector<SyntaxSentence> parsed = dev;
    for (auto& s : parsed) parser.Parse(&s);
    return ScoreAttachments(dev_gold, parsed);
  };
  std::vector<Bag> bags;
  for (int b = 0; b < options.bags; ++b) {
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(b));
    ml::SparsePerceptronTrainer trainer(ClassCount(label_count));
    std::vector<size_t> order(gold.size());
    const std::string prefix =
        options.bags > 1 ? "parser: bag " + std::to_string(b + 1) + " " : "parser: ";
    Bag best;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      const auto start = std::chrono::steady_clock::now();
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      for (size_t i = order.size(); i > 1; --i)  // Fisher-Yates with our own RNG draws
        std::swap(order[i - 1], order[rng() % i]);
      size_t mistakes = 0, decisions = 0;
      if (options.beam > 1)
        TrainEpochBeam(gold, order, options, label_count, root_label, noise, &rng, &trainer,
                       &mistakes, &decisions);
      else
        TrainEpoch(gold, order, label_count, root_label, options.non_monotonic,
                   epoch > kOracleEpochs, noise, options.tag_noise, &rng, &trainer, &mistakes,
                   &decisions);
      const ml::CompactPerceptron averaged = trainer.Average(options.prune_below);
      const AttachmentScores dev_scores = score_dev(averaged);
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      log << prefix << "epoch " << epoch
          << (options.beam > 1 ? ": sentences updated " : ": train error ")
          << Fixed(100.0 * mistakes / decisions) << "%, dev UAS " << Fixed(dev_scores.uas())
          << " LAS " << Fixed(dev_scores.las()) << ", " << averaged.features() << " features, "
          << averaged.weights() << " weights, " << Fixed(seconds) << " s\n";
      if (dev_scores.las() > best.las) {
        best.las = dev_scores.las();
        best.uas = dev_scores.uas();
        best.epoch = epoch;
        // Unpruned: the bags' mean is pruned once at the end.
        trainer.AveragedRows(0.0f, &best.rows);
      }
    }
    log << prefix << "keeping epoch " << best.epoch << " (dev UAS " << Fixed(best.uas) << " LAS "
        << Fixed(best.las) << ")\n";
    bags.push_back(std::move(best));
  }
  ml::CompactPerceptron::FloatRows rows;
  MeanRows(bags, ClassCount(label_count), options.prune_below, &rows);
  ml::CompactPerceptron model = ml::CompactPerceptron::FromRows(ClassCount(label_count), rows);
  const AttachmentScores final_scores = score_dev(model);
  std::string kept_epochs;
  for (const Bag& bag : bags)
    kept_epochs += (kept_epochs.empty() ? "" : " ") + std::to_string(bag.epoch);
  if (options.bags > 1)
    log << "parser: mean of " << options.bags << " bags: dev UAS " << Fixed(final_scores.uas())
        << " LAS " << Fixed(final_scores.las()) << ", " << model.features() << " features, "
        << model.weights() << " weights\n";
  const double best_uas = final_scores.uas(), best_las = final_scores.las();
  std::string best_weights = model.Serialize();

  std::ostringstream header;
  header << "command: " << options.command_line << "\n"
         << "data: train " << options.train_path << " (" << gold.size()
         << " sentences used), dev " << options.dev_path
         << "; UD English EWT, CC BY-SA 4.0\n"
         << "tags: "
         << (options.tagger_folds >= 2
                 ? std::to_string(options.tagger_folds) + "-fold jackknifed tagger (" +
                       std::to_string(options.tagger_epochs) + " epochs)"
                 : std::string("gold"))
         << "\n"
         << "seed: " << options.seed << "\n"
         << (options.bags > 1 ? "bags: " + std::to_string(options.bags) + " (seeds " +
                                    std::to_string(options.seed) + ".." +
                                    std::to_string(options.seed + options.bags - 1) + ")\n"
                              : std::string())
         << "date: " << ml::HeaderDate() << "\n"
         << "epochs: " << options.epochs << ", kept " << kept_epochs << " (dev UAS "
         << Fixed(best_uas) << " LAS " << Fixed(best_las) << ")\n";
  std::ostringstream settings;
  settings << "features=" << kParserFeatureVersion << "\n"
           << "epoch=" << kept_epochs << "\n"
           << "explore_probability=" << kExploreProbability << "\n"
           << "prune_below=" << options.prune_below << "\n"
           << "tagger_folds=" << options.tagger_folds << "\n";
  if (options.non_monotonic) settings << "transitions=" << kNonMonotonicTransitions << "\n";
  if (options.beam > 1)
    settings << "beam=" << decode_beam << "\n" << "training_beam=" << options.beam << "\n";
  if (options.tag_noise > 0) settings << "tag_noise=" << options.tag_noise << "\n";
  ml::ModelWriter writer("parser", header.str());
  writer.AddSection("settings", settings.str());
  writer.AddSection("labels", LabelSection(labels));
  writer.AddSection("perceptron", std::move(best_weights));
  return writer.Write(options.out_path);
}

}  // namespace dyad::parser
