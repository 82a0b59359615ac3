#!/bin/sh
# Golden CLI test: runs one case and compares stdout, stderr and the exit
# code byte for byte with the case's expected.out, expected.err, expected.exit.
#   run.sh PREMORTEM SOURCE_DIR CASE_DIR
# The command line is CASE_DIR/cmd (arguments after "premortem", run from
# SOURCE_DIR so that paths in the output are relative and stable).
# PM_UPDATE_GOLDEN=1 rewrites the expected files instead; review the diff.
set -eu
bin=$1 src=$2 case=$3
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set +e
# shellcheck disable=SC2046
eval "\"$bin\" $(cat "$case/cmd")" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/exit"
set -e
if [ "${PM_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$tmp/out" "$case/expected.out"
  cp "$tmp/err" "$case/expected.err"
  cp "$tmp/exit" "$case/expected.exit"
  echo "updated $case"
  exit 0
fi
status=0
for f in out err exit; do
  if ! cmp -s "$tmp/$f" "$case/expected.$f"; then
    echo "FAIL $case: $f differs:"
    diff -u "$case/expected.$f" "$tmp/$f" | head -40
    status=1
  fi
done
[ $status = 0 ] && echo "PASS $case"
exit $status
