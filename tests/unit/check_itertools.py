#!/usr/bin/env python3
"""Check the expectations of tests/unit/test_itertools.c against CPython.

Every PY_REPR("PYTHON", C, "WANT") check must have repr(eval(PYTHON)) == WANT,
and every PY_ERR("PYTHON", C, "WANT") must have eval(PYTHON) raise an
exception whose "Type: message" is WANT; PYTHON is evaluated with
`from itertools import *` and the helpers the C test defines the same way.
Run: python3 tests/unit/check_itertools.py  (prints a line per mismatch and
"N checks, N failed"; exits 1 on any failure).
"""
import ast, itertools, os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_itertools.c")

def env():
    ns = {"itertools": itertools}
    exec("from itertools import *", ns)
    exec("""
def take(it, n): return list(islice(it, n))
lt5 = lambda x: x < 5
is_odd = lambda x: x % 2 == 1
div3 = lambda x: x // 3
mul = lambda a, b: a * b
def boom_at3(x):
    if x == 3: raise ValueError('boom')
    return x
""", ns)
    return ns

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
        # WANT: the last string literal(s) before the closing ");"
        depth, j = 1, 0
        body = rest
        while depth:
            ch = body[j]
            if ch == '"':
                j += 1
                while body[j] != '"':
                    j += 2 if body[j] == "\\" else 1
            elif ch in "([{": depth += 1
            elif ch in ")]}": depth -= 1
            j += 1
        args = body[:j - 1]
        k = len(args)
        # scan back over the trailing string literals
        tail = re.search(r'(\s*"(?:[^"\\]|\\.)*")+\s*$', args)
        if not tail:
            yield line, m.group(1), py, None  # WANT is a variable: looked up below
            continue
        want, _ = c_strings(tail.group(0))
        yield line, m.group(1), py, want

def main():
    src = open(SRC).read()
    consts = {n: c_strings(v)[0] for n, v in re.findall(r'const char \*(\w+) = ("[^;]*);', src)}
    n = failed = 0
    for line, kind, py, want in checks(src):
        if want is None:
            m = re.search(r',\s*(\w+)\);', src.splitlines()[line - 1])
            want = consts[m.group(1)]
        n += 1
        ns = env()
        try:
            v = eval(py, ns)
            got = repr(v) if kind == "REPR" else "(no exception) " + repr(v)
        except Exception as e:
            got = "%s: %s" % (type(e).__name__, e) if kind == "ERR" else "raised %s: %s" % (type(e).__name__, e)
        if got != want:
            failed += 1
            print("line %d: %s\n   python: %s\n     test: %s" % (line, py, got, want))
    print("%d checks, %d failed" % (n, failed))
    return 1 if failed else 0

sys.exit(main())
