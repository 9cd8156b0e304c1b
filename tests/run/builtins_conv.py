# int, float, str, bool, repr, list, tuple, dict conversions.

print(int("42"), int("  -17 "), int(3.99), int(-3.99), int(True), int("007"))
print(float("1.5"), float("  -2 "), float(3), float("1e3"), float("-0.25"))
print(str(10), str(-2.5), str(None), str(True), str("s"), str([1, 2]))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"))
print(bool([]), bool([0]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(None))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple([1, 2]), tuple("hi"), tuple(range(2)), tuple())
print(dict([("a", 1), ("b", 2)]), dict(), dict({"x": 1}))
print(list(), list(x * 2 for x in range(3)), tuple(x for x in "ab"))
print(int("-0"), float("0"), str(0.1), str(1 / 3))
print(int(float("12.75")), float(int("12")))

for bad in ["abc", "1.5", "", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)

try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)

try:
    int(None)
except TypeError as e:
    print("TypeError:", e)

# Truthiness in conditions.
for v in [0, 1, "", "a", [], [1], None, 0.0, 2.5]:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(not 0, not "x", not [], not None)
print(1 and "yes", 0 and "never", "" or "fallback", "first" or "second", None or 0)
