#!/bin/sh
# The whole test suite: installs what is missing, then builds and runs
# ctest twice: a plain build with warnings as errors, and a build under
# AddressSanitizer + UndefinedBehaviorSanitizer (leaks included).
#   scripts/test.sh
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --test
jobs=$(nproc)

echo "== plain build" >&2
scripts/build.sh build
(cd build && ctest --output-on-failure -j "$jobs")

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build" >&2
scripts/build.sh build-asan -DPM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$jobs")
echo "all tests passed (plain and sanitized)" >&2
