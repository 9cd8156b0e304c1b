# The iteration order of int sets is CPython's: the same table sizes,
# probes, dummies and resizes.  (The hashes of str and None vary from run
# to run in CPython, so only ints, floats, bools and tuples of ints appear
# here.)

print(set(range(20)))
print(set(range(0, 200, 9)))
print(set(range(100, -100, -17)))
print({100, 8, 64, 16, 1000, 3, 2048, -1})
print({8, 32, 15, 63, 57})      # a frozenset constant, copied
x = 8
print({x, 32, 15, 63, 57})      # added in order
for v in {8, 32, 15, 63, 57}:   # the frozenset constant itself
    print(v, end=" ")
print()
print([v for v in {8, 32, 15, 63, 57}], 57 in {8, 32, 15, 63, 57})
print({v for v in [8, 32, 15, 63, 57]}, {v * 7 for v in range(30)})
print({(1, 2), (2, 1), (0, 0), (5, 9)}, {0.5, 1.5, -2.0, 1e10}, {False, True, 3}, len({None, 0}))

# removals leave dummies; an insertion reuses the last one on its path
s = set()
for k in (0, 8, 3, 16):
    s.add(k)
print(s)
s.remove(8)
s.remove(16)
s.add(24)
print(s)
s = set(range(50))
for k in range(0, 50, 3):
    s.discard(k)
print(s)
for k in range(100, 130):
    s.add(k)
print(s)
for k in range(60):
    s.discard(k)
print(s, len(s))
s.clear()
s.add(99)
print(s)

# pop walks the table from where the last pop stopped
s = {5, 77, 13, 1024, -6, 40}
out = []
while s:
    out.append(s.pop())
    if len(out) == 3:
        s.add(2)
print(out)

# grow past 50000 keys is slow; a few thousand is enough to resize often
big = set()
for k in range(0, 5000, 7):
    big.add(k * 31)
print(len(big), list(big)[:12], sum(big))
for k in range(0, 5000, 14):
    big.discard(k * 31)
print(len(big), list(big)[:12])

# operators and methods build their results in CPython's order
a = {1, 9, 17, 33, 2, 130, 66}
b = {66, 2, 300, 17, 45}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([5, 700], range(3)), a.intersection([17, 66, 1]), a.difference(range(10)))
print(a.symmetric_difference([2, 5, 700, 1]), set(range(40)) - {1, 2}, set(range(3)) - set(range(100)))
c = set(a)
c |= {1000, 4}
print(c)
c &= {1000, 2, 9, 17, 5}
print(c)
c -= {9}
print(c)
c ^= {9, 1000, 31}
print(c)
c = set(range(64))
c.difference_update(range(0, 64, 2), [1, 3])
print(c)
c.intersection_update(range(10, 50), {11, 13, 15, 17, 47})
print(c)
c.symmetric_difference_update({15, 16})
print(c)
c.update([200, 8], (9,), {72: 1})
print(c, c.copy(), frozenset(c), set(frozenset(c)))
print({frozenset({1, 2}), frozenset({2, 3})}, frozenset({1, 2}) | {9, 8})
