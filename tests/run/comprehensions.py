# List and dict comprehensions: nesting, conditions, closures over loop
# variables, scoping of the loop variable.

print([x * 2 for x in range(5)])
print([x for x in range(30) if x % 2 if x % 3 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([row[i] for row in [[1, 2], [3, 4]] for i in range(2)])
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({str(n): n * n for n in range(4) if n != 2})
print({w: [c for c in w] for w in ["hi", "yo"]})
print([x if x > 0 else -x for x in [-2, 3, -4]])
print([len(s) for s in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])

# The loop variable does not leak out of a comprehension.
x = "outer x"
print([x for x in range(3)], x)

# Late binding: every lambda sees the final value of the loop variable.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
# Binding through an argument of a helper captures each value.
def make(i):
    return lambda: i * 100

gs = [make(i) for i in range(3)]
print([g() for g in gs])

# Comprehensions read enclosing function variables.
def scale_all(items, factor):
    return [item * factor for item in items]

print(scale_all([1, 2, 3], 7))

def grid(n):
    return {(r, c): r * n + c for r in range(n) for c in range(n) if r != c}

print(grid(3))

# A comprehension inside a generator, and a generator inside a comprehension.
def rows():
    for r in range(3):
        yield [r * 10 + c for c in range(r + 1)]

print(list(rows()))
print([list(g) for g in [(y for y in range(n)) for n in range(4)]])

# A comprehension over a generator's output.
def naturals(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1

print([n * n for n in naturals(6) if n % 2 == 0])
print({n: n % 3 for n in naturals(5)})
