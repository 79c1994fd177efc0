// Deterministic stand-in for the libFuzzer target (fuzz/fuzz_readers.cc),
// so every CTest run throws hostile bytes at every reader.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "dyad/reader.h"
#include "io/utf8.h"

namespace dyad {
namespace {

const std::vector<std::string>& Seeds() {
  static const std::vector<std::string> seeds = {
      "950101  DEMO-01\nArnor is about to restore ties with Gondor.\n/*\\n{ ARN / GON / 064 } "
      "*/\n\n"
      "# comment\n\n20150607 YYYY-01 X\nFornost met Bree./* open\n\n9501201 BAD\n",
      "{\"id\":\"a\",\"date\":\"2022-07-19\",\"text\":\"Putin visited Tehran.\"}\n"
      "{\"id\":\"b\",\"text\":\"caf\\u00e9 \\ud83d\\ude00\",\"url\":null}\n[1]\n{\"text\":4}\n",
      "Putin arrived in Tehran on Tuesday.\r\nHe met Raisi and "
      "Erdogan.\r\n\r\n\xE2\x80\x9CQuote\xE2\x80\x9D",
      "<Sentences>\n<Config option=\"a\" value=\"1\">\n<Sentence date=\"19950101\" id=\"A\">\n"
      "<!-- c --><EventCoding sourcecode=\"X\" eventcode=\"01\"/>\n<PLEvent {\"a\": 1}>\n"
      "<Text>Arnor &amp; Gondor &#xD800;.</Text>\n<Parse>(ROOT (S (NN x)))</Parse></Sentence>\n"
      "<Sentence id=\"B\"><Text>b</Text><Parse>1\tb\tb\tX\tX\t_\t0\troot\t_\t_</Parse>"
      "</Sentence></Sentences>\n",
  };
  return seeds;
}

const std::vector<std::string>& Fragments() {
  static const std::vector<std::string> fragments = {"/*",
                                                     "*/",
                                                     "\n\n",
                                                     "\n",
                                                     "\r",
                                                     "\r\n",
                                                     "{",
                                                     "}",
                                                     "\"",
                                                     "\\",
                                                     "\\u",
                                                     "\\ud800",
                                                     "950101 ",
                                                     "19991231 ",
                                                     "\xFF",
                                                     "\xC0\xAF",
                                                     "\xED\xA0\x80",
                                                     "\xF0\x9F",
                                                     std::string(1, '\0'),
                                                     "\xEF\xBB\xBF",
                                                     "\"text\":",
                                                     "\"date\":\"2022-02-30\"",
                                                     "[",
                                                     "]",
                                                     ":",
                                                     ",",
                                                     "null",
                                                     "   ",
                                                     "\t",
                                                     "<Sentence ",
                                                     "</Sentence>",
                                                     "<!--",
                                                     "-->",
                                                     "<",
                                                     ">",
                                                     "&#x0;"};
  return fragments;
}

std::string Mutate(std::string s, std::mt19937* rng) {
  std::uniform_int_distribution<int> op_dist(0, 5);
  std::uniform_int_distribution<int> byte_dist(0, 255);
  const int ops = 1 + static_cast<int>((*rng)() % 8);
  for (int k = 0; k < ops; ++k) {
    const size_t pos = s.empty() ? 0 : (*rng)() % (s.size() + 1);
    switch (op_dist(*rng)) {
      case 0:  // flip a byte
        if (!s.empty()) s[pos % s.size()] = static_cast<char>(byte_dist(*rng));
        break;
      case 1:  // insert a random byte
        s.insert(pos, 1, static_cast<char>(byte_dist(*rng)));
        break;
      case 2: {  // insert a structural fragment
        const auto& f = Fragments();
        s.insert(pos, f[(*rng)() % f.size()]);
        break;
      }
      case 3:  // truncate
        s.resize(pos);
        break;
      case 4:  // erase a run
        if (pos < s.size()) s.erase(pos, (*rng)() % 16);
        break;
      case 5:  // duplicate a run
        if (pos < s.size()) s.insert(pos, s.substr(pos, (*rng)() % 64));
        break;
    }
  }
  return s;
}

std::string RandomBytes(std::mt19937* rng) {
  std::string s((*rng)() % 512, '\0');
  for (char& c : s) c = static_cast<char>((*rng)() & 0xFF);
  return s;
}

TEST(ReadersSurviveRandomBytes, MutatedAndRandomInputs) {
  std::mt19937 rng(20240229);  // fixed: failures must reproduce
  const InputKind kinds[] = {InputKind::kAuto, InputKind::kPlainText, InputKind::kTabariRecords,
                             InputKind::kJsonLines, InputKind::kPetrarchXml};
  const char* names[] = {"fuzz.txt", "fuzz.jsonl", "fuzz.xml", "-"};
  const auto start = std::chrono::steady_clock::now();
  size_t documents = 0;
  constexpr int kInputs = 3000;
  for (int i = 0; i < kInputs; ++i) {
    std::string input;
    if (i % 5 == 4) {
      input = RandomBytes(&rng);
    } else {
      input = Seeds()[static_cast<size_t>(i) % Seeds().size()];
      input = Mutate(input, &rng);
      if (i % 7 == 0) input = Mutate(input, &rng);
    }
    for (InputKind kind : kinds) {
      Diagnostics diagnostics;
      const Status s = ReadDocuments(
          names[static_cast<size_t>(i) % 4], input, kind,
          [&](Document&& doc) {
            ++documents;
            ASSERT_TRUE(io::IsValidUtf8(doc.text)) << "input #" << i;
            ASSERT_TRUE(io::IsValidUtf8(doc.id)) << "input #" << i;
            ASSERT_TRUE(io::IsValidUtf8(doc.annotation)) << "input #" << i;
            ASSERT_LT(doc.text.size(), input.size() + 64);
          },
          &diagnostics);
      if (!s.ok()) {
        EXPECT_FALSE(s.message().empty());
      }
    }
  }
  EXPECT_GT(documents, 0u);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 30.0) << "readers got slow on small inputs";
}

TEST(ReadersSurviveRandomBytes, PathologicalShapes) {
  const std::vector<std::string> inputs = {
      std::string(100000, '\n'),
      std::string(100000, '{'),
      std::string(50000, '/') + std::string(50000, '*'),
      "950101 X\n" + std::string(100000, '/') + "*",
      std::string(200000, '\r'),
      "950101\n\n950101\n\n",
      "\xEF\xBB\xBF",
      std::string(100000, '\xE2'),  // endless truncated sequences: binary
      "<Sentences>" + std::string(100000, '<'),
      "<Sentence>" + std::string(50000, '(') + "<Text>x</Text>",
  };
  for (const std::string& input : inputs) {
    for (InputKind kind : {InputKind::kAuto, InputKind::kPlainText, InputKind::kTabariRecords,
                           InputKind::kJsonLines, InputKind::kPetrarchXml}) {
      Diagnostics diagnostics;
      ReadDocuments(
          "shape", input, kind, [](Document&&) {}, &diagnostics);
    }
  }
}

}  // namespace
}  // namespace dyad
