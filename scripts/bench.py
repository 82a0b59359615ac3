#!/usr/bin/env python3
"""premortem benchmark: throughput, memory and cold start, against a naive Lua baseline.

Generates (seeded) a corpus of announcements (~1 KB each, JSON Lines) and a
pack of 300 rules, runs `premortem batch` over it on one worker writing the
full JSON checklists, and runs a naive Lua baseline on the same corpus in the
same run: every rule's phrases searched in every document with string.find.
Also measures the cold start of one `premortem check` with all shipped packs
(a new process each time, with a warm rule index cache and with none), and
peak memory for a short and a long stream.

usage: bench.py PREMORTEM SOURCE_DIR [--docs N] [--long N] [--rules N]
       bench.py PREMORTEM SOURCE_DIR --against OTHER_PREMORTEM [--runs N]

With --against, only the warm cold start is measured, of both binaries,
their runs interleaved (N each, default 100), each with a cache of its own:
on a shared machine whose load changes from minute to minute, comparing two
builds in the same minutes says more than two benchmark runs apart.
"""
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

VOCAB = ("launch price drop discount hotline qr code register website store staff warranty ticket venue "
         "weather outage payment checkout app update release migration rollout delivery courier stock supplier "
         "influencer press release tv presale giveaway voucher coupon refund privacy consent cookie accessibility "
         "caption wheelchair volunteer speaker catering parking security fraud bot phishing password backup "
         "holiday strike power internet server database email newsletter survey loyalty points cashback bundle "
         "subscription trial invoice contract courier customs recall allergen crowd queue barrier").split()
FILLER = ("we are delighted to announce that from monday our customers can enjoy the new range in every "
          "store and online with friendly help from our team and a simple way to get in touch").split()


def phrase(rng):
    # two or three words, like real trigger phrases ("price drop", "scan the code")
    return " ".join(rng.choice(VOCAB) for _ in range(rng.choice((2, 2, 3))))


def make_rules(dirpath, n, rng):
    pack = os.path.join(dirpath, "bench")
    os.makedirs(pack, exist_ok=True)
    with open(os.path.join(pack, "pack.lua"), "w") as f:
        f.write('return { name = "bench", version = "1.0.0", description = "generated benchmark rules", engine = 1 }\n')
    phrases = {}
    for i in range(n):
        ps = sorted({phrase(rng) for _ in range(rng.randint(3, 6))})
        phrases["bench.r%03d" % i] = ps
        check = ""
        if i % 10 == 0:  # one rule in ten refines with a check
            check = ('  check = function(plan, doc, hits)\n'
                     '    if #hits < 2 then return nil end\n'
                     '    return { evidence = hits }\n  end,\n')
        with open(os.path.join(pack, "r%03d.lua" % i), "w") as f:
            f.write('return {\n  id = "bench.r%03d", title = "Generated risk %d", category = "technical-failure",\n'
                    '  severity = %d, likelihood = %d, rationale = "Generated for the benchmark.",\n'
                    '  triggers = { %s },\n  wrong = "Something fails.", causes = { "A cause", "Another cause" },\n'
                    '  prevent = { "Check it", "Check it again" }, respond = { "Say so at once", "Confirm the fix in writing" },\n'
                    '  owner = "lead", due = "T-7d",\n%s}\n'
                    % (i, i, rng.randint(1, 5), rng.randint(1, 5), ", ".join(json.dumps(p) for p in ps), check))
    return pack, phrases


def documents(n, seed):
    rng = random.Random(seed)
    for i in range(n):
        words = []
        while sum(len(w) + 1 for w in words) < 1000:
            words.append(rng.choice(VOCAB) if rng.random() < 0.3 else rng.choice(FILLER))
        text = " ".join(words)
        yield {"id": i, "title": "Announcement %d" % i, "announcement": text, "launch_date": "2027-05-01",
               "owner": "Dana", "team": [{"name": "Dana", "roles": ["launch lead"], "backup": "Sam"}]}


def write_corpus(path, n, seed):
    size = 0
    with open(path, "w") as f:
        for d in documents(n, seed):
            line = json.dumps(d) + "\n"
            size += len(line.encode())
            f.write(line)
    return size


NAIVE_LUA = r'''
-- The naive baseline: for every document, every rule, every phrase: string.find.
local rules = {}
for line in io.lines(arg[1]) do
  local id, rest = line:match("^(%S+)\t(.*)$")
  local ps = {}
  for p in rest:gmatch("[^\t]+") do ps[#ps + 1] = p end
  rules[#rules + 1] = { id = id, phrases = ps }
end
local out = io.stdout
for text in io.lines(arg[2]) do
  local lower = text:lower()
  local fired = {}
  for _, r in ipairs(rules) do
    for _, p in ipairs(r.phrases) do
      if lower:find(p, 1, true) then fired[#fired + 1] = r.id; break end
    end
  end
  out:write(#fired, " ", table.concat(fired, ","), "\n")
end
'''


def run(cmd, stdin=None, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (seconds, peak RSS in KiB, exit code)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    secs = time.perf_counter() - t0
    err = p.stderr.read().decode()
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("failed (%d): %s\n%s" % (code, " ".join(cmd), err))
    return secs, usage.ru_maxrss, code


def against(binaries, src, runs):
    """Warm cold starts of several binaries, interleaved: median and 10th percentile, in ms."""
    sample = os.path.join(src, "samples", "spring-price-drop.json")
    times = {b: [] for b in binaries}
    with tempfile.TemporaryDirectory() as tmp:
        envs = {b: dict(os.environ, PREMORTEM_RULES=os.path.join(src, "rules"),
                        PREMORTEM_CACHE_DIR=os.path.join(tmp, "cache%d" % i)) for i, b in enumerate(binaries)}
        for b in binaries:
            subprocess.run([b, "check", sample], stdout=subprocess.DEVNULL, env=envs[b])  # fills its cache
        for _ in range(runs):
            for b in binaries:
                t0 = time.perf_counter()
                p = subprocess.run([b, "check", sample], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=envs[b])
                times[b].append((time.perf_counter() - t0) * 1000)
                if p.returncode not in (0, 1):
                    sys.exit("%s: cold start run failed: %d" % (b, p.returncode))
    print("cold start, one check with all shipped packs, rule index cache warm, %d interleaved runs each" % runs)
    for b in binaries:
        t = sorted(times[b])
        print("  %-40s median %.1f ms, 10th percentile %.1f ms" % (b, statistics.median(t), t[len(t) // 10]))


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    binary, src = os.path.abspath(args[0]), os.path.abspath(args[1])
    opts = dict(zip(args[2::2], args[3::2]))
    if "--against" in opts:
        against([binary, os.path.abspath(opts["--against"])], src, int(opts.get("--runs", 100)))
        return
    ndocs, nlong, nrules = int(opts.get("--docs", 10000)), int(opts.get("--long", 1000000)), int(opts.get("--rules", 300))
    rng = random.Random(2027)
    with tempfile.TemporaryDirectory() as tmp:
        pack, phrases = make_rules(tmp, nrules, rng)
        corpus = os.path.join(tmp, "corpus.jsonl")
        nbytes = write_corpus(corpus, ndocs, 1)
        texts = os.path.join(tmp, "texts.txt")
        with open(texts, "w") as f:
            for d in documents(ndocs, 1):
                f.write(d["announcement"] + "\n")
        rulefile = os.path.join(tmp, "rules.tsv")
        with open(rulefile, "w") as f:
            for rid, ps in phrases.items():
                f.write(rid + "\t" + "\t".join(ps) + "\n")
        naive = os.path.join(tmp, "naive.lua")
        open(naive, "w").write(NAIVE_LUA)

        cmd = [binary, "batch", "--jobs", "1", "--no-builtin", "-r", pack]
        os.environ["PREMORTEM_CACHE_DIR"] = os.path.join(tmp, "cache")  # the warm-up run fills it
        with open(corpus) as fin:
            run(cmd, stdin=fin)  # warm the page cache
        times = []
        for _ in range(3):
            with open(corpus) as fin:
                secs, rss, _ = run(cmd, stdin=fin)
            times.append(secs)
        engine = statistics.median(times)
        with open(corpus) as fin, open(os.path.join(tmp, "out.jsonl"), "w") as fout:
            run(cmd, stdin=fin, stdout=fout)
        out_bytes = os.path.getsize(os.path.join(tmp, "out.jsonl"))

        lua = "lua5.4"
        ntimes = []
        for _ in range(3):
            secs, _, _ = run([lua, naive, rulefile, texts])
            ntimes.append(secs)
        naive_s = statistics.median(ntimes)

        # cold start: a new process each time, with the rule index cache warm
        # (as after the first run), and with no cache at all (as after every
        # rules change, once)
        sample = os.path.join(src, "samples", "spring-price-drop.json")
        cache = os.path.join(tmp, "cache")
        env = dict(os.environ, PREMORTEM_RULES=os.path.join(src, "rules"), PREMORTEM_CACHE_DIR=cache)

        def cold_start(env):
            times = []
            for _ in range(21):
                t0 = time.perf_counter()
                p = subprocess.run([binary, "check", sample], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=env)
                times.append(time.perf_counter() - t0)
                if p.returncode not in (0, 1):
                    sys.exit("cold start run failed: %d" % p.returncode)
            return statistics.median(times) * 1000
        subprocess.run([binary, "check", sample], stdout=subprocess.DEVNULL, env=env)  # fills the cache
        cold_ms = cold_start(env)
        nocache_ms = cold_start(dict(env, PREMORTEM_CACHE_DIR=""))

        # peak memory: the short corpus vs a long generated stream
        gen = subprocess.Popen([sys.executable, __file__, "--emit", str(nlong)], stdout=subprocess.PIPE)
        long_s, long_rss, _ = run(cmd, stdin=gen.stdout)
        gen.stdout.close()
        gen.wait()

    nrules_total = nrules
    print("premortem benchmark")
    print("  corpus: %d documents, %.1f MB (%.0f bytes each), %d rules (%d phrases), seed 1/2027"
          % (ndocs, nbytes / 1e6, nbytes / ndocs, nrules_total, sum(len(p) for p in phrases.values())))
    print("  engine (batch, 1 worker, JSON checklists written): %.3f s  %.0f docs/s  %.1f MB/s in  %.1f MB/s out"
          % (engine, ndocs / engine, nbytes / engine / 1e6, out_bytes / engine / 1e6))
    print("  naive Lua baseline (string.find per phrase, no output but rule ids): %.3f s  %.0f docs/s"
          % (naive_s, ndocs / naive_s))
    print("  ratio engine/naive: %.1fx" % (naive_s / engine))
    print("  cold start, one check with all shipped packs (median of 21): %.1f ms (rule index cache warm),"
          " %.1f ms (no cache)" % (cold_ms, nocache_ms))
    print("  peak RSS: %d KiB for %d documents, %d KiB for %d documents (%.0f docs/s)"
          % (rss, ndocs, long_rss, nlong, nlong / long_s))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--emit":
        # a long stream: 1,000 distinct documents, repeated with fresh ids
        pool = [json.dumps(d).replace('{"id": %d,' % d["id"], '{"id": %s,', 1) for d in documents(1000, 3)]
        out = sys.stdout
        for i in range(int(sys.argv[2])):
            out.write(pool[i % 1000] % i + "\n")
        sys.exit(0)
    main()
