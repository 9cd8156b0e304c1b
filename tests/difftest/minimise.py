#!/usr/bin/env python3
"""minimise.py: shrink a mismatching program, keeping its mismatch.

    python3 tests/difftest/minimise.py PROG.py [-o OUT.py] [--opt -O0|-O1]
                                       [--timeout T] [--sanitize]

PROG.py is a program run.py kept (build/difftest/mismatches/SEED.py) or
any program on which python3 and yieldc disagree.  The minimiser first
runs it as run.py does and takes the signature of the mismatch (the kind
and what identifies it: which of stdout, status and stderr differ, with
the first line where yieldc's stdout departs from CPython's and the two
last stderr lines; the error yieldc or cc printed, numbers left out; the
signal), so that it does not drift to another mismatch on the way.  Then it
removes what it can, as long as the result is still a valid program
CPython runs in time and the signature stays the same:

1. whole statements with their blocks, from the top down, so that a
   function or loop goes at once with all it holds, and a block left
   empty gets a `pass`;
   (a compound statement goes with its elif/else/except/finally clauses;
   a clause can also go alone);
2. compound statements replaced by their first body, dedented (`if`,
   `while`, `for`, `try`: the rest of the statement goes);
3. `print(TAG, ...)` lines that only trace (any print, in fact);
4. last, the lines the generator marked `# keep` (the drivers' final
   acloses and loop turns, which keep CPython's shutdown out of the
   picture); kept if removing them changes the mismatch.

Passes repeat until none removes anything.  Each candidate is checked by
ast.parse, then under python3 and yieldc like a run.py program; results
are cached by source.  The result goes to OUT.py (default PROG.min.py)
with a first comment line naming the signature, and is printed.
"""
import argparse
import ast
import hashlib
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402


class Minimiser:
    def __init__(self, args):
        self.args = args
        self.work = tempfile.mkdtemp(prefix="minimise.")
        self.cache = {}
        self.checks = 0
        self.sig = None

    def verdict(self, src):
        """The signature of src's mismatch ('' for none or an invalid program)."""
        key = hashlib.sha1(src.encode()).hexdigest()
        if key in self.cache:
            return self.cache[key]
        try:
            ast.parse(src)
        except (SyntaxError, ValueError):
            self.cache[key] = ""
            return ""
        self.checks += 1
        res = run.check(src, self.work, self.args.timeout, self.args.sanitize, opt=self.args.opt)
        sig = res.sig if res.kind and res.kind != "invalid" else ""
        self.cache[key] = sig
        return sig

    def good(self, lines):
        return self.verdict("".join(lines)) == self.sig

    # ---- the passes ------------------------------------------------------

    @staticmethod
    def indent(line):
        return len(line) - len(line.lstrip(" "))

    def block_end(self, lines, i):
        """The index after line i and the lines of its block."""
        ind = self.indent(lines[i])
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or self.indent(lines[j]) > ind):
            j += 1
        return j

    CLAUSES = ("elif ", "else:", "except", "finally:")
    HEADS = ("if ", "while ", "for ", "try:", "async for ")

    def stmt_end(self, lines, i):
        """The index after statement i: a compound statement's clauses
        (elif, else, except, finally) go with it; a clause is just itself."""
        j = self.block_end(lines, i)
        if not lines[i].strip().startswith(self.HEADS):
            return j
        ind = self.indent(lines[i])
        while j < len(lines) and lines[j].strip() and self.indent(lines[j]) == ind and \
                lines[j].strip().startswith(self.CLAUSES):
            j = self.block_end(lines, j)
        return j

    def fill(self, lines, i, ind):
        """If removing made the block at i empty, put a pass there."""
        prev = i - 1
        while prev >= 0 and not lines[prev].strip():
            prev -= 1
        nxt = i
        while nxt < len(lines) and not lines[nxt].strip():
            nxt += 1
        opens = prev >= 0 and lines[prev].rstrip().endswith(":") and self.indent(lines[prev]) < ind
        ends = nxt >= len(lines) or self.indent(lines[nxt]) < ind
        if opens and ends:
            return lines[:i] + [" " * ind + "pass\n"] + lines[i:]
        return lines

    def removable(self, line, keep):
        s = line.strip()
        if not s or s == "pass":
            return False
        return keep or not s.endswith("# keep")

    def pass_remove(self, lines, keep=False, only_print=False):
        i = 0
        changed = False
        while i < len(lines):
            line = lines[i]
            if not self.removable(line, keep) or (only_print and not line.strip().startswith("print(")):
                i += 1
                continue
            j = self.stmt_end(lines, i)
            cand = self.fill(lines[:i] + lines[j:], i, self.indent(line))
            if self.good(cand):
                lines = cand
                changed = True
                self.progress(lines)
                continue  # the next statement is now at i
            i += 1
        return lines, changed

    def pass_unwrap(self, lines):
        i = 0
        changed = False
        while i < len(lines):
            s = lines[i].strip()
            if not s.startswith(self.HEADS) or not s.endswith(":") or s.endswith("# keep"):
                i += 1
                continue
            j = self.block_end(lines, i)
            end = self.stmt_end(lines, i)
            ind = self.indent(lines[i])
            body = [l for l in lines[i + 1:j] if l.strip()]
            if not body:
                i += 1
                continue
            shift = self.indent(body[0]) - ind
            new = [l[shift:] if l.strip() else l for l in lines[i + 1:j]]
            cand = lines[:i] + new + lines[end:]
            if self.good(cand):
                lines = cand
                changed = True
                self.progress(lines)
                continue
            i += 1
        return lines, changed

    def progress(self, lines):
        if not self.args.quiet:
            sys.stderr.write("  %d lines (%d checks)\n" % (sum(1 for l in lines if l.strip()), self.checks))

    def run(self, src):
        self.sig = self.verdict(src)
        if not self.sig:
            return None
        sys.stderr.write("signature: %s\n" % self.sig)
        lines = src.splitlines(True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        while True:
            lines, a = self.pass_remove(lines)
            lines, b = self.pass_unwrap(lines)
            lines, c = self.pass_remove(lines, only_print=True)
            if not (a or b or c):
                lines, d = self.pass_remove(lines, keep=True)
                if not d:
                    break
        # Drop blank lines (and comments) where that changes nothing.
        tidy = [l for l in lines if l.strip() and not l.strip().startswith("#")]
        if self.good(tidy):
            lines = tidy
        return "".join(lines)

    def close(self):
        shutil.rmtree(self.work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description="minimise a program on which python3 and yieldc disagree")
    ap.add_argument("prog")
    ap.add_argument("-o", dest="out")
    ap.add_argument("--opt", default="-O0", help="C optimisation flag (default -O0; use -O1 for cc findings seen there)")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--sanitize", action="store_true")
    ap.add_argument("-q", dest="quiet", action="store_true")
    args = ap.parse_args()
    with open(args.prog) as f:
        src = f.read()
    m = Minimiser(args)
    try:
        small = m.run(src)
    finally:
        m.close()
    if small is None:
        sys.exit("minimise.py: %s shows no mismatch (with %s)" % (args.prog, args.opt))
    out = args.out or os.path.splitext(args.prog)[0] + ".min.py"
    with open(out, "w") as f:
        f.write("# minimised by tests/difftest/minimise.py: %s\n" % m.sig)
        f.write(small)
    sys.stdout.write(small)
    sys.stderr.write("%s: %d lines, %d checks\n" % (out, small.count("\n"), m.checks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
