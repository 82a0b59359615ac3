#!/bin/sh
# `premortem rules new` writes a pack, a rule and its two tests that pass as
# written, and never overwrites a file.
#   test_rules_new.sh PREMORTEM
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
"$bin" rules new acme.loyalty-points >/dev/null
for f in acme/pack.lua acme/loyalty-points.lua acme/tests/loyalty-points.fires.json acme/tests/loyalty-points.quiet.json; do
  [ -f "$f" ] || { echo "FAIL: $f was not created"; exit 1; }
done
out=$("$bin" rules test acme)
[ "$(echo "$out" | tail -1)" = "2 passed, 0 failed" ] || { echo "FAIL: the scaffold's tests: $out"; exit 1; }
cp acme/loyalty-points.lua before.lua
if "$bin" rules new acme.loyalty-points >/dev/null 2>&1; then echo "FAIL: an existing rule was overwritten"; exit 1; fi
cmp -s acme/loyalty-points.lua before.lua || { echo "FAIL: the existing rule changed"; exit 1; }
"$bin" rules new acme.second-rule >/dev/null
[ "$("$bin" rules test acme | tail -1)" = "4 passed, 0 failed" ] || { echo "FAIL: a second rule in the same pack"; exit 1; }
if "$bin" rules new Bad.Name >/dev/null 2>&1; then echo "FAIL: a bad id was accepted"; exit 1; fi
echo "PASS rules new"
