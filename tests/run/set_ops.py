# Set algebra: operators, their in-place forms, methods taking any number
# of iterables, comparisons (subset and superset), set vs frozenset.

a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(type(a | b).__name__, type(b | a).__name__, type(b & a).__name__, type(b - a).__name__, type(b ^ a).__name__)

# comparisons
print(a == {4, 3, 2, 1}, a != {1}, frozenset(a) == a, a == frozenset(a), {1} == [1], {1} != (1,))
print({1, 2} < a, {1, 2} <= a, a < a, a <= a, a > {1}, a >= a, a > a, {9} < a, {9} <= a)
print(set() < b, b > set(), b >= {5}, b <= {5}, {3, 5} < b)

# methods take any iterable, and several
print(a.union(), a.union([10], (11, 12), range(13, 15), "x" if False else [], {16: 0}))
print(a.intersection(), a.intersection([1, 2, 3], (2, 3, 9)), a.intersection(x for x in range(3)))
print(a.difference(), a.difference([1], [2]), a.difference({4: "k"}), a.difference(a))
print(a.symmetric_difference([1, 7]), a.symmetric_difference({7: 0}), b.symmetric_difference(b))
print(a.issubset(range(10)), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(iter([9])))
print(a.isdisjoint([7, 8]), a.isdisjoint((x for x in [8, 4])), a.isdisjoint(b), set().isdisjoint(set()))
print(b.union([1]), b.intersection({3: 1}), b.difference([3]), b.copy() is b, type(b.union()).__name__)

# in-place: the same object is updated; a frozenset gets a new one
s = {1, 2}
alias = s
s |= {3}
s &= {1, 3, 9}
s -= {1}
s ^= {7, 3}
print(s, alias, s is alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
f -= {1}
f &= {2, 3}
f ^= {4}
print(f, g)

# the mutating methods
s = set()
s.add(5)
s.add(5)
s.update([1, 2], (3,), {4: 0})
s.discard(1)
s.discard(100)
s.remove(2)
print(s, len(s))
s.difference_update([3], {4})
print(s)
s.intersection_update({5, 6}, [5])
print(s)
s.symmetric_difference_update([5, 6])
print(s)
s.clear()
print(s, s.update(), s)
t = {1, 2, 3}
t &= t
t |= t
print(t, t - t, t ^ t, t & t)
t -= t
print(t)
u = {1, 2}
u ^= u
print(u)

# methods as values
add = s.add
add(8)
print(s, sorted(map(len, [{1}, {1, 2}, set()])))
un = frozenset({1}).union
print(un([2]))

# a set as a key stands for its frozenset
k = {frozenset({1}), frozenset({2, 3})}
k.remove({2, 3})
k.discard({1})
print(k)
