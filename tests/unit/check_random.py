#!/usr/bin/env python3
"""Check the expectations of tests/unit/test_random.c against CPython.

Every PY_REPR("PYTHON", C, "WANT") check must have repr(value) == WANT, and
every PY_ERR("PYTHON", C, "WANT") must raise an exception whose
"Type: message" is WANT.  PYTHON is statements and a final expression
separated by "; ", run in a fresh namespace with `from random import *`
(the module's state is shared, as it is in the C test: each check seeds
it first).
Run: python3 tests/unit/check_random.py  (prints a line per mismatch and
"N checks, N failed"; exits 1 on any failure).  With --fill, prints the
test with each WANT of "@" replaced by CPython's (for writing new checks).
"""
import ast, os, re, sys, warnings

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_random.c")

def c_strings(text):
    """The C string literals at the start of text, concatenated, and the rest."""
    out, i = "", 0
    while True:
        m = re.match(r'\s*"((?:[^"\\]|\\.)*)"', text[i:])
        if not m: return out, text[i:]
        out += ast.literal_eval('"' + m.group(1) + '"')
        i += m.end()

def checks(src):
    """(kind, python, want, span of the want's literals) of each check."""
    for m in re.finditer(r'\bPY_(REPR|ERR)\(', src):
        py, rest = c_strings(src[m.end():])
        if not rest.lstrip().startswith(","): continue  # the macro definitions
        base = len(src) - len(rest)
        depth, j = 1, 0
        while depth:
            ch = rest[j]
            if ch == '"':
                j += 1
                while rest[j] != '"':
                    j += 2 if rest[j] == "\\" else 1
            elif ch in "([{": depth += 1
            elif ch in ")]}": depth -= 1
            j += 1
        args = rest[:j - 1]
        tail = re.search(r'(\s*"(?:[^"\\]|\\.)*")+\s*$', args)
        want, _ = c_strings(tail.group(0))
        yield m.group(1), py, want, (base + tail.start(), base + len(args))

def run(kind, py):
    import random
    ns = {"random": random}
    exec("from random import *", ns)
    *stmts, expr = py.split("; ")
    try:
        for st in stmts:
            exec(st, ns)
        v = eval(expr, ns)
        return repr(v) if kind == "REPR" else "(no exception) " + repr(v)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e) if kind == "ERR" else "raised %s: %s" % (type(e).__name__, e)

def c_literal(s):
    out = ""
    for ch in s:
        if ch in '"\\': out += "\\" + ch
        elif ch == "\n": out += "\\n"
        elif 32 <= ord(ch) < 127: out += ch
        else: out += "".join("\\x%02x" % b for b in ch.encode()) + '" "'
    return '"' + out + '"'

def main():
    warnings.simplefilter("ignore")
    src = open(SRC).read()
    if sys.argv[1:] == ["--fill"]:
        parts, at = [], 0
        for kind, py, want, (a, z) in checks(src):
            if want != "@": continue
            parts += [src[at:a], " " + c_literal(run(kind, py))]
            at = z
        sys.stdout.write("".join(parts) + src[at:])
        return 0
    n = failed = 0
    for kind, py, want, span in checks(src):
        n += 1
        got = run(kind, py)
        if got != want:
            failed += 1
            line = src.count("\n", 0, span[0]) + 1
            print("line %d: %s\n   python: %s\n     test: %s" % (line, py, got, want))
    print("%d checks, %d failed" % (n, failed))
    return 1 if failed else 0

sys.exit(main())
