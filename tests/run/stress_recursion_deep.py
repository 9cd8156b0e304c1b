# Resuming a generator enters its frame, which counts toward the recursion
# limit as a call does: generators that recurse without bound end in
# RecursionError (never a crash), and so does a yield-from chain deeper than
# the limit, when its first next() goes down through every level.

def leaf():
    yield "leaf"
    return "leaf done"

def wrap(g):
    r = yield from g
    return r

# A chain of 5000 generators, built without recursion.
g = leaf()
for i in range(5000):
    g = wrap(g)
try:
    next(g)
except RecursionError as e:
    print("chain of 5000:", e)
print("the chain is finished:", g.gi_suspended, next(g, "exhausted"))

# A chain of 900 works, and can be resumed again and again.
g = leaf()
for i in range(900):
    g = wrap(g)
print("chain of 900:", next(g))
try:
    next(g)
except StopIteration as e:
    print("and returns", e.value)

# Generators recursing through next(), without end.
def countdown(n):
    yield next(countdown(n + 1))

try:
    print(next(countdown(0)))
except RecursionError as e:
    print("next() recursion:", e)

# Through for loops.
def nested(n):
    for x in nested(n + 1):
        yield x
    yield n

try:
    print(list(nested(0)))
except RecursionError as e:
    print("for recursion:", e)

# Through the send() method, which counts as a call of its own: here it is
# the call that goes past the limit.
def relay(gens):
    inner = gens[len(gens) - 1]
    del gens[len(gens) - 1]
    yield inner.send(None)

gens = []
for i in range(2000):
    gens.append(relay(gens))
try:
    for x in relay(gens):
        print(x)
except RecursionError as e:
    print("send() recursion:", e)
gens.clear()

# The program goes on normally afterwards.
def small(n):
    if n == 0:
        yield 0
        return
    yield from small(n - 1)
    yield n

print(list(small(10)))
