// Reader throughput on synthetic input, so regressions in the line walking,
// UTF-8 checks or JSON parsing show up without any data files.
#include <benchmark/benchmark.h>

#include <string>

#include "dyad/reader.h"

namespace {

constexpr char kSentence[] =
    "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds "
    "trashed its embassy, a senior official said on Saturday.";

std::string JsonlBatch(int documents) {
  std::string out;
  for (int i = 0; i < documents; ++i) {
    out += "{\"id\":\"doc-" + std::to_string(i) + "\",\"date\":\"2022-07-19\",\"text\":\"";
    for (int k = 0; k < 8; ++k) out += std::string(kSentence) + " ";
    out += "\"}\n";
  }
  return out;
}

std::string TabariBatch(int records) {
  std::string out;
  for (int i = 0; i < records; ++i) {
    out +=
        "950101  DEMO-" + std::to_string(i) + "\n" + kSentence + "\n/* { ARN / GON / 064 } */\n\n";
  }
  return out;
}

void Run(benchmark::State& state, const std::string& name, const std::string& content) {
  size_t documents = 0;
  for (auto _ : state) {
    dyad::Diagnostics diagnostics;
    dyad::ReadDocuments(
        name, content, dyad::InputKind::kAuto,
        [&](dyad::Document&& doc) {
          benchmark::DoNotOptimize(doc.text.data());
          ++documents;
        },
        &diagnostics);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(content.size()));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(documents), benchmark::Counter::kIsRate);
}

void BM_ReadJsonLines(benchmark::State& state) {
  Run(state, "batch.jsonl", JsonlBatch(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_ReadJsonLines)->Arg(1000);

void BM_ReadTabariRecords(benchmark::State& state) {
  Run(state, "batch.txt", TabariBatch(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_ReadTabariRecords)->Arg(1000);

void BM_ReadPlainTextInvalidUtf8(benchmark::State& state) {
  std::string text;
  while (text.size() < 1 << 20) text += std::string(kSentence) + " caf\xE9\n";
  Run(state, "article.txt", text);
}
BENCHMARK(BM_ReadPlainTextInvalidUtf8);

}  // namespace
