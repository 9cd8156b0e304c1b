# `yield from` chains of three generators or more are resumed at their innermost
# generator (gen.c, "chains"): values, send, throw, close, exceptions, the
# running state of the levels in between, shared delegates and the recursion
# limit are what CPython gives, level by level.
import inspect


def leaf(n, log):
    for i in range(n):
        got = yield i
        if got is not None:
            log.append(("leaf got", got))
    return "leaf done"


def level(depth, n, log):
    if depth == 0:
        r = yield from leaf(n, log)
    else:
        r = yield from level(depth - 1, n, log)
    log.append(("level", depth, r))
    return r + "+"


log = []
g = level(5, 3, log)
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("stop", e.value)
print(log)

# A level that is then resumed yields more values itself.
def mid(depth):
    if depth == 0:
        yield "bottom"
        return 0
    r = yield from mid(depth - 1)
    yield ("after", depth, r)
    return r + 1

print(list(mid(4)))

# Levels in between are running while the leaf runs.
holder = {}

def probe():
    m = holder["mid"]
    print("mid running", m.gi_running, inspect.getgeneratorstate(m), m.gi_suspended)
    try:
        next(m)
    except ValueError as e:
        print("next:", e)
    try:
        m.send(1)
    except ValueError as e:
        print("send:", e)
    try:
        m.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", e)
    try:
        m.throw(1)
    except TypeError as e:
        print("throw 1:", e)
    try:
        m.close()
    except ValueError as e:
        print("close:", e)
    r = holder["root"]
    print("root running", r.gi_running)
    try:
        next(r)
    except ValueError as e:
        print("root next:", e)

    def again():
        yield from m
    try:
        next(again())
    except ValueError as e:
        print("yield from running:", e)
    yield "probed"


def chain(depth):
    if depth == 0:
        yield from probe()
    else:
        yield from chain(depth - 1)

# make the chain again and probe from inside a resumed (shortcut) step
levels = []

def chain2(depth):
    if depth == 0:
        yield "start"
        yield from probe()
    else:
        sub = chain2(depth - 1)
        levels.append(sub)
        yield from sub

root = chain2(6)
holder["root"] = root
print(next(root))
holder["mid"] = levels[2]
print("outside:", holder["mid"].gi_running, holder["mid"].gi_suspended)
print(next(root))
print(list(root))

# Exceptions through the chain: tracebacks and handlers at every level.
def raiser():
    yield 1
    raise KeyError("deep")

def catcher(depth):
    if depth == 0:
        yield from raiser()
    elif depth == 2:
        try:
            yield from catcher(depth - 1)
        except KeyError as e:
            print("caught at", depth, repr(e))
            yield "recovered"
    else:
        yield from catcher(depth - 1)

print(list(catcher(5)))

# A level in between handling an exception: context of the leaf's raise.
def ctx_leaf():
    yield 1
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("context:", repr(e.__context__))
    yield 2

def ctx_mid(depth):
    if depth == 0:
        yield from ctx_leaf()
    elif depth == 2:
        try:
            raise IndexError("handled in mid")
        except IndexError:
            yield from ctx_mid(depth - 1)
    else:
        yield from ctx_mid(depth - 1)

print(list(ctx_mid(4)))

# send() of values through the chain, and throw() that a middle level handles
def echo():
    while True:
        try:
            x = yield
            print("echo", x)
        except KeyError:
            print("echo caught")
            return "echo-ret"

def wrap(d):
    if d == 0:
        r = yield from echo()
    else:
        r = yield from wrap(d - 1)
    print("wrap", d, r)
    return r

w = wrap(4)
next(w)
w.send(10)
w.send(20)
try:
    w.throw(KeyError)
except StopIteration as e:
    print("stop", e.value)

# One generator delegated to by two chains, and stepped directly.
def shared_leaf():
    for i in range(6):
        yield i
    return "shared done"

s = shared_leaf()

def via(name, d):
    if d == 0:
        r = yield from s
    else:
        r = yield from via(name, d - 1)
    print(name, d, "got", r)

ga, gb = via("a", 3), via("b", 3)
print(next(ga), next(gb), next(ga), next(s), next(gb))
print(list(gb))
print(list(ga))

# A chain whose leaf is stepped directly finishes it; the chain sees the end.
def leaf2():
    yield 1
    yield 2
    return "leaf2"

l2 = leaf2()
def up(d):
    if d == 0:
        r = yield from l2
    else:
        r = yield from up(d - 1)
    return (d, r)

u = up(4)
print(next(u))
print(next(l2))
print(next(l2, "end"))
try:
    next(u)
except StopIteration as e:
    print("u stop", e.value)

# Recursion: chains count every level toward the limit, however they are resumed.
def grow(n):
    yield n
    yield from grow(n + 1)

last = None
try:
    for x in grow(0):
        last = x
except RecursionError as e:
    print(last, e)

def link(d):
    if d == 0:
        i = 0
        while True:
            yield i
            i += 1
    else:
        yield from link(d - 1)

ch = link(600)
print(next(ch))

def step_at(k):
    if k == 0:
        return next(ch)
    return step_at(k - 1)

for k in (100, 390, 397, 398):
    try:
        print(k, step_at(k))
    except RecursionError as e:
        print(k, "RecursionError", e)
try:
    next(ch)
except StopIteration:
    print("the chain's level past the limit finished it")

# Closing and releasing a chain runs every finally, innermost first.
def fin(d):
    try:
        if d == 0:
            while True:
                yield "x"
        else:
            yield from fin(d - 1)
    finally:
        print("finally", d)

f = fin(4)
next(f)
next(f)
f.close()
f = fin(3)
next(f)
next(f)
del f
print("end")
