# Every arithmetic operator across the 64-bit boundary, both ways, with
# mixed signs; results that shrink back are small ints again.
B = 2 ** 63
values = [0, 1, -1, 7, -7, B - 1, -B, B, -B - 1, 2 ** 64 + 3, -(2 ** 64) - 3,
          3 ** 50, -(3 ** 50), 10 ** 30 + 1]

def ops(a, b):
    yield "+", a + b
    yield "-", a - b
    yield "*", a * b
    if b:
        yield "//", a // b
        yield "%", a % b
        yield "divmod", divmod(a, b)
    yield "==", a == b
    yield "<", a < b
    yield ">=", a >= b

for a in values:
    for b in values:
        print(a, b, " ".join("%s=%s" % (name, r) for name, r in ops(a, b)))

for a in values:
    print(a, -a, +a, abs(a), a == -(-a), type(a - a + 1).__name__, bool(a), not a)

# Results that come back under 2**63 compare and hash as the small ints they are.
x = (B + 5) - 10
print(x, x == B - 5, hash(x) == hash(B - 5), x is not None)
y = (3 ** 50) // (3 ** 48)
print(y, y == 9, {9: "nine"}[y], [0] * 3 == [0] * (y // 3))
