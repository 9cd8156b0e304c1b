# int and float arithmetic: + - * / // % ** and unary minus, with negative
# operands, mixed types, and the ZeroDivisionError messages.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b)

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.3, 0.1), (5, 0.5), (-1, 0.3)]
for a, b in fpairs:
    print(a, b, "|", a + b, a - b, a * b, a / b, a // b, a % b)

print(2 ** 10, 2 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2.0 ** 3, 4 ** 0.5, (-8) ** 2)
print(10 ** 18, 3 ** 39, 0 ** 0, 1 ** 100, (-1) ** 7)
print(-(-5), -0, -(3 - 5), +4)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 ** 3 ** 2)
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
print(7 % 7, -7 % 7, 0 % -3, 5 % -3, -5 % 3)
print(1 + True, True + True, False * 10, 3 - 1.0, 1 * 1.0)
print(2 ** 61 + (2 ** 61 - 1), -(2 ** 61), 4611686018427387 // 1000)

x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 1.5
y /= 2
y += 1
print(y)
s = "ab"
s += "cd"
print(s)

for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "5.5 % 0", "0 ** -1"]:
    try:
        if expr == "1 / 0":
            print(1 / 0)
        elif expr == "1 // 0":
            print(1 // 0)
        elif expr == "1 % 0":
            print(1 % 0)
        elif expr == "1.0 / 0":
            print(1.0 / 0)
        elif expr == "1.0 // 0.0":
            print(1.0 // 0.0)
        elif expr == "5.5 % 0":
            print(5.5 % 0)
        else:
            print(0 ** -1)
    except ZeroDivisionError as e:
        print(expr, "->", e)

try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] - [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(-"x")
except TypeError as e:
    print("TypeError:", e)
