# Ints and floats: float(n) is correctly rounded (half to even), n / m is
# correctly rounded from the exact quotient, and comparisons are exact,
# with inf, nan and huge values.
B53 = 2 ** 53
for n in [B53 - 1, B53, B53 + 1, B53 + 2, B53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 63 - 1, 2 ** 63,
          2 ** 64 - 1, 2 ** 64 + 2 ** 11, 2 ** 64 + 2 ** 11 + 1, 2 ** 100 - 1, 3 ** 100,
          2 ** 1023, 2 ** 1024 - 2 ** 971 - 1, 2 ** 1024 - 2 ** 970 - 1]:
    print(n, float(n), float(-n), float(n) == n, int(float(n)) - n, n + 0.5)
for n in [2 ** 1024 - 2 ** 970, 2 ** 1024, -(2 ** 1025), 10 ** 400]:
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError:", e)

pairs = [(1, 3), (B53 + 1, 1), (B53 + 1, 2), (2 ** 63 - 1, 3), (-(2 ** 63), 7), (2 ** 100, 3),
         (10 ** 30, 7), (-(10 ** 30), 7), (1, 2 ** 100), (1, 3 ** 700), (3 ** 700, 3 ** 699),
         (2 ** 2000, 2 ** 1990), (1, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (1, 2 ** 1080),
         (2 ** 1023 * 3, 2), (2 ** 1024 - 1, 2), (0, 2 ** 100), (0, -(2 ** 100)), (-5, 2 ** 70),
         (10 ** 500 + 1, 10 ** 499), (123456789 * 10 ** 300, 10 ** 300 + 1)]
for a, b in pairs:
    print(a / b if a < 10 ** 50 else "big", b if b < 10 ** 50 else "big", a / b)
for a, b in [(2 ** 1100, 2), (2 ** 2000, 2 ** 10), (10 ** 20, 0), (2 ** 1024, 1)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

inf, nan = float("inf"), float("nan")
for n in [2 ** 64, -(2 ** 64), 2 ** 1100, -(2 ** 1100), B53 + 1, 2 ** 63]:
    near = float(n) if abs(n) < 2 ** 1000 else 1e300
    for f in [inf, -inf, nan, near, near * 2, 1e308, -1e308, 0.5, float(B53 + 2)]:
        print(n < f, n <= f, n == f, n != f, n > f, n >= f, f < n, f == n, end=" | ")
    print()
print(2 ** 64 + 1.5, 2 ** 64 * 0.5, 2 ** 64 - 0.25, -(2 ** 80) / 2.0, 1.5 - 2 ** 70)
try:
    print(2 ** 1024 + 1.0)
except OverflowError as e:
    print("OverflowError:", e)
mixed = [2 ** 64, 1.5, -(2 ** 70), 3, 2.0 ** 64, -1e30, 10 ** 30, float("inf"), -(2 ** 100), 0]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
print(min(mixed), max(mixed), max(2 ** 64, 2.0 ** 64), max(2.0 ** 64, 2 ** 64), sum([2 ** 64, 0.5, 2 ** 64]))
print(round(2 ** 100), round(2 ** 100, 3), round(-(2 ** 100) - 5, -1), round(123456789012345678901234567890, -5),
      round(25 * 10 ** 20, -21), round(35 * 10 ** 20, -21), round(-25 * 10 ** 20, -21), round(2 ** 70, -100))
print(round(1.5e30), round(-2.5e25), round(float(2 ** 80)), type(round(1e20)).__name__, abs(-(2 ** 63)), abs(-(2 ** 100)))
