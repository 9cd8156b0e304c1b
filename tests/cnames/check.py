#!/usr/bin/env python3
"""check.py: every Python identifier compiles, whatever C calls it.

    python3 tests/cnames/check.py POSITION SCRATCH [YIELDC]

Generated C is full of names: C's keywords, what the C library headers
declare (printf, NULL, size_t), the functions compilers know as builtins
(log, round, exit), the runtime's names and the generated code's own (f,
gen_, out_, count_up_to__resume, PREFIX_init).  A Python program may use any
of them as an identifier.  This check collects those names from the C
compiler itself, independently of the list the compiler keeps
(transpiler/cnames.h), and binds every one of them in one binding POSITION:

    def, async_def, generator, class, global   at module level
    local, field, param, cell                  inside functions
    api                                        module-level functions and
                                               their parameters, as the C API
                                               header declares them (C and C++)

Each program is compiled by yieldc, built by gcc with -std=c11 -Wall -Wextra
-Werror, checked by clang with -std=gnu11 (the GNU names too), run, and its
output compared with python3's.  Prints one line, PASS or FAIL with the
reason, and exits 0 or 1.
"""
import builtins, keyword, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BATCH = 400
CC = os.environ.get("CC", "cc")

SAMPLE = '''import asyncio
def count_up_to(limit):
    n = 1
    while n <= limit:
        got = yield n
        n += 1
    return n
async def main():
    total = 0
    for x in count_up_to(3):
        total += x
    await asyncio.sleep(0)
    return total
print(asyncio.run(main()))
'''

CXX_KEYWORDS = """alignas alignof and and_eq asm bitand bitor bool catch char8_t char16_t char32_t class
compl concept consteval constexpr constinit const_cast co_await co_return co_yield decltype delete
dynamic_cast explicit export false friend mutable namespace new noexcept not not_eq nullptr operator
or or_eq private protected public reinterpret_cast requires static_assert static_cast template this
thread_local throw true try typeid typename using virtual wchar_t xor xor_eq auto break case char
const continue default do double else enum extern float for goto if inline int long register
restrict return short signed sizeof static struct switch typedef union unsigned void volatile
while""".split()


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def collect(yieldc, scratch):
    """The names of C's namespace, as the C compiler sees them."""
    names = set(CXX_KEYWORDS)
    py = os.path.join(scratch, "sample.py")
    with open(py, "w") as f:
        f.write(SAMPLE)
    c = os.path.join(scratch, "sample.c")
    r = run([yieldc, "--no-line", py, "-o", c, "--header", os.path.join(scratch, "sample.h")])
    if r.returncode:
        sys.exit("cannot compile the sample: " + r.stderr)
    cflags = run([yieldc, "--cflags"]).stdout.split()
    lib = os.path.join(scratch, "lib.c")
    with open(lib, "w") as f:
        for h in ["stdlib.h", "string.h", "strings.h", "math.h", "ctype.h", "wchar.h", "wctype.h",
                  "inttypes.h", "complex.h", "errno.h", "assert.h"]:
            f.write("#include <%s>\n" % h)
    for src in (c, lib):
        for extra in (["-E"], ["-E", "-dM"]):
            out = run([CC, "-D_GNU_SOURCE", *cflags, *extra, src]).stdout
            names.update(re.findall(r"\b[A-Za-z][A-Za-z0-9_]*\b", out))
    # The generated code's own names (sample.c holds them all, as words).
    with open(c) as f:
        names.update(re.findall(r"\b[A-Za-z][A-Za-z0-9_]*\b", f.read()))
    names.update(["init", "module__body", "g__resume", "main__frame"])
    return sorted(n for n in names if n.isidentifier() and not keyword.iskeyword(n)
                  and not (n.startswith("__") and n.endswith("__")))


def programs(position, names):
    """(name, Python text) of the programs that bind `names` in `position`."""
    module_level = position in ("def", "async_def", "generator", "class", "global", "api")
    if module_level:  # a module-level binding would hide the builtins the program uses
        names = [n for n in names if not hasattr(builtins, n) and n not in ("asyncio", "zz_total")]
    for k in range(0, len(names), BATCH):
        batch = names[k:k + BATCH]
        out = []
        emit = out.append
        if position == "async_def":
            emit("import asyncio")
        for i, n in enumerate(batch):
            if position in ("def", "api"):
                emit("def %s(%s):\n    return %s" % (n, "a" if position == "api" else "", "a" if position == "api" else i))
            elif position == "async_def":
                emit("async def %s():\n    return %d" % (n, i))
            elif position == "generator":
                emit("def %s():\n    yield %d" % (n, i))
            elif position == "class":
                emit("class %s(Exception):\n    pass" % n)
            elif position == "global":
                emit("%s = %d" % (n, i))
            elif position == "local":
                emit("def zz_f%d():\n    %s = %d\n    return %s" % (i, n, i, n))
            elif position == "field":
                emit("def zz_f%d():\n    %s = %d\n    yield 0\n    yield %s" % (i, n, i, n))
            elif position == "param":
                emit("def zz_f%d(%s):\n    return %s" % (i, n, n))
            elif position == "cell":
                emit("def zz_f%d():\n    %s = %d\n    def inner():\n        return %s\n    return inner()" % (i, n, i, n))
        # Use every binding, also from inside a generator (where the frame pointer is `f`).
        emit("def zz_uses():")
        emit("    zz_total = 0")
        for i, n in enumerate(batch):
            if position == "def":
                emit("    zz_total += %s()" % n)
            elif position == "api":
                emit("    zz_total += %s(%d)" % (n, i))
            elif position == "generator":
                emit("    zz_total += next(%s())" % n)
            elif position == "async_def":
                emit("    zz_total += %d" % i)  # awaited below
            elif position == "class":
                emit("    try:\n        raise %s()\n    except %s:\n        zz_total += 1" % (n, n))
            elif position == "global":
                emit("    zz_total += %s" % n)
            elif position == "field":
                emit("    zz_total += list(zz_f%d())[1]" % i)
            elif position == "param":
                emit("    zz_total += zz_f%d(%d)" % (i, i))
            else:
                emit("    zz_total += zz_f%d()" % i)
        emit("    yield zz_total")
        emit("print(%r, next(zz_uses()))" % position)
        if position == "async_def":
            emit("async def zz_main():")
            emit("    zz_total = 0")
            for n in batch:
                emit("    zz_total += await %s()" % n)
            emit("    return zz_total")
            emit("print(asyncio.run(zz_main()))")
        yield "%s_%d" % (position, k // BATCH), "\n".join(out) + "\n"


def check(position, scratch, yieldc):
    os.makedirs(scratch, exist_ok=True)
    names = collect(yieldc, scratch)
    cflags = run([yieldc, "--cflags"]).stdout.split()
    libs = run([yieldc, "--libs"]).stdout.split()
    for name, text in programs(position, names):
        py = os.path.join(scratch, name + ".py")
        c = os.path.join(scratch, name + ".c")
        h = os.path.join(scratch, name + ".h")
        exe = os.path.join(scratch, name)
        with open(py, "w") as f:
            f.write(text)
        r = run([yieldc, py, "-o", c, "--header", h])
        if r.returncode or r.stderr:
            return "yieldc failed on %s: %s" % (py, r.stderr.strip()[:400])
        r = run([CC, "-std=c11", "-O0", "-Wall", "-Wextra", "-Werror", *cflags, c, *libs, "-o", exe])
        if r.returncode:
            return "cc -std=c11 -Werror failed on %s:\n%s" % (c, r.stderr[:1500])
        if run(["sh", "-c", "command -v clang"]).returncode == 0:
            r = run(["clang", "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", *cflags, c])
            if r.returncode:
                return "clang -std=gnu11 -Werror failed on %s:\n%s" % (c, r.stderr[:1500])
        if position == "api":
            for lang, comp in (("c", CC), ("c++", "c++")):
                r = run([comp, "-x", lang, "-fsyntax-only", "-Wall", "-Werror", *cflags, h])
                if r.returncode:
                    return "the header does not compile as %s: %s\n%s" % (lang, h, r.stderr[:1500])
        got = run([exe], timeout=60)
        want = run([sys.executable, py], timeout=60)
        if (got.stdout, got.returncode) != (want.stdout, want.returncode):
            return "%s prints %r (status %d), python3 %r (status %d)" % (
                name, got.stdout[:200], got.returncode, want.stdout[:200], want.returncode)
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    position, scratch = sys.argv[1], sys.argv[2]
    yieldc = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "build", "yieldc")
    why = check(position, scratch, yieldc)
    if why:
        print("FAIL cnames/%s: %s" % (position, why))
        sys.exit(1)
    print("PASS cnames/%s" % position)


main()
