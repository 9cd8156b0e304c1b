# Ints have arbitrary precision: an operation whose result leaves the 64-bit
# range [-2**63, 2**63 - 1] gives a big int, and one whose result comes back
# into it gives a small int again, equal (and hashing equal) to any other.

biggest = 9223372036854775807
smallest = -9223372036854775807 - 1
print(biggest, smallest)
print(2 ** 62 + (2 ** 62 - 1), -(2 ** 62) - 2 ** 62)
print(2 ** 62 * 4, biggest + 1, smallest - 1, 2 ** 63, 3 ** 39, 3 ** 40)
print(-smallest, abs(smallest), smallest // -1, smallest * -1, sum([biggest, 1]))
print(-(-smallest), abs(-smallest) - 1 == biggest, (smallest // -1) // -1 == smallest)

total = 0
for v in [2 ** 61, 2 ** 61, 2 ** 61, 2 ** 61, -2 ** 61, -2 ** 61, -2 ** 61, -2 ** 61]:
    total += v
    print("running total", total, type(total).__name__)

def doublings(limit):
    n = 1
    steps = 0
    while steps <= limit:
        yield steps, n
        n = n * 2
        steps += 1

for s, n in doublings(130):
    if s in (62, 63, 64, 65, 100, 128, 130):
        print(s, n, n - 1, n // 2 ** s)

def factorials():
    f = 1
    i = 1
    while True:
        f = f * i
        yield (i, f)
        i += 1

for i, f in factorials():
    if i in (20, 21, 25, 30):
        print(i, f, f // f, f % 1000003)
    if i == 30:
        break

# Back down to 64 bits: each result is an ordinary int again.
big = biggest + 1
for r in [big - 1, big // 2, big % 10 ** 9, big >> 1, big & 0xFF, big - big, -big + 1, big * 0]:
    print(r, r == int(str(r)), hash(r) == hash(int(str(r))), {r: 1}.get(int(str(r))))
print(biggest - 1 + 1, smallest + 1 - 1, biggest // 2 * 2 + 1)
