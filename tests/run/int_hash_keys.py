# Big ints hash as CPython's (modulo 2**61 - 1, with the sign), equal to the
# hash of an equal float; as dict keys they meet the equal ints and floats
# made by other arithmetic.
M = 2 ** 61 - 1
for n in [2 ** 61 - 2, M, M + 1, 2 ** 63, -(2 ** 63), 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 100),
          3 ** 80, -(3 ** 80), 2 ** 1000, M * 12345, -M * 12345 - 1, -1, -2]:
    print(n, hash(n), hash(n) == hash(float(n)) if abs(n) < 2 ** 1000 else "-", hash(n) == hash(n + 0))

d = {}
d[2 ** 64] = "two to the 64"
d[2 ** 100] = "two to the 100"
d[-(2 ** 70)] = "minus"
d[12] = "twelve"
print(d[2 ** 65 // 2], d[(2 ** 50) ** 2], d[float(2 ** 64)], d[2.0 ** 100], d[-(2 ** 35) * 2 ** 35])
print(d[(2 ** 100 + 12) - 2 ** 100], (2 ** 64 + 1) in d, 2 ** 64 in d, 2.0 ** 64 in d)
d[2.0 ** 64] = "replaced by a float key"
print(len(d), d[2 ** 64], list(d)[0], type(list(d)[0]).__name__)
keys = {x * x: x for x in [2 ** 40, 2 ** 50, 3 ** 30, 2 ** 32]}
print(sorted(keys), keys[2 ** 64], keys[4 ** 50])
print(hash((2 ** 64, 1)) == hash((2.0 ** 64, 1)), hash(2 ** 64) == hash(18446744073709551616))
counts = {}
for v in [2 ** 70, 2 ** 70, 2 ** 35 * 2 ** 35, 1 << 70, 2.0 ** 70, 2 ** 70 + 1]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
