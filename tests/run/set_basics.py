# set and frozenset: construction, repr, len, in, truth, iteration,
# hashing, and the builtins that take any iterable.

s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
print(set(), frozenset(), frozenset([3, 1, 3]), frozenset("aaa"))
print(bool(set()), bool(s), bool(frozenset()), bool(frozenset({0})))
print(set([1, 2, 2, 3]), set((4, 4)), set(range(5)), set({"k": 1}), set(x * x for x in range(-3, 4)))
print({1, 1.0, True}, {True, 1}, {0, False, 0.0}, {(1, 2), (1, 2), 2.5}, {None}, None in {None, 1})
print(len({1, 1.0, True, 2}), 1.0 in {1}, True in {1}, (1, 2) in {(1, 2)})

# repr of nested and mixed sets
f = frozenset({1, 2})
print({f, frozenset()}, frozenset({f}), [f, {7}], (f,), {"k": f})
print(repr({-1}), str({2.5}), f"{ {1, 2} } {frozenset({3})!r}")

# equal frozensets hash alike, whatever their history; sets are unhashable
a = frozenset(range(100))
b = frozenset(range(99, -1, -1))
c = frozenset(list(range(200))[:100])
print(hash(a) == hash(b) == hash(c), a == b == c)
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({frozenset({1})})))
print(hash(frozenset({(1, 2), 2.5, -7})), hash(frozenset({True, 0.5})))
d = {frozenset({1, 2}): "one-two", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({2, 1}) in d)
print({1, 2} in {frozenset({1, 2})}, {3} in {frozenset({1, 2})})

# types
print(type(s).__name__, type(f).__name__, isinstance(s, set), isinstance(f, frozenset))
print(isinstance(s, frozenset), type(s) is set, type(f) is frozenset, set is not frozenset)
print(type(set()) == type({1}), frozenset(f) is f, set(s) is s, set(s) == s)

# the generic iteration protocol
print(sorted({5, -1, 3}), sorted({"pear", "apple", "fig"}), sum({1, 2, 3}), min({4, 2, 9}), max({4, 2, 9}))
print(list({7, 3}), tuple({7, 3}), sorted(frozenset("hello")), any({0, 0.0}), all({1, 2}))
print(list(enumerate({10, 20})), list(zip({1, 2}, "ab")))
it = iter({4, 5, 6})
print(next(it), next(it), next(it), next(it, "done"))
for x in {3, 2, 1}:
    print("item", x)
n = 0
for x in frozenset(range(10)):
    n += x
print(n)
x, y = {8, 9}
print(x, y)
print(max({(1, "b"), (1, "a")}), sorted({3.5, 1, -2.25}))
