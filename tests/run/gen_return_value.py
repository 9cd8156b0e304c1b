# return v in a generator: StopIteration.value via next() and via yield from.

def give(v):
    yield "item"
    return v

def no_return():
    yield 1

def bare_return():
    yield 1
    return

for value in [None, 0, "text", (1, 2), [3], {"k": 4}, 2.5, True]:
    g = give(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(value), "->", repr(e.value), "args", e.args, "repr", repr(e))

for maker in [no_return, bare_return]:
    g = maker()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("implicit:", e.value, e.args, repr(e), "str=[" + str(e) + "]")

def delegator(v):
    result = yield from give(v)
    print("  delegator got", repr(result))
    return [result, result]

print(list(delegator("R")))
d = delegator(7)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("outer value:", e.value)

# A generator that returns immediately.
def instant():
    return "right away"
    yield

i = instant()
try:
    next(i)
except StopIteration as e:
    print("instant:", e.value)

# The return value is only delivered once.
try:
    next(i)
except StopIteration as e:
    print("second time:", e.value)

# StopIteration objects made by hand.
e1 = StopIteration()
e2 = StopIteration("spam")
e3 = StopIteration(1, 2)
print(repr(e1.value), repr(e2.value), repr(e3.value), repr(e3), str(e2))

# The return value through several layers, used in an expression.
def leaf(n):
    yield n
    return n * 10

def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b

def top():
    total = (yield from middle(1)) + (yield from middle(5))
    return total

t = top()
print(list(t))
t2 = top()
while True:
    try:
        print("yielded", next(t2))
    except StopIteration as e:
        print("top returned", e.value)
        break
