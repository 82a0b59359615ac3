#!/bin/sh
# The rule index cache changes how fast a check starts, never what it says:
# the same output (stdout, stderr, exit code) with no cache, a cold cache and
# a warm one, for the samples and for broken and hostile rules (a warm cache
# loads rules and libs without debug information, and a failing check again
# with it: errors still name the file and line, also inside a lib); an edited
# rule is seen at once; a damaged index file is ignored; a cache folder
# others can write to is not used.
#   test_cache.sh PREMORTEM SOURCE_DIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run NAME CACHE ARGS...: stdout, stderr and exit code into $tmp/NAME.*
run() {
  name=$1 cache=$2
  shift 2
  rc=0
  PREMORTEM_CACHE_DIR=$cache "$bin" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  echo "$rc" >"$tmp/$name.rc"
}
same() {  # same A B WHAT
  for f in out err rc; do
    cmp -s "$tmp/$1.$f" "$tmp/$2.$f" || fail "$3: $f differs: $(diff "$tmp/$1.$f" "$tmp/$2.$f" | head -5)"
  done
}

printf '{ "title": "Launch", "announcement": "We launch on Monday." }\n' >"$tmp/launch.json"

# the samples, and broken or hostile rules: none / cold / warm
i=0
for args in "check samples/spring-price-drop.json" "check samples/software-release.json" \
  "check samples/charity-gala.md --team samples/charity-gala.team.json" \
  "check -r tests/fixtures/hostile $tmp/launch.json" \
  "check --no-builtin -r tests/fixtures/libthrow $tmp/launch.json" \
  "check -r tests/fixtures/basic2 samples/spring-price-drop.json" \
  "check --no-builtin -r tests/golden/broken-rule/pack tests/golden/broken-rule/plan.txt" \
  "check --no-builtin -r tests/golden/err-binary-chunk/pack tests/golden/minimal/plan.txt" \
  "rules list" "rules show essentials.qr-link" "rules test tests/fixtures/shared"; do
  i=$((i + 1))
  # shellcheck disable=SC2086
  run none$i "" $args
  # shellcheck disable=SC2086
  run cold$i "$tmp/cache$i" $args
  # shellcheck disable=SC2086
  run warm$i "$tmp/cache$i" $args
  same none$i cold$i "$args (cold cache)"
  same none$i warm$i "$args (warm cache)"
done
ls "$tmp/cache1/packs/"*.idx >/dev/null 2>&1 || fail "no index files written"
# a warm run takes every pack from the index: it rewrites none, and reads no rule file (their
# identities vouch for them). On a copy of the rules changed long ago: files changed within 2 s of
# the index being written are read again, by design.
cp -r rules "$tmp/rules-old"
find "$tmp/rules-old" -exec touch -d '2020-01-01 00:00:00' {} +
sleep 3   # touch sets the change time (ctime) to now: let it age past the 2 s racy window
PREMORTEM_RULES=$tmp/rules-old run old0 "$tmp/cache-o" check samples/spring-price-drop.json
same none1 old0 "back-dated rules, cold cache"
ls -l --time-style=full-iso "$tmp/cache-o/packs" >"$tmp/before"
PREMORTEM_RULES=$tmp/rules-old run old1 "$tmp/cache-o" check samples/spring-price-drop.json
ls -l --time-style=full-iso "$tmp/cache-o/packs" >"$tmp/after"
cmp -s "$tmp/before" "$tmp/after" || fail "a warm run rewrote index files (the index misses)"
same none1 old1 "back-dated rules, warm cache"
ls "$tmp/cache-o/triggers/"*.trie >/dev/null 2>&1 || fail "no saved trigger automaton"
if command -v strace >/dev/null 2>&1; then
  PREMORTEM_RULES=$tmp/rules-old PREMORTEM_CACHE_DIR=$tmp/cache-o strace -f -e trace=open,openat -o "$tmp/trace" \
    "$bin" check samples/spring-price-drop.json >/dev/null 2>&1 || true
  opened=$(grep -E '"[^"]*rules-old/[^"]*\.lua"' "$tmp/trace" | grep -v ENOENT | head -3)
  [ -z "$opened" ] || fail "a warm check opened rule files: $opened"
  grep -q 'spring-price-drop.json' "$tmp/trace" || fail "strace saw nothing (test needs updating)"
else
  echo "note: strace not installed; not checking which files a warm check opens"
fi
[ "$(stat -c %a "$tmp/cache1")" = 700 ] || fail "the cache folder is not private: $(stat -c %a "$tmp/cache1")"

# an edited rule is seen at once: change a rule's title in a copy of the built-in rules
cp -r rules "$tmp/rules"
run edit0 "$tmp/cache-e" check samples/spring-price-drop.json
PREMORTEM_RULES=$tmp/rules run edit1 "$tmp/cache-e" check samples/spring-price-drop.json
sed -i 's/title = "Staff first hear about the offer from customers"/title = "Edited title"/' "$tmp/rules/essentials/staff-briefing.lua"
grep -q "Edited title" "$tmp/rules/essentials/staff-briefing.lua" || fail "the edit did not apply (test needs updating)"
PREMORTEM_RULES=$tmp/rules run edit2 "$tmp/cache-e" check samples/spring-price-drop.json
grep -q '"Edited title"' "$tmp/edit2.out" || fail "an edited rule's new title is not in the checklist"
# an edit in place that keeps the size is seen too (its times change; a file changed less than 2 s
# before the index read it is read again anyway)
PREMORTEM_RULES=$tmp/rules run edit2b "$tmp/cache-e" check samples/spring-price-drop.json
sed 's/title = "Edited title"/title = "Edited TITLE"/' "$tmp/rules/essentials/staff-briefing.lua" >"$tmp/same-size.lua"
[ "$(stat -c %s "$tmp/same-size.lua")" = "$(stat -c %s "$tmp/rules/essentials/staff-briefing.lua")" ] || fail "same-size edit changed the size (test needs updating)"
cat "$tmp/same-size.lua" >"$tmp/rules/essentials/staff-briefing.lua"   # same inode, same size
PREMORTEM_RULES=$tmp/rules run edit2c "$tmp/cache-e" check samples/spring-price-drop.json
grep -q '"Edited TITLE"' "$tmp/edit2c.out" || fail "an in-place edit of the same size was not seen"
# the same once the files are old: back-date every file of the copy, index them, then edit in place
find "$tmp/rules" -type f -exec touch -d '2020-01-01 00:00:00' {} +
PREMORTEM_RULES=$tmp/rules run edit2d "$tmp/cache-e" check samples/spring-price-drop.json
PREMORTEM_RULES=$tmp/rules run edit2e "$tmp/cache-e" check samples/spring-price-drop.json
sed 's/title = "Edited TITLE"/title = "Edited Title"/' "$tmp/rules/essentials/staff-briefing.lua" >"$tmp/same-size.lua"
cat "$tmp/same-size.lua" >"$tmp/rules/essentials/staff-briefing.lua"
touch -d '2020-01-01 00:00:00' "$tmp/rules/essentials/staff-briefing.lua"   # even with the old mtime back
PREMORTEM_RULES=$tmp/rules run edit2f "$tmp/cache-e" check samples/spring-price-drop.json
grep -q '"Edited Title"' "$tmp/edit2f.out" || fail "an in-place edit with the old mtime restored was not seen"
# an edited lib is loaded (here: one that fails)
PREMORTEM_RULES=$tmp/rules run edit3 "$tmp/cache-e" check samples/spring-price-drop.json
lib=$tmp/rules/essentials/lib/$(ls "$tmp/rules/essentials/lib" | head -1)
{ echo 'error("lib edited")'; cat "$lib"; } >"$tmp/lib.lua" && mv "$tmp/lib.lua" "$lib"
PREMORTEM_RULES=$tmp/rules run edit4 "$tmp/cache-e" check samples/spring-price-drop.json
grep -q "lib edited" "$tmp/edit4.err" || fail "an edited lib file was not loaded: $(head -c 300 "$tmp/edit4.err")"
# ... and so is an edited data file of the rules root (their bytecode is cached too)
PREMORTEM_RULES=$tmp/rules run edit5 "$tmp/cache-e" rules list
{ echo 'error("taxonomy edited")'; cat "$tmp/rules/taxonomy.lua"; } >"$tmp/tax.lua" && mv "$tmp/tax.lua" "$tmp/rules/taxonomy.lua"
PREMORTEM_RULES=$tmp/rules run edit6 "$tmp/cache-e" rules list
grep -q "taxonomy edited" "$tmp/edit6.err" || fail "an edited taxonomy.lua was not loaded: $(head -c 300 "$tmp/edit6.err")"

# a rule file added to a pack, or removed from it, is seen (folders are not listed while unchanged)
cp -r rules "$tmp/rules2"
find "$tmp/rules2" -exec touch -d '2020-01-01 00:00:00' {} +
PREMORTEM_RULES=$tmp/rules2 run add0 "$tmp/cache-a" rules list
PREMORTEM_RULES=$tmp/rules2 run add1 "$tmp/cache-a" rules list
same add0 add1 "rules list, warm"
sed 's/id = "essentials.staff-briefing"/id = "essentials.staff-briefing-two"/' "$tmp/rules2/essentials/staff-briefing.lua" \
  >"$tmp/rules2/essentials/staff-briefing-two.lua"
PREMORTEM_RULES=$tmp/rules2 run add2 "$tmp/cache-a" rules list
grep -q "essentials.staff-briefing-two" "$tmp/add2.out" || fail "a rule file added to a pack was not seen"
rm "$tmp/rules2/essentials/staff-briefing-two.lua"
PREMORTEM_RULES=$tmp/rules2 run add3 "$tmp/cache-a" rules list
grep -q "essentials.staff-briefing-two" "$tmp/add3.out" && fail "a rule file removed from a pack is still listed"
same add0 add3 "rules list after an added file was removed"

# damaged index files are misses, never crashes or wrong output
for how in truncate flip garbage empty; do
  rm -rf "$tmp/cache-d"
  run dmg0 "$tmp/cache-d" check samples/spring-price-drop.json
  for f in "$tmp/cache-d/packs/"*.idx "$tmp/cache-d/triggers/"*.trie; do
    size=$(stat -c %s "$f")
    case $how in
    truncate) truncate -s $((size / 2)) "$f" ;;
    flip) printf '\377' | dd of="$f" bs=1 seek=$((size / 3)) conv=notrunc 2>/dev/null ;;
    garbage) head -c "$size" /dev/urandom >"$f" ;;
    empty) : >"$f" ;;
    esac
  done
  run dmg1 "$tmp/cache-d" check samples/spring-price-drop.json
  same none1 dmg1 "damaged index ($how)"
  run dmg2 "$tmp/cache-d" check samples/spring-price-drop.json
  same none1 dmg2 "index rewritten after damage ($how)"
done

# a cache folder others can write to is not used
mkdir -p "$tmp/shared/packs"
chmod 777 "$tmp/shared/packs"
run sh1 "$tmp/shared" check samples/spring-price-drop.json
same none1 sh1 "group-writable cache"
[ -z "$(ls "$tmp/shared/packs")" ] || fail "wrote an index into a folder others can write to"

# rules named by a relative and an absolute path: errors name the file as given
run rel "$tmp/cache-p" check -r tests/fixtures/hostile "$tmp/launch.json"
run rel2 "$tmp/cache-p" check -r tests/fixtures/hostile "$tmp/launch.json"
run abs "$tmp/cache-p" check -r "$src/tests/fixtures/hostile" "$tmp/launch.json"
run abs2 "$tmp/cache-p" check -r "$src/tests/fixtures/hostile" "$tmp/launch.json"
same rel rel2 "relative rules path, warm"
same abs abs2 "absolute rules path, warm"
grep -q "^tests/fixtures/hostile/" "$tmp/rel2.err" || fail "relative path not kept in errors"
grep -q "^$src/tests/fixtures/hostile/" "$tmp/abs2.err" || fail "absolute path not kept in errors"

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "PASS rule index cache: same output without, cold and warm; edits seen; damage and shared folders ignored"
