# Realistic set use: a generator that yields unique items with a seen-set,
# breadth-first search with a visited set, connected components, and a
# small sieve, all driven by generators.

def unique(items):
    seen = set()
    for x in items:
        if x not in seen:
            seen.add(x)
            yield x

def unique_by(items, key):
    seen = set()
    for x in items:
        k = key(x)
        if k in seen:
            continue
        seen.add(k)
        yield x

EDGES = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (7, 7), (4, 8), (8, 9), (9, 4), (10, 11)]

def neighbours(graph, node):
    for a, b in graph:
        if a == node:
            yield b
        elif b == node:
            yield a

def bfs(graph, start):
    visited = {start}
    frontier = [start]
    depth = 0
    while frontier:
        yield depth, sorted(frontier)
        nxt = []
        for node in frontier:
            for n in neighbours(graph, node):
                if n not in visited:
                    visited.add(n)
                    nxt.append(n)
        frontier = nxt
        depth += 1

def components(graph):
    nodes = {a for a, _ in graph} | {b for _, b in graph}
    left = set(nodes)
    while left:
        start = min(left)
        comp = set()
        for _, level in bfs(graph, start):
            comp.update(level)
        left -= comp
        yield frozenset(comp)

def primes_upto(n):
    composite = set()
    for i in range(2, n + 1):
        if i in composite:
            continue
        yield i
        composite.update(range(i * i, n + 1, i))

print(list(unique([3, 1, 3, 2, 1, 5, 3])))
print(list(unique("mississippi")))
print(list(unique_by(["apple", "avocado", "banana", "blueberry", "cherry"], lambda w: w[0])))
for depth, level in bfs(EDGES, 1):
    print("depth", depth, level)
comps = list(components(EDGES))
print([sorted(c) for c in comps])
print(len(comps), sum(len(c) for c in comps), frozenset({1, 2, 3, 4, 8, 9}) in comps)
ps = list(primes_upto(60))
print(ps)
odd = {n for n in range(1, 61) if n % 2}
print(sorted(set(ps) - odd), len(odd & set(ps)), set(ps).isdisjoint({4, 6, 8}))
print(odd - set(range(1, 61, 3)))

# words: sets of str are printed sorted (CPython's str hashes are random)
text = "the quick brown fox jumps over the lazy dog the end"
words = set(text.split())
vowels = frozenset("aeiou")
print(len(words), sorted(words))
print(sorted(w for w in words if vowels.isdisjoint(w)), sorted(vowels & set(text)))
print(sorted({w[0] for w in words}), sorted(set("abc") ^ set("bcd")))
index = {}
for w in text.split():
    index.setdefault(len(w), set()).add(w)
print(sorted((k, sorted(v)) for k, v in index.items()))
