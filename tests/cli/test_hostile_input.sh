#!/bin/sh
# Hostile plans: each gets a clear error naming the file (and the place),
# exit code 2, and no crash: a 100 MB file, a plan just over the size limit
# (accepted once the limit is raised), 100,000 levels of nesting, NUL bytes,
# invalid UTF-8, a truncated file, an empty file, a directory.
#   test_hostile_input.sh PREMORTEM SOURCE_DIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
failures=0
expect() {  # expect CODE NEEDLE ARGS...: exit code CODE, stderr contains NEEDLE
  code=$1 needle=$2
  shift 2
  rc=0
  "$bin" check --no-builtin -r tests/fixtures/basic "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if [ "$rc" != "$code" ] || { [ -n "$needle" ] && ! grep -qF -- "$needle" "$tmp/err"; }; then
    echo "FAIL: $* -> exit $rc (want $code), stderr: $(head -c 300 "$tmp/err") (want: $needle)"
    failures=$((failures + 1))
  fi
}
truncate -s 100M "$tmp/huge.json"
expect 2 "huge.json: error: file is 104857600 bytes, over the limit of 8388608 bytes" "$tmp/huge.json"
/usr/bin/python3 -c "import json,sys; json.dump({'announcement': 'Call our hotline. ' + 'x' * (9 << 20)}, open(sys.argv[1], 'w'))" "$tmp/big.json"
expect 2 "over the limit of 8388608 bytes" "$tmp/big.json"
expect 1 "" --max-plan-size 16M "$tmp/big.json"
grep -q '"basic.hotline"' "$tmp/out" || { echo "FAIL: the 9 MB plan's checklist lacks its item"; failures=$((failures + 1)); }
/usr/bin/python3 -c "import sys; open(sys.argv[1], 'w').write('{\"announcement\": ' + '[' * 100000 + ']' * 100000 + '}')" "$tmp/deep.json"
expect 2 "deep.json:1:1017: error: malformed JSON: nested more than 1000 levels deep" "$tmp/deep.json"
printf '{"announcement": "a\000b"}' >"$tmp/nul.json"
expect 2 "nul.json:1:20: error: NUL byte" "$tmp/nul.json"
printf 'Launch day\000\n' >"$tmp/nul.md"
expect 2 "nul.md:1:11: error: NUL byte" "$tmp/nul.md"
printf '{"announcement": "\303\050"}' >"$tmp/utf8.json"
expect 2 "utf8.json:1:19: error: truncated UTF-8 sequence" "$tmp/utf8.json"
printf '{"announcement": "Call our hot' >"$tmp/cut.json"
expect 2 "cut.json:1:31: error: malformed JSON: unexpected end of input" "$tmp/cut.json"
: >"$tmp/empty.md"
expect 2 "empty.md: error: empty file: nothing to check" "$tmp/empty.md"
expect 2 "error: is a directory" "$tmp"
expect 2 "--max-plan-size takes a size" --max-plan-size lots "$tmp/empty.md"
[ $failures = 0 ] && echo "PASS hostile input: every case refused cleanly"
exit $failures
