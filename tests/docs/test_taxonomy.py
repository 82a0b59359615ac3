#!/usr/bin/env python3
"""Every category of rules/taxonomy.lua is documented in docs/taxonomy.md, and no other.
usage: test_taxonomy.py SOURCE_DIR"""
import re
import sys

src = sys.argv[1]
lua = open(src + "/rules/taxonomy.lua", encoding="utf-8").read()
doc = open(src + "/docs/taxonomy.md", encoding="utf-8").read()
keys = set(re.findall(r'\["([a-z0-9-]+)"\]\s*=', lua))
documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", doc.split("## Risk levels")[0], re.M))
if not keys or keys != documented:
    print("FAIL: only in taxonomy.lua: %s; only in taxonomy.md: %s"
          % (sorted(keys - documented), sorted(documented - keys)))
    sys.exit(1)
print("PASS %d categories documented" % len(keys))
