#!/usr/bin/env bash
# Installs the Debian packages dyad needs to build and test, when missing.
#
# Idempotent and silent when everything is present. Installs only as root
# (containers, CI); otherwise names the missing packages and the command to
# run, and fails so the build does not go on to a confusing CMake error.
set -euo pipefail

packages=(
  g++ cmake make pkg-config      # compiler and build
  libgtest-dev libgmock-dev      # unit tests
  libbenchmark-dev               # micro-benchmarks (bench/)
  nlohmann-json3-dev             # JSON Lines input and output
  libcli11-dev                   # command line of the dyad tool
  libutf8proc-dev                # Unicode case folding, diacritics, validation
  libpugixml-dev                 # PETRARCH records files (XML)
)

if ! command -v dpkg >/dev/null 2>&1; then
  # Not Debian-like: trust the user's own installation; CMake will say what is missing.
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
  echo "dyad: missing Debian packages: ${missing[*]}" >&2
  echo "dyad: install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "dyad: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
