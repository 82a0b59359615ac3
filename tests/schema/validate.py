#!/usr/bin/python3
"""Validate premortem checklists against docs/checklist.schema.json.

usage: validate.py SCHEMA FILE...

Each FILE holds one checklist object (`premortem check PLAN`) or a JSON
array of them (`premortem check PLAN PLAN...`); every checklist is
validated. Prints "ok FILE" for a file that passes, or each error with its
JSON path ($, $.items[3].owner.name, $[1].score ...) for one that does
not. The JSON must be strict: UTF-8, no duplicate keys, no NaN/Infinity.

Exit status: 0 all files valid, 1 any file invalid or unreadable,
2 usage error (bad arguments, schema unreadable or not a valid schema).

Standard library plus jsonschema (Debian: python3-jsonschema) only.
"""

import json
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError as exc:  # pragma: no cover - environment problem
    sys.stderr.write("validate.py: needs the jsonschema module (apt install python3-jsonschema): %s\n" % exc)
    sys.exit(2)


class JSONProblem(Exception):
    pass


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise JSONProblem("duplicate key %s" % json.dumps(key))
        obj[key] = value
    return obj


def _no_constant(name):
    raise JSONProblem("%s is not JSON" % name)


def load_json(path):
    """Reads a file as strict JSON; raises OSError or JSONProblem."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JSONProblem("not UTF-8: %s" % exc)
    if text.startswith("\ufeff"):
        raise JSONProblem("starts with a byte order mark")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        raise JSONProblem("invalid JSON: %s" % exc)


def json_path(prefix, parts):
    out = prefix
    for p in parts:
        if isinstance(p, int):
            out += "[%d]" % p
        elif isinstance(p, str) and p.isidentifier():
            out += "." + p
        else:
            out += "[%s]" % json.dumps(p, ensure_ascii=False)
    return out


def sort_key(err):
    return ([(0, p, "") if isinstance(p, int) else (1, 0, p) for p in err.absolute_path],
            list(err.absolute_schema_path).__repr__())


def check_file(validator, path):
    """Returns a list of error lines for one file ([] when it is valid)."""
    try:
        doc = load_json(path)
    except OSError as exc:
        return ["cannot read: %s" % (exc.strerror or exc)]
    except JSONProblem as exc:
        return [str(exc)]
    if isinstance(doc, list):
        if not doc:
            return ["$: an empty array holds no checklist"]
        docs = [("$[%d]" % i, d) for i, d in enumerate(doc)]
    else:
        docs = [("$", doc)]
    problems = []
    for prefix, d in docs:
        for err in sorted(validator.iter_errors(d), key=sort_key):
            where = json_path(prefix, err.absolute_path)
            problems.append("%s: %s" % (where, err.message))
            # oneOf/anyOf: say why each branch failed, briefly
            for sub in sorted(err.context or (), key=sort_key):
                problems.append("  %s: %s" % (json_path(prefix, sub.absolute_path), sub.message))
    return problems


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: %s SCHEMA FILE...\n" % (argv[0] if argv else "validate.py"))
        return 2
    schema_path, files = argv[1], argv[2:]
    try:
        schema = load_json(schema_path)
    except OSError as exc:
        sys.stderr.write("%s: cannot read schema: %s\n" % (schema_path, exc.strerror or exc))
        return 2
    except JSONProblem as exc:
        sys.stderr.write("%s: %s\n" % (schema_path, exc))
        return 2
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        sys.stderr.write("%s: not a valid draft 2020-12 schema: %s (at %s)\n"
                         % (schema_path, exc.message, json_path("$", exc.absolute_path)))
        return 2
    validator = Draft202012Validator(schema)
    failed = 0
    for path in files:
        problems = check_file(validator, path)
        if problems:
            failed += 1
            print("FAIL %s" % path)
            for line in problems:
                print("  %s" % line)
        else:
            print("ok %s" % path)
    sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
