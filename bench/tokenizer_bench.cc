// Google Benchmark for the sentence splitter and tokenizer.
//
// Reads the Wikinews articles from ../shared (relative to the source tree)
// when present, otherwise generates news-like synthetic text, and reports
// bytes per second for SplitAndTokenize() and for Tokenize() alone.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.h"
#include "dyad/document.h"
#include "dyad/tokenizer.h"

namespace {

using dyad::bench::SourceDir;

std::string ReadWikinews() {
  const std::filesystem::path dir = SourceDir().parent_path() / "shared/news/wikinews/text";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return "";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    all += ss.str();
    all += "\n\n";
  }
  return all;
}

std::string Synthetic(size_t bytes) {
  static const char* const kWords[] = {
      "the",   "Iran's", "U.S.",   "Mr.",    "Putin",     "said",  "on",        "Tuesday",
      "that",  "talks",  "with",   "al-Assad", "1,500", "troops", "don't",     "\u201Cwe",
      "will",  "meet\u201D", "Gen.", "Smith", "3.5",   "percent", "Turkey\u2019s", "leaders",
      "in",    "Tehran", "(AFP)",  "\u2014", "22-year-old", "and", "Jan.",     "5,"};
  std::mt19937 rng(42);
  std::string s;
  int in_sentence = 0;
  while (s.size() < bytes) {
    s += kWords[rng() % std::size(kWords)];
    if (++in_sentence > 12 && rng() % 4 == 0) {
      s += rng() % 8 == 0 ? ".\n\n" : ". ";
      s += "The";
      in_sentence = 0;
    }
    s += ' ';
  }
  return s;
}

const std::string& Corpus() {
  static const std::string corpus = [] {
    std::string text = ReadWikinews();
    if (text.empty()) text = Synthetic(1 << 20);
    return text;
  }();
  return corpus;
}

void BM_SplitAndTokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    dyad::Document doc;
    doc.text = text;
    dyad::SplitAndTokenize(&doc);
    for (const dyad::Sentence& s : doc.sentences) tokens += s.tokens.size();
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["tokens"] = benchmark::Counter(static_cast<double>(tokens),
                                                benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SplitAndTokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeOnly(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<dyad::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    dyad::Tokenize(text, dyad::Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_TokenizeOnly)->Unit(benchmark::kMillisecond);

void BM_SplitSynthetic(benchmark::State& state) {
  const std::string text = Synthetic(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    dyad::Document doc;
    doc.text = text;
    dyad::SplitAndTokenize(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SplitSynthetic)->Arg(4 << 10)->Arg(1 << 20)->Unit(benchmark::kMicrosecond);

}  // namespace
// main() comes from benchmark::benchmark_main (bench/CMakeLists.txt).
