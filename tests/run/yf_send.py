# yield from forwards send() to the subgenerator, and next() to
# non-generator iterators; sending a value into a plain iterator fails.

def inner():
    print("  inner start")
    a = yield "inner 1"
    print("  inner received", repr(a))
    b = yield "inner 2"
    print("  inner received", repr(b))
    return a + b

def outer():
    print("  outer start")
    x = yield "outer 1"
    print("  outer received", repr(x))
    r = yield from inner()
    print("  inner returned", repr(r))
    y = yield "outer 2"
    print("  outer received", repr(y))
    return "outer done"

g = outer()
print(next(g))
print(g.send("X"))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("Y")
except StopIteration as e:
    print("StopIteration", e.value)

# send(None) is next() and works with any iterator.
def over_range():
    yield from range(3)

r = over_range()
print(r.send(None), r.send(None), r.send(None))
print(next(r, "range exhausted"))

# send(non-None) when the delegate is a plain iterator: AttributeError,
# raised inside the delegating generator (which could catch it).
def over_list():
    try:
        yield from [1, 2, 3]
    except AttributeError as e:
        print("  delegator caught AttributeError:", e)
        yield "recovered"

o = over_list()
print(next(o))
print(o.send("value"))
print(list(o))

def over_range_uncaught():
    try:
        yield from range(5)
    finally:
        print("  finally of over_range_uncaught")

u = over_range_uncaught()
print(next(u))
try:
    u.send(42)
except AttributeError as e:
    print("caller caught AttributeError:", e)
print(list(u))

# A sent value travels through several levels.
def level(n):
    if n == 0:
        got = yield "bottom"
        return "bottom got " + str(got)
    res = yield from level(n - 1)
    return "level " + str(n) + " <- " + res

deep = level(4)
print(next(deep))
try:
    deep.send(99)
except StopIteration as e:
    print(e.value)
