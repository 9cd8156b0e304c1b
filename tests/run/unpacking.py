# Tuple unpacking, swaps, nested targets, unpacking in for loops and from
# generators, and the unpacking errors.

a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
i = j = k = 0
print(i, j, k)
first, second = range(2)
print(first, second)
t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single)

# Rotations and swaps of list items.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# Fibonacci with simultaneous assignment.
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)

# In for loops.
for key, (lo, hi) in [("r", (0, 5)), ("s", (2, 4))]:
    print(key, lo, hi, hi - lo)
for idx, (ch, num) in enumerate(zip("ab", [7, 8])):
    print(idx, ch, num)

# From a generator and into a generator.
def pairs():
    yield 1, "one"
    yield 2, "two"

for num, word in pairs():
    print(num, word)
u, v = pairs()
print(u, v)

def swapper():
    a, b = yield
    while True:
        a, b = yield (b, a)

sw = swapper()
next(sw)
print(sw.send((1, 2)), sw.send(("x", "y")))
sw.close()

# Dict items.
d = {"k1": 1, "k2": 2}
for k, val in d.items():
    print(k, val)

for case in ["too many", "too few", "not iterable", "gen too many"]:
    try:
        if case == "too many":
            a, b = [1, 2, 3]
        elif case == "too few":
            a, b, c = (1, 2)
        elif case == "not iterable":
            a, b = 5
        else:
            a, b = (i for i in range(4))
    except ValueError as e:
        print(case, "ValueError:", e)
    except TypeError as e:
        print(case, "TypeError:", e)
