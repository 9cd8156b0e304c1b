# send() of a non-None value into a generator that has not started yet.

def gen():
    print("gen: body runs")
    x = yield 1
    print("gen: got", x)
    yield 2

g = gen()
try:
    g.send(42)
except TypeError as e:
    print("TypeError:", e)

# The generator is still not started: send(None) starts it normally.
print(g.send(None))
print(g.send("hello"))

g2 = gen()
try:
    g2.send("x")
except TypeError as e:
    print("again:", e)
try:
    g2.send(0)
except TypeError as e:
    print("zero is not None either:", e)
print(next(g2))

# A generator expression behaves the same way.
ge = (i for i in range(3))
try:
    ge.send(5)
except TypeError as e:
    print("genexp:", e)
print(list(ge))
