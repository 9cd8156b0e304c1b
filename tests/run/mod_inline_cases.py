# The cases of run/inline_generators and run/inline_generators_off: `for x in
# gen(...)` where the compiler inlines gen's body into the loop (emit.c's
# emit_for_inline), each way in and out of the loop and of the generator;
# at import, so that both the module body and functions are callers.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def three():
    yield "a"
    yield "b"
    yield "c"


def with_return(n):
    if n < 0:
        return
    yield n
    return n * 10


def holder(name, n):
    keep = Noisy(name)
    for k in range(n):
        yield k
    print("  holder done", keep.name)


def nested(rows):
    for row in rows:
        for item in row:
            yield item


def raises(n):
    yield n
    raise ValueError("bad %d" % n)


def stops():
    yield 1
    next(iter([]))
    yield 2


def explicit_stop():
    yield 1
    raise StopIteration("explicit")


def pairs(n):
    for i in range(n):
        yield i, i * i


def uses_global():
    global counter
    counter += 1
    yield counter


def no_yield_reached(n):
    if n:
        return
    yield "never"


def bad_unbound(flag):
    if flag:
        x = 1
    yield x


def deep(n):
    yield depth_of(n)


def depth_of(n):
    if n == 0:
        return 0
    return 1 + depth_of(n - 1)


counter = 0

print("plain")
total = 0
for x in count(5):
    total += x
print(total)

print("several yields")
for s in three():
    print(s, end=" ")
print()

print("else runs when the generator returns")
for v in with_return(3):
    print("got", v)
else:
    print("else")
for v in with_return(-1):
    print("never")
else:
    print("empty, else")

print("break")
for k in holder("h1", 10):
    if k == 2:
        break
print("after break")

print("exhausted")
for k in holder("h2", 2):
    print("k", k)
print("after loop")

print("continue")
for k in count(6):
    if k % 2:
        continue
    print("even", k)

print("nested loops in the generator")
for item in nested([[1, 2], [], [3]]):
    print(item, end=" ")
print()

print("break out of the generator's inner loop")
for item in nested([[1, 2], [3, 4]]):
    if item == 3:
        break
    print(item, end=" ")
print()

print("unpacking the item")
for a, b in pairs(3):
    print(a, b)
try:
    for a, b, c in pairs(2):
        print("never")
except ValueError as e:
    print("ValueError:", e)

print("the generator raises")
try:
    for v in raises(7):
        print("got", v)
except ValueError as e:
    print("caught", e)

print("PEP 479")
try:
    for v in stops():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, "from", type(e.__cause__).__name__)
try:
    for v in explicit_stop():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, "from", repr(e.__cause__))

print("UnboundLocalError inside")
try:
    for v in bad_unbound(False):
        print("never")
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

print("globals")
for v in uses_global():
    print("counter", v)
for v in uses_global():
    print("counter", v)

print("no yield reached")
for v in no_yield_reached(1):
    print("never")
print("done")

print("the loop body raises while the generator holds a frame")
try:
    for k in holder("h3", 5):
        if k == 1:
            raise KeyError("body")
except KeyError as e:
    print("caught", e)


def in_function(n):
    out = []
    for k in holder("f", n):
        if k == 3:
            return out
        out.append(k)
    return out


print("return from a function inside the loop")
print(in_function(10))
print(in_function(2))


def outer_gen(n):
    for k in count(n):
        yield k * 100
        yield k * 100 + 1


print("a generator's loop inlines another")
print(list(outer_gen(3)))
g = outer_gen(5)
print(next(g), next(g), next(g))
g.close()
print("closed")


def outer_holder():
    for k in holder("g", 5):
        yield k


g = outer_holder()
print(next(g), next(g))
del g
print("after del")
g = outer_holder()
print(next(g))
try:
    g.throw(TypeError("thrown"))
except TypeError as e:
    print("thrown out:", e)

print("for inside for")
for a in count(3):
    for b in count(a):
        print(a, b)

print("recursion depth counts the generator's frame")
for d in deep(50):
    print(d)


def recurse(n):
    for v in count(1):
        return recurse(n + 1) if n < 10000 else n


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)

print("same generator, two loops")
for a in count(2):
    for b in three():
        print(a, b, end="; ")
print()


def sub(n):
    for i in range(n):
        yield "s%d" % i
    return "dropped"


def via(n):
    yield "before"
    yield from sub(n)
    yield "between"
    yield from sub(1)
    yield "after"


def via_via(n):
    yield from via(n)
    yield from holder("vv", 2)


def sub_raises():
    yield "x"
    raise KeyError("in sub")


def via_raises():
    yield from sub_raises()
    print("never")


def sub_stops():
    yield "y"
    raise StopIteration


def via_stops():
    yield from sub_stops()


def walk(n):
    if n:
        yield from walk(n - 1)
    yield n


print("yield from, inlined")
for v in via(2):
    print(v, end=" ")
print()
for v in via_via(1):
    print(v, end=" ")
print()
print("break inside the innermost")
for v in via_via(3):
    if v == "s1":
        break
    print(v, end=" ")
print()
for v in via_via(0):
    if v == 1:
        break
    print(v, end=" ")
print()
print("the sub-generator raises")
try:
    for v in via_raises():
        print("got", v)
except KeyError as e:
    print("caught", e)
try:
    for v in via_stops():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
print("recursive: not inlined")
for v in walk(3):
    print(v, end=" ")
print()


def gen_caller():
    for v in via(1):
        yield v.upper()


print(list(gen_caller()))
g = gen_caller()
print(next(g), next(g))
g.close()
