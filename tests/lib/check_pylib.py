"""check_pylib.py: compares runtime/lib's Python modules with CPython's own.

Run by hand under python3 after editing runtime/lib (it is not part of
`make test`, which checks the modules compiled by yieldc through tests/run):

    python3 tests/lib/check_pylib.py [MODULE...]

Each module of runtime/lib is loaded under CPython as `yc_<name>` and
driven side by side with CPython's module of the same name on generated
inputs, comparing results, exceptions (type and message) and, for heapq and
bisect, the exact sequence of comparisons made on the items.  Then the
module's self-test (its `if __name__ == "__main__":` block) is run twice,
on our module and on CPython's, and the two outputs are compared (so the
self-test's expectations are CPython's; the tests/run programs check that
yieldc's build of the module prints the same).  It prints one line per
module and `N checks, N failed`.
"""
import importlib.util
import os
import random
import sys

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "runtime", "lib")


def load(name):
    spec = importlib.util.spec_from_file_location("yc_" + name, os.path.join(LIB, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Item:
    """Logs each comparison; may raise on a chosen one."""
    log = None
    fail_at = -1

    def __init__(self, v):
        self.v = v

    def _note(self, op, other):
        Item.log.append((op, self.v, getattr(other, "v", other)))
        if len(Item.log) == Item.fail_at:
            raise ValueError("comparison %d" % len(Item.log))

    def __lt__(self, other):
        self._note("<", other)
        return self.v < other.v

    def __eq__(self, other):
        self._note("==", other)
        return self.v == other.v

    def __repr__(self):
        return "I(%r)" % (self.v,)


checks = 0
failed = 0


def outcome(fn):
    """Runs fn() with a fresh comparison log: (result or exception, log)."""
    Item.log = []
    try:
        r = ("ok", repr(fn()))
    except Exception as e:
        r = ("raise", type(e).__name__, str(e))
    return r, Item.log


def same(label, f_ours, f_theirs):
    global checks, failed
    checks += 1
    a = outcome(f_ours)
    b = outcome(f_theirs)
    if a != b:
        failed += 1
        if failed <= 10:
            print("FAIL", label)
            print("   ours:   ", a)
            print("   cpython:", b)


def check_heapq(rng):
    import heapq as theirs
    ours = load("heapq")
    for trial in range(400):
        n = rng.choice([0, 1, 2, 3, 5, 8, 13, 30, 100, 2501, 2600])
        vals = [rng.randrange(max(1, n // 2 + 1)) for i in range(n)]
        fail_at = rng.choice([-1, -1, rng.randrange(1, 40)])

        def items():
            return [Item(v) for v in vals]
        Item.fail_at = fail_at
        for name in ("heapify", "_heapify_max"):
            same("%s %r" % (name, vals[:10]),
                 lambda: (lambda h: (getattr(ours, name)(h), h))(items()),
                 lambda: (lambda h: (getattr(theirs, name)(h), h))(items()))
        if n > 200:
            continue

        def ops(mod):
            h = []
            out = []
            for i, v in enumerate(vals):
                k = i % 5
                if k == 0 or k == 1:
                    mod.heappush(h, Item(v))
                elif k == 2:
                    out.append(mod.heappushpop(h, Item(v)))
                elif k == 3 and h:
                    out.append(mod.heapreplace(h, Item(v)))
                elif h:
                    out.append(mod.heappop(h))
            return out, h
        same("ops %r" % vals[:10], lambda: ops(ours), lambda: ops(theirs))
        for k in (0, 1, 2, 3, 5, 50):
            for key in (None, lambda x: x.v % 3):
                for it in (list, iter):
                    same("nsmallest %d %r" % (k, vals[:10]),
                         lambda: ours.nsmallest(k, it(items()), key=key),
                         lambda: theirs.nsmallest(k, it(items()), key=key))
                    same("nlargest %d %r" % (k, vals[:10]),
                         lambda: ours.nlargest(k, it(items()), key=key),
                         lambda: theirs.nlargest(k, it(items()), key=key))
        parts = [sorted(vals[i::3]) for i in range(3)]
        for key in (None, lambda x: x.v // 2):
            for rev in (False, True):
                def runs():
                    return [sorted((Item(v) for v in p), key=lambda x: x.v, reverse=rev) for p in parts]
                same("merge %r" % parts,
                     lambda: list(ours.merge(*runs(), key=key, reverse=rev)),
                     lambda: list(theirs.merge(*runs(), key=key, reverse=rev)))
        Item.fail_at = -1
    for bad in ((), [], None):
        for name in ("heappop", "heapify", "_heappop_max", "_heapify_max"):
            same("%s(%r)" % (name, bad), lambda: getattr(ours, name)(bad),
                 lambda: getattr(theirs, name)(bad))
        for name in ("heappush", "heapreplace", "heappushpop", "_heapreplace_max"):
            same("%s(%r, 1)" % (name, bad), lambda: getattr(ours, name)(bad, 1),
                 lambda: getattr(theirs, name)(bad, 1))


def check_bisect(rng):
    import bisect as theirs
    ours = load("bisect")
    for trial in range(300):
        n = rng.randrange(12)
        vals = sorted(rng.randrange(8) for i in range(n))
        x = rng.randrange(-1, 9)
        lo = rng.choice([0, 0, 1, 3, -1, 2.0, "1", True])
        hi = rng.choice([None, None, -1, 0, n, n + 2, -3, 1.5])
        key = rng.choice([None, lambda it: it.v])
        Item.fail_at = rng.choice([-1, -1, rng.randrange(1, 6)])
        for name in ("bisect_left", "bisect_right", "bisect"):
            def run(mod):
                a = [Item(v) for v in vals]
                probe = x if key else Item(x)
                return getattr(mod, name)(a, probe, lo, hi, key=key)
            same("%s(%r, %r, %r, %r)" % (name, vals, x, lo, hi),
                 lambda: run(ours), lambda: run(theirs))
        for name in ("insort_left", "insort_right", "insort"):
            def run(mod):
                a = [Item(v) for v in vals]
                if key is None:
                    getattr(mod, name)(a, Item(x), lo, hi)
                else:
                    getattr(mod, name)(a, Item(x), lo, hi, key=key)
                return [(i.v, id(i) == id(a[0])) for i in a]
            same("%s(%r, %r, %r, %r)" % (name, vals, x, lo, hi),
                 lambda: run(ours), lambda: run(theirs))
        Item.fail_at = -1


def selftest_output(name, namespace):
    """Runs the `if __name__ == "__main__":` block of runtime/lib/NAME.py
    with `namespace` as its globals; returns what it prints."""
    import contextlib
    import io
    import textwrap
    src = open(os.path.join(LIB, name + ".py")).read()
    marker = 'if __name__ == "__main__":\n'
    block = textwrap.dedent(src[src.index(marker) + len(marker):])
    g = dict(namespace)
    g["__name__"] = "__main__"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, name + ".py(self-test)", "exec"), g)
    return out.getvalue()


def check_selftest(name):
    """The module's self-test prints the same with CPython's module."""
    global checks, failed
    checks += 1
    ours = selftest_output(name, vars(load(name)))
    theirs = selftest_output(name, vars(importlib.import_module(name)))
    if ours != theirs:
        failed += 1
        import difflib
        print("FAIL %s self-test with CPython's %s:" % (name, name))
        for line in difflib.unified_diff(theirs.splitlines(), ours.splitlines(),
                                         "cpython", "ours", lineterm="", n=1):
            print("   " + line)


CHECKS = {"heapq": check_heapq, "bisect": check_bisect}


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(LIB) if f.endswith(".py"))
    for name in names:
        before = failed
        if name in CHECKS:
            CHECKS[name](random.Random(20261206))
        check_selftest(name)
        print("%s: %s" % (name, "ok" if failed == before else "%d failed" % (failed - before)))
    print("%d checks, %d failed" % (checks, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
