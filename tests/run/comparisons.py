# Chained comparisons, in / not in, is / is not, and comparison of
# containers.

def val(name, v):
    print("  eval", name)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True, 1 < 2 > 0, 2 <= 2 < 3 != 4)
print("chain evaluates the middle once:")
print(val("a", 1) < val("b", 5) < val("c", 10))
print("chain short-circuits:")
print(val("a", 5) < val("b", 1) < val("c", 10))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == x)

print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "" in "")
print(2 in (1, 2), "k" in {"k": 1}, 1 in {"k": 1}, 4 in range(10), 10 in range(10))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], None in [0, None], 1.0 in [1])

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, x is not None)
print(type(a) is list, type(None) is type(None))

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], (1, "b") < (1, "c"), (1, 2) == (1, 2))
print([1, 2] == (1, 2), "1" == 1, 0 == False, 0.5 == 0.5, {} == {}, [] == [])
print("abc" <= "abc", "Z" < "a", "10" < "9", 10 < 9)
print(1 != 1.0, 2 >= 2.0, -1 < -0.5, 3.0 > 2)

try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)

# Comparisons in conditions and conditional expressions.
for n in [-3, 0, 7, 12]:
    label = "small" if 0 <= n < 10 else "other"
    print(n, label, "neg" if n < 0 else "non-neg")

# and / or return operands and short-circuit.
print(val("p", 0) and val("q", 1))
print(val("p", 2) or val("q", 3))
print(val("p", []) or val("q", "used"))
print(not (1 < 2), not 1 < 2)
