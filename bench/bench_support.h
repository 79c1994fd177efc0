// Shared by the benchmark programs: where the source tree (and so ../shared) is.
#pragma once

#include <filesystem>

namespace dyad::bench {

// The project root; bench/CMakeLists.txt defines DYAD_SOURCE_DIR for every benchmark.
inline std::filesystem::path SourceDir() { return DYAD_SOURCE_DIR; }

}  // namespace dyad::bench
