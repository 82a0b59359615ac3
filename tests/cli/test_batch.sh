#!/bin/sh
# `premortem batch`: JSON Lines in, one line out per record, in input order,
# whatever the number of workers; a bad record gives an error line and the
# stream goes on; each checklist equals what `check` writes for the same plan.
#   test_batch.sh PREMORTEM SOURCE_DIR
set -eu
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
py=/usr/bin/python3
rules="--no-builtin -r tests/fixtures/basic -r tests/fixtures/basic2"
# 300 records: plans of different sizes, some broken
$py - "$tmp/in.jsonl" <<'PYEOF'
import json, random, sys
random.seed(7)
words = ["Scan the QR code", "call our hotline", "20% off", "price drop", "register online", "doors open at 7pm", "the weather", "thank you"]
with open(sys.argv[1], "w") as f:
    for i in range(300):
        if i % 37 == 5:
            f.write('{"id": "bad-%d", "announcement": "unterminated\n' % i)
            continue
        text = ". ".join(random.choice(words) for _ in range(random.randint(1, 40)))
        plan = {"id": "plan-%d" % i, "announcement": text, "launch_date": "2027-05-01",
                "team": [{"name": "Dana", "roles": ["launch lead"]}]}
        f.write(json.dumps(plan) + "\n")
PYEOF
"$bin" batch $rules -j 1 <"$tmp/in.jsonl" >"$tmp/out1.jsonl"
"$bin" batch $rules -j 4 <"$tmp/in.jsonl" >"$tmp/out4.jsonl"
cmp -s "$tmp/out1.jsonl" "$tmp/out4.jsonl" || { echo "FAIL: 1 and 4 workers differ"; exit 1; }
$py - "$tmp/in.jsonl" "$tmp/out4.jsonl" <<'PYEOF'
import json, sys
ins = [l for l in open(sys.argv[1]) if l.strip()]
outs = [json.loads(l) for l in open(sys.argv[2])]
assert len(outs) == len(ins), "%d records in, %d lines out" % (len(ins), len(outs))
for n, (i, o) in enumerate(zip(ins, outs), 1):
    assert o["line"] == n, "line %d came out as %s" % (n, o["line"])
    if i.startswith('{"id": "bad'):
        assert "error" in o and o["id"] is None and "unexpected end" in o["error"]["message"], o
    else:
        assert o["id"] == json.loads(i)["id"], (o["id"], i[:40])
        assert o["checklist"]["schema"] == "premortem.checklist/1"
        assert o["ready"] == o["checklist"]["score"]["gate"]["passed"]
PYEOF
# a record's checklist is the one `check` writes for the same plan
sed -n 2p "$tmp/in.jsonl" >"$tmp/plan.json"
"$bin" check --quiet $rules "$tmp/plan.json" >"$tmp/check.json" || true
$py - "$tmp/out1.jsonl" "$tmp/check.json" <<'PYEOF'
import json, sys
rec = json.loads(open(sys.argv[1]).readlines()[1])["checklist"]
chk = json.load(open(sys.argv[2]))
rec["plan"]["source"] = chk["plan"]["source"] = "-"
assert rec == chk, "batch and check disagree"
PYEOF
echo "PASS batch: 300 records, ordered, 1 and 4 workers identical"
