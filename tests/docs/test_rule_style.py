#!/usr/bin/env python3
"""Every shipped rule reads like the checklist a launch manager can tick off:
each prevention starts with a capitalised verb (not an article, a pronoun, a
condition or a noun phrase) so it can be ticked off as done; at least two
causes, two preventions and two responses; and a one-line rationale.
usage: test_rule_style.py PREMORTEM"""
import re
import subprocess
import sys

NOT_VERBS = {"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Our", "We", "You", "Your", "They",
             "No", "Not", "If", "When", "Customers", "Everyone", "Nobody", "All", "Each", "Every", "There"}


def main():
    binary = sys.argv[1]
    ids = [l.split()[0] for l in subprocess.run([binary, "rules", "list"], capture_output=True, text=True,
                                                  check=True).stdout.splitlines() if l.strip()]
    problems = []
    for rid in ids:
        text = subprocess.run([binary, "rules", "show", rid], capture_output=True, text=True, check=True).stdout
        sections = re.split(r"\n(What could cause it|What prevents it|How to respond if it happens anyway)\n", text)
        lists = dict(zip(sections[1::2], sections[2::2]))
        rationale = re.search(r"^rationale:\s+(.+)$", text, re.M)
        if not rationale or "\n" in rationale.group(1).strip():
            problems.append("%s: no one-line rationale" % rid)
        for heading, need in (("What could cause it", 2), ("What prevents it", 2),
                              ("How to respond if it happens anyway", 2)):
            entries = [l[4:] for l in lists.get(heading, "").splitlines() if l.startswith("  - ")]
            if len(entries) < need:
                problems.append("%s: %d entries under '%s', want %d or more" % (rid, len(entries), heading, need))
            if heading != "What prevents it":
                continue  # causes are descriptions; responses may start "If it spread, ..."
            for e in entries:
                first = re.split(r"[\s,;:]", e, 1)[0]
                if not first[:1].isupper() or first in NOT_VERBS:
                    problems.append("%s: '%s' does not start with a verb" % (rid, e[:70]))
    for p in problems:
        print("FAIL " + p)
    print("%d rules checked, %d problems" % (len(ids), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
