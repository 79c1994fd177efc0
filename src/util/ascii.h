// ASCII case and space helpers for the keys, codes and names of
// dictionaries, option files and record files, which are ASCII where they
// are compared (text to code goes through the tokenizer's Unicode rules).
//
// Thread safety: pure functions.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace dyad::ascii {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace dyad::ascii
