#!/usr/bin/env python3
"""Check the expectations of tests/unit/test_re.c against CPython.

Every PY_REPR("PYTHON", C, "WANT") check must have repr(eval(PYTHON)) == WANT,
and every PY_ERR("PYTHON", C, "WANT") must have eval(PYTHON) raise an
exception whose "Type: message" is WANT (type(e).__name__, so re.error is
"error"); PYTHON is evaluated with `import re`.  (The PCRE(...) checks are
of the PCRE2 translation, which CPython has no counterpart for.)
Run: python3 tests/unit/check_re.py  (prints a line per mismatch and
"N checks, N failed"; exits 1 on any failure).
"""
import ast, os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_re.c")


C_ESCAPES = {"n": 10, "t": 9, "r": 13, "0": 0, "\\": 92, '"': 34, "'": 39}


def c_literal(body):
    """The text of a C string literal's body: its bytes (escapes undone), as UTF-8."""
    out, i = bytearray(), 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
        elif body[i + 1] == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(), 16))
            i += 2 + m.end()
        else:
            out.append(C_ESCAPES[body[i + 1]])
            i += 2
    return out.decode("utf-8")


def c_strings(text):
    """The C string literals at the start of text, concatenated, and the rest."""
    out, i = "", 0
    while True:
        m = re.match(r'\s*"((?:[^"\\]|\\.)*)"', text[i:])
        if not m:
            return out, text[i:]
        out += c_literal(m.group(1))
        i += m.end()


def checks(src):
    for m in re.finditer(r'\bPY_(REPR|ERR)\(', src):
        line = src.count("\n", 0, m.start()) + 1
        py, rest = c_strings(src[m.end():])
        if not rest.lstrip().startswith(","):
            continue  # the macro definitions
        depth, j = 1, 0
        while depth:
            ch = rest[j]
            if ch == '"':
                j += 1
                while rest[j] != '"':
                    j += 2 if rest[j] == "\\" else 1
            elif ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            j += 1
        args = rest[:j - 1]
        tail = re.search(r'(\s*"(?:[^"\\]|\\.)*")+\s*$', args)
        want, _ = c_strings(tail.group(0))
        yield line, m.group(1), py, want


def main():
    src = open(SRC, encoding="utf-8").read()
    n = failed = 0
    for line, kind, py, want in checks(src):
        n += 1
        ns = {"re": re}
        re.purge()
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
