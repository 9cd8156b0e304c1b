# Freeing structures nested 200,000 deep: every container, iterator,
# closure, exception chain and generator frame must be freed without deep
# C recursion (a runtime that recursed once per level overflowed its stack).

N = 200000

def wrap(f):
    return lambda: f

def hold(x):
    yield x

x = []
for i in range(N):
    x = [x]
x = None
print("list freed")

x = ()
for i in range(N):
    x = (i, x)
print("tuple", x[0], len(x))
x = None
print("tuple freed")

x = {}
for i in range(N):
    x = {"k": x}
x = None
print("dict freed")

x = []
for i in range(N):
    x = iter([x])
x = None
print("list_iterator freed")

x = []
for i in range(N):
    x = enumerate(x)
x = None
print("enumerate freed")

x = []
for i in range(N):
    x = zip(x)
x = None
print("zip freed")

x = []
for i in range(N):
    x = reversed([x])
x = None
print("reversed freed")

x = {}
for i in range(N):
    x = {"v": x.values()}
x = None
print("dict view freed")

f = None
for i in range(N):
    f = wrap(f)
f = None
print("closures freed")

x = []
for i in range(N):
    x = [x].append
x = None
print("bound methods freed")

prev = None
for i in range(N):
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
for i in range(N):
    e = ValueError(e)
e = None
print("args chain freed")

g = None
for i in range(N):
    g = hold(g)
g = None
print("unstarted generators freed")

g = None
for i in range(N):
    g = hold(g)
    next(g)
g = None
print("suspended generators freed")

# Mixed: a list of dicts of tuples of closures ...
x = None
for i in range(N):
    k = i % 4
    if k == 0:
        x = [x]
    elif k == 1:
        x = {i: x}
    elif k == 2:
        x = (x,)
    else:
        x = wrap(x)
x = None
print("mixed freed")

# Freed inside a function, when its locals go.
def build_and_drop(n):
    y = []
    for i in range(n):
        y = [y, i]
    return n

print("function locals freed", build_and_drop(N))

# list.clear() and del of an item free deep structures too.
x = []
for i in range(N):
    x = [x]
x.clear()
print("cleared", x)
x = [[]]
for i in range(N):
    x = [x]
del x[0]
print("deleted item", x)

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
