# The sys module: maxsize, the recursion limit, version_info, platform,
# byteorder, exit and SystemExit, the standard streams.
import sys
from sys import exit, maxsize, getrecursionlimit as grl

print(maxsize, maxsize == 2 ** 63 - 1, type(maxsize).__name__)
print(grl(), sys.getrecursionlimit())
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info[0], len(sys.version_info))
print(sys.platform, sys.byteorder, type(sys.argv).__name__, type(sys.argv[0]).__name__)


def attempt(what, f):
    try:
        print(what, "->", f())
    except BaseException as e:
        print(what, "->", type(e).__name__, "|", e, "|", e.args)


attempt("getrecursionlimit(1)", lambda: sys.getrecursionlimit(1))
attempt("setrecursionlimit()", lambda: sys.setrecursionlimit())
attempt("setrecursionlimit(1, 2)", lambda: sys.setrecursionlimit(1, 2))
attempt("setrecursionlimit('x')", lambda: sys.setrecursionlimit("x"))
attempt("setrecursionlimit(1.5)", lambda: sys.setrecursionlimit(1.5))
attempt("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
attempt("setrecursionlimit(-5)", lambda: sys.setrecursionlimit(-5))
attempt("setrecursionlimit(2**40)", lambda: sys.setrecursionlimit(2 ** 40))
attempt("exit(1, 2)", lambda: sys.exit(1, 2))


def depth(n):
    return depth(n + 1) if n < 10000 else n


sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
attempt("deep", lambda: depth(0))


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


sys.setrecursionlimit(3000)
print(down(2500))
sys.setrecursionlimit(1000)
attempt("down(2500)", lambda: down(2500))

for args in [(), (0,), (3,), ("message",), (None,), (True,)]:
    try:
        exit(*args)
    except SystemExit as e:
        print("SystemExit", repr(e), e.args, e.code)


def gen():
    try:
        yield 1
        sys.exit(5)
    finally:
        print("finally in the generator")


try:
    for x in gen():
        print("got", x)
except SystemExit as e:
    print("caught", e.code)

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdin.read(), sys.stdin.readlines())
attempt("stdin write", lambda: sys.stdin.write("x"))
attempt("stdout read", lambda: sys.stdout.read())
attempt("stdout write int", lambda: sys.stdout.write(5))


# print() writes to sys.stdout, whatever it is bound to
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
sys.stdout = cap
print("captured", 1, 2, sep=",")
print("again", flush=True)
sys.stdout = sys.__stdout__
print(cap.parts)
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("flushed", flush=True)
print("to stderr", file=sys.stderr, flush=True)
sys.stderr.write("stderr write\n")
sys.stderr.flush()
sys.exit("fatal: the end")
