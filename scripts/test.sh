#!/bin/sh
# The whole test suite: installs what is missing, then builds and runs
# ctest twice: a plain build with warnings as errors (its unit tests and
# sample checks also under valgrind), and a build under AddressSanitizer +
# UndefinedBehaviorSanitizer (leaks included); then a short fuzzing run.
#   scripts/test.sh
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --test
jobs=$(nproc)

echo "== plain build (and valgrind)" >&2
scripts/build.sh build -DBUILD_TESTING=ON -DPM_VALGRIND=ON
(cd build && ctest --output-on-failure -j "$jobs")

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build" >&2
scripts/build.sh build-asan -DBUILD_TESTING=ON -DPM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j "$jobs")
echo "== fuzzing smoke run" >&2
scripts/fuzz.sh 30
echo "all tests passed (plain, valgrind, sanitized, fuzz smoke)" >&2
