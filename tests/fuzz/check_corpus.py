#!/usr/bin/env python3
"""check_corpus.py: the second look at what the fuzzer grew.

    python3 tests/fuzz/check_corpus.py [-j J] [--findings DIR] [--cache FILE] DIR|FILE...

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

Anything else is a finding, kept in DIR (default build/fuzz/findings) as
KIND-SHA1.py with KIND-SHA1.txt saying why:

    crash      yieldc died of a signal, exited with another status, or
               took more than 30 s
    nodiag     yieldc exited 1 without a diagnostic in gcc's form
    cc         the C it wrote does not compile under -Werror
    invalid    yieldc accepted a source CPython rejects (CPython's error)

Inputs already checked are remembered in the cache file (default
build/fuzz/checked.txt) by the SHA1 of the input and of build/yieldc, so a
corpus is checked once per build of the compiler.
The summary ends with `N inputs: N rejected, N accepted, N findings`;
the status is 1 when there is a finding.
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


def cpython_error(data):
    """None if CPython compiles the source, else its error in one line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "prog.py", "exec", dont_inherit=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as e:
            return "%s: %s" % (type(e).__name__, e)
    return None


def check(path, cflags):
    """(verdict, detail) for one input; verdict is rejected, accepted or a finding kind."""
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


def main():
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
            shutil.copyfile(path, base + ".py")
            with open(base + ".txt", "w") as f:
                f.write("%s: %s\n\n%s\n" % (verdict, path, detail))
            first = detail.strip().split("\n")[0] if detail.strip() else ""
            print("FINDING %s %s: %s" % (verdict, base + ".py", first[:150]), flush=True)
    if cache:
        cache.close()
    findings = sum(v for k, v in counts.items() if k not in ("rejected", "accepted"))
    print("%d inputs (%d already checked): %d rejected, %d accepted, %d findings%s" %
          (len(files), len(files) - len(todo), counts.get("rejected", 0), counts.get("accepted", 0), findings,
           " (in %s)" % args.findings if findings else ""))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
