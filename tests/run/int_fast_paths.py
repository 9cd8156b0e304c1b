# The int and float operations generated code does inline (two ints whose
# result fits in 64 bits; two floats compared), beside the library's path
# for everything else: overflow into big ints, mixed types, NaN, negative
# divisors.
MAX = 9223372036854775807
MIN = -9223372036854775808


def show(*vals):
    print(*vals)


# += -= *= past 64 bits, and back.
a = MAX
a += 1
b = MIN
b -= 1
c = 3037000500
c *= 3037000500
d = -MAX
d -= 1
show(a, b, c, d, type(a).__name__)
a -= 1
show(a, a == MAX)
x = 5
x += 2.5
show(x)
s = "ab"
s += "cd"
s *= 2
show(s)
lst = [1]
alias = lst
lst += [2]
show(alias, lst is alias)

# // and % by positive and negative divisors, negative dividends, and the
# one quotient that overflows.
for n in [7, -7, 0, MAX, MIN, -1]:
    for m in [3, -3, 1, -1, MAX]:
        show(n, m, n // m, n % m)
show(MIN // -1, MIN % -1)
for zero in [0, 0.0]:
    try:
        show(5 // zero)
    except ZeroDivisionError as e:
        show("ZeroDivisionError", e)
    try:
        show(5 % zero)
    except ZeroDivisionError as e:
        show("ZeroDivisionError", e)
show(7.5 // 2, -7.5 % 2, 7 // 2.0, True // 2, True % 2)

# Comparisons: ints, floats, mixed, NaN, bools, big ints.
nan = float("nan")
for p, q in [(1, 2), (2, 1), (2, 2), (1.5, 2.5), (2.5, 2.5), (nan, nan), (nan, 1.0),
             (1, 1.0), (True, 1), (MAX + 1, MAX), (-0.0, 0.0), (float("inf"), MAX)]:
    show(p < q, p <= q, p == q, p != q, p > q, p >= q)
i = 0
while i < 3:
    i += 1
show(i)

# Truth of unboxed values.
for v in [0, 1, -1, 0.0, -0.0, nan, True, False, None, MIN]:
    show(repr(v), "true" if v else "false", not v)
