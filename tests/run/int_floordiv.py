# Floor division and modulo: the quotient rounds toward minus infinity and
# the remainder takes the divisor's sign, for small and big operands alike.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (2 ** 70 + 1, 3), (-(2 ** 70) - 1, 3),
         (2 ** 70 + 1, -3), (-(2 ** 70) - 1, -3), (2 ** 70, 2 ** 35), (-(2 ** 70), 2 ** 35 + 1),
         (5, 2 ** 70), (-5, 2 ** 70), (5, -(2 ** 70)), (-5, -(2 ** 70)),
         (-(2 ** 63), -1), (-(2 ** 63), 1), (2 ** 64, 2 ** 64), (2 ** 64, -(2 ** 64) + 1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a, (r == 0) or ((r < 0) == (b < 0)))

# Mixed with floats: the int is converted first.
print(2 ** 70 // 1.5, 2 ** 70 % 1.5, divmod(-(2 ** 70), 7.0), 7.5 // 2 ** 64, -7.5 % 2 ** 64)

for a, b in [(10 ** 20, 0), (-(2 ** 64), 0), (5, 0)]:
    for op in ["//", "%", "divmod"]:
        try:
            if op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    print(2 ** 2000 // 1.5)
except OverflowError as e:
    print("OverflowError", e)
x = 2 ** 80
x //= 2 ** 20
print(x, type(x).__name__)
x %= 1000
print(x)
