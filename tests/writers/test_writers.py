#!/usr/bin/python3
"""Report writers, read back with independent parsers.

usage: test_writers.py PREMORTEM SOURCE_DIR

For each case (the samples, the writers fixture plan with and without a
state file, the empty plan, two-plan runs) this runs `premortem check` once
with one -o per format (.json .md .csv .html .sarif .xml .ics; some cases use
.htm and .sarif.json) and parses every file back with a parser that knows
nothing of premortem's code, comparing it with the JSON checklist written in
the same run:

  csv    python's csv module and a strict RFC 4180 tokenizer
  md     python3-markdown, rendered to HTML and read with html.parser
  junit  xml.etree
  ics    the icalendar package, plus a byte-level RFC 5545 check
  sarif  the official SARIF 2.1.0 JSON schema (npm @microsoft/jest-sarif,
         cached next to PREMORTEM) with jsonschema, plus the results
  html   html.parser, then headless Chromium: --dump-dom and a screenshot
         read with PIL

It also checks -f FMT on standard output against the -o files, that UIDs and
fingerprints are stable between runs, and that usage and input errors exit 2
and write nothing.

Needs only /usr/bin/python3 and Debian packages: python3-jsonschema,
python3-markdown, python3-icalendar, python3-pil, chromium, and npm (any npm
on PATH; only to fetch the SARIF schema once).  Environment overrides:
PM_SARIF_SCHEMA (a local copy of sarif-2.1.0-rtm.5.json), PM_CHROMIUM.

Prints PASS/FAIL per check and a final `N passed, N failed`; exits 1 on any
failure.
"""
import collections
import csv
import datetime
import html
import html.parser
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import urllib.parse
import xml.etree.ElementTree as ET

if len(sys.argv) != 3:
    sys.stderr.write(__doc__)
    sys.exit(2)

PM = os.path.abspath(sys.argv[1])
SRC = os.path.abspath(sys.argv[2])
FIX = "tests/fixtures/writers"
FIXOPTS = ["--no-builtin", "-r", FIX]
SARIF_PKG = "@microsoft/jest-sarif@1.0.0-beta.0"
SARIF_SCHEMA_REL = "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
CHROMIUM = os.environ.get("PM_CHROMIUM", "/usr/bin/chromium")
CSV_COLUMNS = ["plan", "id", "title", "category", "severity", "likelihood", "level",
               "residual_level", "status", "blocking", "points", "owner", "owner_role",
               "owner_via", "due", "wrong", "causes", "prevent", "respond", "evidence"]
MD_LABELS = ["Could go wrong:", "Causes:", "Prevent:", "If it happens:", "Evidence:"]
MAX_DETAILS = 12

# ---------------------------------------------------------------- reporting


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.tmp = None  # shown as "<tmp>/" in messages

    def _tidy(self, s):
        return s.replace(self.tmp + "/", "<tmp>/") if self.tmp else s

    def result(self, name, errors):
        if errors:
            self.failed += 1
            print("FAIL %s" % name)
            for e in errors[:MAX_DETAILS]:
                print("    %s" % self._tidy(e))
            if len(errors) > MAX_DETAILS:
                print("    ... and %d more" % (len(errors) - MAX_DETAILS))
        else:
            self.passed += 1
            print("PASS %s" % name)
        sys.stdout.flush()


REPORT = Report()


def short(s, n=90):
    s = repr(s)
    return s if len(s) <= n else s[:n] + "...'"


def norm_ws(s):
    return " ".join(s.split())


# ---------------------------------------------------------------- processes


def run(args, cwd=SRC, timeout=120, reap_group=False):
    """Run a command in its own process group; kill that group on timeout (and, with
    reap_group, once it has exited: a browser's helpers must not outlive the test)."""
    p = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return subprocess.CompletedProcess(args, -9, out, err + b"\n[timed out]")
    if reap_group:
        try:  # leftovers of the group this call created, by its id
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    return subprocess.CompletedProcess(args, p.returncode, out, err)


def err_tail(p):
    e = p.stderr.decode("utf-8", "replace").strip().splitlines()
    return " | ".join(e[-3:]) if e else "(no stderr)"


# ---------------------------------------------------------------- an HTML tree

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
OPTIONAL_END = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
                "option", "optgroup", "colgroup", "caption", "rt", "rp", "html", "head", "body"}


class Node:
    def __init__(self, tag, attrs=(), parent=None, line=0):
        self.tag = tag
        self.attrs = list(attrs)
        self.children = []
        self.parent = parent
        self.line = line

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def text(self, skip=("script", "style")):
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag not in skip:
                out.append(c.text(skip))
        return "".join(out)

    def own_text(self):
        """Text without nested lists (for a list item's own line)."""
        return self.text(skip=("script", "style", "ul", "ol"))

    def find_own(self, tag):
        """Descendants with this tag, not inside nested lists."""
        found = []
        for c in self.children:
            if isinstance(c, Node) and c.tag not in ("ul", "ol"):
                if c.tag == tag:
                    found.append(c)
                found.extend(c.find_own(tag))
        return found


class TreeParser(html.parser.HTMLParser):
    """html.parser into a tree, noting what is not well formed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.cur = self.root
        self.problems = []
        self.decls = []

    def handle_decl(self, decl):
        self.decls.append(decl)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur, self.getpos()[0])
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur, self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        chain = []
        n = self.cur
        while n is not self.root and n.tag != tag:
            chain.append(n)
            n = n.parent
        if n is self.root:
            self.problems.append("line %d: stray </%s>" % (self.getpos()[0], tag))
            return
        bad = [c.tag for c in chain if c.tag not in OPTIONAL_END]
        if bad:
            self.problems.append("line %d: </%s> closes unclosed <%s>"
                                 % (self.getpos()[0], tag, ">, <".join(bad)))
        self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)

    def finish(self):
        self.close()
        n = self.cur
        while n is not self.root:
            if n.tag not in OPTIONAL_END:
                self.problems.append("<%s> (line %d) never closed" % (n.tag, n.line))
            n = n.parent
        return self.root


def parse_html(text):
    p = TreeParser()
    p.feed(text)
    root = p.finish()
    return root, p.problems, p.decls


# ---------------------------------------------------------------- helpers


def items_of(checklists):
    for cl in checklists:
        for it in cl["items"]:
            yield cl, it


def summary_of(it):
    name = it["owner"]["name"]
    return "[%s] %s" % (name if name is not None else "unowned", it["title"])


def read_text(path, errors):
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        errors.append("%s: cannot read: %s" % (path, e))
        return None, None
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not UTF-8: %s" % (path, e))
        return raw, None


# ---------------------------------------------------------------- csv


def rfc4180(text):
    """Strict RFC 4180 tokenizer: (records of [(value, quoted)], errors, ends_with_crlf)."""
    recs, errs = [], []
    rec = []
    i, n = 0, len(text)
    unq = re.compile(r'[^,"\r\n]*')
    ends = False
    while i < n:
        ends = False
        if text[i] == '"':
            j, buf = i + 1, []
            while True:
                k = text.find('"', j)
                if k < 0:
                    errs.append("record %d: quoted field never closed" % (len(recs) + 1))
                    return recs, errs, False
                buf.append(text[j:k])
                if text.startswith('""', k):
                    buf.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            rec.append(("".join(buf), True))
            if i < n and text[i] not in ',\r\n':
                errs.append("record %d: text after a closing quote: %s"
                            % (len(recs) + 1, short(text[i:i + 20])))
                i = unq.match(text, i).end()
        else:
            m = unq.match(text, i)
            rec.append((m.group(), False))
            i = m.end()
            if i < n and text[i] == '"':
                errs.append("record %d: quote inside an unquoted field: %s"
                            % (len(recs) + 1, short(text[m.start():m.start() + 30])))
                k = text.find(",", i)
                i = n if k < 0 else k
        if i >= n:
            recs.append(rec)
            break
        if text[i] == ",":
            i += 1
            if i == n:
                rec.append(("", False))
                recs.append(rec)
            continue
        if text.startswith("\r\n", i):
            i += 2
            ends = True
        else:
            errs.append("record %d ends with %s, not CRLF" % (len(recs) + 1, short(text[i])))
            i += 1
        recs.append(rec)
        rec = []
    return recs, errs, ends


def bool_word(v):
    return {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}.get(v)


def check_csv(case, path, checklists, ctx):
    errors = []
    raw, text = read_text(path, errors)
    if text is None:
        return errors
    if text.startswith("\ufeff"):
        text = text[1:]
    recs, errs, _ = rfc4180(text)
    errors += ["%s: %s" % (path, e) for e in errs]
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if [[v for v, _ in r] for r in recs] != rows:
        errors.append("%s: python's csv module and the RFC 4180 tokenizer read different rows"
                      % path)
    if not rows:
        return errors + ["%s: empty file (no header row)" % path]
    if rows[0] != CSV_COLUMNS:
        errors.append("%s: header is %s, expected %s" % (path, rows[0], CSV_COLUMNS))
        return errors
    body = rows[1:]
    expected = list(items_of(checklists))
    if len(body) != len(expected):
        errors.append("%s: %d data rows, the JSON has %d items" % (path, len(body), len(expected)))
    for n, (row, (cl, it)) in enumerate(zip(body, expected), start=2):
        if len(row) != len(CSV_COLUMNS):
            errors.append("%s row %d: %d fields, expected %d" % (path, n, len(row), len(CSV_COLUMNS)))
            continue
        r = dict(zip(CSV_COLUMNS, row))
        own = it["owner"]
        want = {
            "plan": cl["plan"]["source"], "id": it["id"], "title": it["title"],
            "category": it["category"], "severity": str(it["severity"]),
            "likelihood": str(it["likelihood"]), "level": it["level"] or "",
            "residual_level": it["residual"]["level"] or "", "status": it["status"],
            "points": str(it["points"]), "owner_role": own["role"], "owner_via": own["via"],
            "due": it["due"] or "", "wrong": it["wrong"],
        }
        for k, v in want.items():
            if r[k] != v:
                errors.append("%s row %d (%s): %s is %s, JSON has %s"
                              % (path, n, it["id"], k, short(r[k]), short(v)))
        if bool_word(r["blocking"]) is not it["blocking"]:
            errors.append("%s row %d (%s): blocking is %s, JSON has %s"
                          % (path, n, it["id"], short(r["blocking"]), it["blocking"]))
        owner_ok = (r["owner"] == own["name"]) if own["name"] is not None else \
            r["owner"] in ("", "unowned", "Unowned")
        if not owner_ok:
            errors.append("%s row %d (%s): owner is %s, JSON has %s"
                          % (path, n, it["id"], short(r["owner"]), short(own["name"])))
        for k in ("causes", "prevent", "respond"):
            if r[k] not in ("\n".join(it[k]), "\r\n".join(it[k])):
                errors.append("%s row %d (%s): %s is %s, expected the JSON list joined with "
                              "newlines: %s" % (path, n, it["id"], k, short(r[k]),
                                                short("\n".join(it[k]))))
        pos = 0
        for ev in it["evidence"]:
            k = r["evidence"].find(ev["text"], pos)
            if k < 0:
                errors.append("%s row %d (%s): evidence %s missing (or out of order) in %s"
                              % (path, n, it["id"], short(ev["text"]), short(r["evidence"])))
                break
            pos = k + len(ev["text"])
    return errors


# ---------------------------------------------------------------- md


def check_md(case, path, checklists, ctx):
    import markdown
    errors = []
    raw, text = read_text(path, errors)
    if text is None:
        return errors
    # the raw text: one block per task line, each with the five labels
    blocks = collections.OrderedDict()  # (plan section, id) -> lines under the task line
    cur = None
    plan_no = -1
    for line in text.splitlines():
        if re.match(r"^\s*[-*+] \[[ xX]\] ", line):
            codes = re.findall(r"`([^`]+)`", line)
            cur = (plan_no, codes[-1] if codes else line)
            if cur in blocks:
                cur = (plan_no, cur[1] + " (again)")
            blocks[cur] = []
        elif line.startswith("#"):
            cur = None
            if line.startswith("# Pre-mortem:"):
                plan_no += 1
        elif cur is not None:
            blocks[cur].append(line)
    block_text = {}
    for key, lines in blocks.items():
        body = "\n".join(lines)
        missing = [lab for lab in MD_LABELS if lab not in body]
        if missing:
            errors.append("%s: item %s has no %s sub-bullet" % (path, key[1], ", ".join(missing)))
        # the sub-bullets alone, rendered: what a reader sees under the item
        broot, _, _ = parse_html("<div>" + markdown.markdown(textwrap.dedent(body)) + "</div>")
        block_text[key] = norm_ws(broot.text())

    html_text = markdown.markdown(text)
    root, _, _ = parse_html("<div>" + html_text + "</div>")
    scripts = [n for n in root.iter() if n.tag == "script"]
    if scripts:
        errors.append("%s: rendered Markdown has %d <script> element(s): raw HTML from rule "
                      "text passes through unescaped (%s)"
                      % (path, len(scripts), short(scripts[0].text())))
    sections = []  # per h1: {"h1", "intro", "items": [(h2, li)]}
    h2 = None
    for n in root.iter():
        if n.tag == "h1":
            sections.append({"h1": norm_ws(n.text()), "intro": [], "items": [], "h2s": []})
            h2 = None
        elif n.tag == "h2":
            h2 = norm_ws(n.text())
            if sections:
                sections[-1]["h2s"].append(h2)
        elif sections and h2 is None and n.tag in ("p", "li", "ul", "table", "blockquote") \
                and n.parent is not None and n.parent.tag == "div" and n.parent.parent is root:
            sections[-1]["intro"].append(n.text())
        if n.tag == "li":
            own = n.own_text().strip()
            if re.match(r"^\[[ xX]\]", own):
                if not sections:
                    errors.append("%s: task line before any '# Pre-mortem:' heading" % path)
                    continue
                sections[-1]["items"].append((h2, n, own))
    plans = [s for s in sections if s["h1"].startswith("Pre-mortem:")]
    if len(plans) != len(checklists):
        errors.append("%s: %d '# Pre-mortem:' headings, expected one per plan (%d); headings: %s"
                      % (path, len(plans), len(checklists), [s["h1"] for s in sections]))
        return errors
    for plan_no, (sec, cl) in enumerate(zip(plans, checklists)):
        src = cl["plan"]["source"]
        title = cl["plan"]["title"]
        want_h1 = ["Pre-mortem: " + norm_ws(title)] if title else \
            ["Pre-mortem: " + src, "Pre-mortem: " + os.path.basename(src)]
        if sec["h1"] not in want_h1:
            errors.append("%s: heading %s, expected %s" % (path, short(sec["h1"]), short(want_h1[0])))
        intro = norm_ws(" ".join(sec["intro"]))
        sc = cl["score"]
        if not re.search(r"(?<!\d)%d(?!\d)" % sc["readiness"], intro):
            errors.append("%s (%s): readiness %d not in the header text %s"
                          % (path, src, sc["readiness"], short(intro)))
        if sc["grade"] and not re.search(r"\b%s\b" % re.escape(sc["grade"]), intro):
            errors.append("%s (%s): grade %s not in the header text %s"
                          % (path, src, sc["grade"], short(intro)))
        if not re.search(r"(?i)\b(pass(ed|es)?|fail(ed|s)?|ready)\b", intro):
            errors.append("%s (%s): the header text says nothing of the gate: %s"
                          % (path, src, short(intro)))
        by_id = {it["id"]: it for it in cl["items"]}
        seen = collections.Counter()
        flat = []
        for h2, li, own in sec["items"]:
            subs = [c for c in li.children if isinstance(c, Node) and c.tag in ("ul", "ol")]
            if not any(MD_LABELS[0] in s.text() for s in subs):
                flat.append(li)
            codes = li.find_own("code")
            strongs = li.find_own("strong")
            iid = codes[-1].text() if codes else None
            if iid not in by_id:
                errors.append("%s (%s): task line with unknown id %s: %s" % (path, src, short(iid), short(own)))
                continue
            seen[iid] += 1
            it = by_id[iid]
            got_title = strongs[0].text() if strongs else None
            if got_title != it["title"]:
                errors.append("%s (%s): %s: bold title renders as %s, JSON title is %s"
                              % (path, src, iid, short(got_title), short(it["title"])))
            box = own[:3].lower()
            want_box = "[ ]" if it["status"] == "open" else "[x]"
            if box != want_box:
                errors.append("%s (%s): %s: box %s but status is %s" % (path, src, iid, box, it["status"]))
            if it["due"] and ("due " + it["due"]) not in own:
                errors.append("%s (%s): %s: 'due %s' not on its line: %s" % (path, src, iid, it["due"], short(own)))
            lv = [x for x in (it["level"], it["residual"]["level"]) if x]
            if lv and not any(re.search(r"\b%s\b" % re.escape(x), own) for x in lv):
                errors.append("%s (%s): %s: level %s not on its line" % (path, src, iid, lv))
            owner = it["owner"]["name"]
            if owner is None:
                if h2 != "Unowned":
                    errors.append("%s (%s): unowned %s is under %s, not 'Unowned'" % (path, src, iid, short(h2)))
            elif h2 is None or not h2.startswith(norm_ws(owner)):
                errors.append("%s (%s): %s (owner %s) is under %s" % (path, src, iid, short(owner), short(h2)))
            item_text = block_text.get((plan_no, iid), "")
            texts = [("wrong", it["wrong"])] + [(k, x) for k in ("causes", "prevent", "respond") for x in it[k]]
            for what, x in texts:
                if norm_ws(x) not in item_text:
                    errors.append("%s (%s): %s: %s text %s does not render under it"
                                  % (path, src, iid, what, short(x)))
            for ev in it["evidence"]:
                if norm_ws(ev["text"]) not in item_text:
                    errors.append("%s (%s): %s: evidence %s does not render under it (got %s)"
                                  % (path, src, iid, short(ev["text"]), short(item_text[item_text.find("Evidence:"):], 200)))
        for iid in by_id:
            if seen[iid] != 1:
                errors.append("%s (%s): item %s appears %d times, expected once" % (path, src, iid, seen[iid]))
        if flat:
            errors.append("%s (%s): in Python-Markdown the sub-bullets of %d of %d task items do not nest "
                          "under them (they render as sibling list items; Python-Markdown, like "
                          "Markdown.pl, needs nested lists indented by 4 spaces), e.g. under %s"
                          % (path, src, len(flat), len(sec["items"]), short(flat[0].own_text().strip(), 70)))
        h2s = sec["h2s"]
        dup = [h for h, c in collections.Counter(h2s).items() if c > 1]
        if dup:
            errors.append("%s (%s): owner sections repeated: %s" % (path, src, dup))
        if "Unowned" in h2s and h2s[-1] != "Unowned":
            errors.append("%s (%s): 'Unowned' is not the last section: %s" % (path, src, h2s))
        names = [h for h in h2s if h != "Unowned"]
        if names != sorted(names) and names != sorted(names, key=str.casefold):
            errors.append("%s (%s): owner sections not sorted by name: %s" % (path, src, names))
    return errors


# ---------------------------------------------------------------- junit


def check_junit(case, path, checklists, ctx):
    errors = []
    raw, text = read_text(path, errors)
    if raw is None:
        return errors
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        return errors + ["%s: not well-formed XML: %s" % (path, e)]
    if root.tag != "testsuites":
        return errors + ["%s: root element is <%s>, expected <testsuites>" % (path, root.tag)]
    suites = root.findall("testsuite")
    if len(suites) != len(checklists):
        return errors + ["%s: %d <testsuite>, expected one per plan (%d)" % (path, len(suites), len(checklists))]
    tot_tests = tot_fail = 0
    for suite, cl in zip(suites, checklists):
        src = cl["plan"]["source"]
        items = cl["items"]
        nblock = sum(1 for it in items if it["blocking"])
        tot_tests += len(items)
        tot_fail += nblock
        if not suite.get("name"):
            errors.append("%s (%s): <testsuite> without a name" % (path, src))
        if suite.get("tests") != str(len(items)):
            errors.append("%s (%s): tests=%s, the plan has %d items" % (path, src, suite.get("tests"), len(items)))
        if suite.get("failures") != str(nblock):
            errors.append("%s (%s): failures=%s, the plan has %d open blocking items"
                          % (path, src, suite.get("failures"), nblock))
        if suite.get("errors") not in (None, "0"):
            errors.append("%s (%s): errors=%s, expected 0" % (path, src, suite.get("errors")))
        cases = suite.findall("testcase")
        if len(cases) != len(items):
            errors.append("%s (%s): %d <testcase>, the plan has %d items" % (path, src, len(cases), len(items)))
        by_id = {it["id"]: it for it in items}
        seen = collections.Counter()
        for tc in cases:
            name = tc.get("name")
            seen[name] += 1
            it = by_id.get(name)
            if it is None:
                errors.append("%s (%s): <testcase name=%s> is no item id" % (path, src, short(name)))
                continue
            if tc.get("classname") != it["pack"]:
                errors.append("%s (%s): %s: classname=%s, expected the pack %s"
                              % (path, src, name, short(tc.get("classname")), it["pack"]))
            fails = tc.findall("failure")
            if tc.findall("error"):
                errors.append("%s (%s): %s has an <error>" % (path, src, name))
            if it["blocking"]:
                if len(fails) != 1:
                    errors.append("%s (%s): blocking %s has %d <failure>, expected 1" % (path, src, name, len(fails)))
                elif not fails[0].get("message"):
                    errors.append("%s (%s): %s: <failure> without a message" % (path, src, name))
            elif fails:
                errors.append("%s (%s): %s (status %s, not blocking) has a <failure>"
                              % (path, src, name, it["status"]))
        for iid in by_id:
            if seen[iid] != 1:
                errors.append("%s (%s): testcase %s appears %d times" % (path, src, iid, seen[iid]))
    for attr, want in (("tests", tot_tests), ("failures", tot_fail)):
        if root.get(attr) is not None and root.get(attr) != str(want):
            errors.append("%s: <testsuites %s=%s>, expected %d" % (path, attr, root.get(attr), want))
    return errors


# ---------------------------------------------------------------- ics


def ics_unescape(value, where, errors):
    """RFC 5545 TEXT: \\\\ \\; \\, \\n \\N are the only escapes; ; and , must be escaped."""
    out, i = [], 0
    while i < len(value):
        c = value[i]
        if c == "\\":
            nx = value[i + 1:i + 2]
            if nx in ("\\", ";", ","):
                out.append(nx)
            elif nx in ("n", "N"):
                out.append("\n")
            else:
                errors.append("%s: bad escape \\%s in %s" % (where, nx, short(value)))
                out.append(nx)
            i += 2
            continue
        if c in ";,":
            errors.append("%s: unescaped %s in TEXT value %s" % (where, short(c), short(value)))
        out.append(c)
        i += 1
    return "".join(out)


def check_ics(case, path, checklists, ctx):
    import icalendar
    errors = []
    raw, text = read_text(path, errors)
    if text is None:
        return errors
    # bytes: CRLF, folded at 75 octets, no split UTF-8 sequence
    if not raw.endswith(b"\r\n"):
        errors.append("%s: does not end with CRLF" % path)
    phys = raw.split(b"\r\n")
    if phys and phys[-1] == b"":
        phys = phys[:-1]
    for n, line in enumerate(phys, start=1):
        if b"\n" in line or b"\r" in line:
            errors.append("%s line %d: bare LF or CR (lines must end with CRLF): %s"
                          % (path, n, short(line.decode("utf-8", "replace"))))
        if len(line) > 75:
            errors.append("%s line %d: %d octets, longer than 75 (not folded)" % (path, n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append("%s line %d: folding splits a UTF-8 sequence: %s" % (path, n, short(line)))
    # content lines (unfolded), for a strict look at TEXT escaping
    logical = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and logical:
            logical[-1] += line[1:]
        elif line:
            logical.append(line)
    if logical[:1] != ["BEGIN:VCALENDAR"] or logical[-1:] != ["END:VCALENDAR"]:
        errors.append("%s: does not begin with BEGIN:VCALENDAR and end with END:VCALENDAR" % path)
    if sum(1 for l in logical if l == "BEGIN:VCALENDAR") != 1:
        errors.append("%s: expected exactly one VCALENDAR" % path)
    strict_summ = []
    for l in logical:
        m = re.match(r"^(SUMMARY|DESCRIPTION)((?:;[^:]*)?):(.*)$", l)
        if m:
            v = ics_unescape(m.group(3), "%s %s" % (path, m.group(1)), errors)
            if m.group(1) == "SUMMARY":
                strict_summ.append(v)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as e:  # icalendar raises ValueError and friends
        return errors + ["%s: icalendar cannot parse it: %s" % (path, e)]
    if cal.name != "VCALENDAR":
        errors.append("%s: top component is %s" % (path, cal.name))
    if str(cal.get("VERSION", "")) != "2.0":
        errors.append("%s: VERSION is %s, expected 2.0" % (path, short(cal.get("VERSION"))))
    if not str(cal.get("PRODID", "")):
        errors.append("%s: no PRODID" % path)
    for comp in cal.walk():
        if getattr(comp, "errors", None):
            errors.append("%s: icalendar found errors in %s: %s" % (path, comp.name, comp.errors))
    todos = cal.walk("VTODO")
    want = collections.Counter()
    want_status = collections.defaultdict(list)
    for cl, it in items_of(checklists):
        if it["due"]:
            key = (summary_of(it), it["due"])
            want[key] += 1
            # RFC 5545 VTODO status: open -> NEEDS-ACTION, waived -> CANCELLED, done/accepted -> COMPLETED
            want_status[key].append({"open": "NEEDS-ACTION", "waived": "CANCELLED"}.get(it["status"], "COMPLETED"))
    got = collections.Counter()
    got_status = collections.defaultdict(list)
    uids = []
    for t in todos:
        uid = str(t.get("UID", ""))
        summ = str(t.get("SUMMARY", ""))
        if not uid:
            errors.append("%s: VTODO %s has no UID" % (path, short(summ)))
        uids.append(uid)
        if t.get("DTSTAMP") is None:
            errors.append("%s: VTODO %s has no DTSTAMP" % (path, short(summ)))
        if not str(t.get("DESCRIPTION", "")):
            errors.append("%s: VTODO %s has no DESCRIPTION" % (path, short(summ)))
        due = t.get("DUE")
        if due is None:
            errors.append("%s: VTODO %s has no DUE" % (path, short(summ)))
            continue
        if due.params.get("VALUE") != "DATE" or type(due.dt) is not datetime.date:
            errors.append("%s: VTODO %s: DUE is not DUE;VALUE=DATE:YYYYMMDD (%s)"
                          % (path, short(summ), due.to_ical()))
        key = (summ, due.dt.isoformat() if hasattr(due.dt, "isoformat") else str(due.dt))
        got[key] += 1
        got_status[key].append(str(t.get("STATUS", "")))
    if len(todos) != sum(want.values()):
        errors.append("%s: %d VTODO, the JSON has %d items with a due date"
                      % (path, len(todos), sum(want.values())))
    for key in sorted(set(want) | set(got)):
        if want[key] != got[key]:
            errors.append("%s: VTODO SUMMARY %s DUE %s: %d in the file, %d expected"
                          % (path, short(key[0]), key[1], got[key], want[key]))
        elif sorted(want_status[key]) != sorted(got_status[key]):
            errors.append("%s: VTODO %s: STATUS %s, expected %s"
                          % (path, short(key[0]), got_status[key], want_status[key]))
    if sorted(strict_summ) != sorted(str(t.get("SUMMARY", "")) for t in todos):
        errors.append("%s: the strict RFC 5545 reading of SUMMARY differs from icalendar's" % path)
    dups = [u for u, c in collections.Counter(uids).items() if c > 1]
    if dups:
        errors.append("%s: UIDs used more than once: %s" % (path, dups))
    ctx["ics_uids"] = set(uids)
    return errors


# ---------------------------------------------------------------- sarif

_SARIF_SCHEMA = {}


def sarif_schema():
    """(schema, None) or (None, why). Cached next to PREMORTEM (else in a temp dir)."""
    if "v" in _SARIF_SCHEMA:
        return _SARIF_SCHEMA["v"]
    res = None
    env = os.environ.get("PM_SARIF_SCHEMA")
    candidates = []
    if env:
        candidates.append(env)
    cache = os.path.join(os.path.dirname(PM), "sarif-schema")
    candidates.append(os.path.join(cache, SARIF_SCHEMA_REL))
    for c in candidates:
        if os.path.isfile(c):
            res = (json.load(open(c, encoding="utf-8")), None)
            break
    if res is None:
        npm = shutil.which("npm")
        if not npm:
            res = (None, "npm is not installed (Debian package npm): cannot fetch %s" % SARIF_PKG)
        else:
            try:
                os.makedirs(cache, exist_ok=True)
            except OSError:
                cache = tempfile.mkdtemp(prefix="pm-sarif-schema-")
            p = run([npm, "install", "--prefix", cache, "--no-audit", "--no-fund",
                     "--ignore-scripts", "--no-package-lock", "--loglevel=error", SARIF_PKG],
                    cwd=cache, timeout=300)
            f = os.path.join(cache, SARIF_SCHEMA_REL)
            if p.returncode == 0 and os.path.isfile(f):
                res = (json.load(open(f, encoding="utf-8")), None)
            else:
                res = (None, "npm install %s failed (exit %d; registry unreachable?): %s"
                       % (SARIF_PKG, p.returncode, err_tail(p)))
    _SARIF_SCHEMA["v"] = res
    return res


def plan_line(src, line):
    try:
        with open(os.path.join(SRC, src), encoding="utf-8-sig") as f:
            lines = f.read().split("\n")
        return lines[line - 1] if 0 < line <= len(lines) else None
    except OSError:
        return None


def utf16_col(src, line, col):
    text = plan_line(src, line)
    if text is None:
        return col
    prefix = text[:col - 1]
    return len(prefix.encode("utf-16-le")) // 2 + 1


def uri_to_path(uri):
    u = urllib.parse.urlsplit(uri)
    if u.scheme == "file":
        return urllib.parse.unquote(u.path)
    if u.scheme:
        return None
    return urllib.parse.unquote(uri)


def check_sarif(case, path, checklists, ctx):
    import jsonschema
    errors = []
    raw, text = read_text(path, errors)
    if text is None:
        return errors
    try:
        log = json.loads(text)
    except ValueError as e:
        return errors + ["%s: not JSON: %s" % (path, e)]
    schema, why = sarif_schema()
    if schema is None:
        errors.append("%s: not validated against the SARIF 2.1.0 schema: %s" % (path, why))
    else:
        v = jsonschema.Draft7Validator(schema)
        for e in sorted(v.iter_errors(log), key=lambda e: list(e.absolute_path))[:MAX_DETAILS]:
            errors.append("%s: schema: at /%s: %s" % (path, "/".join(map(str, e.absolute_path)),
                                                      e.message[:200]))
    if not isinstance(log, dict):
        return errors + ["%s: not a SARIF log object" % path]
    if log.get("version") != "2.1.0":
        errors.append("%s: version is %s, expected 2.1.0" % (path, short(log.get("version"))))
    if log.get("$schema") != SARIF_SCHEMA_URI:
        errors.append("%s: $schema is %s, expected %s" % (path, short(log.get("$schema")), SARIF_SCHEMA_URI))
    runs = log.get("runs") or []
    if len(runs) != len(checklists):
        return errors + ["%s: %d runs, expected one per plan (%d)" % (path, len(runs), len(checklists))]
    fps_all = []
    for run_, cl in zip(runs, checklists):
        src = cl["plan"]["source"]
        where = "%s (%s)" % (path, src)
        driver = (run_.get("tool") or {}).get("driver") or {}
        if driver.get("name") != "premortem":
            errors.append("%s: tool.driver.name is %s" % (where, short(driver.get("name"))))
        rules = driver.get("rules") or []
        rule_ids = [r.get("id") for r in rules]
        if len(set(rule_ids)) != len(rule_ids):
            errors.append("%s: driver.rules has repeated ids" % where)
        for r in rules:
            for k in ("shortDescription", "fullDescription", "help"):
                if not ((r.get(k) or {}).get("text")):
                    errors.append("%s: rule %s has no %s.text" % (where, r.get("id"), k))
        results = run_.get("results")
        if not isinstance(results, list):
            errors.append("%s: run has no results array" % where)
            continue
        items = cl["items"]
        if len(results) != len(items):
            errors.append("%s: %d results, the plan has %d items" % (where, len(results), len(items)))
        for res in results:
            if res.get("ruleId") not in rule_ids:
                errors.append("%s: result ruleId %s is not in driver.rules" % (where, short(res.get("ruleId"))))
        # pair results with items: by ruleId (the item's rule or id), in order within each
        groups = collections.defaultdict(list)
        for res in results:
            groups[res.get("ruleId")].append(res)
        pairs = []
        for it in items:
            g = groups.get(it["id"]) if it["id"] in groups else groups.get(it["rule"])
            if not g:
                errors.append("%s: no result with ruleId %s or %s" % (where, it["rule"], it["id"]))
                continue
            pairs.append((it, g.pop(0)))
        colkind = run_.get("columnKind")
        fps = []
        for it, res in pairs:
            iid = it["id"]
            want_level = "note" if it["status"] != "open" else ("error" if it["blocking"] else "warning")
            kind = res.get("kind", "fail")
            got_level = res.get("level", "warning" if kind == "fail" else "none")
            if kind != "fail" and got_level != "none":
                errors.append("%s: %s: kind %s with level %s (SARIF 3.27.10: level must be none "
                              "unless kind is fail)" % (where, iid, kind, got_level))
            if it["status"] == "done" and kind == "pass" and got_level == "none":
                pass  # a done item as a passed check: what SARIF itself prescribes
            elif kind != "fail":
                errors.append("%s: %s (status %s): kind %s, expected fail (or pass for a done item)"
                              % (where, iid, it["status"], kind))
            elif got_level != want_level:
                errors.append("%s: %s (status %s, blocking %s): level %s, expected %s"
                              % (where, iid, it["status"], it["blocking"], got_level, want_level))
            if not (res.get("message") or {}).get("text"):
                errors.append("%s: %s: no message.text" % (where, iid))
            fp = res.get("partialFingerprints")
            if not fp or not isinstance(fp, dict):
                errors.append("%s: %s: no partialFingerprints" % (where, iid))
            else:
                fps.append(json.dumps(fp, sort_keys=True))
            locs = res.get("locations") or []
            if not locs:
                errors.append("%s: %s: no locations" % (where, iid))
            ev_pos = [(e["line"], e["column"]) for e in it["evidence"] if "line" in e]
            regions = []
            for loc in locs:
                pl = loc.get("physicalLocation") or {}
                uri = (pl.get("artifactLocation") or {}).get("uri")
                p = uri_to_path(uri) if isinstance(uri, str) else None
                if p is None or os.path.normpath(os.path.join(SRC, p)) != os.path.normpath(os.path.join(SRC, src)):
                    errors.append("%s: %s: location uri %s is not the plan file %s" % (where, iid, short(uri), src))
                if isinstance(uri, str) and re.search(r"[^A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]", uri):
                    errors.append("%s: %s: uri %s has characters a URI may not hold unescaped" % (where, iid, short(uri)))
                reg = pl.get("region")
                if reg and "startLine" in reg:
                    regions.append((reg.get("startLine"), reg.get("startColumn")))
            if ev_pos and not regions:
                errors.append("%s: %s: evidence has positions %s but no location has a region"
                              % (where, iid, ev_pos))
            for line, col in regions:
                ok = False
                for el, ec in ev_pos:
                    if el != line:
                        continue
                    u16 = utf16_col(src, el, ec)
                    if col is None:
                        ok = True
                    elif colkind == "unicodeCodePoints":
                        ok = ok or col == ec
                    elif colkind == "utf16CodeUnits":
                        ok = ok or col == u16
                    elif col in (ec, u16):
                        if ec != u16:
                            errors.append("%s: %s: line %d has characters outside the BMP, so code "
                                          "point column %d is UTF-16 column %d; run.columnKind is "
                                          "absent, so startColumn %d is ambiguous (set columnKind)"
                                          % (where, iid, el, ec, u16, col))
                        ok = True
                if not ok:
                    errors.append("%s: %s: region %d:%s matches no evidence position %s (columnKind %s)"
                                  % (where, iid, line, col, ev_pos, colkind))
        dup = [f for f, c in collections.Counter(fps).items() if c > 1]
        if dup:
            errors.append("%s: %d results share partialFingerprints, e.g. %s" % (where, len(dup), dup[0]))
        fps_all.append(sorted(fps))
    ctx["sarif_fps"] = fps_all
    return errors


# ---------------------------------------------------------------- html

EXTERNAL_ATTRS = {"src", "href", "xlink:href", "srcset", "action", "data", "poster",
                  "background", "formaction", "manifest", "ping"}


def check_html(case, path, checklists, ctx, tmp):
    errors = []
    raw, text = read_text(path, errors)
    if text is None:
        return errors
    root, problems, decls = parse_html(text)
    errors += ["%s: not well formed: %s" % (path, p) for p in problems[:5]]
    if not any(d.lower().startswith("doctype html") for d in decls):
        errors.append("%s: no <!DOCTYPE html>" % path)
    metas = [dict(n.attrs) for n in root.iter() if n.tag == "meta"]
    if not any((m.get("charset") or "").lower() == "utf-8" or
               "charset=utf-8" in (m.get("content") or "").lower().replace(" ", "") for m in metas):
        errors.append("%s: declares no UTF-8 charset (<meta charset=\"utf-8\">)" % path)
    for n in root.iter():
        for k, v in n.attrs:
            if k not in EXTERNAL_ATTRS or v is None:
                continue
            val = v.strip()
            low = val.lower()
            if low.startswith("data:") or low.startswith("#") or val == "":
                continue
            if k == "href" and n.tag == "a" and (low.startswith("mailto:") or low.startswith("tel:")):
                continue
            errors.append("%s line %d: <%s %s=%s> refers outside the page" % (path, n.line, n.tag, k, short(val)))
        if n.tag == "style" or any(k == "style" for k, _ in n.attrs):
            css = n.text(skip=()) if n.tag == "style" else dict(n.attrs).get("style") or ""
            if re.search(r"(?i)@import|url\(\s*['\"]?\s*(https?:|//|ftp:|file:)", css):
                errors.append("%s line %d: CSS loads from outside the page" % (path, n.line))
    body = norm_ws(root.text())
    scripts = [n for n in root.iter() if n.tag == "script"]
    if any("pm-xss" in n.text(skip=()) for n in scripts):
        errors.append("%s: rule text became a <script> element: text is not HTML-escaped" % path)
    for cl, it in items_of(checklists):
        iid = it["id"]
        for what, s in [("title", it["title"]), ("wrong", it["wrong"])] + \
                [("evidence", e["text"]) for e in it["evidence"]]:
            if norm_ws(s) not in body:
                errors.append("%s: %s: %s %s not in the page text" % (path, iid, what, short(s)))
        name = it["owner"]["name"]
        if name is not None and norm_ws(name) not in body:
            errors.append("%s: owner %s not in the page text" % (path, short(name)))
        if name is None and "unowned" not in body.lower():
            errors.append("%s: %s is unowned but the page never says 'Unowned'" % (path, iid))
    for cl in checklists:
        t = cl["plan"]["title"]
        if t and norm_ws(t) not in body:
            errors.append("%s: plan title %s not in the page text" % (path, short(t)))
        if not re.search(r"(?<!\d)%d(?!\d)" % cl["score"]["readiness"], body):
            errors.append("%s: readiness %d not in the page text" % (path, cl["score"]["readiness"]))
    svgs = [n for n in root.iter() if n.tag == "svg"]
    if len(svgs) < len(checklists):
        errors.append("%s: %d <svg> element(s), expected a risk matrix per plan (%d)" % (path, len(svgs), len(checklists)))
    grids = []
    for s in svgs:
        shapes = sum(1 for n in s.iter() if n.tag in ("rect", "path", "polygon"))
        if shapes < 25:
            errors.append("%s: <svg> (line %d) has %d shapes, fewer than the 5x5 matrix's 25 cells"
                          % (path, s.line, shapes))
        counts = matrix_counts(s)
        if counts is not None:
            grids.append((s, counts))
    if len(grids) != len(checklists):
        errors.append("%s: %d <svg> with a 5x5 grid of equal <rect> cells, expected one per plan (%d)"
                      % (path, len(grids), len(checklists)))
    else:
        for (s, counts), cl in zip(grids, checklists):
            want = collections.Counter((it["severity"], it["residual"]["likelihood"])
                                       for it in cl["items"] if it["status"] == "open")
            if sorted(counts) != sorted(want.values()):
                errors.append("%s: the matrix (line %d) of %s shows cell counts %s; the open items "
                              "by severity and residual likelihood are %s"
                              % (path, s.line, cl["plan"]["source"], sorted(counts),
                                 sorted(want.values())))
    errors += chromium_checks(path, checklists, tmp)
    return errors


def matrix_counts(svg):
    """The numbers written inside the cells of a 5x5 grid of equal rects (non-zero ones), or None."""
    def num(a, k):
        try:
            return float(re.sub(r"px$", "", a[k]))
        except (KeyError, ValueError):
            return None
    bysize = collections.defaultdict(list)
    for n in svg.iter():
        if n.tag == "rect":
            a = dict(n.attrs)
            r = tuple(num(a, k) for k in ("x", "y", "width", "height"))
            if None not in r:
                bysize[(r[2], r[3])].append(r)
    cells = None
    for rs in bysize.values():
        if len(rs) == 25 and len({r[0] for r in rs}) == 5 and len({r[1] for r in rs}) == 5:
            cells = rs
    if cells is None:
        return None
    per = collections.Counter()
    for n in svg.iter():
        if n.tag != "text":
            continue
        t = n.text(skip=("title",)).strip()
        a = dict(n.attrs)
        x, y = num(a, "x"), num(a, "y")
        if not re.fullmatch(r"\d+", t) or x is None or y is None:
            continue
        for r in cells:
            if r[0] <= x <= r[0] + r[2] and r[1] <= y <= r[1] + r[3]:
                per[r] += int(t)
                break
    return [v for v in per.values() if v]


def chromium(tmp, args):
    ud = tempfile.mkdtemp(prefix="chrome-", dir=tmp)
    return run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + ud] + args, cwd=tmp, timeout=120,
               reap_group=True)


def chromium_checks(path, checklists, tmp):
    errors = []
    if not os.access(CHROMIUM, os.X_OK):
        return ["%s: %s not found (Debian package chromium): cannot render the page" % (path, CHROMIUM)]
    url = "file://" + urllib.parse.quote(os.path.abspath(path))
    p = chromium(tmp, ["--dump-dom", url])
    dom = p.stdout.decode("utf-8", "replace")
    if p.returncode != 0 or not dom.strip():
        return ["%s: chromium --dump-dom failed (exit %d): %s" % (path, p.returncode, err_tail(p))]
    droot, _, _ = parse_html(dom)
    dtext = norm_ws(droot.text())
    for cl, it in items_of(checklists):
        if norm_ws(it["title"]) not in dtext:
            errors.append("%s: Chromium's DOM lacks the title of %s: %s" % (path, it["id"], short(it["title"])))
    if "<svg" not in dom:
        errors.append("%s: Chromium's DOM has no <svg" % path)
    if any("pm-xss" in n.text(skip=()) for n in droot.iter() if n.tag == "script"):
        errors.append("%s: Chromium's DOM has a <script> made of rule text" % path)
    png = os.path.join(os.path.dirname(path), os.path.basename(path) + ".png")
    p = chromium(tmp, ["--screenshot=" + png, "--window-size=1200,2000", url])
    if not os.path.isfile(png):
        return errors + ["%s: chromium --screenshot wrote no PNG (exit %d): %s" % (path, p.returncode, err_tail(p))]
    from PIL import Image
    try:
        img = Image.open(png).convert("RGB")
    except Exception as e:
        return errors + ["%s: the screenshot is no readable PNG: %s" % (png, e)]
    small = img.resize((img.width // 2, img.height // 2))
    coloured = nonwhite = 0
    for r, g, b in small.getdata():
        if min(r, g, b) < 235:
            nonwhite += 1
        if max(r, g, b) - min(r, g, b) >= 60:
            coloured += 1
    # a 5x5 matrix of even 24 px cells is 14,400 px, 3,600 at half size
    if coloured < 2500:
        errors.append("%s: the screenshot (%dx%d) has only %d coloured pixels at half size "
                      "(%d non-white): no visible risk matrix" % (png, img.width, img.height, coloured, nonwhite))
    return errors


# ---------------------------------------------------------------- cases

EXTS = {"json": ".json", "md": ".md", "csv": ".csv", "html": ".html", "sarif": ".sarif",
        "junit": ".xml", "ics": ".ics"}
ALT_EXTS = dict(EXTS, html=".htm", sarif=".sarif.json")


class Case:
    def __init__(self, name, plans, opts=(), exts=EXTS, state=None):
        self.name = name
        self.plans = list(plans)
        self.opts = list(opts)
        self.exts = exts
        self.state = state


CASES = [
    Case("spring-price-drop", ["samples/spring-price-drop.json"]),
    Case("software-release", ["samples/software-release.json"]),
    Case("charity-gala", ["samples/charity-gala.md"], ["--team", "samples/charity-gala.team.json"]),
    Case("writers", [FIX + "/plan.json"], FIXOPTS),
    Case("writers-state", [FIX + "/plan.json"], FIXOPTS, state=True),
    Case("empty", [FIX + "/empty.json"], FIXOPTS),
    Case("two-samples", ["samples/spring-price-drop.json", "samples/software-release.json"]),
    Case("two-writers", [FIX + "/plan.json", FIX + "/nodate.json"], FIXOPTS, exts=ALT_EXTS),
]

CHECKS = [("csv", check_csv), ("md", check_md), ("junit", check_junit), ("ics", check_ics),
          ("sarif", check_sarif), ("html", check_html)]


def make_state(tmp):
    """A state file: quoting accepted, newlines done, one person waived; the other stays open."""
    state = os.path.join(tmp, "state.json")
    p = run([PM, "check", "-q"] + FIXOPTS + [FIX + "/plan.json"])
    ids = [it["id"] for it in json.loads(p.stdout)["items"]]
    people = [i for i in ids if i.startswith("writers.people:")]
    marks = [["writers.quoting", "accepted", "--note", "Risk \"accepted\", <for now> & later; 東京",
              "--until", "2099-12-31"],
             ["writers.newlines", "done"],
             [people[0], "waived", "--note", "Covered, by Zoë; see C:\\Rota"]]
    for m in marks:
        q = run([PM, "mark"] + m[:2] + ["--by", "Zoë Müller", "--state", state, "--today", "2027-01-04"] + m[2:])
        if q.returncode != 0:
            raise RuntimeError("premortem mark %s failed: %s" % (m[:2], err_tail(q)))
    return state


def run_case(case, tmp, state):
    d = os.path.join(tmp, case.name)
    os.makedirs(d)
    outs = {fmt: os.path.join(d, "out" + ext) for fmt, ext in case.exts.items()}
    opts = case.opts + (["--state", state] if case.state else [])
    args = [PM, "check", "-q"] + opts
    for fmt in EXTS:
        args += ["-o", outs[fmt]]
    p = run(args + case.plans)
    errors = []
    checklists = None
    if p.returncode not in (0, 1):
        errors.append("exit %d: %s" % (p.returncode, err_tail(p)))
    if p.stdout:
        errors.append("wrote %d bytes to standard output though every format went to -o" % len(p.stdout))
    missing = [o for o in outs.values() if not os.path.isfile(o)]
    if missing:
        errors.append("not written: %s" % ", ".join(os.path.basename(m) for m in missing))
    if os.path.isfile(outs["json"]):
        try:
            doc = json.load(open(outs["json"], encoding="utf-8"))
            checklists = doc if isinstance(doc, list) else [doc]
            if len(checklists) != len(case.plans):
                errors.append("%d checklists for %d plans" % (len(checklists), len(case.plans)))
            want = 0 if all(cl["score"]["gate"]["passed"] for cl in checklists) else 1
            if p.returncode in (0, 1) and p.returncode != want:
                errors.append("exit %d but the gate says %d" % (p.returncode, want))
        except ValueError as e:
            errors.append("%s: not JSON: %s" % (outs["json"], e))
            checklists = None
    left = sorted(set(os.listdir(d)) - {os.path.basename(o) for o in outs.values()})
    if left:
        errors.append("stray files next to the outputs: %s" % left)
    REPORT.result("%s: check -o x7 (%s) exit %d" % (case.name, " ".join(case.exts.values()), p.returncode), errors)
    return outs, checklists, args + case.plans


def stdout_matches(case, outs, args):
    """-f FMT on standard output gives the bytes -o wrote (ics: but DTSTAMP)."""
    errors = []
    base = [a for a in args[:]]
    # drop the -o pairs
    cmd = []
    i = 0
    while i < len(base):
        if base[i] == "-o":
            i += 2
            continue
        cmd.append(base[i])
        i += 1
    plans = cmd[-len(case.plans):]
    pre = cmd[:-len(case.plans)]
    for fmt in EXTS:
        p = run(pre + ["-f", fmt] + plans)
        if p.returncode not in (0, 1):
            errors.append("-f %s: exit %d: %s" % (fmt, p.returncode, err_tail(p)))
            continue
        try:
            want = open(outs[fmt], "rb").read()
        except OSError:
            continue
        got = p.stdout
        if fmt == "ics":
            strip = lambda b: re.sub(rb"\r\nDTSTAMP[^\r]*(\r\n[ \t][^\r]*)*", b"", b)
            got, want = strip(got), strip(want)
        if got != want:
            k = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
            errors.append("-f %s: standard output (%d bytes) differs from %s (%d bytes) at byte %d: %s vs %s"
                          % (fmt, len(got), os.path.basename(outs[fmt]), len(want), k,
                             short(got[k:k + 30]), short(want[k:k + 30])))
    REPORT.result("%s: -f FMT on standard output equals the -o files" % case.name, errors)


def usage_errors(tmp):
    d = os.path.join(tmp, "exit2")
    os.makedirs(d)
    bad = os.path.join(d, "bad.json")
    with open(bad, "w") as f:
        f.write('{ "announcement": "kettle", ')
    good = "samples/spring-price-drop.json"
    tries = [
        ("unknown -o extension", ["-o", "a.json", "-o", "b.md", "-o", "c.bogus", good]),
        ("unknown -f format", ["-f", "bogus", good]),
        ("missing plan", ["-o", "a.json", "-o", "b.csv", "-o", "c.html", "no-such-plan.json"]),
        ("malformed plan after a good one", ["-o", "a.json", "-o", "b.sarif", "-o", "c.ics", "-o", "d.xml", good, bad]),
    ]
    for name, args in tries:
        sub = os.path.join(d, re.sub(r"\W+", "-", name))
        os.makedirs(sub)
        a = [os.path.join(sub, x) if re.match(r"^[a-d]\.\w+$", x) else x for x in args]
        p = run([PM, "check", "-q"] + a)
        errors = []
        if p.returncode != 2:
            errors.append("exit %d, expected 2" % p.returncode)
        if p.stdout:
            errors.append("wrote %d bytes to standard output" % len(p.stdout))
        if os.listdir(sub):
            errors.append("files written: %s" % sorted(os.listdir(sub)))
        REPORT.result("exit 2 writes nothing: %s" % name, errors)


def main():
    if not os.access(PM, os.X_OK):
        print("FAIL %s is not an executable" % PM)
        print("0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="pm-writers-")
    REPORT.tmp = tmp
    try:
        p = run([PM, "rules", "test", FIX])
        REPORT.result("rules test %s" % FIX,
                      [] if p.returncode == 0 else ["exit %d: %s" % (p.returncode, err_tail(p))])
        try:
            state = make_state(tmp)
        except Exception as e:  # the state case then fails below
            REPORT.result("state file for writers-state", [str(e)])
            state = None
        ctxs = {}
        for case in CASES:
            if case.state and state is None:
                continue
            outs, checklists, args = run_case(case, tmp, state)
            ctx = ctxs[case.name] = {}
            if checklists is None:
                continue
            for fmt, fn in CHECKS:
                if not os.path.isfile(outs[fmt]):
                    continue
                try:
                    if fmt == "html":
                        errs = fn(case, outs[fmt], checklists, ctx, tmp)
                    else:
                        errs = fn(case, outs[fmt], checklists, ctx)
                except Exception as e:  # a parser crash is a failure with its reason
                    errs = ["%s: %s: %s" % (outs[fmt], type(e).__name__, e)]
                REPORT.result("%s: %s (%s)" % (case.name, fmt, os.path.basename(outs[fmt])), errs)
            stdout_matches(case, outs, args)
        # stable identities across runs
        for a, b, idx in [("spring-price-drop", "two-samples", 0), ("software-release", "two-samples", 1),
                          ("writers", "two-writers", 0), ("writers", "writers-state", 0)]:
            ca, cb = ctxs.get(a, {}), ctxs.get(b, {})
            errors = []
            if "ics_uids" in ca and "ics_uids" in cb:
                lost = ca["ics_uids"] - cb["ics_uids"]
                if lost:
                    errors.append("ics: %d UIDs of %s are not in %s, e.g. %s" % (len(lost), a, b, sorted(lost)[0]))
            if "sarif_fps" in ca and "sarif_fps" in cb and len(cb["sarif_fps"]) > idx:
                if ca["sarif_fps"][0] != cb["sarif_fps"][idx]:
                    errors.append("sarif: partialFingerprints of %s differ in %s (run %d)" % (a, b, idx))
            if not ca or not cb:
                errors.append("missing run(s) to compare")
            REPORT.result("stable UIDs and fingerprints: %s vs %s" % (a, b), errors)
        usage_errors(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (REPORT.passed, REPORT.failed))
    return 1 if REPORT.failed else 0


if __name__ == "__main__":
    sys.exit(main())
