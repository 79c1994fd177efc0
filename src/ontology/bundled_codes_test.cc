// Checks that every code used by the bundled dictionaries (data/dictionaries)
// is a CAMEO code known to the ontology tables: event codes in dyad.verbs,
// actor and agent codes (block by block) in dyad.actors and dyad.agents.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/cameo.h"
#include "test_support.h"

namespace dyad {
namespace {

// The contents of every [...] block on non-comment lines, with line numbers.
std::vector<std::pair<int, std::string>> CodeBlocks(const std::string& text) {
  std::vector<std::pair<int, std::string>> out;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const std::string body = line.substr(0, line.find(';'));
    size_t open = body.find('[');
    while (open != std::string::npos) {
      const size_t close = body.find(']', open);
      if (close == std::string::npos) break;
      out.emplace_back(number, body.substr(open + 1, close - open - 1));
      open = body.find('[', close);
    }
  }
  return out;
}

std::string DictPath(const std::string& file) {
  return testing::SourceDir() + "/data/dictionaries/" + file;
}

TEST(CameoBundledDictionaries, VerbCodesAreCameoEvents) {
  const auto blocks = CodeBlocks(testing::ReadFileOrDie(DictPath("dyad.verbs")));
  ASSERT_GT(blocks.size(), 300u);
  for (const auto& [line, block] : blocks) {
    if (block == "---" || block == "###") continue;
    std::string code = block;
    if (!code.empty() && (code.back() == '?' || code.back() == '!')) code.pop_back();
    std::stringstream parts(code);
    std::string part;
    while (std::getline(parts, part, ':')) {
      EXPECT_NE(FindCameoEvent(part), nullptr) << "dyad.verbs:" << line << " [" << block << "]";
    }
  }
}

void ExpectKnownActorCode(const std::string& file, int line, std::string code) {
  if (code == "---" || code == "###") return;
  code = code.substr(0, code.find(' '));  // drop a date restriction
  std::stringstream parts(code);
  std::string part;
  while (std::getline(parts, part, '/')) {
    std::string blocks;
    for (char c : part) {
      if (c != '~') blocks.push_back(c);
    }
    ASSERT_EQ(blocks.size() % 3, 0u) << file << ":" << line << " [" << code << "]";
    for (const CameoActorBlock& b : DescribeActorCode(blocks)) {
      EXPECT_NE(b.kind, ActorBlockKind::kUnknown)
          << file << ":" << line << " [" << code << "] block " << b.code;
    }
  }
}

TEST(CameoBundledDictionaries, ActorAndAgentCodesUseKnownBlocks) {
  for (const std::string file : {"dyad.actors", "dyad.agents"}) {
    const auto blocks = CodeBlocks(testing::ReadFileOrDie(DictPath(file)));
    ASSERT_GT(blocks.size(), 100u) << file;
    for (const auto& [line, block] : blocks) ExpectKnownActorCode(file, line, block);
  }
}

TEST(CameoBundledDictionaries, VerbsCoverEveryCameoRoot) {
  const auto blocks = CodeBlocks(testing::ReadFileOrDie(DictPath("dyad.verbs")));
  std::set<std::string> roots;
  for (const auto& [line, block] : blocks) {
    if (const CameoEventType* e = FindCameoEvent(block.substr(0, block.find_first_of("?:!")))) {
      roots.insert(std::string(e->root));
    }
  }
  EXPECT_EQ(roots.size(), 20u);
}

}  // namespace
}  // namespace dyad
