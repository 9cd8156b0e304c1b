# Generator expressions: laziness, nesting, conditions, consumption by
# builtins, the outermost iterable evaluated at once.

squares = (i * i for i in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(min(-x for x in [3, 9, 4]))
print(list((a, b) for a in range(3) for b in range(a)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list(y for x in [[1, 2], [3], [], [4, 5, 6]] for y in x))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(tuple(c.upper() for c in "abc"))
print(dict((k, len(k)) for k in ["xx", "y"]))
print(sorted((x % 4 for x in range(10)), reverse=True))

# Laziness: the body runs only when values are requested.
def noisy(x):
    print("  computing", x)
    return x * 10

lazy = (noisy(x) for x in [1, 2, 3])
print("created")
print(next(lazy))
print("between")
print(list(lazy))

# Short-circuiting any/all stop pulling values.
def source():
    for i in range(10):
        print("  source yields", i)
        yield i

print(any(v >= 2 for v in source()))
print(all(v < 1 for v in source()))

# The outermost iterable is evaluated when the genexp is created,
# the inner ones lazily.
def make_list(name):
    print("  evaluating iterable", name)
    return [1, 2]

ge = (a + b for a in make_list("outer") for b in make_list("inner"))
print("genexp created")
print(list(ge))

# An error in the outermost iterable happens at creation time.
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# Nested generator expressions and a genexp over a generator.
nested = ((i, (j for j in range(i))) for i in range(4))
for i, inner in nested:
    print(i, list(inner))

def evens():
    n = 0
    while True:
        yield n
        n += 2

taken = []
for v in (e * e for e in evens()):
    if v > 50:
        break
    taken.append(v)
print(taken)

# Closing a generator expression.
ge2 = (x for x in range(3))
print(next(ge2))
ge2.close()
print(list(ge2))
