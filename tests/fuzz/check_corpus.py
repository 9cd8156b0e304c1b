#!/usr/bin/env python3
"""check_corpus.py: the second look at what the fuzzer grew.

    python3 tests/fuzz/check_corpus.py [-j J] [--findings DIR] [--cache FILE] DIR|FILE...
    python3 tests/fuzz/check_corpus.py --minimise FINDING.py

The libFuzzer run (fuzz_yieldc) only sees crashes, hangs and sanitizer
reports inside the compiler.  This script takes each input of its corpus
to the real build/yieldc, one process per input, and checks the contract
of README.md for every one of them:

    rejected   status 1 and a diagnostic on stderr (`FILE:L:C: error: ...`
               or `yieldc: error: ...`): fine
    accepted   status 0: the C must compile with `$CC -std=c11 -Wall
               -Wextra -Werror $(yieldc --cflags) -c`, and CPython must
               accept the source too (compile(source, name, 'exec'), as
               the interpreter reads a file)

Anything else is a finding (`known NAME` when it shows one of the known
findings of issue 13, KNOWN_INVALID below), kept in DIR (default build/fuzz/findings) as
KIND-SHA1.py with KIND-SHA1.txt saying why:

    crash      yieldc died of a signal, exited with another status, or
               took more than 30 s
    nodiag     yieldc exited 1 without a diagnostic in gcc's form
    cc         the C it wrote does not compile under -Werror
    invalid    yieldc accepted a source CPython rejects (CPython's error);
               PEP 828's constructs, which CPython 3.11 rejects and yieldc
               accepts on purpose, do not count

Inputs already checked are remembered in the cache file (default
build/fuzz/checked.txt) by the SHA1 of the input and of build/yieldc, so a
corpus is checked once per build of the compiler.
The summary ends with `N inputs: N rejected, N accepted, N findings (N
known)`;
the status is 1 when there is a finding.

--minimise shrinks one finding, a line and then a byte at a time, keeping
its kind and CPython's message (or the C compiler's first error, or the
status), and writes FINDING.min.py.
"""
import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
YIELDC = os.path.join(ROOT, "build", "yieldc")
CC = os.environ.get("CC", "cc")
DIAG = re.compile(r"^(prog\.py:\d+:\d+: error: |yieldc: error: )", re.M)


# CPython 3.11's errors for the PEP 828 constructs yieldc accepts on
# purpose (README.md, "PEP 828"): the error's place, and how to spell the
# construct so that 3.11 reads on.
PEP828 = [
    ("'yield from' inside async function", b"yield from", b"yield     "),
    ("'return' with value in async generator", b"return", b"yield "),
    ("invalid syntax", b"async yield from", b"yield           "),
]


# Known findings of issue 13 where yieldc accepts what CPython rejects:
# NAME and a test on the input and on the line CPython's error is on.  A
# finding that passes one is reported as `known NAME`.
KNOWN_INVALID = [
    # (none open: cr_line_ends, vertical_tab, string_prefix and
    # operator_newline were fixed in scan.c and parse.c)
]


def cpython_error(data):
    """None if CPython compiles the source, else its error in one line
    (and the name of the known finding it shows, if any).

    A PEP 828 construct CPython rejects is respelled with a plain yield of
    the same width, and the source compiled again."""
    for _ in range(100):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                compile(data, "prog.py", "exec", dont_inherit=True)
                return None
            except SyntaxError as e:
                patched = pep828(data, e)
                if patched is None:
                    msg = "SyntaxError: %s" % e.msg
                    for name, test in KNOWN_INVALID:
                        if test(data, e.text):
                            return "%s (known %s)" % (msg, name)
                    return msg
                data = patched
            except (ValueError, MemoryError, RecursionError, OverflowError) as e:
                return "%s: %s" % (type(e).__name__, e)
    return "SyntaxError: too many PEP 828 constructs"


def pep828(data, e):
    """data with the PEP 828 construct at e respelled, or None."""
    if not e.lineno or not e.offset:
        return None
    lines = data.split(b"\n")
    if e.lineno > len(lines):
        return None
    line = lines[e.lineno - 1]
    for msg, what, instead in PEP828:
        if e.msg != msg:
            continue
        # The error points at the construct (its first character); for
        # `async yield from`, at `yield`, just after `async `.
        for start in (e.offset - 1, e.offset - 1 - len(b"async ")):
            if start >= 0 and line[start:start + len(what)] == what:
                lines[e.lineno - 1] = line[:start] + instead + line[start + len(what):]
                return b"\n".join(lines)
    return None


def check(path, cflags, data=None):
    """(verdict, detail) for one input; verdict is rejected, accepted or a finding kind."""
    if data is None:
        with open(path, "rb") as f:
            data = f.read()
    work = tempfile.mkdtemp(prefix="fuzzcheck.")
    try:
        with open(os.path.join(work, "prog.py"), "wb") as f:
            f.write(data)
        try:
            p = subprocess.run([YIELDC, "prog.py", "-o", "prog.c"], cwd=work, capture_output=True, timeout=30)
        except subprocess.TimeoutExpired:
            return "crash", "yieldc took more than 30 s"
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode == 1:
            if DIAG.search(err):
                return "rejected", ""
            return "nodiag", "status 1 without a diagnostic; stderr:\n" + err[-3000:]
        if p.returncode != 0:
            return "crash", "yieldc status %d; stderr:\n%s" % (p.returncode, err[-3000:])
        try:
            c = subprocess.run([CC, "-std=c11", "-O0", "-Wall", "-Wextra", "-Werror"] + cflags +
                               ["-c", "prog.c", "-o", "prog.o"], cwd=work, capture_output=True, timeout=300)
            if c.returncode != 0:
                return "cc", c.stderr.decode("utf-8", "replace")[-4000:]
        except subprocess.TimeoutExpired:
            return "cc", "the C compiler took more than 300 s"
        bad = cpython_error(data)
        if bad:
            return "invalid", "yieldc accepts it; CPython says " + bad
        return "accepted", ""
    finally:
        shutil.rmtree(work, ignore_errors=True)


def signature(verdict, detail):
    """What a finding must keep while it is minimised."""
    if verdict == "invalid":
        return verdict + ": " + detail.split("CPython says ", 1)[-1]
    if verdict == "cc":
        first = next((l for l in detail.split("\n") if "error:" in l), "")
        return verdict + ": " + re.sub(r"\d+", "N", first.split("error:", 1)[-1])
    if verdict == "crash":
        return verdict + ": " + detail.split(";")[0]
    return verdict


def minimise(path, cflags):
    """Shrink one finding: lines first, then bytes, keeping its signature."""
    with open(path, "rb") as f:
        data = f.read()
    want = signature(*check(path, cflags, data))
    if want in ("rejected", "accepted"):
        sys.exit("check_corpus.py: %s is no finding (%s)" % (path, want))
    print("signature: " + want, file=sys.stderr)

    def good(d):
        return signature(*check(path, cflags, d)) == want

    # Lines (split at \n only: a finding may be about other line ends).
    lines = data.split(b"\n")
    i = 0
    while i < len(lines):
        cand = lines[:i] + lines[i + 1:]
        if good(b"\n".join(cand)):
            lines = cand
        else:
            i += 1
    data = b"\n".join(lines)
    # Bytes, in halving chunks.
    chunk = max(1, len(data) // 2)
    while chunk >= 1:
        i = 0
        while i < len(data):
            cand = data[:i] + data[i + chunk:]
            if cand and good(cand):
                data = cand
            else:
                i += chunk
        chunk //= 2
    return want, data


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--minimise":
        cflags = subprocess.run([YIELDC, "--cflags"], capture_output=True, text=True, check=True).stdout.split()
        want, data = minimise(sys.argv[2], cflags)
        out = os.path.splitext(sys.argv[2])[0] + ".min.py"
        with open(out, "wb") as f:
            f.write(data)
        print("%s (%d bytes): %s\n%r" % (out, len(data), want, data))
        return 0
    ap = argparse.ArgumentParser(description="check a fuzz corpus against the real compiler")
    ap.add_argument("inputs", nargs="+", help="corpus directories or files")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--findings", default=os.path.join(ROOT, "build", "fuzz", "findings"))
    ap.add_argument("--cache", default=os.path.join(ROOT, "build", "fuzz", "checked.txt"))
    args = ap.parse_args()
    if not os.access(YIELDC, os.X_OK):
        sys.exit("check_corpus.py: %s is not built (run make)" % YIELDC)
    cflags = subprocess.run([YIELDC, "--cflags"], capture_output=True, text=True, check=True).stdout.split()
    files = []
    for a in args.inputs:
        if os.path.isdir(a):
            for dp, _, names in os.walk(a):
                files += [os.path.join(dp, n) for n in sorted(names)]
        else:
            files.append(a)
    with open(YIELDC, "rb") as f:
        compiler = hashlib.sha1(f.read()).hexdigest()
    done = set()
    if args.cache and os.path.exists(args.cache):
        with open(args.cache) as f:
            done = set(line.split()[0] for line in f if line.strip())
    todo = {}
    for path in files:
        with open(path, "rb") as f:
            h = hashlib.sha1(compiler.encode() + f.read()).hexdigest()
        if h not in done and h not in todo:
            todo[h] = path
    counts = {}
    known = 0
    cache = open(args.cache, "a") if args.cache else None
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
        futs = {ex.submit(check, path, cflags): (h, path) for h, path in todo.items()}
        for fut in concurrent.futures.as_completed(futs):
            h, path = futs[fut]
            verdict, detail = fut.result()
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict in ("rejected", "accepted"):
                if cache:
                    cache.write("%s %s\n" % (h, verdict))
                continue
            os.makedirs(args.findings, exist_ok=True)
            with open(path, "rb") as f:
                base = os.path.join(args.findings, "%s-%s" % (verdict, hashlib.sha1(f.read()).hexdigest()))
            if os.path.abspath(path) != os.path.abspath(base + ".py"):
                shutil.copyfile(path, base + ".py")
            with open(base + ".txt", "w") as f:
                f.write("%s: %s\n\n%s\n" % (verdict, path, detail))
            first = detail.strip().split("\n")[0] if detail.strip() else ""
            known += "(known " in first
            print("FINDING %s %s: %s" % (verdict, base + ".py", first[:150]), flush=True)
    if cache:
        cache.close()
    findings = sum(v for k, v in counts.items() if k not in ("rejected", "accepted"))
    print("%d inputs (%d already checked): %d rejected, %d accepted, %d findings (%d known)%s" %
          (len(files), len(files) - len(todo), counts.get("rejected", 0), counts.get("accepted", 0), findings,
           known, " in %s" % args.findings if findings else ""))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
