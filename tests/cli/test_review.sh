#!/bin/sh
# After the fact: `premortem review` writes follow-ups with owners and dates,
# says whether the pre-mortem saw it coming, records the incident in a
# history that the next check remembers, and scaffolds a rule that passes
# its own tests.
#   test_review.sh PREMORTEM SOURCE_DIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
py=/usr/bin/python3
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
incident=samples/spring-price-drop.incident.json

"$bin" check -q samples/spring-price-drop.json -o "$tmp/checklist.json" || true
"$bin" review "$incident" --checklist "$tmp/checklist.json" -o "$tmp/review.json"
$py - "$tmp/review.json" "$incident" <<'PYEOF' || failures=$((failures + 1))
import json, sys
r = json.load(open(sys.argv[1])); inc = json.load(open(sys.argv[2]))
assert r["schema"] == "premortem.review/1"
s = r["seen_before"]
assert s["answer"] == "yes" and s["item"]["id"] == "essentials.qr-link" and s["item"]["owner"] == "Marco Bianchi", s
ids = [f["id"] for f in r["followups"]]
assert ids == ["review.acknowledge", "review.contain", "review.fix", "review.compensate", "review.confirm", "review.prevent"], ids
for f in r["followups"]:
    assert f["owner"]["name"] and f["due"] >= inc["date"], f
    for p in inc["involved"]:   # blameless: actions never name the people involved
        assert p["name"] not in f["action"] and p["name"] not in f["title"], (p["name"], f["id"])
assert r["followups"][0]["due"] == inc["date"], "acknowledge the same day"
PYEOF

# no customers affected: no acknowledge or compensate step; nothing known without a checklist
$py -c "import json,sys; d=json.load(open(sys.argv[1])); [d.pop(k) for k in ('customer_impact','customers_affected','rule')]; json.dump(d, open(sys.argv[2],'w'))" "$incident" "$tmp/internal.json"
"$bin" review "$tmp/internal.json" -o "$tmp/internal-review.json"
[ "$($py -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r['followups']), r['seen_before']['answer'])" "$tmp/internal-review.json")" = "4 unknown" ] \
  || fail "an internal incident: $(cat "$tmp/internal-review.json" | head -c 300)"

# blameless: an account that names a person draws a warning
$py -c "import json,sys; d=json.load(open(sys.argv[1])); d['what_happened']='Marco Bianchi forgot the redirect.'; json.dump(d, open(sys.argv[2],'w'))" "$incident" "$tmp/blame.json"
"$bin" review "$tmp/blame.json" >/dev/null 2>"$tmp/err"
grep -q "'Marco Bianchi' is named in what happened" "$tmp/err" || fail "no blameless warning: $(cat "$tmp/err")"

# the state file: a decision about the rule is found
"$bin" mark essentials.qr-link accepted --by Dana --note "risk judged low" --state "$tmp/state.json" --today 2027-02-20
"$bin" review "$incident" --state "$tmp/state.json" | grep -q "its last recorded decision was 'accepted' by Dana" || fail "review --state"

# history: recorded once however often it is reviewed, concurrent reviews both kept
hist=$tmp/history.json
"$bin" review "$incident" --history "$hist" >/dev/null
"$bin" review "$incident" --history "$hist" >/dev/null
i=0
while [ $i -lt 8 ]; do
  $py -c "import json,sys; d=json.load(open(sys.argv[1])); d['title']='Incident %s' % sys.argv[3]; json.dump(d, open(sys.argv[2],'w'))" "$incident" "$tmp/i$i.json" "$i"
  "$bin" review "$tmp/i$i.json" --history "$hist" >/dev/null &
  i=$((i + 1))
done
wait
[ "$($py -c "import json,sys; print(len(json.load(open(sys.argv[1]))['incidents']))" "$hist")" = 9 ] || fail "history: $(cat "$hist")"

# the next check remembers: same-category rules more likely, and they say why
"$bin" check -q --history "$hist" samples/spring-price-drop.json >"$tmp/next.json" || true
$py - "$tmp/next.json" "$tmp/checklist.json" <<'PYEOF' || failures=$((failures + 1))
import json, sys
after = {i["id"]: i for i in json.load(open(sys.argv[1]))["items"]}
before = {i["id"]: i for i in json.load(open(sys.argv[2]))["items"]}
qr = after["essentials.qr-link"]
assert qr["happened_before"][0]["title"] == "QR codes on the shelf labels opened a 404 page", qr.get("happened_before")
assert qr["likelihood"] == min(5, before["essentials.qr-link"]["likelihood"] + 1), (qr["likelihood"],)
for i, it in after.items():
    if it["category"] != "technical-failure":
        assert "happened_before" not in it and it["likelihood"] == before[i]["likelihood"], i
PYEOF

# the organisation's pack learns: a scaffolded rule that passes its own tests
"$bin" rules new --from-incident "$incident" --dir "$tmp/org" >/dev/null
[ "$("$bin" rules test "$tmp/org/incidents" | tail -1)" = "2 passed, 0 failed" ] || fail "the scaffolded rule's tests"

[ $failures = 0 ] && echo "PASS review: follow-ups, seen before, history, scaffold"
exit $failures
