#!/usr/bin/env python3
"""Check the expectations of tests/unit/test_math.c and test_time.c against CPython.

Every PY_REPR("PYTHON", C, "WANT") check must have repr(eval(PYTHON)) == WANT,
and every PY_ERR("PYTHON", C, "WANT") must have eval(PYTHON) raise an
exception whose "Type: message" is WANT; PYTHON is evaluated with
`import math, time`, `from math import *` and the helpers the C tests
define the same way.
Run: python3 tests/unit/check_math_time.py  (prints a line per mismatch and
"N checks, N failed"; exits 1 on any failure).
"""
import ast, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRCS = [os.path.join(HERE, n) for n in ("test_math.c", "test_time.c")]

HELPERS = """
import math, time
from math import *
mod = lambda v, m: v % m
bitlen = lambda v: v.bit_length()
repr_len = lambda v: len(repr(v))
tname = lambda v: type(v).__name__
def nondecreasing(f):
    a = f()
    b = f()
    return a <= b
def sleeps_at_least(secs):
    t = time.perf_counter()
    time.sleep(secs)
    return time.perf_counter() - t >= secs
"""

def c_strings(text):
    """The C string literals at the start of text, concatenated, and the rest."""
    out, i = "", 0
    while True:
        m = re.match(r'\s*"((?:[^"\\]|\\.)*)"', text[i:])
        if not m: return out, text[i:]
        out += ast.literal_eval('"' + m.group(1) + '"')
        i += m.end()

def checks(src):
    for m in re.finditer(r'\bPY_(REPR|ERR)\(', src):
        line = src.count("\n", 0, m.start()) + 1
        py, rest = c_strings(src[m.end():])
        if not rest.lstrip().startswith(","): continue  # the macro definitions
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
        tail = re.search(r'(\s*"(?:[^"\\]|\\.)*")+\s*$', rest[:j - 1])
        want, _ = c_strings(tail.group(0))
        yield line, m.group(1), py, want

def main():
    n = failed = 0
    for path in SRCS:
        src = open(path).read()
        for line, kind, py, want in checks(src):
            n += 1
            ns = {}
            exec(HELPERS, ns)
            try:
                v = eval(py, ns)
                got = repr(v) if kind == "REPR" else "(no exception) " + repr(v)
            except Exception as e:
                got = "%s: %s" % (type(e).__name__, e) if kind == "ERR" else "raised %s: %s" % (type(e).__name__, e)
            if got != want:
                failed += 1
                print("%s:%d: %s\n   python: %s\n     test: %s" % (os.path.basename(path), line, py, got, want))
    print("%d checks, %d failed" % (n, failed))
    return 1 if failed else 0

sys.exit(main())
