#!/bin/sh
# Installs what premortem needs to build and test, from Debian's packages.
# Runs `apt-get update` once and `apt-get install -y` only when something is
# missing; as root directly, otherwise through sudo.
#   scripts/setup.sh            build and run dependencies
#   scripts/setup.sh --test     also what the test suite needs
#   scripts/setup.sh --fuzz     also what the fuzzers need
#   scripts/setup.sh --bench    also what the benchmark needs
set -eu

pkgs="build-essential cmake pkg-config liblua5.4-dev libcjson-dev"
case "${1:-}" in
  --test)
    # python3-jsonschema validates checklists against docs/checklist.schema.json;
    # valgrind checks the unit tests for leaks; clang + its runtime build the fuzzers
    # the report writers' tests parse every format back with independent parsers
    # (markdown, icalendar, PIL for the rendered page) and render HTML in Chromium;
    # npm fetches the official SARIF 2.1.0 schema; strace shows which files a warm check opens
    pkgs="$pkgs python3 python3-jsonschema valgrind clang libclang-rt-14-dev strace"
    pkgs="$pkgs python3-markdown python3-icalendar python3-pil chromium"
    # Debian's npm conflicts with a nodejs from elsewhere that brings its own npm
    command -v npm >/dev/null 2>&1 || pkgs="$pkgs npm" ;;
  --fuzz)
    pkgs="$pkgs clang libclang-rt-14-dev" ;;
  --bench)
    # lua5.4: the interpreter for the naive baseline
    pkgs="$pkgs python3 lua5.4" ;;
esac

missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "premortem setup: installing$missing" >&2
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "premortem setup: need root (or sudo) to install:$missing" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing
