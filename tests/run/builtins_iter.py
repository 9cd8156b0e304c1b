# range, len, sum, min, max, abs, next with default, iter, enumerate, zip,
# reversed, any, all.

print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(list(range(3, 3)), list(range(5, 1)), len(range(0, 10, 3)))
print(range(4)[2], range(0, 20, 5)[-1])
print(len("hello"), len([1, 2]), len(()), len({"a": 1, "b": 2}), len(""))
print(sum([1, 2, 3]), sum([]), sum([0.5, 0.25]), sum(range(10)), sum((1, 2.5)))
print(min(4, 2, 8), max(4, 2, 8), min([3, 1, 2]), max("hello"), min("b", "a"))
print(max([1.5, 2, -3]), min((5, -5.5)), max([[1, 2], [1, 3]]), max((0, "z"), (0, "a")))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0))

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(next(iter("xy")), next(iter({"k": 1})), next(iter(range(7, 9))))
s = iter("ab")
print(iter(s) is s)

print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)))
for i, ch in enumerate("hi"):
    print(i, ch)

print(list(zip([1, 2, 3], "abc")))
print(list(zip([1, 2, 3], "ab")))
print(list(zip("abc", range(10), [True, False, None])))
print(list(zip()), list(zip([])))
for a, b in zip(["k1", "k2"], [10, 20]):
    print(a, "=", b)

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))

print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 3]), all([1, 0]))

# These builtins accept generators.
def gen(n):
    for i in range(n):
        yield i

print(sum(gen(5)), max(gen(5)), min(gen(5)), list(enumerate(gen(3))))
print(list(zip(gen(3), gen(5))), sorted(gen(4), reverse=True), tuple(gen(2)))
print(any(gen(2)), all(gen(2)), len(list(gen(7))))

# zip stops at the shortest: and pulls from the earlier iterators first.
def loud(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i

print(list(zip(loud("first", 3), loud("second", 2))))

# errors
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from next without default")
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(3)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
