# yield used inside larger expressions: values computed before the yield
# must survive the suspension, and evaluation order is left to right.

def trace(label, value):
    print("  eval", label)
    return value

def arith():
    x = trace("left", 10) + (yield "first") * trace("right", 2)
    print("  x =", x)
    y = [trace("a", 1), (yield "second"), trace("c", 3)]
    print("  y =", y)
    z = {"k1": (yield "third"), trace("key", "k2"): (yield "fourth")}
    print("  z =", z)
    w = (yield "fifth") if trace("cond", True) else "never"
    print("  w =", w)
    return x, y, z, w

g = arith()
print(next(g))
print(g.send(5))
print(g.send("B"))
print(g.send("v1"))
print(g.send("v2"))
try:
    g.send("W")
except StopIteration as e:
    print("returned", e.value)

# yield as call arguments, in order.
def call_args():
    print("  call result:", trace("func", max)((yield 1), (yield 2), (yield 3)))

c = call_args()
print(next(c), c.send(30), c.send(10))
try:
    c.send(20)
except StopIteration:
    print("call_args done")

# yield in a while condition and in a comparison chain.
def cond_loop():
    count = 0
    while (yield count):
        count += 1
    print("  loop ended after", count)
    result = 0 < (yield "compare") < 10
    print("  chain result", result)

w = cond_loop()
print(next(w), w.send(True), w.send("yes"), w.send(0))
try:
    w.send(5)
except StopIteration:
    print("cond_loop done")

# A local captured before the yield and changed by the caller through a
# shared list while the generator is suspended.
def snapshot(shared):
    before = shared[0]
    total = shared[0] + (yield "paused")
    yield (before, shared[0], total)

shared = [1]
s = snapshot(shared)
print(next(s))
shared[0] = 100
print(s.send(5))

# yield inside subscripts and augmented assignment targets: in a plain
# assignment the right-hand side is evaluated before the target's index,
# in an augmented assignment the target's index comes first.
def subscripts():
    data = {"a": 1, "b": 2}
    lst = [0, 0, 0]
    lst[(yield "index?")] = (yield "value?")
    data[(yield "key?")] += (yield "increment?")
    yield (lst, data)

s2 = subscripts()
print(next(s2), s2.send("set"), s2.send(1), s2.send("b"), s2.send(40))

# Boolean operators short-circuit around yields.
def shortcircuit():
    a = False and (yield "never yielded")
    b = True or (yield "never either")
    c = (yield "asked") or "fallback"
    yield (a, b, c)

print(list(shortcircuit()))
sc = shortcircuit()
print(next(sc), sc.send("given"))

# f-strings and string concatenation with yields.
def greet():
    name = yield "name?"
    yield f"hello {name}, you sent {(yield 'more?')!r}"

gr = greet()
print(next(gr), gr.send("ada"), gr.send([1, 2]))
