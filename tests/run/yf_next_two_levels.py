# next() and `for` on a generator suspended in `yield from` of another
# (a chain of two): what the inner generator yields, returns and raises
# comes out of the outer one; stepping the outer generator from inside the
# inner one is "already executing"; the recursion limit counts both.
import sys


def inner(n, fail=False):
    for i in range(n):
        yield i * 10
    if fail:
        raise KeyError("inner failed")
    return n


def outer(n, fail=False):
    r = yield from inner(n, fail)
    yield ("outer got", r)
    return "outer done"


print(list(outer(3)))
g = outer(2)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped:", e.value)
print(next(g, "exhausted"))

g = outer(1, True)
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "finished after the error"))

total = 0
for v in outer(4):
    total += v if type(v) is int else v[1]
print("total", total)


def caught():
    try:
        yield from inner(2, True)
    except KeyError as e:
        yield "caught " + str(e)
    yield "after"


print(list(caught()))

me = None


def reentrant():
    yield "first"
    try:
        next(me)
    except ValueError as e:
        yield "inside: " + str(e)
    yield "last"


def wrapper():
    yield from reentrant()


me = wrapper()
print(list(me))


def deep(k):
    if k == 0:
        yield from outer(1)
    else:
        yield from deep(k - 1)


limit = sys.getrecursionlimit()
print(list(deep(5)))


def nest(depth):
    if depth == 0:
        g = outer(2)
        print("from the bottom:", next(g))
        return g
    return nest(depth - 1)


g = nest(10)
print(next(g))


def at_depth(depth, g):
    if depth == 0:
        return next(g)
    return at_depth(depth - 1, g)


ok = 0
for d in range(limit - 60, limit + 5):
    g = outer(5)
    next(g)  # now suspended in its yield from
    try:
        at_depth(d, g)
        ok = d
    except RecursionError:
        print("RecursionError", ok - (limit - 60), "levels on;", "next:", next(g, "gone"))
        break
