#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 60), seeded with the samples, the golden plans and every
# rule pack's test plans. Any crash, sanitizer report or leak fails the run;
# the input that caused it is left in build-fuzz/ (crash-*, leak-*).
#   scripts/fuzz.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
scripts/setup.sh --fuzz
cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DPM_FUZZ=ON -DBUILD_TESTING=OFF \
      -DPM_SANITIZE=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_plan fuzz_check >/dev/null
for t in plan check; do
  corpus=build-fuzz/corpus-$t
  mkdir -p "$corpus"
  for f in samples/*.json samples/*.md tests/golden/*/plan.* rules/*/tests/*.json rules/*/tests/*.md rules/*/tests/*.txt; do
    [ -f "$f" ] && cp "$f" "$corpus/$(echo "$f" | tr / _)"
  done
  echo "== fuzz_$t for $secs s" >&2
  (cd build-fuzz && ./fuzz_$t -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
     -print_final_stats=1 "corpus-$t" 2>"fuzz_$t.log") || { tail -40 "build-fuzz/fuzz_$t.log" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/fuzz_$t.log" >&2 || true
done
echo "fuzzing: no crash, no sanitizer report, no leak" >&2
