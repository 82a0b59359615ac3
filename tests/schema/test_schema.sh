#!/bin/sh
# test_schema.sh: the checklist JSON must follow docs/checklist.schema.json.
#
# usage: tests/schema/test_schema.sh PREMORTEM_BINARY SOURCE_DIR
#
# Runs the engine on every plan in SOURCE_DIR/samples (*.json except
# *.team.json; *.md with --team samples/<name>.team.json when that file
# exists) and on every rule-pack test plan (rules/*/tests/*.{json,txt,md}),
# plus once on all JSON samples together (the array form), and validates
# each output with tests/schema/validate.py: all must pass. Then validates
# every tests/schema/bad/*.json: each must be REJECTED (validate.py exit 1).
# Prints PASS/FAIL per case and "N passed, N failed"; exits 0 only when
# nothing failed, 1 otherwise, 2 on usage error.
# PYTHON overrides the interpreter (default /usr/bin/python3, which has
# python3-jsonschema on Debian).
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 PREMORTEM_BINARY SOURCE_DIR" >&2
  exit 2
fi
bin=$1
src=$2
py=${PYTHON:-/usr/bin/python3}
schema=$src/docs/checklist.schema.json
validate=$src/tests/schema/validate.py

for need in "$schema" "$validate"; do
  if [ ! -f "$need" ]; then
    echo "$0: missing $need (is SOURCE_DIR right?)" >&2
    exit 2
  fi
done
if [ ! -x "$bin" ]; then
  echo "$0: $bin is not an executable" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/premortem-schema.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

passed=0
failed=0
nplans=0

pass() {
  passed=$((passed + 1))
  echo "PASS $1"
}

fail() {
  failed=$((failed + 1))
  echo "FAIL $1"
  if [ $# -gt 1 ] && [ -s "$2" ]; then
    sed 's/^/    /' "$2"
  fi
}

# check_plan NAME ARGS...: runs `premortem check ARGS`, validates the output.
check_plan() {
  name=$1
  shift
  nplans=$((nplans + 1))
  out=$tmp/out.json
  log=$tmp/log.txt
  rc=0
  "$bin" check --strict "$@" >"$out" 2>"$log" || rc=$?
  # 0: ready, 1: not ready (the gate) -- both write a checklist; 3: a rule failed
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "premortem check exited $rc" >>"$log"
    fail "$name (engine)" "$log"
    return 0
  fi
  rc=0
  "$py" "$validate" "$schema" "$out" >"$log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    pass "$name"
  else
    echo "validate.py exited $rc" >>"$log"
    fail "$name" "$log"
  fi
}

# 1. samples: every plan, with its roster when there is one
all_json=""
for plan in "$src"/samples/*.json; do
  [ -f "$plan" ] || continue
  case $plan in *.team.json|*.incident.json) continue ;; esac
  check_plan "samples/${plan##*/}" "$plan"
done
for plan in "$src"/samples/*.md; do
  [ -f "$plan" ] || continue
  team=${plan%.md}.team.json
  if [ -f "$team" ]; then
    check_plan "samples/${plan##*/} --team ${team##*/}" --team "$team" "$plan"
  else
    check_plan "samples/${plan##*/}" "$plan"
  fi
done

# 2. rule-pack test plans
for plan in "$src"/rules/*/tests/*; do
  [ -f "$plan" ] || continue
  case $plan in
    *.team.json|*.incident.json) continue ;;
    *.json|*.txt|*.md) ;;
    *) continue ;;
  esac
  rel=${plan#"$src"/}
  check_plan "$rel" "$plan"
done

# 3. several plans at once: a JSON array of checklists
set --
for plan in "$src"/samples/*.json; do
  [ -f "$plan" ] || continue
  case $plan in *.team.json|*.incident.json) continue ;; esac
  set -- "$@" "$plan"
done
if [ $# -ge 2 ]; then
  check_plan "samples/*.json together (array)" "$@"
fi

if [ "$nplans" -eq 0 ]; then
  fail "no plans found under $src/samples or $src/rules/*/tests"
fi

# 4. hand-written invalid checklists: the schema must reject each one
nbad=0
for bad in "$src"/tests/schema/bad/*.json; do
  [ -f "$bad" ] || continue
  nbad=$((nbad + 1))
  log=$tmp/log.txt
  rc=0
  "$py" "$validate" "$schema" "$bad" >"$log" 2>&1 || rc=$?
  case $rc in
    1) pass "bad/${bad##*/} rejected" ;;
    0) fail "bad/${bad##*/}: the schema ACCEPTS this invalid checklist" ;;
    *) echo "validate.py exited $rc" >>"$log"
       fail "bad/${bad##*/}: validate.py could not run" "$log" ;;
  esac
done
if [ "$nbad" -eq 0 ]; then
  fail "no invalid checklists found in $src/tests/schema/bad"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
