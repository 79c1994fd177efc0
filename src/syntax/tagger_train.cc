// TrainTagger: averaged-perceptron training of the two-pass tagger and the
// lemmatizer on a CoNLL-U treebank (see tagger.h, tagger_model.h).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <random>

#include "ml/perceptron.h"
#include "syntax/conllu.h"
#include "syntax/tagger_model.h"

namespace dyad::syntax {

namespace {

struct Corpus {
  std::vector<SyntaxSentence> sentences;
  std::vector<std::vector<int>> classes;  // gold class per word, -1 if unseen in training
};

Status ReadCorpus(const std::string& path, size_t max_sentences, std::ostream& log,
                  Corpus* out) {
  std::vector<std::string> diagnostics;
  if (Status s = ReadConlluFile(path, &out->sentences, &diagnostics); !s.ok()) return s;
  for (size_t i = 0; i < diagnostics.size() && i < 5; ++i) log << diagnostics[i] << '\n';
  if (max_sentences > 0 && out->sentences.size() > max_sentences)
    out->sentences.resize(max_sentences);
  if (out->sentences.empty()) return Status::InvalidInput(path + ": no sentences");
  return Status::Ok();
}

struct Accuracy {
  size_t words = 0, upos = 0, xpos = 0, lemma = 0;
  double Upos() const { return words ? 100.0 * upos / words : 0; }
  double Xpos() const { return words ? 100.0 * xpos / words : 0; }
  double Lemma() const { return words ? 100.0 * lemma / words : 0; }
};

Accuracy Evaluate(const TaggerModel& model, const Corpus& dev, bool lemmas) {
  Accuracy a;
  SentenceFeatures features;
  std::vector<int> first, tags;
  std::string lemma;
  for (const SyntaxSentence& s : dev.sentences) {
    features.Prepare(s.words, model.ambiguity);
    first.resize(s.words.size());
    tags.resize(s.words.size());
    model.Predict(features, first.data(), tags.data());
    for (size_t i = 0; i < s.words.size(); ++i) {
      ++a.words;
      a.upos += model.upos[tags[i]] == s.syntax[i].upos;
      a.xpos += model.xpos[tags[i]] == s.syntax[i].xpos;
      if (lemmas) {
        model.lemmatizer.Lemmatize(s.words[i], model.xpos[tags[i]], i == 0, &lemma);
        a.lemma += lemma == s.syntax[i].lemma;
      }
    }
  }
  return a;
}

}  // namespace

Status TrainTagger(const TaggerTrainOptions& options, std::ostream& log) {
  if (options.passes != 1 && options.passes != 2)
    return Status::InvalidInput("tagger: passes must be 1 or 2");
  if (options.epochs < 1) return Status::InvalidInput("tagger: epochs must be at least 1");
  if (options.bags < 1) return Status::InvalidInput("tagger: bags must be at least 1");
  Corpus train, dev;
  if (Status s = ReadCorpus(options.train_path, options.max_sentences, log, &train); !s.ok())
    return s;
  if (Status s = ReadCorpus(options.dev_path, 0, log, &dev); !s.ok()) return s;

  TaggerModel model;
  model.two_pass = options.passes == 2;
  std::map<std::pair<std::string, std::string>, int> label_ids;
  for (const SyntaxSentence& s : train.sentences)
    for (const TokenSyntax& t : s.syntax) label_ids.emplace(std::pair{t.upos, t.xpos}, 0);
  if (label_ids.size() > 256) return Status::InvalidInput("tagger: more than 256 UPOS+XPOS labels");
  for (auto& [label, id] : label_ids) {
    id = static_cast<int>(model.upos.size());
    model.upos.push_back(label.first);
    model.xpos.push_back(label.second);
  }
  const int classes = static_cast<int>(model.upos.size());
  for (Corpus* c : {&train, &dev}) {
    for (const SyntaxSentence& s : c->sentences) {
      std::vector<int> ids;
      for (const TokenSyntax& t : s.syntax) {
        auto it = label_ids.find(std::pair{t.upos, t.xpos});
        ids.push_back(it == label_ids.end() ? -1 : it->second);
      }
      c->classes.push_back(std::move(ids));
    }
  }
  // Tag dictionary: frequent words that (nearly) always have one label.
  std::map<std::string, std::map<int, int>> word_labels;
  size_t train_words = 0;
  for (size_t s = 0; s < train.sentences.size(); ++s)
    for (size_t i = 0; i < train.sentences[s].words.size(); ++i, ++train_words)
      ++word_labels[train.sentences[s].words[i]][train.classes[s][i]];
  for (const auto& [word, counts] : word_labels) {
    int total = 0, best = -1, best_count = 0;
    for (auto [cls, n] : counts) {
      total += n;
      if (n > best_count) best = cls, best_count = n;
    }
    if (total >= options.dictionary_min_count &&
        best_count >= options.dictionary_min_share * total)
      model.tag_dictionary.emplace(HashBytes(word.data(), word.size()), best);
  }
  // Ambiguity classes: the classes (at least 2% of the time) of lowercase
  // forms seen at least twice. Training sentences see classes computed
  // without their own fold (jackknifing), as a new text would.
  constexpr size_t kFolds = 10;
  std::vector<AmbiguityClasses> fold_ambiguity(kFolds);
  for (size_t fold = 0; fold <= kFolds; ++fold) {
    std::map<std::string, std::map<int, int>> lower_labels;
    std::map<std::string, uint64_t> casing;  // kSeenLowercase | kSeenCapitalized
    for (size_t s = 0; s < train.sentences.size(); ++s) {
      if (s % kFolds == fold) continue;  // fold == kFolds: all sentences
      for (size_t i = 0; i < train.sentences[s].words.size(); ++i) {
        const std::string& word = train.sentences[s].words[i];
        std::string lower = word;
        for (char& c : lower)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        ++lower_labels[lower][train.classes[s][i]];
        uint64_t& seen = casing[lower];
        if (word == lower) seen |= kSeenLowercase;
        if (i > 0 && !word.empty() && word[0] >= 'A' && word[0] <= 'Z') seen |= kSeenCapitalized;
      }
    }
    AmbiguityClasses& out = fold == kFolds ? model.ambiguity : fold_ambiguity[fold];
    for (const auto& [lower, counts] : lower_labels) {
      int total = 0;
      for (auto [cls, n] : counts) total += n;
      if (total < 2) continue;
      std::string set;
      for (auto [cls, n] : counts)
        if (n * 50 >= total) set += static_cast<char>(cls);
      out.emplace(HashBytes(lower.data(), lower.size()),
                  (HashBytes(set.data(), set.size()) & ~kCasingBits) | casing[lower]);
    }
  }
  model.lemmatizer.Train(train.sentences);
  log << "tagger: " << train.sentences.size() << " training sentences (" << train_words
      << " words), " << dev.sentences.size() << " dev sentences, " << classes
      << " UPOS+XPOS labels, " << model.tag_dictionary.size() << " words in the tag dictionary, "
      << options.passes << " pass(es)\n";

  // One averaged perceptron per pass and bag, each bag trained with its own
  // seed (the order of the sentences); each keeps its best epoch on dev. The
  // model's weights are the mean of the bags' (a bagged ensemble: it scores
  // like one perceptron; on EWT dev 5 bags beat their best member by 0.07 UPOS).
  SentenceFeatures features;
  std::vector<int> guess1, guess2;
  std::vector<float> scores(classes);
  uint64_t feats[kMaxTaggerFeatures];
  std::vector<size_t> order(train.sentences.size());
  auto decide = [&](ml::PerceptronTrainer& trainer, size_t n, int truth) {
    std::fill(scores.begin(), scores.end(), 0.0f);
    trainer.Score(feats, n, scores.data());
    int guess = 0;
    for (int c = 1; c < classes; ++c)
      if (scores[c] > scores[guess]) guess = c;
    if (truth >= 0) trainer.Update(feats, n, truth, guess);
    trainer.Tick();
    return guess;
  };
  std::vector<SparseWeights> bag_first, bag_second;  // unpruned
  std::vector<int> best_epochs;
  for (int bag = 0; bag < options.bags; ++bag) {
    ml::PerceptronTrainer first(classes), second(classes);
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(bag));
    double best_score = -1;
    int best_epoch = 0;
    ml::Perceptron best_first, best_second;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      auto start = std::chrono::steady_clock::now();
      for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
      for (size_t si : order) {
        const SyntaxSentence& s = train.sentences[si];
        const std::vector<int>& gold = train.classes[si];
        const size_t n = s.words.size();
        features.Prepare(s.words, fold_ambiguity[si % kFolds]);
        guess1.assign(n, 0);
        guess2.assign(n, 0);
        for (size_t i = 0; i < n; ++i) {
          if (int known = model.Lookup(features, i); known >= 0) {
            guess1[i] = known;
            continue;
          }
          size_t k = features.Features(i, i > 0 ? guess1[i - 1] : -1,
                                       i > 1 ? guess1[i - 2] : -1, nullptr, feats);
          guess1[i] = decide(first, k, gold[i]);
        }
        if (!model.two_pass) continue;
        // The second pass learns from the online first pass's tags. Making
        // them as noisy as at test time (jackknifed first passes, or random
        // runner-up tags) lowered dev accuracy by 0.05 to 0.2.
        for (size_t i = 0; i < n; ++i) {
          if (int known = model.Lookup(features, i); known >= 0) {
            guess2[i] = known;
            continue;
          }
          size_t k = features.Features(i, i > 0 ? guess2[i - 1] : -1,
                                       i > 1 ? guess2[i - 2] : -1, guess1.data(), feats);
          guess2[i] = decide(second, k, gold[i]);
        }
      }
      ml::Perceptron averaged_first = first.Average(), averaged_second;
      model.first = SparseWeights::Build(averaged_first, options.min_abs_weight);
      if (model.two_pass) {
        averaged_second = second.Average();
        model.second = SparseWeights::Build(averaged_second, options.min_abs_weight);
      }
      Accuracy a = Evaluate(model, dev, false);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (options.bags > 1) log << "bag " << bag + 1 << ' ';
      log << "epoch " << epoch << ": dev UPOS " << a.Upos() << " XPOS " << a.Xpos() << ", "
          << model.first.features() + model.second.features() << " features, "
          << model.first.weights() + model.second.weights() << " weights, " << seconds
          << " s\n";
      if (a.Upos() + a.Xpos() > best_score) {
        best_score = a.Upos() + a.Xpos();
        best_epoch = epoch;
        best_first = std::move(averaged_first);
        best_second = std::move(averaged_second);
      }
    }
    best_epochs.push_back(best_epoch);
    bag_first.push_back(SparseWeights::Build(best_first, 0.0f));
    if (model.two_pass) bag_second.push_back(SparseWeights::Build(best_second, 0.0f));
  }
  std::vector<const SparseWeights*> firsts, second_models;
  for (const SparseWeights& w : bag_first) firsts.push_back(&w);
  for (const SparseWeights& w : bag_second) second_models.push_back(&w);
  if (const char* sweep = std::getenv("DYAD_TAGGER_SWEEP"); sweep != nullptr) {
    // Development aid: dev accuracy and size for several pruning thresholds.
    for (float t : {0.05f, 0.1f, 0.2f, 0.35f, 0.5f, 0.75f, 1.0f, 1.5f}) {
      model.first = SparseWeights::Mean(firsts, t);
      if (model.two_pass) model.second = SparseWeights::Mean(second_models, t);
      Accuracy a = Evaluate(model, dev, false);
      log << "  min_abs_weight " << t << ": dev UPOS " << a.Upos() << " XPOS " << a.Xpos() << ", "
          << model.first.features() + model.second.features() << " features, "
          << model.first.weights() + model.second.weights() << " weights\n";
      if (model.two_pass) {
        model.two_pass = false;
        Accuracy one = Evaluate(model, dev, false);
        log << "    first pass alone: dev UPOS " << one.Upos() << " XPOS " << one.Xpos() << '\n';
        model.two_pass = true;
      }
    }
  }
  model.first = SparseWeights::Mean(firsts, options.min_abs_weight);
  if (model.two_pass) model.second = SparseWeights::Mean(second_models, options.min_abs_weight);
  Accuracy a = Evaluate(model, dev, true);
  std::string kept;
  for (int e : best_epochs) kept += (kept.empty() ? "" : ", ") + std::to_string(e);
  log << "best epoch " << kept << ": dev UPOS " << a.Upos() << " XPOS " << a.Xpos()
      << " LEMMA " << a.Lemma() << ", " << model.first.features() + model.second.features()
      << " features, " << model.first.weights() + model.second.weights() << " weights\n";

  std::string header = "dyad tagger model (UPOS+XPOS averaged perceptron, lemmatizer)\n";
  header += "command: " + options.command_line + "\n";
  header += "train: " + ml::BaseName(options.train_path) + " (" +
            std::to_string(train.sentences.size()) + " sentences)\n";
  header += "dev: " + ml::BaseName(options.dev_path) + "\n";
  header += "data: Universal Dependencies English EWT, CC BY-SA 4.0\n";
  header += "seed: " + std::to_string(options.seed) + "\n";
  header += "epochs: " + std::to_string(options.epochs) + ", kept " + kept + "\n";
  if (options.bags > 1)
    header += "bags: " + std::to_string(options.bags) + " (seeds " + std::to_string(options.seed) +
              ".." + std::to_string(options.seed + static_cast<uint64_t>(options.bags) - 1) + ")\n";
  header += "date: " + ml::HeaderDate() + "\n";
  ml::ModelWriter writer("tagger", header);
  model.Write(&writer);
  if (Status s = writer.Write(options.out_path); !s.ok()) return s;
  log << "wrote " << options.out_path << '\n';
  return Status::Ok();
}

}  // namespace dyad::syntax
