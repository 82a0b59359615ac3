#!/bin/sh
# Configures and builds premortem into DIR (default: build).
#   scripts/build.sh [DIR] [extra cmake options...]
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build}
[ $# -gt 0 ] && shift
cmake -S . -B "$dir" -DPM_WERROR=ON "$@" >/dev/null
cmake --build "$dir" -j "$(nproc)"
