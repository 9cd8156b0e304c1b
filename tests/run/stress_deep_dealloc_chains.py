# Freeing long chains of closures, bound methods, exceptions and generator
# frames: each must be freed without deep C recursion (a runtime that
# recursed once per link overflowed its stack at fewer than 100,000 links),
# and generators' finally blocks must still run in CPython's order.

M = 100000

def wrap(f):
    return lambda: f

def hold(x):
    yield x

f = None
for i in range(M):
    f = wrap(f)
f = None
print("closures freed")

x = []
for i in range(M):
    x = [x].append
x = None
print("bound methods freed")

prev = None
for i in range(M):
    try:
        raise ValueError(i) from prev
    except ValueError as e:
        prev = e
print("cause chain", prev.__cause__.__cause__)
prev = None
print("cause chain freed")

# Implicit chaining walks the whole __context__ chain on every raise (in
# CPython too), so this chain is shorter.
prev = ValueError(-1)
for i in range(3000):
    try:
        raise prev
    except Exception:
        try:
            raise KeyError(i)
        except KeyError as e:
            prev = e
print("context chain", repr(prev.__context__.__context__))
prev = None
print("context chain freed")

e = None
for i in range(M):
    e = ValueError(e)
e = None
print("args chain freed")

g = None
for i in range(M):
    g = hold(g)
g = None
print("unstarted generators freed")

g = None
for i in range(M):
    g = hold(g)
    next(g)
g = None
print("suspended generators freed")

# A chain of suspended generators deeper than any fixed bound: each one's
# finally block runs when the one holding it goes, outermost first, as in
# CPython.
log = []

def link(n, inner):
    try:
        yield n
    finally:
        log.append(n)

g = None
for i in range(300):
    g = link(i, g)
    next(g)
g = None
print(len(log), log[:3], log[-3:], log == list(range(299, -1, -1)))

# A finally block that itself frees a deep structure while the chain above
# is being freed.
def heavy(n, inner):
    try:
        yield n
    finally:
        y = []
        for i in range(1000):
            y = [y]
        y = None
        log.append(n)

log = []
g = None
for i in range(200):
    g = heavy(i, g)
    next(g)
g = None
print(len(log), log == list(range(199, -1, -1)))
print("done")
