#!/bin/sh
# Tracking a checklist to done through the CLI: `premortem mark` records
# decisions, `check --state` merges them, the score moves and the gate's exit
# code follows; bad marks change nothing.
#   test_track.sh PREMORTEM SOURCE_DIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
state=$tmp/state.json
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {  # run ARGS...: checks the plan, sets $rc and $out
  rc=0
  "$bin" check --quiet --no-builtin -r tests/fixtures/basic "$@" tests/golden/basic-json/plan.json >"$tmp/out.json" || rc=$?
  out=$tmp/out.json
}
field() { /usr/bin/python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$out" "$1"; }

run
[ "$rc" = 1 ] || fail "an open plan with high items should not pass the gate (exit $rc)"
r0=$(field "d['score']['readiness']")

# a mark on a missing file creates it; waived without a note is refused and leaves nothing
if "$bin" mark basic.qr waived --by Marco --state "$state" --today 2027-02-20 2>/dev/null; then
  fail "waived without a note was accepted"
fi
[ ! -e "$state" ] || fail "a refused mark wrote the state file"

"$bin" mark basic.qr done --by Marco --state "$state" --today 2027-02-20
run --state "$state"
r1=$(field "d['score']['readiness']")
[ "$(field "[i['status'] for i in d['items'] if i['id']=='basic.qr'][0]")" = done ] || fail "basic.qr is not done"
[ "$r1" -ge "$r0" ] || fail "marking done lowered readiness ($r0 -> $r1)"
[ "$r1" -gt "$r0" ] || fail "marking an item that cost points done did not raise readiness ($r0 -> $r1)"

# a bad mark leaves the file byte for byte as it was
cp "$state" "$tmp/before.json"
"$bin" mark basic.hotline accepted --by Dana --until 2027-13-01 --note x --state "$state" 2>/dev/null && fail "a bad date was accepted"
cmp -s "$state" "$tmp/before.json" || fail "a refused mark changed the state file"

# accept the rest; an acceptance runs out with --today
"$bin" mark basic.hotline accepted --by Dana --note "two extra lines booked" --until 2027-03-15 --state "$state" --today 2027-02-20
"$bin" mark basic.people:dana accepted --by Dana --note "Sam covers" --state "$state" --today 2027-02-20
"$bin" mark basic.people:marco done --by Dana --state "$state" --today 2027-02-20
run --state "$state" --today 2027-03-01
r2=$(field "d['score']['readiness']")
[ "$rc" = 0 ] || fail "with every item decided the gate should pass (exit $rc, readiness $r2)"
[ "$r2" -ge "$r1" ] || fail "accepting items lowered readiness ($r1 -> $r2)"
run --state "$state" --today 2027-03-01 --fail-under 101 2>/dev/null || true
run --state "$state" --today 2027-03-01 --fail-under 100
[ "$rc" = 0 ] || fail "readiness $r2 with --fail-under 100 should pass"
run --state "$state" --today 2027-04-01
[ "$rc" = 1 ] || fail "an acceptance that ran out should reopen its item (exit $rc)"
[ "$(field "[i['tracked'].get('expired') for i in d['items'] if i['id']=='basic.hotline'][0]")" = True ] || fail "the expired acceptance is not shown"

# an item that no longer fires is kept as stale, not dropped
"$bin" mark old.rule done --by Dana --state "$state" --today 2027-02-20
run --state "$state" --today 2027-03-01
[ "$(field "[s['id'] for s in d['stale']]")" = "['old.rule']" ] || fail "stale entries: $(field "d['stale']")"
grep -q '"old.rule"' "$state" || fail "the state file lost an entry"

# --fail-under gates on readiness alone
run --fail-under 0
[ "$rc" = 1 ] || fail "blocking items must fail the gate whatever --fail-under says"
"$bin" check --no-builtin -r tests/fixtures/basic --fail-under 200 tests/golden/basic-json/plan.json >/dev/null 2>&1 && fail "--fail-under 200 accepted"

if [ $failures = 0 ]; then echo "PASS tracking: readiness $r0 -> $r1 -> $r2"; fi
exit $failures
