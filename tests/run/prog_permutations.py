# Permutations and combinations via recursive generators.

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c

def product(pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(pools[1:]):
            yield (x,) + rest

perms = list(permutations([1, 2, 3]))
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])
print(sum(1 for _ in permutations(list(range(6)))))
print(list(combinations(["a", "b", "c", "d"], 2)))
print(len(list(combinations(list(range(10)), 4))))
print(list(product([[0, 1], "xy"])))
print(list(product([])), list(product([[], [1]])))

# Find the first permutation satisfying a condition, stopping early.
def magic(p):
    return p[0] + p[1] == p[2] + p[3]

for p in permutations([1, 2, 3, 4, 5]):
    if magic(p):
        print("first magic permutation:", p)
        break

# Permutations in lexicographic order of a sorted input, with indices.
for i, p in enumerate(permutations(sorted("cab"))):
    print(i, "".join(p))

# Next permutation algorithm as a generator (handles duplicates).
def lexicographic(seq):
    a = sorted(seq)
    while True:
        yield list(a)
        i = len(a) - 2
        while i >= 0 and a[i] >= a[i + 1]:
            i -= 1
        if i < 0:
            return
        j = len(a) - 1
        while a[j] <= a[i]:
            j -= 1
        a[i], a[j] = a[j], a[i]
        left, right = i + 1, len(a) - 1
        while left < right:
            a[left], a[right] = a[right], a[left]
            left += 1
            right -= 1

print(["".join(p) for p in lexicographic("aabb")])
