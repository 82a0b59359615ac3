#!/usr/bin/env python3
"""Runs the tutorial of docs/writing-rules.md as written.

Every code block preceded by <!-- file: PATH --> is written to PATH in a
temporary folder; the block preceded by <!-- output: rules test acme --> is
the expected output of `premortem rules test acme` run there.
usage: test_tutorial.py PREMORTEM SOURCE_DIR
"""
import os
import re
import subprocess
import sys
import tempfile

def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, src = sys.argv[1], sys.argv[2]
    text = open(os.path.join(src, "docs", "writing-rules.md"), encoding="utf-8").read()
    blocks = re.findall(r"<!-- (file|output): ([^>]+?) -->\n```[a-z]*\n(.*?)```", text, re.S)
    nfiles = sum(1 for kind, _, _ in blocks if kind == "file")
    noutputs = sum(1 for kind, _, _ in blocks if kind == "output")
    if nfiles < 4 or noutputs < 1:
        print("FAIL: the page's marked blocks are missing")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # files are written in page order; each output is checked where it stands
        for kind, path, body in blocks:
            if kind == "file":
                full = os.path.join(tmp, path)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8") as f:
                    f.write(body)
                continue
            run = subprocess.run([binary] + path.split(), cwd=tmp, capture_output=True, text=True)
            want = "".join(l + "\n" for l in body.splitlines() if not l.startswith("$ "))
            if run.returncode != 0 or run.stdout != want:
                print("FAIL: `premortem %s` gave exit %d:\n%s%s\nwanted:\n%s"
                      % (path, run.returncode, run.stdout, run.stderr, want))
                return 1
        run = subprocess.run([binary, "check", "--rules", "acme", "acme/tests/loyalty-points.fires.json"],
                             cwd=tmp, capture_output=True, text=True)
        if run.returncode not in (0, 1) or '"id": "acme.loyalty-points"' not in run.stdout:
            print("FAIL: check --rules acme did not yield the tutorial's item:\n" + run.stdout + run.stderr)
            return 1
    print("PASS every example of writing-rules.md works as written (%d files, %d outputs)" % (nfiles, noutputs))
    return 0

if __name__ == "__main__":
    sys.exit(main())
