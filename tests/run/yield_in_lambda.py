g = lambda: (yield 1)
it = g()
print(next(it))
try:
    it.send("sent")
except StopIteration as e:
    print("returned", e.value)
h = lambda n: (yield from range(n))
print(list(h(3)), type(h(1)).__name__, h.__name__)
