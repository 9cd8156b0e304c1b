# Many generators at once, a long chain of stacked generators and a deep
# yield-from recursion: counts and sums must match exactly.

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

# Twenty thousand live generators, each advanced a few times.
gens = [counter(5) for _ in range(20000)]
total = 0
for round_ in range(3):
    for g in gens:
        total += next(g)
print("many:", len(gens), total)
gens = None

# A pipeline of 200 stacked generators, each adding 1.
def add_one(src):
    for v in src:
        yield v + 1

stream = counter(1000)
for _ in range(200):
    stream = add_one(stream)
print("stacked:", sum(stream))

# Delegation 300 levels deep, driven to the end.
def nest(depth, n):
    if depth == 0:
        yield from counter(n)
        return n
    r = yield from nest(depth - 1, n)
    return r + 1

g = nest(300, 50)
print("deep:", sum(g))
g2 = nest(300, 3)
out = []
while True:
    try:
        out.append(next(g2))
    except StopIteration as e:
        out.append(e.value)
        break
print(out)

# Creating and dropping generators repeatedly.
made = 0
for i in range(50000):
    g = counter(3)
    if i % 2:
        next(g)
    made += 1
print("made and dropped", made)

# A large generator expression pipeline.
print(sum(x * x for x in (y + 1 for y in range(100000)) if x % 3 == 0))

# Many suspended generators with finally blocks, closed in a loop.
closed = [0]
def guarded(k):
    try:
        yield k
        yield k + 1
    finally:
        closed[0] += 1

held = [guarded(k) for k in range(5000)]
s = 0
for h in held:
    s += next(h)
for h in held:
    h.close()
print("closed", closed[0], "sum", s)
