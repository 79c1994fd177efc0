// Google Benchmark for the dependency parser, alone and after the tagger.
//
// Loads models/parser.bin (and models/tagger.bin when present) and parses
// the sentences of EWT dev from ../shared with gold tokens, reporting words
// per second on one thread: BM_Parse uses the treebank's gold tags,
// BM_TagAndParse tags the words first (the real pipeline's order).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench_support.h"
#include "parser/parser.h"
#include "syntax/conllu.h"
#include "syntax/tagger.h"

namespace {

using dyad::bench::SourceDir;

struct BenchData {
  std::unique_ptr<dyad::parser::DependencyParser> parser;
  std::unique_ptr<dyad::syntax::Tagger> tagger;
  std::vector<dyad::SyntaxSentence> sentences;
  size_t words = 0;
  std::string problem, tagger_problem;
};

const BenchData& Data() {
  static const BenchData* data = [] {
    auto* d = new BenchData;
    const auto models = SourceDir() / "models";
    if (auto st = dyad::parser::DependencyParser::Load((models / "parser.bin").string(), &d->parser);
        !st.ok()) {
      d->problem = st.ToString();
      return d;
    }
    if (std::filesystem::exists(models / "tagger.bin")) {
      if (auto st = dyad::syntax::Tagger::Load((models / "tagger.bin").string(), &d->tagger);
          !st.ok()) {
        d->tagger_problem = st.ToString();
        d->tagger.reset();
      }
    } else {
      d->tagger_problem = "no models/tagger.bin";
    }
    const auto dev =
        SourceDir().parent_path() / "shared/nlp/ud-english-ewt/en_ewt-ud-dev.conllu";
    std::vector<std::string> diagnostics;
    if (!dyad::syntax::ReadConlluFile(dev.string(), &d->sentences, &diagnostics).ok() ||
        d->sentences.empty()) {
      d->problem = "cannot read " + dev.string();
      return d;
    }
    for (const auto& s : d->sentences) d->words += s.words.size();
    return d;
  }();
  return *data;
}

void BM_Parse(benchmark::State& state) {
  const BenchData& data = Data();
  if (!data.problem.empty()) {
    state.SkipWithError(data.problem.c_str());
    return;
  }
  std::vector<dyad::SyntaxSentence> work = data.sentences;
  for (auto _ : state) {
    for (auto& s : work) data.parser->Parse(&s);
    benchmark::ClobberMemory();
  }
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(data.words * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->MinTime(2.0);


void BM_TagAndParse(benchmark::State& state) {
  const BenchData& data = Data();
  if (!data.problem.empty() || !data.tagger) {
    state.SkipWithError(data.problem.empty() ? data.tagger_problem.c_str() : data.problem.c_str());
    return;
  }
  std::vector<dyad::SyntaxSentence> work = data.sentences;
  for (auto _ : state) {
    for (auto& s : work) {
      data.tagger->Tag(&s);
      data.parser->Parse(&s);
    }
    benchmark::ClobberMemory();
  }
  state.counters["words/s"] = benchmark::Counter(
      static_cast<double>(data.words * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
