#!/bin/sh
# The benchmark: installs what is missing, builds, and runs scripts/bench.py
# (throughput on a seeded corpus of 10,000 ~1 KB announcements and a 300-rule
# pack, against a naive Lua baseline in the same run; cold start; peak
# memory for 10,000 and 1,000,000 documents). Results: docs/performance.md.
#   scripts/bench.sh [--docs N] [--long N] [--rules N]
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh --bench
scripts/build.sh build -DBUILD_TESTING=OFF >&2  # only the tool: no test dependencies
exec /usr/bin/python3 scripts/bench.py build/premortem . "$@"
