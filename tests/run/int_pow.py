# ** and pow() with big results, negative exponents (a float), and the
# three-argument pow with negative exponents and moduli.
for base in [2, -2, 3, 10, -10, 0, 1, -1, 2 ** 64, -(3 ** 41)]:
    print(base, [base ** e for e in [0, 1, 2, 3, 5, 63, 64, 65]])
print(2 ** 1000)
print(7 ** 222 % 10 ** 20, (-7) ** 221 % 10 ** 20)
print([2 ** e for e in [-1, -2, -64, -1074, -1075]], (-2) ** -3, 10 ** -20)
print(1 ** (2 ** 100), (-1) ** (2 ** 100), (-1) ** (2 ** 100 + 1), 0 ** (2 ** 100))
print((2 ** 64) ** -2, (2 ** 100) ** 0.5, 2 ** 0.5, 4 ** 0.5)
print(2 ** -(2 ** 100))

def trial(f):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

trial(lambda: 0 ** -1)
trial(lambda: 0 ** -(2 ** 100))
trial(lambda: (2 ** 1024) ** -1)
trial(lambda: 2.0 ** (2 ** 100))

print(pow(3, 4), pow(2, -1), pow(3, 4, 5), pow(3, 2 ** 100, 1000), pow(2 ** 100, 3, 10 ** 9 + 7))
print(pow(2, 3, -7), pow(3, 4, -7), pow(-2, 3, 5), pow(2, 3, 1), pow(2, 3, -1), pow(0, 0, 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(3, -2, -7), pow(-3, -1, 7), pow(5, -1, 1), pow(2 ** 65 + 1, -1, 2 ** 61 - 1))
print(pow(True, True, 2), pow(2, 3, None), pow(2 ** 64 + 1, 2 ** 64 + 1, 2 ** 127 - 1))
trial(lambda: pow(2, -1, 4))
trial(lambda: pow(0, -1, 5))
trial(lambda: pow(2, 3, 0))
trial(lambda: pow(2.0, 3, 5))
trial(lambda: pow(2, 3, 5.0))
trial(lambda: pow(2, 3, "5"))
trial(lambda: pow("2", 3))
x = 3
x **= 50
print(x)
x **= -1
print(x)
