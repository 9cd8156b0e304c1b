#!/usr/bin/env python3
"""run.py: the differential test: random programs under python3 and yieldc.

    python3 tests/difftest/run.py N [--start S] [-j J] [--timeout T] [--opt -O1]
                                    [--out DIR] [--sanitize] [--known] [-q]

For each seed S, S+1, ..., S+N-1: gen.py writes the program of the seed,
python3 runs it (the oracle), build/yieldc compiles it, the C is built as
tests/runtests builds run/ tests (`$CC -std=c11 -O1 -Wall -Wextra -Werror
$(yieldc --cflags) prog.c $(yieldc --libs)`), and the program runs.  Both
runs get stdin from /dev/null and a timeout.  As for run/ tests, the
verdict compares stdout byte for byte, the exit status, and, when the
status is not 0, the last line of stderr.

Every mismatch is kept in DIR/mismatches (default build/difftest):
SEED.py, the program, and SEED.txt, its kind and the evidence (diff,
diagnostics).  The kinds:

    reject      yieldc refuses a program CPython runs (a gap in the
                subset, or a generator that strays out of it)
    yieldc      yieldc crashes or times out
    cc          the C does not compile under -Werror
    crash       the compiled program dies of a signal
    sanitizer   (--sanitize) ASan/UBSan report in the program's stderr
    timeout     the compiled program runs past the timeout
    differs     stdout, exit status or the last stderr line differ

Programs CPython rejects or cannot finish in time, and programs whose
output changes when CPython runs them again with the cycle collector off
(gc.disable() in a sitecustomize.py: yieldc has no cycle collector, so
such output is not a yardstick), are the generator's fault: they are
counted and kept as `invalid`, not as mismatches.

A mismatch whose evidence matches a known finding (KNOWN below) has the
signature `known: NAME`.  The summary ends with
`N programs, N passed, N mismatches (N of known findings), N invalid`.
Exit status 0 when there is no mismatch and no invalid program.

--sanitize builds each program with -fsanitize=address,undefined against
build/asan/libyieldrt.a (make build/asan/libyieldrt.a first).  --known
passes --known to the generator (the patterns of known findings too).
The minimiser, minimise.py, uses check() from here.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

YIELDC = os.path.join(ROOT, "build", "yieldc")
CC = os.environ.get("CC", "cc")
# The interpreter running this script, not a shim (pyenv's costs 100 ms a call).
PYTHON = os.environ.get("PYTHON", sys.executable or "python3")
SANFLAGS = ["-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-fno-sanitize-recover=undefined"]
PYENV = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")


# Known findings (tests/difftest/findings/NAME.py): a mismatch whose
# evidence matches one of these is reported as `known: NAME`.
KNOWN = {
    # None at present.  (throw_context, the first, is fixed; frame_lifetime,
    # findings/frame_lifetime.py, shows as finalisation lines out of place,
    # which no pattern tells from a new finding.)
}


def known(res):
    """res, with the signature `known: NAME` if it matches a known finding."""
    for name, pattern in KNOWN.items():
        if res.kind and res.kind != "invalid" and pattern.search(res.detail):
            res.sig = "known: " + name
            break
    return res


class Result:
    """The verdict on one program.  kind None: a pass."""

    def __init__(self, kind=None, sig="", detail=""):
        self.kind = kind      # one of the kinds above, or "invalid", or None
        self.sig = sig        # what must stay the same while minimising
        self.detail = detail  # the evidence, for SEED.txt


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def run(cmd, cwd, timeout, env=None):
    """(status, stdout, stderr); status None on a timeout."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace"), (e.stderr or b"").decode("utf-8", "replace")
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def norm(msg):
    """A diagnostic without places and numbers: what identifies a bug."""
    msg = re.sub(r"^\S*:\d+:\d+: ", "", msg)
    return re.sub(r"\d+", "N", msg).strip()


_flags = {}


def flags(sanitize):
    if "cflags" not in _flags:
        _flags["cflags"] = subprocess.run([YIELDC, "--cflags"], capture_output=True, text=True, check=True).stdout.split()
        _flags["libs"] = subprocess.run([YIELDC, "--libs"], capture_output=True, text=True, check=True).stdout.split()
    if sanitize:
        return _flags["cflags"] + SANFLAGS + ["-g"], [os.path.join(ROOT, "build", "asan", "libyieldrt.a"), "-lm"]
    return _flags["cflags"], _flags["libs"]


def oracle(src, work, timeout):
    """CPython's run of the program: (status, stdout, stderr) or a Result for an invalid one."""
    path = os.path.join(work, "prog.py")
    with open(path, "w") as f:
        f.write(src)
    st, out, err = run([PYTHON, "prog.py"], work, timeout, PYENV)
    if st is None:
        return Result("invalid", "python timeout", "CPython timed out after %ss" % timeout)
    if st != 0 and re.match(r"(SyntaxError|IndentationError|TabError)\b", last_line(err)):
        return Result("invalid", "python rejects", err)
    # The output must not depend on when CPython's cycle collector runs:
    # yieldc has none (README.md).  Run it again with the collector off.
    nogc = os.path.join(work, "nogc")
    os.makedirs(nogc, exist_ok=True)
    with open(os.path.join(nogc, "sitecustomize.py"), "w") as f:
        f.write("import gc\ngc.disable()\n")
    st2, out2, err2 = run([PYTHON, "prog.py"], work, timeout, dict(PYENV, PYTHONPATH=nogc))
    if (st2, out2, last_line(err2) if st2 else "") != (st, out, last_line(err) if st else ""):
        return Result("invalid", "gc-dependent",
                      "CPython's output changes with the cycle collector off:\n" + diff(out, out2))
    return st, out, err


def check(src, work, timeout=10, sanitize=False, expected=None, opt="-O1"):
    """Run one program both ways in directory work; return a Result."""
    if expected is None:
        expected = oracle(src, work, timeout)
        if isinstance(expected, Result):
            return expected
    pst, pout, perr = expected
    with open(os.path.join(work, "prog.py"), "w") as f:
        f.write(src)
    st, out, err = run([YIELDC, "prog.py", "-o", "prog.c"], work, 60)
    if st is None or st not in (0, 1):
        return Result("yieldc", "yieldc status %s" % st, "yieldc: status %s\n%s" % (st, err))
    if st == 1:
        first = next((l for l in err.split("\n") if "error:" in l), err.split("\n")[0])
        return Result("reject", "reject: " + norm(first), err)
    cflags, libs = flags(sanitize)
    st, out, err = run([CC, "-std=c11", opt, "-Wall", "-Wextra", "-Werror"] + cflags +
                       ["prog.c"] + libs + ["-o", "prog"], work, 300)
    if st != 0:
        first = next((l for l in err.split("\n") if "error:" in l), err.split("\n")[0])
        return Result("cc", "cc: " + norm(first.split("error:", 1)[-1]), err)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1") if sanitize else None
    st, out, err = run(["./prog"], work, timeout, env)
    if sanitize and re.search(r"ERROR: (Address|Leak)Sanitizer|runtime error:", err):
        m = re.search(r"(ERROR: \w+Sanitizer: [\w-]+|runtime error: .*)", err)
        return Result("sanitizer", "sanitizer: " + norm(m.group(1)), err[-6000:])
    if st is None:
        return Result("timeout", "timeout", "timed out after %ss; stdout so far:\n%s" % (timeout, out[-3000:]))
    if st < 0:
        return Result("crash", "crash: signal %d" % -st,
                      "killed by signal %d\nstderr:\n%s\nstdout diff:\n%s" % (-st, err[-3000:], diff(pout, out)))
    what = []
    detail = []
    if out != pout:
        what.append("stdout " + first_difference(pout, out))
        detail.append("stdout (--- CPython, +++ yieldc):\n" + diff(pout, out))
    if st != pst:
        what.append("status %d/%d" % (pst, st))
        detail.append("exit status: CPython %d, yieldc %d" % (pst, st))
    elif pst != 0 and last_line(err) != last_line(perr):
        what.append("stderr %r/%r" % (last_line(perr), last_line(err)))
        detail.append("last stderr line: CPython %r, yieldc %r" % (last_line(perr), last_line(err)))
    if st != 0 or pst != 0:
        detail.append("CPython stderr:\n" + perr[-2000:] + "\nyieldc stderr:\n" + err[-2000:])
    if what:
        return Result("differs", "differs: " + ", ".join(what), "\n".join(detail))
    return Result()


def first_difference(a, b):
    """The first line where b departs from a, as 'CPython line/yieldc line'
    ('' for none): part of the signature, so that minimising keeps this
    mismatch and does not drift to another one."""
    al, bl = a.splitlines(), b.splitlines()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, al, bl, autojunk=False).get_opcodes():
        if op != "equal":
            return "%r/%r" % (al[i1] if i1 < i2 else "", bl[j1] if j1 < j2 else "")
    return ""


def diff(a, b, limit=60):
    d = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "CPython", "yieldc", lineterm="", n=2))
    if len(d) > limit:
        d = d[:limit] + ["... (%d more lines)" % (len(d) - limit)]
    return "\n".join(d)


def opt_level(seed, args):
    """-O1 (as run/ tests) for one seed in four, -O0 (four times faster) for the rest."""
    if args.opt:
        return args.opt
    return "-O1" if seed % 4 == 0 else "-O0"


def one(seed, args, scratch):
    work = os.path.join(scratch, str(seed))
    os.makedirs(work, exist_ok=True)
    src = gen.Gen(seed, args.known).program()
    try:
        res = known(check(src, work, args.timeout, args.sanitize, opt=opt_level(seed, args)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if res.kind:
        sub = "invalid" if res.kind == "invalid" else "mismatches"
        d = os.path.join(args.out, sub)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "%d.py" % seed), "w") as f:
            f.write(src)
        with open(os.path.join(d, "%d.txt" % seed), "w") as f:
            f.write("seed %d (%s %s)\nkind: %s\nsignature: %s\n\n%s\n" %
                    (seed, CC, opt_level(seed, args), res.kind, res.sig, res.detail))
    return seed, res


def main():
    ap = argparse.ArgumentParser(description="differential test of yieldc against python3")
    ap.add_argument("n", type=int, help="how many programs")
    ap.add_argument("--start", type=int, default=1, help="the first seed (default 1)")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("--timeout", type=float, default=10, help="seconds per run (default 10)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "difftest"), help="where mismatches are kept")
    ap.add_argument("--sanitize", action="store_true", help="build programs with ASan+UBSan")
    ap.add_argument("--opt", help="the C optimisation flag for every seed (default: -O1 for seeds divisible by 4, else -O0)")
    ap.add_argument("--known", action="store_true", help="also generate the patterns of known findings (gen.py KNOWN)")
    ap.add_argument("-q", action="store_true", help="print only the summary")
    args = ap.parse_args()
    if not os.access(YIELDC, os.X_OK):
        sys.exit("run.py: %s is not built (run make)" % YIELDC)
    os.makedirs(args.out, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="difftest.")
    counts = {}
    sigs = {}
    t0 = time.time()
    done = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as ex:
            futs = [ex.submit(one, s, args, scratch) for s in range(args.start, args.start + args.n)]
            for fut in concurrent.futures.as_completed(futs):
                seed, res = fut.result()
                done += 1
                k = res.kind or "pass"
                counts[k] = counts.get(k, 0) + 1
                if res.kind:
                    sigs.setdefault(res.sig, []).append(seed)
                    if not args.q:
                        print("%s seed %d: %s" % ("INVALID" if k == "invalid" else "MISMATCH", seed, res.sig), flush=True)
                if not args.q and done % 100 == 0:
                    print("... %d/%d (%.0fs)" % (done, args.n, time.time() - t0), flush=True)
    except KeyboardInterrupt:
        print("interrupted")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    elapsed = time.time() - t0
    bad = sum(v for k, v in counts.items() if k not in ("pass", "invalid"))
    known = sum(len(v) for k, v in sigs.items() if k.startswith("known: "))
    print("difftest: seeds %d..%d, %.0f s, %.1f programs a minute at -j %d" %
          (args.start, args.start + args.n - 1, elapsed, done * 60 / max(elapsed, 1e-9), args.j))
    for sig in sorted(sigs, key=lambda s: (-len(sigs[s]), s)):
        seeds = sorted(sigs[sig])
        more = " ..." if len(seeds) > 8 else ""
        print("  %5d  %s  (seeds %s%s)" % (len(seeds), sig, " ".join(map(str, seeds[:8])), more))
    if bad or counts.get("invalid"):
        print("kept in %s" % args.out)
    print("%d programs, %d passed, %d mismatches (%d of known findings), %d invalid" %
          (done, counts.get("pass", 0), bad, known, counts.get("invalid", 0)))
    return 1 if bad or counts.get("invalid") else 0


if __name__ == "__main__":
    sys.exit(main())
